// Spelling variants of aliases: `عبد` compounds joined or split, and an Arabic site's `نت`
// after a space or a dot.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { aliasVariants } from '../../src/gazetteer/alias-variants.js';

describe('alias variants', () => {
  it('join or split عبد compounds', () => {
    expect(aliasVariants(['عبد', 'الله'])).toEqual([['عبدالله']]);
    expect(aliasVariants(['محمد'])).toEqual([]);
  });

  it('write a site name in نت with a dot', () => {
    expect(aliasVariants(['الجزيره', 'نت'])).toEqual([['الجزيره', '.', 'نت']]);
    expect(aliasVariants(['نت'])).toEqual([]);
    const sites = (text: string) => extract(text).map((e) => [e.text, e.id]);
    expect(sites('وقال لـ"العربية.نت" إن')).toEqual([['العربية.نت', 'kashf:org/al-arabiya']]);
    expect(sites('نشر موقع الجزيرة.نت تقريرا')).toEqual([['الجزيرة.نت', 'kashf:org/al-jazeera']]);
  });
});

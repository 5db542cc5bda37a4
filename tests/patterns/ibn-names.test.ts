// A name that opens with ابن (`ابن سينا`, `ابن بطوطة`) is a person, whole; a kinship noun or a
// number after ابن makes a relative or an age, no name.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const flat = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);

describe('a name that opens with ابن', () => {
  it('is a person with ابن inside', () => {
    expect(flat('عاش ابن سينا في بخارى')).toContain('PERS ابن سينا');
    expect(flat('رحلة ابن بطوطة إلى الصين')).toEqual(['PERS ابن بطوطة', 'GPE الصين']);
    expect(flat('روى ابن أبي وقاص')).toEqual(['PERS ابن أبي وقاص']);
  });

  it('is no name before a kinship noun, a number or a title', () => {
    expect(flat('التقى ابن عمه')).toEqual([]);
    expect(flat('وهو ابن ثلاثة أعوام')).not.toContainEqual(expect.stringMatching(/^PERS/));
    expect(flat('وصل ابن الرئيس')).toEqual(['OCC الرئيس']);
  });
});

// A LANGUAGE entity covers the language adjective, not the noun لغة before it.
import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';

const languages = (text: string) => extract(text, { nested: true }).filter((e) => e.label === 'LANGUAGE').map((e) => [e.text, e.id]);

describe('LANGUAGE spans leave out لغة', () => {
  it('covers the adjective alone, keeping the ID, with or without proclitics', () => {
    expect(languages('أجرى مقابلة باللغة الإسبانية')).toEqual([['الإسبانية', 'wd:Q1321']]);
    expect(languages('يعرف اللغة الإنجليزية جيدا')).toEqual([['الإنجليزية', 'wd:Q1860']]);
    expect(languages('واللغة العربية غنية')).toEqual([['العربية', 'wd:Q13955']]);
    expect(languages('ترجمة للغة العربية')).toEqual([['العربية', 'wd:Q13955']]);
  });

  it('does not nest the adjective as a nationality in the same span', () => {
    expect(extract('تحدث باللغة الإسبانية', { nested: true }).map((e) => e.label)).toEqual(['LANGUAGE']);
  });

  it('leaves the adjective elsewhere as it was', () => {
    expect(extract('الحكومة الإسبانية', { nested: true }).some((e) => e.label === 'LANGUAGE')).toBe(false);
  });

  it('applies to user entries named with لغة', () => {
    const kashf = createExtractor({ defaultGazetteer: false, entries: [{ id: 'x:eo', label: 'LANGUAGE', ar: 'لغة الإسبرانتو' }] });
    expect(kashf.extract('كتب بلغة الإسبرانتو').map((e) => e.text)).toEqual(['الإسبرانتو']);
  });
});

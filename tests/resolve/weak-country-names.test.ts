// A country name that is also an everyday word (سورية, مالي) is the country where a
// preposition governs it or و joins it to another country, and nothing after a noun.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { defaultEntries } from '../../src/gazetteer/default-gazetteer.js';
import { weakCountryFormsOf } from '../../src/resolve/weak-country-names.js';

const countries = (text: string): string[] => extract(text).filter((e) => e.label === 'GPE').map((e) => `${e.text} ${e.id}`);

describe('weak country names', () => {
  it('lists the shipped countries whose names are everyday words', () => {
    expect([...weakCountryFormsOf(defaultEntries()).forms]).toEqual(expect.arrayContaining(['سوريه', 'مالي']));
  });

  it('reads them as the country after a preposition, a particle or another country', () => {
    expect(countries('وصل الوفد إلى سورية')).toEqual(['سورية wd:Q858']);
    expect(countries('قال إن سورية لن تقبل')).toEqual(['سورية wd:Q858']);
    expect(countries('اجتمع الوفد بسورية')).toEqual(['سورية wd:Q858']);
    expect(countries('زيارة إيران وسورية')).toEqual(['إيران wd:Q794', 'سورية wd:Q858']);
    expect(countries('انقلاب في مالي')).toEqual(['مالي wd:Q912']);
  });

  it('reads them as the subject of a verb in the feminine past', () => {
    expect(countries('كما شرعت سورية في ترميم المتحف')).toEqual(['سورية wd:Q858']);
    expect(countries('وأعلنت سورية أمس موافقتها')).toEqual(['سورية wd:Q858']);
  });

  it('leaves the adjective after a noun alone', () => {
    expect(countries('تعيش أسرة سورية في المخيم')).toEqual([]);
    expect(countries('وصلت قوات سورية إلى الحدود')).toEqual([]);
    expect(countries('تقديم دعم مالي للشركات')).toEqual([]);
  });
});

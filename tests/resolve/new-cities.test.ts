// A known city followed by الجديدة is a new town named after it: one place without the city's
// ID, the city nested. Countries in a slogan and old quarters stay as they are.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const entities = (text: string) => extract(text).map((e) => `${e.label} ${e.text}${e.id ? ` ${e.id}` : ''}`);
const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('a city and الجديدة', () => {
  it('is a new town without the city\'s ID', () => {
    expect(entities('افتتح الرئيس مدينة المنصورة الجديدة أمس')).toEqual(['OCC الرئيس', 'GPE مدينة المنصورة الجديدة', 'DATE أمس']);
    expect(entities('انتقل السكان إلى العلمين الجديدة')).toEqual(['GPE العلمين الجديدة']);
  });

  it('leaves a new town the gazetteer knows to it', () => {
    expect(entities('انتقل السكان إلى القاهرة الجديدة')).toEqual(['GPE القاهرة الجديدة wd:Q12191144']);
  });

  it('holds the city nested', () => {
    expect(nested('انتقل السكان إلى المنصورة الجديدة')).toEqual(['GPE المنصورة الجديدة', 'GPE المنصورة']);
  });

  it('leaves a country in a slogan and a city\'s old quarter alone', () => {
    expect(entities('نحو سوريا الجديدة')).toEqual(['GPE سوريا wd:Q858']);
    expect(entities('تجولوا في دمشق القديمة')).toEqual(['GPE دمشق wd:Q3766']);
  });
});

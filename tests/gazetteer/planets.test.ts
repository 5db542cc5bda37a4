// Planets are places (LOC), as in Wojood and OntoNotes; those whose names are everyday words
// (الزهرة a flower, المريخ a club, المشتري a buyer) only where the document says planet.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const places = (text: string) => extract(text).filter((e) => e.label === 'LOC').map((e) => [e.text, e.id]);

describe('planets', () => {
  it('are LOC with their Wikidata IDs', () => {
    expect(places('توجه المسبار إلى كوكب عطارد ثم إلى زحل')).toEqual([
      ['كوكب عطارد', 'wd:Q308'],
      ['زحل', 'wd:Q193'],
    ]);
  });

  it('named by an everyday word, only in a document that says planet', () => {
    expect(places('رصد العلماء كوكب الزهرة ، ثم عادوا إلى الزهرة بعد عام')).toEqual([
      ['كوكب الزهرة', 'wd:Q313'],
      ['الزهرة', 'wd:Q313'],
    ]);
    expect(places('قطفت الطفلة الزهرة من الحديقة')).toEqual([]);
    expect(places('وقع المشتري العقد أمس')).toEqual([]);
  });
});

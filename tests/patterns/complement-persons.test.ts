// Persons named after a title whose complement is an entity another stage found.

import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const kashf = createExtractor();

/** The PERS texts of `text` found by pers-after-title-complement. */
function persons(text: string): string[] {
  return kashf
    .extract(text)
    .filter((e) => e.label === 'PERS' && e.source?.kind === 'pattern' && e.source.ref === 'pers-after-title-complement')
    .map((e) => e.text);
}

describe('pers-after-title-complement', () => {
  it('reads the name after a title and its organisation', () => {
    expect(persons('يقول رئيس تحرير جريدة الوفاق مصيب نعيمي : " إن')).toEqual(['مصيب نعيمي']);
    // ل of the complement glued to it, a nationality after it, a name in ة stopped before a noun in ة.
    expect(persons('وقرر المستشار القانوني للحكومة الاسرائيلية مناحيم مازوز ملاحقة الوزير')).toEqual(['مناحيم مازوز']);
  });

  it('reads the name after a second complement glued to ب, and after a professor and his university', () => {
    expect(persons('قالت السفارة إن السفير الألماني بأفغانستان هانز أوليش سيغادر')).toEqual(['هانز أوليش']);
    expect(persons('وأوضح أستاذ العلوم السياسية بجامعة القاهرة حسن نافعة أن')).toEqual(['حسن نافعة']);
    expect(persons('وأوضح أستاذ العلوم السياسية في جامعة القاهرة حسن نافعة أن')).toEqual(['حسن نافعة']);
    expect(persons('واتصل الوزير بالأمم المتحدة يوم الأحد')).toEqual([]);
  });

  it('reads a title that needs a complement right before the organisation', () => {
    expect(persons('قالت رئيسة جمعية سيدات الأعمال الألمانيات ريجينا سايدل إن')).toEqual(['ريجينا سايدل']);
  });

  it('reads a second complement after لدى', () => {
    expect(persons('بينما ادان سفير طالبان لدى باكستان سالم زعيف الهجمات')).toEqual(['سالم زعيف']);
  });

  it('reads no verb or object after the complement as a name', () => {
    expect(persons('يكون الرئيس المقبل لروسيا ستثير الذهول')).toEqual([]);
    expect(persons('وشن الأمين العام لحزب الله هجوما عنيفا')).toEqual([]);
  });

  it('reads nothing after an organisation no title governs', () => {
    expect(persons('وصلت جريدة الوفاق مصيب نعيمي')).toEqual([]);
  });
});

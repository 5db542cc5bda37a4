import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const extractor = createExtractor();

/** The IDs of the currencies `text` names, nested ones included, in order. */
function currencies(text: string): Array<string | undefined> {
  return extractor
    .extract(text, { nested: true })
    .filter((e) => e.label === 'CURR')
    .map((e) => e.id);
}

describe('a bare currency noun that several countries share', () => {
  it('keeps its commonest reading when the document names no country of it', () => {
    expect(currencies('بلغت قيمة القرض 300 مليون دينار.')).toEqual(['kashf:curr/iqd']);
    expect(currencies('بلغ سعر الغرام 250 ريالا.')).toEqual(['kashf:curr/sar']);
  });

  it('is the currency of the country the document names, by a nationality or the country', () => {
    expect(currencies('بلغت قيمة الصادرات الزراعية الأردنية نحو 950 مليون دينار.')).toEqual(['kashf:curr/jod']);
    expect(currencies('رفعت الكويت الرسوم إلى 5 دنانير.')).toEqual(['kashf:curr/kwd']);
    expect(currencies('قال وزير المالية العراقي إن الموازنة تبلغ 200 تريليون دينار.')).toEqual(['kashf:curr/iqd']);
  });

  it('is the currency of the country of a city the document names', () => {
    expect(currencies('في الدوحة بلغ سعر الغرام 240 ريالا.')).toEqual(['kashf:curr/qar']);
    expect(currencies('وفي الخرطوم بلغ سعر الدولار 600 جنيه.')).toEqual(['wd:Q4917', 'kashf:curr/sdg']);
    // The Lebanese pound is a ليرة in the news, though CLDR names it جنيه.
    expect(currencies('تراجعت الليرة في بيروت إلى 90 ألف ليرة للدولار.')).toEqual(['kashf:curr/lbp', 'kashf:curr/lbp', 'wd:Q4917']);
  });

  it('takes the currency the document names in full before it', () => {
    expect(currencies('سعر الدينار البحريني مرتفع، والرسم 20 دينارا.')).toEqual(['kashf:curr/bhd', 'kashf:curr/bhd']);
  });

  it('keeps its commonest reading when the document names two of its countries', () => {
    expect(currencies('وقعت الأردن والكويت اتفاقا بقيمة 50 مليون دينار.')).toEqual(['kashf:curr/iqd']);
  });

  it('is no currency where the document names a club of the same name', () => {
    const text = 'فاز ريال مدريد على فالنسيا، وسجل للريال البرازيلي فينيسيوس، ثم فاز الريال مرة أخرى.';
    const last = extractor.extract(text).at(-1)!;
    expect([last.text, last.label, last.id]).toEqual(['الريال', 'ORG', 'wd:Q8682']);
  });

  it('in a counted form, is a currency inside an amount only', () => {
    expect(currencies('ارتفع سعر البرميل إلى 84 دولارا.')).toEqual(['wd:Q4917']);
    expect(extractor.extract('كسبت دينارا لقبا كبيرا في البطولة')).toEqual([]);
  });
});

describe('Maghrebi spellings of currencies', () => {
  it('reads دج as the Algerian dinar and الأورو as the euro', () => {
    const curr = (text: string) => extractor.extract(text).filter((e) => e.label === 'CURR').map((e) => `${e.text} ${e.id}`);
    expect(curr('ارتفع سعر الأورو أمام الدينار الجزائري')).toEqual(['الأورو wd:Q4916', 'الدينار الجزائري kashf:curr/dzd']);
    expect(extractor.extract('بلغ السعر 150 دج فقط', { nested: true }).map((e) => `${e.label} ${e.text}`)).toEqual(['MONEY 150 دج', 'CARDINAL 150', 'CURR دج']);
  });
});

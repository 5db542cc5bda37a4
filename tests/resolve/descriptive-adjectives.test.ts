// A singular nationality adjective describing the noun before it is no entity of its own; a
// plural one names people and stays NORP; after a title or an organisation it joins it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const flat = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);
const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}${e.id ? ` ${e.id}` : ''}`);

describe('nationality adjectives that describe a noun', () => {
  it('drops a singular adjective after a definite noun, with or without proclitics', () => {
    expect(flat('تختلف مقاربة روسيا للملف السوري')).toEqual(['GPE روسيا']);
    expect(flat('أعلن المسؤول الأمريكي أن')).toEqual([]);
    expect(flat('تسيطر على القطاع الفلسطيني')).toEqual([]);
    expect(flat('وفي العاصمة الكوستاريكية سان خوسيه')).toEqual(['GPE سان خوسيه']);
    expect(flat('مرافق اللحوم التابعة للشركة الأميركية')).toEqual([]);
    expect(flat('والعلاقات الجزائرية المغربية')).toEqual([]);
  });

  it('drops an indefinite adjective after an indefinite noun: feminine after any word, masculine after a noun shape', () => {
    expect(flat('وذكرت مصادر لبنانية أن')).toEqual([]);
    expect(flat('توغلت قوات إثيوبية داخل البلدة')).toEqual([]);
    expect(flat('واعتبر مسؤول عراقي أن')).toEqual([]);
    expect(flat('يعكس موقف أمريكي جديد')).toEqual([]);
    expect(flat('قنص جندي إسرائيلي')).toEqual(['OCC جندي إسرائيلي']);
  });

  it('drops a masculine adjective after another nisba of the same indefinite noun', () => {
    expect(flat('قال مصدر أمني عراقي إن')).toEqual([]);
    expect(flat('هربرت صمويل سياسي بريطاني يهودي')).not.toContain('NORP يهودي');
    // After a verb the first nisba is the subject itself.
    expect(flat('قال أمني عراقي')).toEqual(['NORP عراقي']);
  });

  it('drops an adjective joined by و to one that describes its noun', () => {
    expect(flat('تدعم جهود الوساطة القطرية والمصرية')).toEqual([]);
    expect(flat('توغلت قوات إثيوبية وصومالية داخل البلدة')).toEqual([]);
    // Plurals name people, and a nationality after و with no adjective before it stays.
    expect(flat('الجنود الإسرائيليون والأمريكيون')).toContain('NORP الأمريكيون');
    expect(flat('وصل الوزير والمصرية')).toContain('NORP المصرية');
  });

  it('keeps a masculine nationality after a verb, a pronoun or a number word', () => {
    expect(flat('قال الفتى وضعني أميركي')).toEqual(['NORP أميركي']);
    expect(flat('هناك 37 مليون إيراني')).toContain('NORP إيراني');
  });

  it('keeps plural adjectives, which name people', () => {
    // After a noun of a group of people, the group and its adjective are one NORP, the
    // adjective nested.
    const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);
    expect(nested('هاجم الجنود الإسرائيليون القرية')).toEqual(['NORP الجنود الإسرائيليون', 'NORP الإسرائيليون']);
    expect(nested('معلومات حول المعتقلين الفلسطينيين')).toEqual(['NORP المعتقلين الفلسطينيين', 'NORP الفلسطينيين']);
    expect(flat('هاجم المستوطنون اليهود والإسرائيليون القرية')).toContain('NORP الإسرائيليون');
  });

  it('keeps a nationality used as a noun: after a verb, a preposition, a proclitic or a quantifier', () => {
    expect(flat('قتل فلسطيني برصاص الجيش')).toEqual(['NORP فلسطيني']);
    expect(flat('لكل فلسطيني الحق')).toEqual(['NORP فلسطيني']);
    expect(flat('قال الأمريكي إنه')).toEqual(['NORP الأمريكي']);
    expect(flat('تحدث عن الفلسطينيين')).toEqual(['NORP الفلسطينيين']);
    expect(flat('دعا للفلسطيني')).toEqual(['NORP لفلسطيني']);
  });

  it('joins a title or an organisation right before it, which holds it nested', () => {
    expect(nested('قالت المذيعة البريطانية إن')).toEqual(['OCC المذيعة البريطانية', 'NORP البريطانية wd:Q145']);
    expect(nested('نشرت صحيفة الجارديان البريطانية تقريرا')).toEqual([
      'ORG صحيفة الجارديان البريطانية wd:Q11148',
      'ORG الجارديان wd:Q11148',
      'NORP البريطانية wd:Q145',
    ]);
  });

  it('joins an indefinite occupation before it, whatever the noun’s shape, and its field', () => {
    expect(nested('محمد عابد الجابري فيلسوف مغربي .')).toContain('OCC فيلسوف مغربي');
    expect(nested('زها حديد مهندسة معمارية عراقية بريطانية .')).toEqual([
      'PERS زها حديد kashf:pers/zaha-hadid',
      'OCC مهندسة معمارية عراقية بريطانية',
      'NORP عراقية wd:Q796',
      'NORP بريطانية wd:Q145',
    ]);
  });

  it('leaves adjectives nested in a name as they were', () => {
    expect(nested('قال وزير الخارجية الأمريكي')).toEqual(['OCC وزير الخارجية الأمريكي', 'NORP الأمريكي wd:Q30']);
    expect(nested('قالت الحكومة الإسبانية')).toContain('NORP الإسبانية wd:Q29');
  });
});

describe('a nationality right after an organisation named without the article', () => {
  it('joins it, as after a definite name: a proper name is definite', () => {
    expect(flat('وقعت شركة هواوي الصينية عقدا')).toEqual(['ORG شركة هواوي الصينية']);
    expect(flat('فاز يوفنتوس الإيطالي')).toEqual(['ORG يوفنتوس الإيطالي']);
    expect(nested('وقعت شركة هواوي الصينية عقدا')).toContain('NORP الصينية wd:Q148');
  });

  it('stays apart before a person, and as a masculine one after a feminine noun', () => {
    expect(flat('أن لاعب مانشستر البرتغالي كريستيانو رونالدو لن يرحل')).toContain('NORP البرتغالي');
    expect(flat('زار وفد شركة توتال الفرنسي')).toContain('ORG شركة توتال');
  });
});

// Figures of Arab and Islamic history and letters (gazetteers/people-history.jsonl): caliphs,
// scholars, poets, and the laqab or kunya each is known by.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const persons = (text: string) => extract(text).filter((e) => e.label === 'PERS').map((e) => [e.text, e.id]);

describe('figures of history and letters', () => {
  it('are found by their full names and by the names they are known by', () => {
    expect(persons('كتب المتنبي قصائد في مدح سيف الدولة الحمداني')).toEqual([
      ['المتنبي', 'kashf:pers/al-mutanabbi'],
      ['سيف الدولة الحمداني', 'kashf:pers/sayf-al-dawla'],
    ]);
    expect(persons('ألف ابن خلدون المقدمة ونقل عن الجاحظ وابن سينا')).toEqual([
      ['ابن خلدون', 'kashf:pers/ibn-khaldun'],
      ['الجاحظ', 'kashf:pers/al-jahiz'],
      ['ابن سينا', 'kashf:pers/avicenna'],
    ]);
    expect(persons('حاصر هولاكو بغداد وقتل الخليفة المستعصم بالله')).toEqual([
      ['هولاكو', 'kashf:pers/hulagu-khan'],
      ['المستعصم بالله', 'kashf:pers/al-mustasim'],
    ]);
  });

  it('include modern women of letters, science and art whose given names are also words', () => {
    expect(persons('زها حديد مهندسة معمارية عراقية')).toEqual([['زها حديد', 'kashf:pers/zaha-hadid']]);
    expect(persons('وتعد آسيا جبار من أبرز الروائيات')).toEqual([['آسيا جبار', 'kashf:pers/assia-djebar']]);
  });

  it('leave a laqab that is also a word to its context', () => {
    // الرشيد (rightly guided) alone is Harun al-Rashid only where the document names him in full.
    expect(persons('كانت القيادة الرشيدة حكيمة')).toEqual([]);
    expect(persons('تولى هارون الرشيد الخلافة، وبنى الرشيد مدنا كثيرة')).toEqual([
      ['هارون الرشيد', 'kashf:pers/harun-al-rashid'],
      ['الرشيد', 'kashf:pers/harun-al-rashid'],
    ]);
  });
});

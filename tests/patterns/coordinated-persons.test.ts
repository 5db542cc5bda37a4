// Names joined by و to a person the pipeline kept (lists of players, actors, victims).

import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const kashf = createExtractor();

/** The PERS texts of `text`, with the rule or gazetteer entry that found each. */
function persons(text: string): string[] {
  return kashf
    .extract(text)
    .filter((e) => e.label === 'PERS')
    .map((e) => `${e.text}|${e.source?.kind === 'pattern' ? e.source.ref : 'gazetteer'}`);
}

describe('pers-coordinated', () => {
  it('reads names joined by و to a person, one after another', () => {
    expect(persons('مثل مارك فان بومل وكلارنس سيدورف وروي ماكاي وإدغار دافيدز .')).toEqual([
      'مارك فان بومل|pers-name-tokens',
      'كلارنس سيدورف|pers-coordinated',
      'روي ماكاي|pers-name-tokens',
      'إدغار دافيدز|pers-coordinated',
    ]);
    expect(persons('الشهداء هم صالح عبد الغفور وبسام شراب وسعيد الفرا وجميعهم من غزة')).toContain('سعيد الفرا|pers-coordinated');
  });

  it('keeps the entities sorted when a number in brackets lies between two names', () => {
    const starts = kashf.extract('سجل فرناندو توريس ( 20 ) وغانلوكا زامبروتا ( 44 )').map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('needs no known word after و in a list of names already', () => {
    expect(persons('وقد يحذو الحارس غانلويغي بوفون وغانلوكا زامبروتا وديفد تريزيغيه حذو كانافارو')).toContain('ديفد تريزيغيه|pers-coordinated');
    // The first name after a single person still needs one.
    expect(persons('وقد يحذو الحارس غانلويغي بوفون وديفد تريزيغيه حذو كانافارو')).not.toContain('ديفد تريزيغيه|pers-coordinated');
  });

  it('reads, in a list of names already, one word alone and a woman’s name in ة', () => {
    expect(persons('ومن أبطاله عمر الشريف وأحمد مظهر وشادية وآخرون')).toContain('شادية|pers-coordinated');
    expect(persons('بطولة نور الشريف وتوفيق عبدالحميد وأشرف عبدالغفور وماجدة الخطيب ، تأليف')).toContain('ماجدة الخطيب|pers-coordinated');
    // Not after one person alone, nor where the list does not go on after the word.
    expect(persons('وقال عمر الشريف وأحمد مظهر وشادية في')).not.toContain('شادية|pers-coordinated');
    expect(persons('التقى بوش وحماس')).toEqual(['بوش|gazetteer']);
  });

  it('leaves the proclitic و outside the span', () => {
    const e = kashf.extract('كلاً من محمود مرسى ويحيى شاهين').find((x) => x.source?.kind === 'pattern' && x.source.ref === 'pers-coordinated');
    expect(e?.text).toBe('يحيى شاهين');
  });

  it('needs a known name token among the words after و', () => {
    // Two unknown words after و are as often a noun and its adjective.
    expect(persons('لخطاب محمود مرسى ومفاهيم خطيرة تتعارض')).toEqual(['محمود مرسى|pers-name-tokens']);
  });

  it('reads no verb, adverb, title or common noun as the start of a name', () => {
    expect(persons('وارتطمت الكرة بقدم محمود مرسى وسكنت الزاوية اليمنى')).toEqual(['محمود مرسى|pers-name-tokens']);
    expect(persons('حضر محمود مرسى وأخيرا إيمان البحر')).not.toContain('أخيرا إيمان|pers-coordinated');
    expect(persons('حضر محمود مرسى ووزير الخارجية')).toEqual(['محمود مرسى|pers-name-tokens']);
    expect(persons('حضر محمود مرسى ووالد الحسن')).toEqual(['محمود مرسى|pers-name-tokens']);
  });

  it('reads across a comma and a score in brackets', () => {
    expect(persons('سجل الأهداف فرناندو توريس ( 20 ) وغانلوكا زامبروتا ( 44 و62 )')).toContain('غانلوكا زامبروتا|pers-coordinated');
    expect(persons('شارك فيه محمد منير ، وكلارنس سيدورف')).toContain('كلارنس سيدورف|pers-coordinated');
    // A longer bracket is no score.
    expect(persons('سجل فرناندو توريس ( في مباراة الذهاب أمام الفريق الضيف ) وغانلوكا زامبروتا')).not.toContain(
      'غانلوكا زامبروتا|pers-coordinated',
    );
  });

  it('reads no house, tribe or family as a person', () => {
    expect(persons('وأشهرها بيت خالد العظم ، وبيت أحمد السباعي')).not.toContain('بيت أحمد السباعي|pers-coordinated');
  });

  it('reads a name between commas, or between a comma and the full stop, in a list', () => {
    expect(persons('ولجنة الحكام تتكون من حسن أبو السعود ، لجين الناصر ، عنتر هلال .')).toEqual([
      'حسن أبو السعود|pers-name-tokens',
      'لجين الناصر|pers-coordinated',
      'عنتر هلال|pers-coordinated',
    ]);
  });

  it('reads no title, and no item a comma or full stop does not close, after a comma', () => {
    expect(persons('وقال محمود مرسى ، وزير الخارجية ، إن')).toEqual(['محمود مرسى|pers-name-tokens']);
    expect(persons('وقال محمود مرسى ، لجين الناصر قالت إن')).toEqual(['محمود مرسى|pers-name-tokens']);
  });

  it('reads no particle glued to a word written with a hamza as a name', () => {
    expect(persons('فقال : يا محمود مرسى ، كأني أراك')).toEqual(['محمود مرسى|pers-name-tokens']);
    expect(persons('التقى محمود مرسى وبأنه سيعود')).toEqual(['محمود مرسى|pers-name-tokens']);
  });

  it('reads nothing after a name that is no person, nor over another entity', () => {
    expect(persons('زار الوفد القاهرة وإدغار دافيدز')).toEqual([]);
    expect(persons('التقى محمود مرسى ونور الشريف')).toEqual(['محمود مرسى|pers-name-tokens', 'نور الشريف|gazetteer']);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const persons = (text: string) => extract(text).filter((e) => e.label === 'PERS').map((e) => `${e.text} ${e.id ?? ''}`.trim());

describe('weak person aliases after a title', () => {
  it('are the person the gazetteer knows', () => {
    expect(persons('وأكد الرئيس الأسد أن الحوار مستمر')).toEqual(['الأسد wd:Q44329']);
    expect(persons('ودعا الرئيس السوري الأسد إلى الحوار')).toEqual(['الأسد wd:Q44329']);
  });
  it('stay words elsewhere, and a definite nisba after a title stays its adjective', () => {
    expect(persons('زأر الأسد في الغابة')).toEqual([]);
    expect(persons('أن يصطدم مع الحاكم العثماني لمدينة وهران')).toEqual([]);
  });
});

describe('weak person aliases right after the verb that opens a sentence', () => {
  it('are the person: the subject follows the verb', () => {
    expect(persons('ودعا الأسد في تصريح إلى الحوار')).toEqual(['الأسد wd:Q44329']);
    expect(persons('نشرت الصحيفة الخبر. ودعا الأسد إلى الحوار')).toEqual(['الأسد wd:Q44329']);
  });
  it('stay words after a comma, inside a sentence or after a verb with the article', () => {
    expect(persons('قال إنه رأى الفيل ، والنمر الأسد في الغابة')).toEqual([]);
    expect(persons('وقد زأر الأسد في الغابة')).toEqual([]);
  });
});

describe('weak person aliases in subject place after أن, إن or a verb of saying', () => {
  it('are the person', () => {
    expect(persons('وقال جنبلاط إن الأسد يسعى إلى الحوار')).toContain('الأسد wd:Q44329');
    expect(persons('وأوضحت الصحيفة أن الأسد سيزور موسكو')).toEqual(['الأسد wd:Q44329']);
    expect(persons('وعن ذلك قال الأسد في خطاب')).toEqual(['الأسد wd:Q44329']);
  });
  it('stay words as the head of a construct, before a pronoun written apart, or after other words', () => {
    expect(persons('وقال إن الأسد الأفريقي يعيش في السهول')).toEqual([]);
    expect(persons('وقالوا إن الأسد ها هنا')).toEqual([]);
    expect(persons('حين كان الأسد يزأر في الغابة')).toEqual([]);
  });
});

describe('weak person aliases as the genitive of a noun of speech, works or rule', () => {
  it('are the person', () => {
    expect(persons('وفي رد على تصريحات الأسد قال الوزير')).toEqual(['الأسد wd:Q44329']);
    expect(persons('وقال إن خطاب الأسد الأخير كان واضحا')).toEqual(['الأسد wd:Q44329']);
    expect(persons('لا عودة لنفوذ الأسد في لبنان')).toEqual(['الأسد wd:Q44329']);
  });
  it('stay words after other nouns, or where بن makes the name someone else', () => {
    expect(persons('حصل على حصة الأسد من الأرباح')).toEqual([]);
    expect(persons('في عهد الأسد بن عبد الملك')).not.toContain('الأسد wd:Q44329');
  });
  it('name a march, not a career, when the word after مسيرة is definite', () => {
    expect(persons('شارك الآلاف في مسيرة العودة الكبرى على حدود غزة')).toEqual([]);
    expect(persons('وتحدث عن مسيرة محفوظ الأدبية')).toEqual(['محفوظ kashf:pers/naguib-mahfouz']);
  });
});

describe('تبون, also Gulf "you want"', () => {
  it('is the president after a title or a verb of saying, and nobody in a social post', () => {
    expect(persons('قال الرئيس تبون إن')).toEqual(['تبون kashf:pers/abdelmadjid-tebboune']);
    expect(persons('أكد تبون أن')).toEqual(['تبون kashf:pers/abdelmadjid-tebboune']);
    expect(persons('إذا تبون تجون معنا كلموني')).toEqual([]);
  });
});

describe('ألّف, to author, spelt like ألف', () => {
  it('is no number before a definite word', () => {
    expect(extract('ألف الكاتب ثلاث روايات').filter((e) => e.label === 'CARDINAL').map((e) => e.text)).toEqual(['ثلاث']);
  });
});

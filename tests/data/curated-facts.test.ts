// Curated gazetteer facts that the text relies on: a demonym in everyday use, and aliases
// without titles (a title in an alias would end up inside the person's span).

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('curated gazetteer facts', () => {
  it('reads العاجي, the everyday demonym of Côte d’Ivoire, as its people', () => {
    expect(extract('احتفل العاجيون بالفوز').map((e) => [e.text, e.label, e.id])).toContainEqual(['العاجيون', 'NORP', 'wd:Q1008']);
    // After a title it is the title's adjective, nested.
    expect(extract('سجل المدافع العاجي هدفا', { nested: true }).map((e) => [e.text, e.label, e.id])).toEqual([
      ['المدافع العاجي', 'OCC', undefined],
      ['العاجي', 'NORP', 'wd:Q1008'],
    ]);
  });

  it('keeps a title adjective out of a person (الإمام الأكبر أحمد الطيب, not الأكبر أحمد الطيب)', () => {
    const persons = extract('ويرى الإمام الأكبر أحمد الطيب أن الحوار ضروري').filter((e) => e.label === 'PERS');
    expect(persons.map((e) => [e.text, e.id])).toEqual([['أحمد الطيب', 'kashf:pers/ahmed-el-tayeb']]);
  });
});

describe('landmarks', () => {
  const at = (text: string) => extract(text).map((e) => [e.text, e.label, e.id]);
  // The worshippers and pilgrims of these sentences are groups of people (NORP): left out here.
  const facilities = (text: string) => at(text).filter(([, label]) => label !== 'NORP');

  it('reads holy places and monuments known by name alone as facilities', () => {
    expect(facilities('صلى المصلون في المسجد الأقصى')).toEqual([['المسجد الأقصى', 'FAC', 'kashf:fac/al-aqsa-mosque']]);
    expect(facilities('طاف الحجاج حول الكعبة')).toEqual([['الكعبة', 'FAC', 'kashf:fac/kaaba']]);
    expect(at('أضيء برج إيفل')).toEqual([['برج إيفل', 'FAC', 'wd:Q243']]);
  });

  it('keeps the adjective الأقصى, "farthest", out (الحد الأقصى, الشرق الأقصى)', () => {
    expect(at('بلغ الحد الأقصى للسرعة')).toEqual([]);
    expect(at('دول الشرق الأقصى').map((e) => e[1])).toEqual(['LOC']);
  });
});

describe('named events', () => {
  const at = (text: string) => extract(text).map((e) => [e.text, e.label]);

  it('reads tournaments, wars and revolutions known by name as events', () => {
    expect(at('تأهل المنتخب إلى كأس العالم')).toContainEqual(['كأس العالم', 'EVENT']);
    expect(at('منذ اندلاع الربيع العربي')).toEqual([['الربيع العربي', 'EVENT']]);
    expect(at('خلال الحرب الأهلية اللبنانية')).toEqual([['الحرب الأهلية اللبنانية', 'EVENT']]);
  });

  it('reads the ك of كأس as a root letter, not the preposition ك before أس', () => {
    expect(at('في كأس العالم لكرة القدم')).toEqual([['كأس العالم لكرة القدم', 'EVENT']]);
  });
});

describe('a family name that is also a word', () => {
  it('names the person only where the text says a person (بروتون: Breton, and the proton)', () => {
    const persons = (text: string) => extract(text).filter((e) => e.label === 'PERS').map((e) => `${e.text} ${e.id}`);
    expect(persons('يحتوي الهيدروجين على بروتون واحد')).toEqual([]);
    expect(persons('وقال بروتون إن الاتحاد سيرد')).toEqual(['بروتون kashf:pers/thierry-breton']);
  });
});

describe('landmarks named by a city’s name', () => {
  it('are the landmark, not the city', async () => {
    const { extract } = await import('../../src/index.js');
    const [e] = extract('وزرت آيا صوفيا في إسطنبول');
    expect(e).toMatchObject({ text: 'آيا صوفيا', label: 'FAC', id: 'wd:Q12506' });
  });
});

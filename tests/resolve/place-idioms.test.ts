// Fixed expressions in which a known place name names no place (gazetteers/place-idioms.txt):
// the place is dropped there and kept elsewhere.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { prepareDoc } from '../../src/doc.js';
import { newCandidate } from '../../src/candidate.js';
import { compilePlaceIdioms, dropIdiomPlaces, parsePlaceIdiom } from '../../src/resolve/place-idioms.js';

const places = (text: string): string[] =>
  extract(text).filter((e) => e.label === 'GPE' || e.label === 'LOC' || e.label === 'FAC').map((e) => e.text);

describe('place idioms', () => {
  it('drops a place that is part of a set phrase, and keeps it elsewhere', () => {
    expect(places('يقام المعرض في مسقط رأس الشاعر')).toEqual([]);
    expect(places('عاد إلى مسقط رأسه')).toEqual([]);
    expect(places('وصل الوفد إلى مسقط أمس')).toEqual(['مسقط']);
    expect(places('حاول بعض العلماء النيل من حقوقه')).toEqual([]);
    expect(places('أدى الحضور صلاة المغرب')).toEqual([]);
    expect(places('زار الرئيس المغرب')).toEqual(['المغرب']);
    expect(places('وعد الله نبيه إبراهيم الخليل')).toEqual([]);
    expect(places('سجل من داخل منطقة الجزاء')).toEqual([]);
    expect(places('أعلنت المؤسسة حالة القوة القاهرة في الحقل')).toEqual([]);
    expect(places('تأجل الاجتماع لظروف قاهرة')).toEqual([]);
    expect(places('وصل الوفد إلى القاهرة')).toEqual(['القاهرة']);
  });

  it('drops a weak place in a set phrase even where the document names the place', () => {
    expect(places('وصلوا إلى مدينة الزاوية . القهوة حجر الزاوية في يومه')).toEqual(['مدينة الزاوية']);
  });

  it('reads a place after a name prefix as part of a person\'s name', () => {
    expect(places('قال احمد أبو غزة مدير التنسيق')).toEqual([]);
    expect(places('ثار عبد الله بن الزبير')).toEqual([]);
    expect(places('قصفت الطائرات غزة')).toEqual(['غزة']);
  });

  it('reads the word after a relative pronoun or a verb particle as a verb', () => {
    expect(places('المعتزلات اللاتي عدن للتمثيل')).toEqual([]);
    expect(places('وصلت السفينة إلى عدن')).toEqual(['عدن']);
  });

  it('drops a place that is a whole quoted title after the noun of a work, not one in a longer title', () => {
    expect(places('نشر رواية " القاهرة الجديدة "')).toEqual([]);
    expect(places('رثاها بقصيدة " بلقيس " الشهيرة')).toEqual([]);
    expect(places('صدرت روايته «بغداد» أمس')).toEqual([]);
    expect(places('يجيب كتاب « روسيا بوتين » على الأسئلة')).toEqual(['روسيا']);
    expect(places('وصل إلى « بغداد » أمس')).toEqual(['بغداد']);
  });
});

describe('parsePlaceIdiom', () => {
  it('reads literal words, inflecting words, quotation marks and the place name', () => {
    expect(parsePlaceIdiom('رواية+ « _ «')).toEqual([
      { kind: 'word', text: 'روايه', inflects: true }, { kind: 'quote' }, { kind: 'place' }, { kind: 'quote' },
    ]);
  });

  it('rejects a single word, a repeated place name and words that are not Arabic', () => {
    expect(() => parsePlaceIdiom('مسقط')).toThrow(/two words/);
    expect(() => parsePlaceIdiom('_ بن _')).toThrow(/once/);
    expect(() => parsePlaceIdiom('abu _')).toThrow(/not an Arabic word/);
  });
});

describe('dropIdiomPlaces', () => {
  const idioms = compilePlaceIdioms(['مسقط رأس+']);
  it('drops only place candidates, and returns the same array when none is dropped', () => {
    const doc = prepareDoc('في مسقط رأسه');
    const place = newCandidate(3, 7, 'GPE', 50, { kind: 'gazetteer', ref: 'x' });
    const person = newCandidate(3, 7, 'PERS', 50, { kind: 'gazetteer', ref: 'y' });
    expect(dropIdiomPlaces(doc, [place, person], idioms)).toEqual([person]);
    const kept = [person];
    expect(dropIdiomPlaces(doc, kept, idioms)).toBe(kept);
  });
});

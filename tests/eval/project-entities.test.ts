import { describe, expect, it } from 'vitest';
import { buildSentenceText, mapLabel, projectEntities, type EntitySpan } from '../../src/eval/index.js';
import type { Label } from '../../src/types.js';

/** An entity over the first occurrence of `surface` in `text`, for hand-made cases. */
function at(text: string, surface: string, label: Label, from = 0): EntitySpan {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`no ${surface}`);
  return { start, end: start + surface.length, label };
}

describe('projectEntities', () => {
  it('gives a clitic-attached token to the entity inside it (ANERcorp tags whole tokens)', () => {
    const sentence = buildSentenceText(['وقال', 'مسؤول', 'في', 'والولايات', 'المتحدة', 'أمس']);
    const entity = at(sentence.text, 'الولايات المتحدة', 'GPE');
    expect(projectEntities([entity], sentence, 'anercorp')).toEqual([{ start: 3, end: 5, type: 'LOC' }]);
  });

  it('maps a span inside a FANE clitic-split sentence onto exactly its tokens', () => {
    const sentence = buildSentenceText(['استفزازات', 'ماتيراتزي', 'ل', 'زيدان']);
    const entity = at(sentence.text, 'زيدان', 'PERS');
    expect(projectEntities([entity], sentence, 'fane')).toEqual([{ start: 3, end: 4, type: 'PER' }]);
  });

  it('drops entities that map to O in the scheme and entities that cover no token', () => {
    const sentence = buildSentenceText(['قال', 'الرئيس', 'الأمريكي']);
    const occ = at(sentence.text, 'الرئيس', 'OCC');
    const norp = at(sentence.text, 'الأمريكي', 'NORP');
    expect(projectEntities([occ, norp], sentence, 'anercorp')).toEqual([]);
    expect(projectEntities([occ, norp], sentence, 'wojood')).toEqual([{ start: 2, end: 3, type: 'MISC' }]);
    expect(projectEntities([{ start: 3, end: 4, label: 'PERS' }], sentence, 'full')).toEqual([]);
  });

  it('leaves place-class nouns and compass words before a place outside it in ANERcorp and FANE', () => {
    const sentence = buildSentenceText(['في', 'وقطاع', 'غزة', 'وجنوب', 'شرق', 'آسيا', 'والبحر', 'الأحمر']);
    const gaza = at(sentence.text, 'قطاع غزة', 'GPE');
    const asia = at(sentence.text, 'جنوب شرق آسيا', 'LOC');
    const sea = at(sentence.text, 'البحر الأحمر', 'LOC');
    expect(projectEntities([gaza, asia, sea], sentence, 'anercorp')).toEqual([
      { start: 2, end: 3, type: 'LOC' },
      { start: 5, end: 6, type: 'LOC' },
      { start: 6, end: 8, type: 'LOC' },
    ]);
    expect(projectEntities([gaza], sentence, 'fane')).toEqual([{ start: 1, end: 3, type: 'LOC' }]);
    expect(projectEntities([asia, sea], sentence, 'fane')).toEqual([
      { start: 5, end: 6, type: 'LOC' },
      { start: 6, end: 8, type: 'LOC' },
    ]);
    expect(projectEntities([asia], sentence, 'wojood')).toEqual([{ start: 3, end: 6, type: 'LOC' }]);
    // A place-class noun alone, or before something that is no place, stays as it is.
    const city = at(sentence.text, 'غزة', 'GPE');
    expect(projectEntities([city], sentence, 'anercorp')).toEqual([{ start: 2, end: 3, type: 'LOC' }]);
    const org = at(sentence.text, 'قطاع غزة', 'ORG');
    expect(projectEntities([org], sentence, 'anercorp')).toEqual([{ start: 1, end: 3, type: 'ORG' }]);
  });

  it('leaves team, media and company nouns before an organisation outside it in ANERcorp', () => {
    const sentence = buildSentenceText(['نشرت', 'صحيفة', 'التايمز', 'و', 'حزب', 'الله']);
    const paper = at(sentence.text, 'صحيفة التايمز', 'ORG');
    const party = at(sentence.text, 'حزب الله', 'ORG');
    expect(projectEntities([paper, party], sentence, 'anercorp')).toEqual([
      { start: 2, end: 3, type: 'ORG' },
      { start: 4, end: 6, type: 'ORG' },
    ]);
  });

  it('scores an ANERcorp national team as the country nested in it', () => {
    const sentence = buildSentenceText(['فاز', 'منتخب', 'مصر', 'على', 'فريق', 'برشلونة']);
    const team = at(sentence.text, 'منتخب مصر', 'ORG');
    const egypt = at(sentence.text, 'مصر', 'GPE');
    const club = at(sentence.text, 'فريق برشلونة', 'ORG');
    const city = at(sentence.text, 'برشلونة', 'GPE');
    expect(projectEntities([team, egypt, club, city], sentence, 'anercorp')).toEqual([
      { start: 2, end: 3, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
    expect(projectEntities([team, egypt], sentence, 'wojood')).toEqual([{ start: 1, end: 3, type: 'ORG' }]);
  });

  it('scores an ANERcorp edition of an event by its host as the place, and by its year as the event', () => {
    const sentence = buildSentenceText(['بعد', 'مونديال', 'ألمانيا', 'وقبل', 'مونديال', '2010']);
    const hosted = at(sentence.text, 'مونديال ألمانيا', 'EVENT');
    const germany = at(sentence.text, 'ألمانيا', 'GPE');
    const dated = at(sentence.text, 'مونديال 2010', 'EVENT');
    expect(projectEntities([hosted, germany, dated], sentence, 'anercorp')).toEqual([
      { start: 2, end: 3, type: 'LOC' },
      { start: 4, end: 6, type: 'MISC' },
    ]);
  });

  it('scores an ANERcorp stock market as the place nested in it', () => {
    const sentence = buildSentenceText(['في', 'سوق', 'دبي', 'المالي']);
    const market = at(sentence.text, 'سوق دبي المالي', 'ORG');
    const dubai = at(sentence.text, 'دبي', 'GPE');
    expect(projectEntities([market, dubai], sentence, 'anercorp')).toEqual([{ start: 2, end: 3, type: 'LOC' }]);
  });

  it('scores a municipality as the place nested in it in ANERcorp and FANE', () => {
    const sentence = buildSentenceText(['وقالت', 'بلدية', 'باريس', 'إن']);
    const council = at(sentence.text, 'بلدية باريس', 'ORG');
    const paris = at(sentence.text, 'باريس', 'GPE');
    expect(projectEntities([council, paris], sentence, 'anercorp')).toEqual([{ start: 2, end: 3, type: 'LOC' }]);
    expect(projectEntities([council, paris], sentence, 'fane')).toEqual([{ start: 2, end: 3, type: 'LOC' }]);
    expect(projectEntities([council, paris], sentence, 'wojood')).toEqual([{ start: 1, end: 3, type: 'ORG' }]);
  });

  it('scores the names inside a title or an untagged event in FANE, but no nationality there', () => {
    const sentence = buildSentenceText(['قاد', 'الرئيس', 'الامريكي', 'ثورة', 'فلسطين', '1936']);
    const title = at(sentence.text, 'الرئيس الامريكي', 'OCC');
    const american = at(sentence.text, 'الامريكي', 'NORP');
    const revolt = at(sentence.text, 'ثورة فلسطين 1936', 'EVENT');
    const palestine = at(sentence.text, 'فلسطين', 'GPE');
    expect(projectEntities([title, american, revolt, palestine], sentence, 'fane')).toEqual([{ start: 4, end: 5, type: 'LOC' }]);
    const envoy = buildSentenceText(['السفير', 'في', 'الامم', 'المتحدة']);
    const ambassador = at(envoy.text, 'السفير في الامم المتحدة', 'OCC');
    const un = at(envoy.text, 'الامم المتحدة', 'ORG');
    expect(projectEntities([ambassador, un], envoy, 'fane')).toEqual([{ start: 2, end: 4, type: 'ORG' }]);
    expect(projectEntities([title, revolt], sentence, 'wojood')).toEqual([{ start: 3, end: 6, type: 'MISC' }]);
  });

  it('scores the names inside a title in the four-type Wojood files, but no nationality, and none inside a name', () => {
    const sentence = buildSentenceText(['قال', 'رئيس', 'وزراء', 'إسرائيل', 'الإسرائيلي']);
    const title = at(sentence.text, 'رئيس وزراء إسرائيل الإسرائيلي', 'OCC');
    const israel = at(sentence.text, 'إسرائيل', 'GPE');
    const israeli = at(sentence.text, 'الإسرائيلي', 'NORP');
    expect(projectEntities([title, israel, israeli], sentence, 'wojood')).toEqual([{ start: 3, end: 4, type: 'LOC' }]);
    expect(projectEntities([title, israel, israeli], sentence, 'full')).toEqual([{ start: 1, end: 5, type: 'OCC' }]);
    const office = buildSentenceText(['مكتب', 'غزة']);
    expect(projectEntities([at(office.text, 'مكتب غزة', 'ORG'), at(office.text, 'غزة', 'GPE')], office, 'wojood')).toEqual([{ start: 0, end: 2, type: 'ORG' }]);
  });

  it('leaves a border or airspace named by its nationality untagged in ANERcorp, also after لل', () => {
    const sentence = buildSentenceText(['الخرق', 'للاجواء', 'اللبنانية']);
    const airspace = { start: sentence.text.indexOf('لاجواء'), end: sentence.text.length, label: 'LOC' as Label };
    expect(projectEntities([airspace], sentence, 'anercorp')).toEqual([]);
    expect(projectEntities([airspace], sentence, 'wojood')).toEqual([{ start: 1, end: 3, type: 'LOC' }]);
  });

  it('scores a fair or conference named after its place as the place in ANERcorp, a championship as MISC', () => {
    const sentence = buildSentenceText(['عقد', 'مؤتمر', 'روما', 'الدولي']);
    const conference = at(sentence.text, 'مؤتمر روما الدولي', 'EVENT');
    const rome = at(sentence.text, 'روما', 'GPE');
    expect(projectEntities([conference, rome], sentence, 'anercorp')).toEqual([{ start: 2, end: 3, type: 'LOC' }]);
    expect(projectEntities([conference, rome], sentence, 'wojood')).toEqual([{ start: 1, end: 4, type: 'MISC' }]);
    const open = buildSentenceText(['في', 'بطولة', 'فرنسا', 'المفتوحة']);
    const championship = at(open.text, 'بطولة فرنسا المفتوحة', 'EVENT');
    expect(projectEntities([championship, at(open.text, 'فرنسا', 'GPE')], open, 'anercorp')).toEqual([{ start: 1, end: 4, type: 'MISC' }]);
  });

  it('leaves broad regions named by a common noun untagged in ANERcorp and FANE', () => {
    const sentence = buildSentenceText(['في', 'العالم', 'العربي', 'كله']);
    const region = at(sentence.text, 'العالم العربي', 'LOC');
    expect(projectEntities([region], sentence, 'anercorp')).toEqual([]);
    expect(projectEntities([region], sentence, 'fane')).toEqual([]);
    expect(projectEntities([region], sentence, 'wojood')).toEqual([{ start: 1, end: 3, type: 'LOC' }]);
  });

  it('cuts a nationality nested at the end of an organisation off its ANERcorp chunk', () => {
    const sentence = buildSentenceText(['أمين', 'عام', 'حزب', 'الله', 'اللبناني']);
    const party = at(sentence.text, 'حزب الله اللبناني', 'ORG');
    const norp = at(sentence.text, 'اللبناني', 'NORP');
    expect(projectEntities([party, norp], sentence, 'anercorp')).toEqual([{ start: 2, end: 4, type: 'ORG' }]);
    expect(projectEntities([party, norp], sentence, 'wojood')).toEqual([{ start: 2, end: 5, type: 'ORG' }]);
  });

  it('scores a group named by an organisation or place as that organisation or place in FANE, and the group in Wojood', () => {
    const sentence = buildSentenceText(['خرج', 'سكان', 'دمشق', 'إلى', 'الشوارع']);
    const group = at(sentence.text, 'سكان دمشق', 'NORP');
    const city = at(sentence.text, 'دمشق', 'GPE');
    expect(projectEntities([group, city], sentence, 'fane')).toEqual([{ start: 2, end: 3, type: 'LOC' }]);
    expect(projectEntities([group, city], sentence, 'wojood')).toEqual([{ start: 1, end: 3, type: 'MISC' }]);
    // A group with nothing nested (`اللاجئين`) stays the scheme's MISC.
    const refugees = buildSentenceText(['عودة', 'اللاجئين']);
    expect(projectEntities([at(refugees.text, 'اللاجئين', 'NORP')], refugees, 'fane')).toEqual([{ start: 1, end: 2, type: 'MISC' }]);
  });

  it('keeps the earlier, then longer, entity when two claim the same token', () => {
    const sentence = buildSentenceText(['لبنان-سوريا', 'اليوم']);
    const lebanon = at(sentence.text, 'لبنان', 'GPE');
    const syria = at(sentence.text, 'سوريا', 'GPE');
    expect(projectEntities([syria, lebanon], sentence, 'aqmar')).toEqual([{ start: 0, end: 1, type: 'LOC' }]);
  });

  it('scores an ANERcorp mosque as an organisation and a stadium as MISC, without their class noun', () => {
    const sentence = buildSentenceText(['صلى', 'في', 'مسجد', 'هوبان', 'قرب', 'ملعب', 'الإمارات', 'و', 'مطار', 'دبي']);
    const mosque = at(sentence.text, 'مسجد هوبان', 'FAC');
    const stadium = at(sentence.text, 'ملعب الإمارات', 'FAC');
    const airport = at(sentence.text, 'مطار دبي', 'FAC');
    expect(projectEntities([mosque, stadium, airport], sentence, 'anercorp')).toEqual([
      { start: 3, end: 4, type: 'ORG' },
      { start: 6, end: 7, type: 'MISC' },
      { start: 9, end: 10, type: 'LOC' },
    ]);
    expect(projectEntities([mosque], sentence, 'wojood')).toEqual([{ start: 2, end: 4, type: 'LOC' }]);
  });

  it('scores an ANERcorp hotel as an organisation without its class noun', () => {
    const sentence = buildSentenceText(['نزل', 'في', 'فندق', 'شيراتون']);
    const hotel = at(sentence.text, 'فندق شيراتون', 'FAC');
    expect(projectEntities([hotel], sentence, 'anercorp')).toEqual([{ start: 3, end: 4, type: 'ORG' }]);
  });
});

describe('mapLabel', () => {
  const shared: [Label, string][] = [
    ['PERS', 'PER'], ['GPE', 'LOC'], ['LOC', 'LOC'], ['FAC', 'LOC'], ['ORG', 'ORG'],
    ['EVENT', 'MISC'], ['PRODUCT', 'MISC'], ['LAW', 'MISC'], ['LANGUAGE', 'MISC'], ['WEBSITE', 'MISC'],
  ];
  it.each(['anercorp', 'aqmar', 'fane', 'wojood'] as const)('maps the shared labels the same way in %s', (scheme) => {
    for (const [label, type] of shared) if (!(scheme === 'fane' && label === 'EVENT')) expect(mapLabel(label, scheme)).toBe(type);
    for (const label of ['OCC', 'DATE', 'TIME', 'CARDINAL', 'ORDINAL', 'PERCENT', 'QUANTITY', 'UNIT', 'MONEY'] as Label[]) {
      expect(mapLabel(label, scheme)).toBeNull();
    }
  });

  it('scores events as O in FANE, which tags none', () => {
    expect(mapLabel('EVENT', 'fane')).toBeNull();
    for (const scheme of ['anercorp', 'aqmar', 'wojood'] as const) expect(mapLabel('EVENT', scheme)).toBe('MISC');
  });

  it('scores currencies as MISC and nationalities as O in ANERcorp only', () => {
    expect(mapLabel('CURR', 'anercorp')).toBe('MISC');
    expect(mapLabel('NORP', 'anercorp')).toBeNull();
    for (const scheme of ['aqmar', 'fane', 'wojood'] as const) {
      expect(mapLabel('CURR', scheme)).toBeNull();
      expect(mapLabel('NORP', scheme)).toBe('MISC');
    }
  });

  it('keeps every label in the full scheme', () => {
    expect(mapLabel('PERS', 'full')).toBe('PERS');
    expect(mapLabel('CARDINAL', 'full')).toBe('CARDINAL');
    expect(mapLabel('NORP', 'full')).toBe('NORP');
  });
  it('scores an ANERcorp place without the epithet after it, and a state named with a compass word whole', () => {
    const sentence = buildSentenceText(['وصل', 'إلى', 'مكة', 'المكرمة', 'من', 'جنوب', 'أفريقيا', 'و', 'جنوب', 'لبنان']);
    const mecca = at(sentence.text, 'مكة المكرمة', 'GPE');
    const southAfrica = { ...at(sentence.text, 'جنوب أفريقيا', 'GPE'), id: 'wd:Q258' };
    const southLebanon = { ...at(sentence.text, 'جنوب لبنان', 'LOC'), id: 'wd:Q1' };
    expect(projectEntities([mecca, southAfrica, southLebanon], sentence, 'anercorp')).toEqual([
      { start: 2, end: 3, type: 'LOC' },
      { start: 5, end: 7, type: 'LOC' },
      { start: 9, end: 10, type: 'LOC' },
    ]);
    expect(projectEntities([mecca, southAfrica], sentence, 'fane')).toEqual([
      { start: 2, end: 4, type: 'LOC' },
      { start: 5, end: 7, type: 'LOC' },
    ]);
  });

  it('leaves an ANERcorp government or army named by its nationality untagged', () => {
    const sentence = buildSentenceText(['قررت', 'الحكومة', 'المصرية', 'و', 'حزب', 'الله', 'اللبناني']);
    const government = at(sentence.text, 'الحكومة المصرية', 'ORG');
    const egyptian = at(sentence.text, 'المصرية', 'NORP');
    const party = at(sentence.text, 'حزب الله اللبناني', 'ORG');
    const lebanese = at(sentence.text, 'اللبناني', 'NORP');
    expect(projectEntities([government, egyptian, party, lebanese], sentence, 'anercorp')).toEqual([{ start: 4, end: 6, type: 'ORG' }]);
    expect(projectEntities([government, egyptian], sentence, 'wojood')).toEqual([{ start: 1, end: 3, type: 'ORG' }]);
  });

  it('leaves an ANERcorp government body named by its function untagged, but not the Security Council', () => {
    const sentence = buildSentenceText(['بحث', 'مجلس', 'الوزراء', 'قرار', 'مجلس', 'الأمن', 'و', 'وزارة', 'الخارجية']);
    const cabinet = at(sentence.text, 'مجلس الوزراء', 'ORG');
    const council = at(sentence.text, 'مجلس الأمن', 'ORG');
    const ministry = at(sentence.text, 'وزارة الخارجية', 'ORG');
    expect(projectEntities([cabinet, council, ministry], sentence, 'anercorp')).toEqual([{ start: 4, end: 6, type: 'ORG' }]);
    expect(projectEntities([cabinet, ministry], sentence, 'fane')).toEqual([
      { start: 1, end: 3, type: 'ORG' },
      { start: 7, end: 9, type: 'ORG' },
    ]);
  });
});

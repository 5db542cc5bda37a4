import { describe, expect, it } from 'vitest';
import { analyze, createExtractor } from '../../src/index.js';
import { prepareDoc } from '../../src/doc.js';
import { linkDocument } from '../../src/link/link-document.js';
import type { Candidate, GazetteerEntry } from '../../src/types.js';

const only = (entries: GazetteerEntry[], coreference = true) => createExtractor({ defaultGazetteer: false, patterns: false, acronyms: false, entries, coreference });

describe('partial-name mentions', () => {
  const kashf = only([{ id: 'kashf:pers/jane-doe', label: 'PERS', ar: 'جين دوفال' }]);

  it('links the family name alone, after and before the full name', () => {
    const text = 'قالت دوفال إن المتحدثة جين دوفال أكدت، وأضافت دوفال';
    const ents = kashf.extract(text);
    expect(ents.map((e) => [e.text, e.label, e.id])).toEqual([
      ['دوفال', 'PERS', 'kashf:pers/jane-doe'],
      ['جين دوفال', 'PERS', 'kashf:pers/jane-doe'],
      ['دوفال', 'PERS', 'kashf:pers/jane-doe'],
    ]);
    expect(ents[0]!.source.kind).toBe('coref');
  });

  it('keeps proclitics outside the linked mention', () => {
    const ents = kashf.extract('جين دوفال ... وقال لدوفال');
    expect(ents[1]).toMatchObject({ text: 'دوفال', id: 'kashf:pers/jane-doe' });
  });

  it('adds nothing with coreference off', () => {
    const off = only([{ id: 'kashf:pers/jane-doe', label: 'PERS', ar: 'جين دوفال' }], false);
    expect(off.extract('جين دوفال ... وأضافت دوفال')).toHaveLength(1);
  });
});

describe('family names that are also words or parts of compound names', () => {
  const kashf = only(
    [
      { id: 'kashf:pers/a', label: 'PERS', ar: 'جلال محمود' },
      { id: 'kashf:pers/b', label: 'PERS', ar: 'أبو عبد الله' },
      { id: 'kashf:pers/c', label: 'PERS', ar: 'أسامة بن لادن' },
      { id: 'kashf:pers/d', label: 'PERS', ar: 'طلحة بن عبيد الله' },
      { id: 'kashf:pers/e', label: 'PERS', ar: 'محمد نور الدين' },
    ],
    false,
  );
  const link = (text: string, ambiguousNames?: ReadonlySet<string>) => {
    const doc = prepareDoc(text);
    const cands = kashf.extract(text).map((e): Candidate => ({ start: e.start, end: e.end, label: e.label, priority: 50, source: { kind: 'gazetteer', ref: e.id! }, id: e.id! }));
    return linkDocument(doc, cands, ambiguousNames ? { ambiguousNames } : {}).map((c) => doc.norm.text.slice(c.start, c.end));
  };

  it('looks for an ambiguous name alone only as the subject after the verb opening a sentence', () => {
    expect(link('قال جلال محمود إن محمود', new Set(['محمود']))).toEqual(['جلال محمود']);
    expect(link('قال جلال محمود إن محمود')).toEqual(['جلال محمود', 'محمود']);
    expect(link('قال جلال محمود إن السوق تراجع. وتوقع محمود تحسنا', new Set(['محمود']))).toEqual(['جلال محمود', 'محمود']);
    expect(link('قال جلال محمود إن السوق تراجع. وتوقع ولمحمود تحسنا', new Set(['محمود']))).toEqual(['جلال محمود']);
  });

  it('takes no family name from a compound given name, and both tokens after بن', () => {
    expect(link('قال أبو عبد الله إن الله')).toEqual(['ابو عبد الله']);
    expect(link('أسامة بن لادن ثم بن لادن ثم لادن')).toEqual(['اسامه بن لادن', 'بن لادن']);
  });

  it('never takes الله or الدين alone, the last parts of compound names, for the person', () => {
    expect(link('قال طلحة بن عبيد الله إنه سمع رسول الله يقول')).toEqual(['طلحه بن عبيد الله']);
    expect(link('وكتب محمد نور الدين أن الدين يسر')).toEqual(['محمد نور الدين']);
  });
});

describe('document-local IDs', () => {
  it('gives names no gazetteer knows one doc:N shared by their partial mentions', () => {
    const text = 'وقال جيف زيليني ثم زيليني وقال روبرت وود';
    const doc = prepareDoc(text);
    const at = (s: string): Candidate => {
      const start = doc.norm.text.indexOf(s);
      return { start, end: start + s.length, label: 'PERS', priority: 45, source: { kind: 'pattern', ref: 'test' } };
    };
    const linked = linkDocument(doc, [at('جيف زيليني'), at('روبرت وود')]);
    const ids = linked.map((c) => [doc.norm.text.slice(c.start, c.end), c.id]);
    expect(ids).toEqual([['جيف زيليني', 'doc:1'], ['زيليني', 'doc:1'], ['روبرت وود', 'doc:2']]);
  });
});

describe('abbreviations', () => {
  it('links an abbreviation in «» after an organisation, and its later uses', () => {
    const kashf = only([{ id: 'wd:Q8333', label: 'ORG', ar: 'مكتب التحقيقات الفيدرالي' }]);
    const text = 'وعزا مكتب التحقيقات الفيدرالي «إف بي آي» الهجوم، وقالت إف بي آي لاحقا';
    const ents = kashf.extract(text);
    expect(ents.map((e) => [e.text, e.id])).toEqual([
      ['مكتب التحقيقات الفيدرالي', 'wd:Q8333'],
      ['إف بي آي', 'wd:Q8333'],
      ['إف بي آي', 'wd:Q8333'],
    ]);
  });

  it('gives a name the gazetteer lacks the identity of the known abbreviation after it', () => {
    const entry: GazetteerEntry = { id: 'kashf:org/test-agency', label: 'ORG', ar: 'تاسا', en: 'TASA' };
    const kashf = createExtractor({ defaultGazetteer: false, entries: [entry] });
    const ents = kashf.extract('وأشارت وكالة الأنباء التاسانية (تاسا) إلى أن');
    expect(ents.map((e) => [e.text, e.label, e.id])).toEqual([
      ['وكالة الأنباء التاسانية', 'ORG', 'kashf:org/test-agency'],
      ['تاسا', 'ORG', 'kashf:org/test-agency'],
    ]);
    expect(ents[0]!.canonical).toEqual({ ar: 'تاسا', en: 'TASA' });
    // With coreference off the identity still passes: it is a link, not an added mention.
    const off = createExtractor({ defaultGazetteer: false, entries: [entry], coreference: false });
    expect(off.extract('وأشارت وكالة الأنباء التاسانية (تاسا) إلى أن')[0]!.id).toBe('kashf:org/test-agency');
    // A place in brackets after an organisation is no abbreviation of it.
    const place = createExtractor({ defaultGazetteer: false, entries: [{ id: 'kashf:gpe/test-town', label: 'GPE', ar: 'تاسا' }] });
    expect(place.extract('وأشارت وكالة الأنباء التاسانية (تاسا) إلى أن')[0]!.id).toMatch(/^doc:/);
  });

  it('gives a Latin abbreviation the gazetteer lacks the identity of the organisation before it, and its later uses', () => {
    const entry: GazetteerEntry = { id: 'kashf:org/test-body', label: 'ORG', ar: 'الهيئة التاسانية للصحة', en: 'Tasan Health Authority' };
    const kashf = createExtractor({ defaultGazetteer: false, entries: [entry] });
    const ids = (text: string) => kashf.extract(text).map((e) => [e.text, e.id]);
    // In brackets: the writer says so, whatever the letters.
    expect(ids('أعلنت الهيئة التاسانية للصحة (XYZ) أن')).toEqual([
      ['الهيئة التاسانية للصحة', 'kashf:org/test-body'],
      ['XYZ', 'kashf:org/test-body'],
    ]);
    // Bare, right after the name: only when it spells the English name's initials.
    expect(ids('أعلنت الهيئة التاسانية للصحة THA أن، وقالت THA إن')).toEqual([
      ['الهيئة التاسانية للصحة', 'kashf:org/test-body'],
      ['THA', 'kashf:org/test-body'],
      ['THA', 'kashf:org/test-body'],
    ]);
    expect(ids('أعلنت الهيئة التاسانية للصحة XYZ أن')[1]![1]).toMatch(/^doc:/);
    // The default gazetteer's English names: `WHO` is no alias of its own.
    expect(createExtractor().extract('أكدت منظمة الصحة العالمية WHO تسجيل إصابات')[1]).toMatchObject({ text: 'WHO', id: 'wd:Q7817' });
  });

  it('groups an unknown organisation and its abbreviation under one document ID', () => {
    const ents = createExtractor().extract('أعلنت جمعية الأمل الخيرية (JAK) أنها. وقالت JAK إن');
    expect(ents.map((e) => e.text)).toEqual(['جمعية الأمل الخيرية', 'JAK', 'JAK']);
    expect(new Set(ents.map((e) => e.id)).size).toBe(1);
    expect(ents[0]!.id).toMatch(/^doc:/);
  });

  it('follows an organisation nested at the end of an office as it follows a bare one', () => {
    const kashf = createExtractor();
    const text = 'عمل رئيس معهد أبحاث السياسات الاقتصادية الفلسطيني ( ماس ) منذ سنوات';
    const ents = kashf.extract(text, { nested: true });
    expect(ents.map((e) => `${e.label} ${e.text}`)).toEqual([
      'OCC رئيس معهد أبحاث السياسات الاقتصادية الفلسطيني',
      'ORG معهد أبحاث السياسات الاقتصادية الفلسطيني',
      'NORP الفلسطيني',
      'ORG ماس',
    ]);
  });

  it('takes no quotation or lone conjunction after an organisation for its abbreviation', () => {
    const kashf = only([{ id: 'wd:Q11696', label: 'ORG', ar: 'الإدارة الأميركية' }]);
    const quoted = kashf.extract('اتهمت الصحيفة الإدارة الأميركية " بالعمل على عرقلة الحوار " مع الأمم المتحدة');
    expect(quoted.map((e) => e.text)).toEqual(['الإدارة الأميركية']);
    const conjunction = kashf.extract('منها " الإدارة الأميركية " و " اللجنة "');
    expect(conjunction.map((e) => e.text)).toEqual(['الإدارة الأميركية']);
  });
});

describe('places of one country', () => {
  it('picks the one candidate in the country of another place the document surely names', () => {
    const ids = (text: string) => createExtractor().extract(text).map((e) => `${e.text} ${e.id}`);
    expect(ids('في عمان والزرقاء وإربد')).toEqual(['عمان wd:Q3805', 'الزرقاء kashf:gpe/zarqa', 'إربد wd:Q194165']);
    expect(ids('زار عمان ومسقط')).toEqual(['عمان wd:Q842', 'مسقط wd:Q3826']);
    // A country the document names is itself the place, before one of its cities.
    expect(ids('في الجزائر ووهران')[0]).toBe('الجزائر wd:Q262');
  });
});

describe('ambiguous aliases', () => {
  const entries: GazetteerEntry[] = [
    { id: 'wd:Q230', label: 'GPE', ar: 'جورجيا', prior: 0.7 },
    { id: 'wd:Q1428', label: 'GPE', ar: 'ولاية جورجيا', aliases: ['جورجيا'], prior: 0.3 },
  ];
  const kashf = only(entries);

  it('picks the prior when the document says nothing, and lists the candidates', () => {
    const [e] = kashf.extract('زار جورجيا');
    expect(e).toMatchObject({ id: 'wd:Q230', candidates: ['wd:Q230', 'wd:Q1428'] });
  });

  it('follows the document when it names one candidate unambiguously', () => {
    // The governor's title holds the second mention, nested.
    const ents = kashf.extract('في ولاية جورجيا الأمريكية ... وقال حاكم جورجيا', { nested: true }).filter((e) => e.text === 'جورجيا');
    expect(ents.map((e) => e.id)).toEqual(['wd:Q1428', 'wd:Q1428']);
  });

  it('is deterministic', () => {
    const t = 'جورجيا وجورجيا';
    expect(kashf.extract(t)).toEqual(kashf.extract(t));
  });
});

describe('a capital named as its country', () => {
  const kashf = createExtractor();
  const idOf = (text: string, name: string) => kashf.extract(text).find((e) => e.text === name)?.id;

  it('is the city after العاصمة, whatever else the document names', () => {
    expect(idOf('شهدت العاصمة تونس مظاهرات حاشدة', 'تونس')).toBe('wd:Q3572');
    expect(idOf('شهدت العاصمة تونس مظاهرات. وقال الرئيس التونسي إن', 'تونس')).toBe('wd:Q3572');
    expect(idOf('وصل إلى العاصمة الجزائر أمس', 'الجزائر')).toBe('wd:Q3561');
  });

  it('is the city before العاصمة', () => {
    expect(idOf('انعقدت الجلسة في الجزائر العاصمة', 'الجزائر')).toBe('wd:Q3561');
    expect(idOf('من أشهر المقاهي في تونس العاصمة ، وكان', 'تونس')).toBe('wd:Q3572');
    expect(idOf('زار الجزائر والعاصمتين', 'الجزائر')).toBe('wd:Q262');
  });

  it('is the country after عاصمة and elsewhere', () => {
    expect(idOf('زار عاصمة تونس', 'تونس')).toBe('wd:Q948');
    expect(idOf('تونس دولة عربية', 'تونس')).toBe('wd:Q948');
  });
});

describe('places sharing a name, chosen by the country the document names', () => {
  // Made-up places and countries: a country, and a city of another country with its name.
  const entries: GazetteerEntry[] = [
    { id: 'kashf:gpe/north', label: 'GPE', ar: 'شمالستان', prior: 0.9, demonyms: ['الشمالستاني'] },
    { id: 'kashf:gpe/south', label: 'GPE', ar: 'جنوبستان', prior: 0.9, demonyms: ['الجنوبستانية'] },
    { id: 'kashf:gpe/north-city', label: 'GPE', ar: 'مدينة بحرون', en: 'Bahrun', country: 'kashf:gpe/north', prior: 0.4 },
    { id: 'kashf:gpe/twin', label: 'GPE', ar: 'توأمة', en: 'Twin country', prior: 0.9 },
    { id: 'kashf:gpe/twin-city', label: 'GPE', ar: 'توأمة', en: 'Twin city', country: 'kashf:gpe/south', prior: 0.5 },
  ];
  const kashf = only(entries);
  const twin = (text: string) => kashf.extract(text).find((e) => e.text === 'توأمة');

  it('keeps the prior when the document names no country', () => {
    expect(twin('وصل إلى توأمة')).toMatchObject({ id: 'kashf:gpe/twin', canonical: { en: 'Twin country' } });
  });

  it('takes the place whose country the document names, by name or nationality, with its own names', () => {
    expect(twin('في العاصمة الجنوبستانية توأمة')).toMatchObject({ id: 'kashf:gpe/twin-city', canonical: { ar: 'توأمة', en: 'Twin city' }, source: { kind: 'gazetteer', ref: 'kashf:gpe/twin-city' } });
    expect(twin('وصل إلى توأمة قادما من جنوبستان')).toMatchObject({ id: 'kashf:gpe/twin-city' });
  });

  it('changes nothing for a country (or a place of a country) that no candidate lies in', () => {
    expect(twin('زار مدينة بحرون ثم توأمة')).toMatchObject({ id: 'kashf:gpe/twin' });
    expect(twin('وصل وزير الشمالستاني إلى توأمة')).toMatchObject({ id: 'kashf:gpe/twin' });
  });

  it('takes the country when the document names one of its places', () => {
    // Here the city is the likelier reading, unless the document names a place of the country.
    const cityFirst = only([
      { id: 'kashf:gpe/twin', label: 'GPE', ar: 'توأمة', prior: 0.4 },
      { id: 'kashf:gpe/twin-city', label: 'GPE', ar: 'توأمة', country: 'kashf:gpe/south', prior: 0.6 },
      { id: 'kashf:gpe/twin-port', label: 'GPE', ar: 'ميناء توأم', country: 'kashf:gpe/twin' },
    ]);
    const at = (text: string) => cityFirst.extract(text).find((e) => e.text === 'توأمة');
    expect(at('وصل إلى توأمة')).toMatchObject({ id: 'kashf:gpe/twin-city' });
    expect(at('زار ميناء توأم ثم توأمة')).toMatchObject({ id: 'kashf:gpe/twin' });
  });

  it('reads a nationality nested in a title as the country named, and the named country before its city', () => {
    const kashf = createExtractor();
    const place = (text: string, name: string) => kashf.extract(text).find((e) => e.text === name)?.id;
    expect(place('قال وزير الخارجية الأردني في عمان إن', 'عمان')).toBe('wd:Q3805'); // Amman, not Oman
    expect(place('قالت السلطات الأردنية في عمان إن', 'عمان')).toBe('wd:Q3805');
    expect(place('قال وزير الخارجية الجزائري إن الجزائر ترفض', 'الجزائر')).toBe('wd:Q262'); // Algeria, not Algiers
    expect(place('قال الرئيس التونسي إن تونس ترحب', 'تونس')).toBe('wd:Q948');
  });

  it('rejects a country that is not an ID', () => {
    expect(() => only([{ id: 'kashf:gpe/x', label: 'GPE', ar: 'اكس', country: 'Jordan' }])).toThrow(/country/);
  });
});

describe('a city and its club in a document about sport', () => {
  const entries: GazetteerEntry[] = [
    { id: 'kashf:gpe/harbour-town', label: 'GPE', ar: 'مرفأستان', en: 'Harbour Town', prior: 0.7 },
    { id: 'kashf:org/harbour-town-fc', label: 'ORG', ar: 'نادي مرفأستان', en: 'Harbour Town FC', aliases: ['مرفأستان'], prior: 0.5 },
  ];
  const kashf = only(entries);
  const at = (text: string) => kashf.extract(text).find((e) => e.text === 'مرفأستان');

  it('reads the club, as an organisation, where two sports words make a match report', () => {
    expect(at('فاز مرفأستان في المباراة وسجل هدفين')).toMatchObject({ id: 'kashf:org/harbour-town-fc', label: 'ORG', canonical: { en: 'Harbour Town FC' } });
    expect(at('قال مدرب مرفأستان إن اللاعبين تعبوا')).toMatchObject({ label: 'ORG' });
  });

  it('counts a club the document names for sure as a sports word, and the colloquial ماتش', () => {
    const withClub = only([...entries, { id: 'kashf:org/hill-fc', label: 'ORG', ar: 'نادي تلستان', en: 'Hill FC', aliases: ['تلستان'], prior: 0.9 }]);
    const city = (text: string) => withClub.extract(text).find((e) => e.text === 'مرفأستان');
    expect(city('أحلى ماتش بين تلستان ومرفأستان')).toMatchObject({ id: 'kashf:org/harbour-town-fc', label: 'ORG' });
    expect(city('سافر وفد تلستان إلى مرفأستان')).toMatchObject({ id: 'kashf:gpe/harbour-town', label: 'GPE' });
  });

  it('keeps the city with one sports word or none', () => {
    expect(at('زار الوزير مرفأستان')).toMatchObject({ id: 'kashf:gpe/harbour-town', label: 'GPE' });
    expect(at('رفع الوزير كأس الشاي في مرفأستان')).toMatchObject({ id: 'kashf:gpe/harbour-town', label: 'GPE' });
  });
});

describe('analyze', () => {
  it('groups mentions with counts', () => {
    const { groups } = analyze('بايدن يجري اتصالا مع بوتين. وشدد بايدن على ضرورة اتخاذ روسيا إجراءات. قال جو بايدن');
    const biden = groups.find((g) => g.id === 'wd:Q6279');
    expect(biden).toMatchObject({ label: 'PERS', count: 3 });
    expect(biden!.mentions.map((m) => m.text)).toEqual(['بايدن', 'بايدن', 'جو بايدن']);
  });
});

describe('a city named with its noun', () => {
  const kashf = createExtractor();

  it('takes the identity of the city it nests', () => {
    const [city] = kashf.extract('وصل الوفد إلى مدينة حلب أمس');
    expect(city).toMatchObject({ text: 'مدينة حلب', label: 'GPE', id: 'wd:Q41183' });
  });

  it('leaves a governorate or state named after its city without the city\'s identity', () => {
    const [province] = kashf.extract('في محافظة البصرة جنوبي العراق');
    expect(province!.text).toBe('محافظة البصرة');
    expect(province!.id).toMatch(/^doc:/);
  });
});

describe('an organisation named after its country', () => {
  const kashf = createExtractor();

  it('is the one of the country the document names, a nationality in a title included', () => {
    const house = kashf.extract('وتحدث وزير المالية المصري أمام مجلس النواب عن الموازنة').find((e) => e.text === 'مجلس النواب');
    expect(house?.id).toBe('kashf:org/house-of-representatives-egypt');
  });

  it('keeps the prior when the document names the countries of two of them', () => {
    const text = 'وزار وزير الخارجية المصري نظيره العراقي قبل جلسة مجلس النواب';
    const house = kashf.extract(text).find((e) => e.text === 'مجلس النواب');
    expect(house?.id).toBe(house?.candidates?.[0]);
  });
});

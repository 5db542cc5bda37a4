import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';
import type { GazetteerEntry } from '../../src/types.js';

const at = (text: string, name: string) => extract(text).find((e) => e.text === name);

describe('a city named as a side in a match', () => {
  it('is a club where a result and a score say so, in one sentence', () => {
    expect(at('فاز سلتيك على كوبنهاغن 1 - صفر', 'كوبنهاغن')).toMatchObject({ label: 'ORG' });
    expect(at('حقق الفريق فوزا صعبا على هامبورغ الألماني 1 - صفر', 'هامبورغ الألماني')).toMatchObject({ label: 'ORG' });
    expect(at('بعد الخسارة أمام مضيفه ليون صفر - 2', 'ليون')).toMatchObject({ label: 'ORG', id: 'kashf:org/olympique-lyonnais' });
    // بنتيجة, "by a score of", may stand between the side and the score.
    expect(at('فاز على برشلونة بنتيجة 2-1 في', 'برشلونة')).toMatchObject({ label: 'ORG', id: 'wd:Q7156' });
    expect(at('فاز على برشلونة في الانتخابات', 'برشلونة')).toMatchObject({ label: 'GPE' });
  });

  it('is a club as the subject of a result verb, before the other side', () => {
    expect(at('وتعادل برشلونة مع أتلتيكو مدريد بهدفين لمثلهما', 'برشلونة')).toMatchObject({ label: 'ORG', id: 'wd:Q7156' });
    expect(at('فاز بايدن على ترامب في الانتخابات', 'بايدن')).toMatchObject({ label: 'PERS' });
  });

  it('is a club in a sports document where it is scored against or managed', () => {
    // The club is nested in the keeper's title (حارس مرمى مانشستر).
    const nested = extract('يحرز الركلة الحاسمة في مرمى بن فوستر حارس مرمى مانشستر .', { nested: true });
    expect(nested.find((e) => e.text === 'مانشستر')).toMatchObject({ label: 'ORG' });
  });

  it('is a club on either side of a fixture between bracketed countries', () => {
    const ents = extract('ليفربول ( إنجلترا ) - غلطة سراي ( تركيا ) بوردو ( فرنسا ) - أيندهوفن ( هولندا )');
    expect(ents.find((e) => e.text === 'بوردو')).toMatchObject({ label: 'ORG' });
    expect(ents.find((e) => e.text === 'فرنسا')).toMatchObject({ label: 'GPE' });
  });

  it('gets a document-local ID shared by its mentions where the gazetteer has no club', () => {
    const ents = extract('فاز سلتيك على كوبنهاغن 1 - صفر ثم خسر أمام كوبنهاغن 2 - 1').filter((e) => e.text === 'كوبنهاغن');
    expect(ents).toHaveLength(2);
    expect(ents[0]!.id).toMatch(/^doc:/);
    expect(ents[1]!.id).toBe(ents[0]!.id);
    expect(ents[0]!.canonical).toBeUndefined();
  });

  it('stays a country for a national side', () => {
    expect(at('فازت فرنسا على مضيفتها جورجيا 3 - صفر', 'جورجيا')).toMatchObject({ label: 'GPE' });
  });
});

describe('a city outside a match', () => {
  it('stays a place after an election win or a vote count', () => {
    expect(at('فاز الحزب في الانتخابات في ليون بأغلبية 2 - 1 .', 'ليون')).toMatchObject({ label: 'GPE', id: 'wd:Q456' });
    expect(at('فاز الحزب على منافسيه في كوبنهاغن', 'كوبنهاغن')).toMatchObject({ label: 'GPE' });
  });

  it('stays a place with a single cue', () => {
    expect(at('تغلب الأطباء على كوبنهاغن', 'كوبنهاغن')).toMatchObject({ label: 'GPE' });
    expect(at('استقبل الرئيس ضيفه في هامبورغ', 'هامبورغ')).toMatchObject({ label: 'GPE' });
  });

  it('stays a place in a dateline with its country', () => {
    expect(at('القاهرة ( مصر ) - قال الرئيس', 'القاهرة')).toMatchObject({ label: 'GPE' });
  });
});

describe('a city with a club of its name in the gazetteer', () => {
  const entries: GazetteerEntry[] = [
    { id: 'kashf:gpe/harbour-town', label: 'GPE', ar: 'مرفأستان', en: 'Harbour Town', prior: 0.7, country: 'wd:Q1' },
    { id: 'wd:Q1', label: 'GPE', ar: 'بحرستان' },
    { id: 'kashf:org/harbour-town-fc', label: 'ORG', ar: 'نادي مرفأستان', en: 'Harbour Town FC', weakAliases: ['مرفأستان'], prior: 0.5 },
  ];
  const kashf = createExtractor({ defaultGazetteer: false, patterns: false, acronyms: false, entries });
  const town = (text: string) => kashf.extract(text).find((e) => e.text === 'مرفأستان');

  it('links the club where the city plays a side', () => {
    expect(town('تعادل الضيوف مع مرفأستان 2 - 2')).toMatchObject({ label: 'ORG', id: 'kashf:org/harbour-town-fc', canonical: { en: 'Harbour Town FC' } });
  });

  it('keeps the city elsewhere', () => {
    expect(town('تعادل الضيوف في مرفأستان')).toMatchObject({ label: 'GPE', id: 'kashf:gpe/harbour-town' });
  });
});

describe('a city after the team noun', () => {
  it('is the city’s club, with or without proclitics, in a sentence with no other sports word', () => {
    expect(at('انضم إلى فريق برشلونة', 'برشلونة')).toMatchObject({ label: 'ORG', id: 'wd:Q7156' });
    expect(at('أهدى الفوز لفريق برشلونة', 'برشلونة')).toMatchObject({ label: 'ORG' });
  });

  it('stays the city elsewhere, also after another noun ending in فريق', () => {
    expect(at('زار برشلونة', 'برشلونة')).toMatchObject({ label: 'GPE', id: 'wd:Q1492' });
    expect(at('وصل الوفد إلى برشلونة', 'برشلونة')).toMatchObject({ label: 'GPE' });
  });
});

describe('a city after في or ب right after another entity', () => {
  it('is where it took place, no side: the place', () => {
    expect(at('فاز المنتخب السعودي على الصين في الرياض', 'الرياض')).toMatchObject({ label: 'GPE', id: 'wd:Q3692' });
    expect(at('تقام المباراة على ملعب الأمير فيصل بن فهد في الرياض', 'الرياض')).toMatchObject({ label: 'GPE' });
    // The stadium keeps the father's name after بن.
    expect(at('تقام المباراة على ملعب الأمير فيصل بن فهد في الرياض', 'ملعب الأمير فيصل بن فهد')).toMatchObject({ label: 'FAC' });
  });

  it('is the place after في with no entity right before it too, unless one plays in it', () => {
    expect(at('أقيمت المباراة على ملعب الأول بارك في الرياض أمام جمهور كبير', 'الرياض')).toMatchObject({ label: 'GPE', id: 'wd:Q3692' });
    expect(at('فاز الفريق في المباراة. وقال اللاعب إنه يلعب في الرياض منذ عامين', 'الرياض')).toMatchObject({ label: 'ORG' });
  });
});

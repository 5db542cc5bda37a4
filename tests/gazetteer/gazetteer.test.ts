import { describe, expect, it } from 'vitest';
import { prepareDoc } from '../../src/doc.js';
import { compileGazetteer } from '../../src/gazetteer/compile-gazetteer.js';
import { joinChainedAliases, matchGazetteer } from '../../src/gazetteer/match-gazetteer.js';
import { parseGazetteer } from '../../src/gazetteer/parse-entries.js';
import { KashfError } from '../../src/errors.js';
import { createExtractor } from '../../src/index.js';
import type { GazetteerEntry } from '../../src/types.js';

const entries: GazetteerEntry[] = [
  { id: 'kashf:pers/sergey-lavrov', label: 'PERS', ar: 'سيرغي لافروف', aliases: ['سيرجي لافروف', 'لافروف'] },
  { id: 'wd:Q30', label: 'GPE', ar: 'الولايات المتحدة', aliases: ['الولايات المتحدة الأمريكية'], demonyms: ['الأمريكي'] },
  { id: 'wd:Q822', label: 'GPE', ar: 'لبنان' },
  { id: 'wd:Q1065', label: 'ORG', ar: 'الأمم المتحدة' },
  { id: 'wd:Q13955', label: 'LANGUAGE', ar: 'اللغة العربية' },
  { id: 'wd:Q40464', label: 'ORG', ar: 'وكالة الصحافة الفرنسية', aliases: ['أ.ف.ب'] },
  { id: 'kashf:pers/amal', label: 'PERS', ar: 'أمل علم الدين', weakAliases: ['أمل'] },
];
const g = compileGazetteer(entries);
const find = (text: string) => {
  const doc = prepareDoc(text);
  return matchGazetteer(g, doc).map((c) => ({ text: text.slice(doc.norm.starts[c.start], doc.norm.starts[c.end - 1]! + 1), id: c.id, label: c.label, weak: !!c.weak }));
};

describe('gazetteer matching', () => {
  it('keeps proclitics outside the span', () => {
    expect(find('لم يتصل بلافروف')).toEqual([{ text: 'لافروف', id: 'kashf:pers/sergey-lavrov', label: 'PERS', weak: false }]);
  });

  it('matches the longest alias', () => {
    expect(find('في الولايات المتحدة الأمريكية')[0]!.text).toBe('الولايات المتحدة الأمريكية');
  });

  it('handles لل, the article with its alef dropped', () => {
    expect(find('للأمم المتحدة')[0]).toMatchObject({ text: 'لأمم المتحدة', id: 'wd:Q1065' });
  });

  it('handles لل before a word that starts with lam, its lam merged too', () => {
    expect(find('للغة العربية')[0]).toMatchObject({ text: 'لغة العربية', id: 'wd:Q13955' });
    expect(find('وللغة العربية')[0]).toMatchObject({ text: 'لغة العربية', id: 'wd:Q13955' });
  });

  it('reads no name in a proclitic before a word written with a hamza (بأول is not باول)', () => {
    const withPowell = compileGazetteer([...entries, { id: 'kashf:pers/colin-powell', label: 'PERS', ar: 'كولن باول', aliases: ['باول'] }]);
    const names = (text: string) => matchGazetteer(withPowell, prepareDoc(text)).map((c) => c.id);
    expect(names('قام بأول زيارة إلى لبنان')).toEqual(['wd:Q822']);
    expect(names('وقال باول إن')).toEqual(['kashf:pers/colin-powell']);
    // The proclitic's reading stays: لأمل is ل + أمل.
    expect(find('قال لأمل')).toMatchObject([{ text: 'أمل', weak: true }]);
  });

  it('never cuts names that begin with clitic letters', () => {
    expect(find('لبنان')[0]).toMatchObject({ text: 'لبنان', id: 'wd:Q822' });
    expect(find('وليد وبشار')).toEqual([]);
  });

  it('matches aliases with punctuation, however spaced', () => {
    expect(find('(أ. ف. ب)')[0]).toMatchObject({ id: 'wd:Q40464' });
  });

  it('links demonyms to their country as NORP', () => {
    expect(find('الرئيس الأمريكي')[0]).toMatchObject({ label: 'NORP', id: 'wd:Q30' });
  });

  it('marks weak aliases', () => {
    expect(find('أمل')[0]).toMatchObject({ weak: true });
  });

  it('does not match across a line break', () => {
    expect(find('سيرجي\nلافروف').map((m) => m.text)).toEqual(['لافروف']);
  });
});

describe('chained aliases of one entry', () => {
  it('name it once over both when two of its strong aliases overlap', () => {
    const club: GazetteerEntry = { id: 'kashf:org/test-club', label: 'ORG', ar: 'نادي تاسا', aliases: ['تاسا الإسباني'], weakAliases: ['تاسا'] };
    const doc = prepareDoc('يواجه نادي تاسا الإسباني غدا');
    const spans = joinChainedAliases(matchGazetteer(compileGazetteer([club]), doc)).map((c) => `${doc.norm.text.slice(c.start, c.end)} ${c.id}`);
    expect(spans).toContain('نادي تاسا الاسباني kashf:org/test-club');
    // Overlapping aliases of two entries stay apart.
    const two = compileGazetteer([
      { id: 'kashf:org/a', label: 'ORG', ar: 'نادي تاسا' },
      { id: 'kashf:org/b', label: 'ORG', ar: 'تاسا الإسباني' },
    ]);
    expect(joinChainedAliases(matchGazetteer(two, doc)).map((c) => doc.norm.text.slice(c.start, c.end))).not.toContain('نادي تاسا الاسباني');
  });

  it('read as one entity with the default gazetteer', () => {
    const kashf = createExtractor();
    expect(kashf.extract('يواجه نادي برشلونة الإسباني فريقا').map((e) => `${e.label} ${e.text} ${e.id}`)).toEqual(['ORG نادي برشلونة الإسباني wd:Q7156']);
  });
});

describe('a Latin alias glued to digits', () => {
  it('takes the digits in and names something else: no ID of the entry', () => {
    const kashf = createExtractor();
    expect(kashf.extract('شاهدت MBC4 أمس').map((e) => `${e.label} ${e.text} ${e.id}`)).toEqual(['ORG MBC4 doc:1', 'DATE أمس undefined']);
    expect(kashf.extract('على قناة MBC أمس')[0]).toMatchObject({ text: 'MBC', id: 'kashf:org/mbc-group' });
  });
});

describe('parseGazetteer', () => {
  it('reads JSONL, JSON and TSV', () => {
    expect(parseGazetteer('{"id":"kashf:org/acme","label":"ORG","ar":"أكمي"}\n', { format: 'jsonl' })).toHaveLength(1);
    expect(parseGazetteer('[{"id":"kashf:org/acme","label":"ORG","ar":"أكمي"}]', { format: 'json' })).toHaveLength(1);
    const tsv = parseGazetteer('id\tlabel\tar\ten\taliases\nkashf:org/acme\tORG\tأكمي\tAcme\tACME|اكمي كورب\n', { file: 'x.tsv' });
    expect(tsv[0]).toMatchObject({ id: 'kashf:org/acme', aliases: ['ACME', 'اكمي كورب'] });
  });

  it('names file, line and field of a bad entry', () => {
    try {
      parseGazetteer('{"id":"kashf:org/a","label":"ORG","ar":"ا"}\n{"id":"kashf:org/b","label":"COMPANY","ar":"ب"}\n', { file: 'mine.jsonl' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(KashfError);
      const e = err as KashfError;
      expect(e.code).toBe('KASHF_INVALID_ENTRY');
      expect(e.location).toMatchObject({ file: 'mine.jsonl', line: 2, field: 'label' });
      expect(e.message).toContain('mine.jsonl');
    }
  });

  it('rejects bad JSON with its line', () => {
    expect(() => parseGazetteer('{"id": }', { file: 'bad.jsonl' })).toThrow(/bad\.jsonl, line 1/);
  });

  it('rejects empty aliases', () => {
    expect(() => parseGazetteer('{"id":"kashf:org/a","label":"ORG","ar":"ا","aliases":[" "]}', { format: 'jsonl' })).toThrow(/aliases\[0\]/);
  });
});

describe('alias variants', () => {
  const v = compileGazetteer([{ id: 'kashf:pers/x', label: 'PERS', ar: 'عبد الله بن عبدالعزيز' }]);
  const hit = (text: string) => matchGazetteer(v, prepareDoc(text)).map((c) => c.id);
  it('matches compound names with or without the space', () => {
    expect(hit('الملك عبدالله بن عبد العزيز')).toEqual(['kashf:pers/x']);
    expect(hit('الملك عبد الله بن عبدالعزيز')).toEqual(['kashf:pers/x']);
  });
});

describe('alias variants, every combination', () => {
  const v = compileGazetteer([{ id: 'kashf:pers/x', label: 'PERS', ar: 'عبد الله بن عبدالعزيز' }]);
  const hit = (text: string) => matchGazetteer(v, prepareDoc(text)).map((c) => c.id);
  it('matches both joined and both split', () => {
    expect(hit('عبدالله بن عبدالعزيز')).toEqual(['kashf:pers/x']);
    expect(hit('عبد الله بن عبد العزيز')).toEqual(['kashf:pers/x']);
  });
});

describe('short stems', () => {
  it('never reads a common word as a proclitic plus a two-letter name (بين is not ب + ين)', () => {
    const g2 = compileGazetteer([{ id: 'wd:Q8146', label: 'CURR', ar: 'ين ياباني', aliases: ['ين'] }]);
    expect(matchGazetteer(g2, prepareDoc('بين الرئيس'))).toEqual([]);
    expect(matchGazetteer(g2, prepareDoc('مليون ين')).map((c) => c.id)).toEqual(['wd:Q8146']);
  });

  it('reads a two-letter first part after ب, ل or ك only in an alias that goes on past it (لبي بي سي)', () => {
    const g4 = compileGazetteer([
      { id: 'wd:Q9531', label: 'ORG', ar: 'بي بي سي' },
      { id: 'kashf:test/by', label: 'PERS', ar: 'بي' },
      { id: 'kashf:test/in-salah', label: 'GPE', ar: 'إن صلاح' },
    ]);
    const spans = (text: string) => {
      const doc = prepareDoc(text);
      return matchGazetteer(g4, doc).map((c) => doc.norm.text.slice(c.start, c.end));
    };
    // (The name بي alone is matched again at the next token; overlap resolution keeps the longest.)
    expect(spans('وقال لبي بي سي إن')).toEqual(['بي بي سي', 'بي']);
    expect(spans('وفي حديث ولبي بي سي')).toEqual(['بي بي سي', 'بي']);
    // Alone the stem is a word (لبي, he answered); before alef the letters are بأن, لأن.
    expect(spans('لبي النداء')).toEqual([]);
    expect(spans('وأكد بأن صلاح سيعود')).toEqual([]);
  });
});

describe('two proclitics', () => {
  const g3 = compileGazetteer([{ id: 'kashf:org/kia', label: 'ORG', ar: 'كيا' }, { id: 'wd:Q159', label: 'GPE', ar: 'روسيا' }]);
  it('need a stem of four letters or more after them', () => {
    expect(matchGazetteer(g3, prepareDoc('ولد فلكيا'))).toEqual([]);
    expect(matchGazetteer(g3, prepareDoc('وبروسيا')).map((c) => c.id)).toEqual(['wd:Q159']);
    expect(matchGazetteer(g3, prepareDoc('لكيا')).map((c) => c.id)).toEqual(['kashf:org/kia']);
  });
});

describe('the preposition ك', () => {
  const g4 = compileGazetteer([
    { id: 'kashf:gpe/sirte', label: 'GPE', ar: 'سرت' }, { id: 'wd:Q819', label: 'GPE', ar: 'لاوس' },
    { id: 'wd:Q796', label: 'GPE', ar: 'العراق' }, { id: 'wd:Q145', label: 'GPE', ar: 'بريطانيا' },
  ]);
  const ids = (text: string) => matchGazetteer(g4, prepareDoc(text)).map((c) => c.id);
  it('is read before a definite name or a long bare one', () => {
    expect(ids('دول كالعراق')).toEqual(['wd:Q796']);
    expect(ids('دول كبريطانيا')).toEqual(['wd:Q145']);
  });
  it('is not read before a bare name of four letters or fewer: the word is another one', () => {
    expect(ids('كسرت رجله')).toEqual([]);
    expect(ids('قال كلاوس فوفرايت')).toEqual([]);
    expect(ids('في سرت ولاوس')).toEqual(['kashf:gpe/sirte', 'wd:Q819']);
  });
});

describe('trie levels of every size', () => {
  // Second tokens after one shared first token: short levels are scanned, long ones binary
  // searched; every alias must be found whatever its place in the level.
  const seconds = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الأخضر', 'الأحمر', 'الأزرق', 'الأسود', 'الأبيض', 'الكبير', 'الصغير', 'الجديد', 'القديم', 'الشرقي', 'الغربي', 'الشمالي', 'الجنوبي', 'الأوسط'];
  for (const n of [1, 2, 5, 9, 10, 17, seconds.length]) {
    it(`finds each of ${n} aliases that share their first token`, () => {
      const list: GazetteerEntry[] = seconds.slice(0, n).map((s, i) => ({ id: `kashf:test/${i}`, label: 'LOC', ar: `الوادي ${s}` }));
      const level = compileGazetteer(list);
      seconds.slice(0, n).forEach((s, i) => {
        const doc = prepareDoc(`زار الوادي ${s} أمس`);
        expect(matchGazetteer(level, doc).map((c) => c.id)).toEqual([`kashf:test/${i}`]);
      });
      expect(matchGazetteer(level, prepareDoc('زار الوادي المجهول أمس'))).toEqual([]);
    });
  }
});

describe('a root level of many keys', () => {
  // Every three-letter word over eight letters that are no proclitics and spell no function
  // word: keys that share a slot or the top bits of their hash must each find their own entry.
  // One letter three times is that letter once after normalization, and is left out.
  const letters = ['ث', 'ج', 'خ', 'ذ', 'ز', 'ش', 'ص', 'ض'];
  const words = letters.flatMap((a) => letters.flatMap((b) => letters.map((c) => a + b + c))).filter((w) => !(w[0] === w[1] && w[1] === w[2]));
  const many = compileGazetteer(words.map((w, i) => ({ id: `kashf:test/${i}`, label: 'LOC', ar: w })));
  it(`finds each of ${words.length} one-word aliases, and nothing else`, () => {
    const found = words.map((w) => matchGazetteer(many, prepareDoc(`زار ${w} أمس`)).map((c) => c.id));
    expect(found).toEqual(words.map((_, i) => [`kashf:test/${i}`]));
    expect(matchGazetteer(many, prepareDoc('زار ثجثج أمس'))).toEqual([]);
  });
});

describe('the default gazetteer: places named with an everyday phrase', () => {
  it('reads the noon prayer as no village, and the village after its kind word', async () => {
    const { extract } = await import('../../src/index.js');
    expect(extract('أقيمت صلاة الجنازة عقب صلاة الظهر').filter((e) => e.label === 'GPE')).toEqual([]);
    expect(extract('زار قرية صلاة الظهر قرب جنين').map((e) => `${e.label} ${e.text}`)).toContain('GPE قرية صلاة الظهر');
  });
});

describe('the default gazetteer: a language family and a river CLDR and the place lists lack', () => {
  it('reads Tamazight as a language and the Shatt al-Arab as one place', async () => {
    const { extract } = await import('../../src/index.js');
    expect(extract('تعتبر اللغة الأمازيغية لغة رسمية في المغرب').map((e) => `${e.label} ${e.text}`)).toContain('LANGUAGE الأمازيغية');
    expect(extract('يصب النهر في شط العرب قرب البصرة').map((e) => `${e.label} ${e.text}`)).toContain('LOC شط العرب');
  });
});

describe('English names written in Latin letters', () => {
  it('are names of their entries inside Arabic text, from two words on', async () => {
    const { extract } = await import('../../src/index.js');
    const found = (text: string) => extract(text).map((e) => `${e.label} ${e.text} ${e.id ?? ''}`.trim());
    expect(found('شفت مقابلة Joe Biden امبارح')).toContainEqual('PERS Joe Biden wd:Q6279');
    expect(found('ألبرت أينشتاين ( Albert Einstein ) عاش')).toContainEqual('PERS Albert Einstein wd:Q937');
    // One word is too often an ordinary English word.
    expect(found('قال إن Jordan كان')).not.toContainEqual(expect.stringMatching(/Jordan/));
  });

  it("are read from the caller's entries too", async () => {
    const { createExtractor } = await import('../../src/index.js');
    const kashf = createExtractor({ defaultGazetteer: false, patterns: false, entries: [{ id: 'kashf:pers/test-person', label: 'PERS', ar: 'شخص تجريبي', en: 'Testa Persona' }] });
    expect(kashf.extract('قابلت Testa Persona أمس').map((e) => e.id)).toEqual(['kashf:pers/test-person']);
  });
});

describe('a currency after a glued ف', () => {
  const extract = (text: string) => createExtractor().extract(text);
  it('is no currency before a word without the article: a name spells it (فريال)', () => {
    const found = extract('وقالت المديرة فريال الورغي إن النتائج جيدة').map((e) => `${e.label} ${e.text}`);
    expect(found).toEqual(['OCC المديرة', 'PERS فريال الورغي']);
  });

  it('stays the currency with the article', () => {
    expect(extract('فالريال السعودي مستقر').map((e) => `${e.label} ${e.text}`)).toContain('CURR الريال السعودي');
  });
});

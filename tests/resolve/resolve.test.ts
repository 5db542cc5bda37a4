import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/resolve/resolve-overlaps.js';
import type { Candidate } from '../../src/types.js';

const c = (start: number, end: number, priority = 50, extra: Partial<Candidate> = {}): Candidate => ({
  start, end, label: 'GPE', priority, source: { kind: 'gazetteer', ref: `r${start}-${end}` }, ...extra,
});

describe('resolveOverlaps', () => {
  it('keeps the longest span', () => {
    expect(resolveOverlaps([c(0, 5), c(0, 16), c(10, 20)]).map((x) => [x.start, x.end])).toEqual([[0, 16]]);
  });

  it('breaks length ties by the earliest start, then by priority', () => {
    expect(resolveOverlaps([c(3, 8), c(0, 5)]).map((x) => x.start)).toEqual([0]);
    expect(resolveOverlaps([c(0, 5, 40, { label: 'ORG' }), c(0, 5, 60)]).map((x) => x.label)).toEqual(['GPE']);
  });

  it('returns sorted, non-overlapping spans whatever the input order', () => {
    const input = [c(20, 25), c(0, 4), c(3, 9), c(10, 12), c(11, 19)];
    const a = resolveOverlaps(input);
    const b = resolveOverlaps([...input].reverse());
    expect(a).toEqual(b);
    for (let i = 1; i < a.length; i++) expect(a[i]!.start).toBeGreaterThanOrEqual(a[i - 1]!.end);
  });

  it('merges a same-span pattern candidate with the gazetteer ID', () => {
    const pattern = c(0, 5, 60, { label: 'PERS', source: { kind: 'pattern', ref: 'pers-after-title' } });
    const gaz = c(0, 5, 50, { label: 'PERS', id: 'wd:Q6279' });
    const [r] = resolveOverlaps([pattern, gaz]);
    expect(r).toMatchObject({ id: 'wd:Q6279', source: { kind: 'pattern' } });
  });
});

describe('resolveOverlaps, nested entities', () => {
  const tree = (cands: Candidate[]) => {
    const show = (x: Candidate): unknown => (x.inner ? [`${x.label} ${x.start}-${x.end}`, x.inner.map(show)] : `${x.label} ${x.start}-${x.end}`);
    return resolveOverlaps(cands).map(show);
  };
  // رئيس بلدية نيويورك: OCC 0-19 ⊃ ORG 5-19 ⊃ GPE 11-19 (wd:Q60). Fresh objects for each
  // call: the winner takes its inner entities in place.
  const title = () => c(0, 19, 55, { label: 'OCC' });
  const council = () => c(5, 19, 36, { label: 'ORG' });
  const city = () => c(11, 19, 50, { id: 'wd:Q60' });

  it('nests a known entity inside an inner name, in either order', () => {
    expect(tree([title(), council(), city()])).toEqual([['OCC 0-19', [['ORG 5-19', ['GPE 11-19']]]]]);
    expect(tree([city(), title(), council()])).toEqual([['OCC 0-19', [['ORG 5-19', ['GPE 11-19']]]]]);
  });

  it('keeps the pieces of a rule match, and unknown names, at the first level only', () => {
    expect(tree([title(), council(), c(11, 19, 50)])).toEqual([['OCC 0-19', ['ORG 5-19']]]);
    const date = c(0, 13, 60, { label: 'DATE' });
    const monthYear = c(2, 13, 58, { label: 'DATE' });
    const year = c(9, 13, 15, { label: 'CARDINAL' });
    expect(tree([date, monthYear, year])).toEqual([['DATE 0-13', ['DATE 2-13']]]);
  });

  it('nests a known organisation over the nationality piece of a title inside it', () => {
    // محافظ البنك المركزي المصري: OCC 0-26 ⊃ NORP 21-26 (the title rule's group); the known
    // bank, ORG 6-26, takes the nationality inside it.
    const governor = () => c(0, 26, 55, { label: 'OCC', inner: [c(21, 26, 55, { label: 'NORP' })] });
    const bank = () => c(6, 26, 50, { label: 'ORG', id: 'kashf:org/central-bank-of-egypt' });
    expect(tree([governor(), bank()])).toEqual([['OCC 0-26', [['ORG 6-26', ['NORP 21-26']]]]]);
    // An organisation no gazetteer knows stays out, as before.
    expect(tree([governor(), c(6, 26, 36, { label: 'ORG' })])).toEqual([['OCC 0-26', ['NORP 21-26']]]);
  });

  it('nests no shorter reading at the start of a title, nor its head read as a name', () => {
    // وزير خارجية فرنسا: OCC 0-17 ⊃ GPE 12-17; the title rule's OCC 0-11 and a PERS 0-4 lose.
    const whole = () => c(0, 17, 55, { label: 'OCC' });
    expect(tree([whole(), c(0, 11, 55, { label: 'OCC' }), c(12, 17, 50, { id: 'wd:Q142' })])).toEqual([['OCC 0-17', ['GPE 12-17']]]);
    expect(tree([whole(), c(0, 4, 30, { label: 'PERS' })])).toEqual(['OCC 0-17']);
    // A known person at the start stays nested.
    expect(tree([whole(), c(0, 4, 30, { label: 'PERS', id: 'wd:Q1' })])).toEqual([['OCC 0-17', ['PERS 0-4']]]);
  });

  it('nests no piece of a number inside it', () => {
    // 1.9 مليون: CARDINAL 0-9; مليون alone, CARDINAL 4-9, loses.
    expect(tree([c(0, 9, 15, { label: 'CARDINAL' }), c(4, 9, 14, { label: 'CARDINAL' })])).toEqual(['CARDINAL 0-9']);
    expect(tree([c(0, 9, 30, { label: 'ORDINAL' }), c(0, 5, 30, { label: 'ORDINAL' })])).toEqual(['ORDINAL 0-9']);
  });
});

describe('trimToKnownNames', () => {
  it('drops a place rule cut back to its trigger noun alone', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('مطار ديار بكر');
    // The rule read one word of a known two-word name: it is cut before the name.
    const rule: Candidate = { start: 0, end: 9, label: 'FAC', priority: 45, source: { kind: 'pattern', ref: 'fac-trigger-name' } };
    const city: Candidate = { start: 5, end: 12, label: 'GPE', priority: 50, source: { kind: 'gazetteer', ref: 'x' }, id: 'x' };
    expect(trimToKnownNames(doc, [rule, city]).map((c) => c.label)).toEqual(['GPE']);
  });
});

describe('trimToKnownNames, another kind at the same start', () => {
  it('drops a person name that begins with a known country', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('روسيا محادثات');
    const rule: Candidate = { start: 0, end: 13, label: 'PERS', priority: 40, source: { kind: 'pattern', ref: 'pers-name-tokens' } };
    const country: Candidate = { start: 0, end: 5, label: 'GPE', priority: 50, source: { kind: 'gazetteer', ref: 'wd:Q159' }, id: 'wd:Q159' };
    expect(trimToKnownNames(doc, [rule, country]).map((c) => c.label)).toEqual(['GPE']);
  });
});

describe('trimToKnownNames, a known place inside a place rule', () => {
  it('ends the name where the known place of the same kind ends', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('محافظة بابل اعتقال');
    const rule: Candidate = { start: 0, end: 18, label: 'GPE', priority: 35, source: { kind: 'pattern', ref: 'gpe-trigger-name' } };
    const city: Candidate = { start: 7, end: 11, label: 'GPE', priority: 50, source: { kind: 'gazetteer', ref: 'x' }, id: 'x' };
    const trimmed = trimToKnownNames(doc, [rule, city]);
    expect(trimmed.map((c) => [c.start, c.end])).toEqual([[0, 11], [7, 11]]);
  });
});

describe('trimToKnownNames, a known person inside a name read after a title', () => {
  it('ends the name where the known person ends', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('رافايل نادال المصنف');
    const rule: Candidate = { start: 0, end: 19, label: 'PERS', priority: 45, source: { kind: 'pattern', ref: 'pers-after-nationality' } };
    const known: Candidate = { start: 7, end: 12, label: 'PERS', priority: 50, source: { kind: 'gazetteer', ref: 'x' }, id: 'x' };
    expect(trimToKnownNames(doc, [rule, known]).map((c) => [c.start, c.end])).toEqual([[0, 12], [7, 12]]);
  });
});

describe('trimToKnownNames, an organisation named after a place', () => {
  it('keeps the place inside the organisation instead of cutting the organisation', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('نادي برشلونة');
    const rule: Candidate = { start: 0, end: 12, label: 'ORG', priority: 35, source: { kind: 'pattern', ref: 'org-trigger-name' } };
    const city: Candidate = { start: 5, end: 12, label: 'GPE', priority: 50, source: { kind: 'gazetteer', ref: 'wd:Q1492' }, id: 'wd:Q1492' };
    expect(trimToKnownNames(doc, [rule, city])).toEqual([rule, city]);
    const [club] = resolveOverlaps([rule, city]);
    expect(club).toMatchObject({ label: 'ORG', inner: [{ label: 'GPE', start: 5, end: 12 }] });
  });
});

describe('trimToKnownNames, a known place after a proclitic', () => {
  it('drops a person name that is a known place with a preposition glued to it', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('نظيره الفرنسي بباريس');
    const rule: Candidate = { start: 14, end: 20, label: 'PERS', priority: 50, source: { kind: 'pattern', ref: 'pers-after-counterpart' } };
    const city: Candidate = { start: 15, end: 20, label: 'GPE', priority: 50, source: { kind: 'gazetteer', ref: 'wd:Q90' }, id: 'wd:Q90' };
    expect(trimToKnownNames(doc, [rule, city]).map((c) => c.label)).toEqual(['GPE']);
  });
});

describe('trimToKnownNames, a place named after a known entity', () => {
  const gaz = (start: number, end: number, label: Candidate['label']): Candidate => ({ start, end, label, priority: 50, source: { kind: 'gazetteer', ref: 'x' }, id: 'x' });
  const rule = (end: number, label: Candidate['label'], ref: string): Candidate => ({ start: 0, end, label, priority: 33, source: { kind: 'pattern', ref } });

  it('ends the place with the known name right after its trigger noun', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('مطار بيروت جميع');
    const out = trimToKnownNames(doc, [rule(15, 'FAC', 'fac-trigger-name'), gaz(5, 10, 'GPE')]);
    expect(out.map((c) => [c.label, c.start, c.end])).toEqual([['FAC', 0, 10], ['GPE', 5, 10]]);
  });

  it('cuts the place before a known place of its own in second position', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('جبل جرزيم نابلس');
    const out = trimToKnownNames(doc, [rule(15, 'LOC', 'loc-trigger-name'), gaz(10, 15, 'GPE')]);
    expect(out.map((c) => [c.label, c.start, c.end])).toEqual([['LOC', 0, 9], ['GPE', 10, 15]]);
  });

  it('keeps a nationality that closes an organisation name inside it', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('وزارة الخارجية الأمريكية');
    const org = rule(24, 'ORG', 'org-trigger-name');
    expect(trimToKnownNames(doc, [org, gaz(15, 24, 'NORP')])[0]).toBe(org);
  });

  it('ends an organisation name with the nationality inside it', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('هيئة سوق المال الفلسطينية الدكتور');
    const out = trimToKnownNames(doc, [rule(33, 'ORG', 'org-trigger-name'), gaz(15, 25, 'NORP')]);
    expect(out.map((c) => [c.label, c.start, c.end])).toEqual([['ORG', 0, 25], ['NORP', 15, 25]]);
  });
});

describe('trimToKnownNames, an organisation noun before a known organisation', () => {
  it('ends the name with the known organisation and takes its ID', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('فريق ريال مدريد بأول');
    const rule: Candidate = { start: 0, end: 20, label: 'ORG', priority: 35, source: { kind: 'pattern', ref: 'org-trigger-name' } };
    const club: Candidate = { start: 5, end: 15, label: 'ORG', priority: 50, source: { kind: 'gazetteer', ref: 'wd:Q8682' }, id: 'wd:Q8682' };
    const city: Candidate = { start: 10, end: 15, label: 'GPE', priority: 50, source: { kind: 'gazetteer', ref: 'wd:Q2807' }, id: 'wd:Q2807' };
    const [team] = trimToKnownNames(doc, [rule, club, city]);
    expect(team).toMatchObject({ start: 0, end: 15, label: 'ORG', id: 'wd:Q8682', source: { kind: 'pattern' } });
  });
});

describe('trimToKnownNames, an organisation with its country', () => {
  it('keeps a nationality or a country inside an organisation name', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('وزارة الداخلية الأردنية');
    const rule: Candidate = { start: 0, end: 23, label: 'ORG', priority: 35, source: { kind: 'pattern', ref: 'org-trigger-name' } };
    const norp: Candidate = { start: 15, end: 23, label: 'NORP', priority: 50, source: { kind: 'gazetteer', ref: 'wd:Q810' }, id: 'wd:Q810' };
    expect(trimToKnownNames(doc, [rule, norp]).map((c) => [c.label, c.end])).toEqual([['ORG', 23], ['NORP', 23]]);
  });

  it('still cuts a person name before a known country', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('سيرجي روسيا');
    const rule: Candidate = { start: 0, end: 11, label: 'PERS', priority: 40, source: { kind: 'pattern', ref: 'pers-name-tokens' } };
    const country: Candidate = { start: 6, end: 11, label: 'GPE', priority: 50, source: { kind: 'gazetteer', ref: 'wd:Q159' }, id: 'wd:Q159' };
    expect(trimToKnownNames(doc, [rule, country]).map((c) => [c.label, c.end])).toEqual([['PERS', 5], ['GPE', 11]]);
  });
});

describe('trimToKnownNames, two persons side by side', () => {
  it('reads the name after a known person on its own', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('وأفادت ساكي جيف زيليني مراسل');
    const run: Candidate = { start: 7, end: 22, label: 'PERS', priority: 40, source: { kind: 'pattern', ref: 'pers-name-tokens' } };
    const psaki: Candidate = { start: 7, end: 11, label: 'PERS', priority: 50, source: { kind: 'gazetteer', ref: 'x' }, id: 'x' };
    const spans = trimToKnownNames(doc, [run, psaki]).map((c) => doc.norm.text.slice(c.start, c.end));
    expect(spans).toEqual(['جيف زيليني', 'ساكي', 'ساكي']);
  });
});

describe('trimToKnownNames, a proclitic before a known entity', () => {
  it('drops a person name read from a preposition and a known place', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('وقال سفير كراكاس بدمشق نادر');
    const rule: Candidate = { start: 17, end: 22, label: 'PERS', priority: 55, source: { kind: 'pattern', ref: 'occ-title-person' } };
    const city: Candidate = { start: 18, end: 22, label: 'GPE', priority: 50, source: { kind: 'gazetteer', ref: 'wd:Q3766' }, id: 'wd:Q3766' };
    expect(trimToKnownNames(doc, [rule, city]).map((c) => c.label)).toEqual(['GPE']);
  });
});

describe('resolveOverlaps on clusters of every length', () => {
  const cand = (start: number, end: number): Candidate => ({ start, end, label: 'CARDINAL', priority: 10, source: { kind: 'pattern', ref: 'x' } });
  it('resolves a chain of overlaps longer than its reused buffer, then short clusters again', () => {
    // Candidates [i, i + 3) every 2 positions overlap their neighbours: one cluster over the whole range.
    for (const n of [10, 40_000, 100_000, 10]) {
      const chain = Array.from({ length: n }, (_, i) => cand(2 * i, 2 * i + 3));
      const out = resolveOverlaps(chain);
      // Same length everywhere: the earliest wins, then every other one fits.
      expect(out.length).toBe(Math.ceil(n / 2));
      for (let k = 1; k < out.length; k++) expect(out[k]!.start).toBeGreaterThanOrEqual(out[k - 1]!.end);
      expect(out[0]).toMatchObject({ start: 0, end: 3 });
    }
  });
});

describe('resolveOverlaps, a known entity nested where a rule read the same span', () => {
  it('keeps the known one, with its ID', async () => {
    const { extract } = await import('../../src/index.js');
    const nested = (text: string) => extract(text, { nested: true }).filter((e) => e.label === 'NORP').map((e) => `${e.text} ${e.id}`);
    expect(nested('ناقش الوزير الانتخابات الإسرائيلية')).toEqual(['الإسرائيلية wd:Q801']);
    expect(nested('وقال الرئيس الأمريكي جو بايدن')).toEqual(['الأمريكي wd:Q30']);
  });
});

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

describe('trimToKnownNames', () => {
  it('drops a place rule cut back to its trigger noun alone', async () => {
    const { prepareDoc } = await import('../../src/doc.js');
    const { trimToKnownNames } = await import('../../src/resolve/trim-to-known-names.js');
    const doc = prepareDoc('مطار ديار بكر');
    const rule: Candidate = { start: 0, end: 12, label: 'FAC', priority: 45, source: { kind: 'pattern', ref: 'fac-trigger-name' } };
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

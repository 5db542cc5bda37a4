import { describe, expect, it } from 'vitest';
import { renderJson, renderJsonl, renderTsv, TSV_HEADER } from '../../src/render/index.js';
import type { Entity } from '../../src/types.js';
import { seedDoc } from './seed-docs.js';

const source = { kind: 'gazetteer', ref: 'wd:Q159' } as const;

describe('renderJson and renderJsonl', () => {
  it('round-trips the documents', () => {
    const doc = seedDoc('004_d5f7514ccb544b39.txt');
    expect(JSON.parse(renderJson([doc]))).toEqual([{ id: doc.id, text: doc.text, entities: doc.entities }]);
    const line = renderJsonl(doc);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ id: doc.id, entities: doc.entities });
    expect(JSON.parse(renderJsonl(doc, { includeText: true })).text).toBe(doc.text);
  });
});

describe('renderTsv', () => {
  it('writes one row per entity with fixed columns, escaping tabs and line breaks', () => {
    const text = 'زار\tروسيا';
    const e: Entity = { start: 4, end: 9, text: 'روسيا', label: 'GPE', id: 'wd:Q159', canonical: { ar: 'روسيا', en: 'Russia' }, source };
    const weird: Entity = { start: 0, end: 9, text: 'زار\tروسيا', label: 'EVENT', source };
    const rows = renderTsv({ id: 'a\nb.txt', text, entities: [e, weird] }).split('\n');
    expect(rows[0]).toBe('a\\nb.txt\t4\t9\tGPE\tروسيا\twd:Q159\tروسيا\tRussia\tgazetteer:wd:Q159');
    expect(rows[1]).toBe('a\\nb.txt\t0\t9\tEVENT\tزار\\tروسيا\t\t\t\tgazetteer:wd:Q159');
    for (const row of rows.slice(0, 2)) expect(row.split('\t')).toHaveLength(TSV_HEADER.length);
  });
});

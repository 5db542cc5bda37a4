// The seed articles as fixtures: extraction is compared with the hand annotations beside each
// article. Prints precision and recall per label; requires every mention whose form the
// gazetteer knows, under the annotated ID, to be found with its exact span and ID.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultEntries } from '../../src/gazetteer/default-gazetteer.js';
import { normalizeKey } from '../../src/normalize/normalize.js';
import { extract, type Entity } from '../../src/index.js';

interface Gold { start: number; end: number; text: string; label: string; id?: string }
const seedsDir = resolve(__dirname, '../../seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.json'));

// Normalized forms of every name per ID in the shipped gazetteer.
const formsById = new Map<string, Set<string>>();
for (const e of defaultEntries()) {
  const set = formsById.get(e.id) ?? new Set<string>();
  for (const a of [e.ar, ...(e.aliases ?? []), ...(e.demonyms ?? [])]) set.add(normalizeKey(a));
  formsById.set(e.id, set);
}
const gazetteerKnows = (g: Gold): boolean => {
  if (!g.id) return false;
  const forms = formsById.get(g.id);
  if (!forms) return false;
  const key = normalizeKey(g.text);
  return forms.has(key) || (key.startsWith('ل') && forms.has('ا' + key)); // لل: article's alef dropped
};

function perLabel(gold: Gold[], found: Entity[]) {
  const key = (e: { start: number; end: number; label: string }) => `${e.start}:${e.end}:${e.label}`;
  const goldKeys = new Set(gold.map(key));
  const foundKeys = new Set(found.map(key));
  const labels = [...new Set([...gold, ...found].map((e) => e.label))].sort();
  return labels.map((label) => {
    const g = gold.filter((e) => e.label === label);
    const f = found.filter((e) => e.label === label);
    const tp = f.filter((e) => goldKeys.has(key(e))).length;
    const fnCount = g.filter((e) => !foundKeys.has(key(e))).length;
    return { label, gold: g.length, found: f.length, tp, precision: f.length ? tp / f.length : 0, recall: g.length ? (g.length - fnCount) / g.length : 0 };
  });
}

describe.each(seeds)('seed %s', (file) => {
  const ann = JSON.parse(readFileSync(join(seedsDir, file), 'utf8')) as { file: string; entities: Gold[] };
  const text = readFileSync(join(seedsDir, ann.file), 'utf8');
  const found = extract(text);

  it('has annotations that are exact slices of the article', () => {
    for (const g of ann.entities) expect(text.slice(g.start, g.end)).toBe(g.text);
  });

  it('prints precision and recall per label', () => {
    const rows = perLabel(ann.entities, found);
    const fmt = (x: number) => (100 * x).toFixed(1).padStart(5);
    console.log(`\n${file}: label  gold found   P      R\n` + rows.map((r) => `  ${r.label.padEnd(9)} ${String(r.gold).padStart(4)} ${String(r.found).padStart(5)} ${fmt(r.precision)} ${fmt(r.recall)}`).join('\n'));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('returns exactly the annotated entities: same spans and labels, none missing, none extra', () => {
    const key = (e: { start: number; end: number; label: string; text: string }) => `${e.label} ${e.text} [${e.start},${e.end})`;
    const gold = new Set(ann.entities.map(key));
    const got = new Set(found.map(key));
    expect({ missing: [...gold].filter((k) => !got.has(k)), extra: [...got].filter((k) => !gold.has(k)) }).toEqual({ missing: [], extra: [] });
  });

  it('finds every mention the gazetteer knows, with its exact span and ID', () => {
    const missing = ann.entities
      .filter(gazetteerKnows)
      .filter((g) => !found.some((e) => e.start === g.start && e.end === g.end && e.id === g.id))
      .map((g) => `${g.text} [${g.start},${g.end}) ${g.label} ${g.id}`);
    expect(missing).toEqual([]);
  });
});

describe('nested output on the seed articles', () => {
  for (const file of seeds) {
    it(`${file}: the outermost entities are the flat output, each inner one inside the entity before it that holds it`, () => {
      const text = readFileSync(join(seedsDir, file.replace(/\.json$/, '.txt')), 'utf8');
      const flat = extract(text).map((e) => `${e.start}:${e.end}:${e.label}`);
      const outer: Entity[] = [];
      for (const e of extract(text, { nested: true })) {
        expect(e.text).toBe(text.slice(e.start, e.end));
        const last = outer[outer.length - 1];
        if (last && e.start >= last.start && e.end <= last.end) continue;
        if (last) expect(e.start).toBeGreaterThanOrEqual(last.end);
        outer.push(e);
      }
      expect(outer.map((e) => `${e.start}:${e.end}:${e.label}`)).toEqual(flat);
    });
  }
});

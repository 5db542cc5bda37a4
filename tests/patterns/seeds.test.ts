// The pattern stage alone finds every date, time, amount, number and title of the seed
// articles with its exact span (persons without a title are the gazetteer's job).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareDoc } from '../../src/doc.js';
import { toOriginalSpan } from '../../src/normalize/normalize.js';
import { defaultPatternMatcher } from '../../src/patterns/index.js';
import type { Candidate } from '../../src/types.js';

const LABELS = new Set(['DATE', 'TIME', 'MONEY', 'PERCENT', 'CARDINAL', 'ORDINAL', 'OCC', 'QUANTITY']);
const SEEDS = ['000_f3d42182cc130942', '004_d5f7514ccb544b39'];

/** Longest span first, then earliest, then priority: the core's default policy. */
function resolve(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || b.priority - a.priority);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept;
}

describe('seed articles', () => {
  for (const seed of SEEDS) {
    it(`${seed}: every ${[...LABELS].join(', ')} entity`, () => {
      const text = readFileSync(`seeds/${seed}.txt`, 'utf8');
      const gold: { entities: { start: number; end: number; label: string; text: string }[] } = JSON.parse(readFileSync(`seeds/${seed}.json`, 'utf8'));
      const doc = prepareDoc(text);
      const found = new Set(
        resolve(defaultPatternMatcher().match(doc)).map((c) => {
          const o = toOriginalSpan(doc.norm, c.start, c.end);
          return `${c.label} ${text.slice(o.start, o.end)} @${o.start}`;
        }),
      );
      const missing = gold.entities
        .filter((e) => LABELS.has(e.label))
        .map((e) => `${e.label} ${e.text} @${e.start}`)
        .filter((e) => !found.has(e));
      expect(missing).toEqual([]);
    });
  }
});

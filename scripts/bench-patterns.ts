// Throughput of the pattern stage next to a bare regex tokenization pass over the same text.
// The pattern stage (normalize + tokenize + all rules) should keep at least a quarter of it.
//
// Usage: npx tsx scripts/bench-patterns.ts [file ...]   (default: the seed articles, repeated)

import { readFileSync } from 'node:fs';
import { prepareDoc } from '../src/doc.js';
import { defaultPatternMatcher } from '../src/patterns/index.js';

const files = process.argv.slice(2);
const base = (files.length ? files : ['seeds/000_f3d42182cc130942.txt', 'seeds/004_d5f7514ccb544b39.txt']).map((f) => readFileSync(f, 'utf8')).join('\n');
const text = base.repeat(Math.max(1, Math.ceil(2_000_000 / base.length)));
const mb = text.length / 1e6;

function bench(name: string, fn: () => number): number {
  fn();
  let best = Infinity;
  let out = 0;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    out = fn();
    best = Math.min(best, performance.now() - t0);
  }
  const rate = mb / (best / 1000);
  console.log(`${name.padEnd(34)} ${best.toFixed(1).padStart(8)} ms  ${rate.toFixed(2).padStart(7)} M chars/s  (${out})`);
  return rate;
}

const matcher = defaultPatternMatcher();
console.log(`${(mb).toFixed(2)} M chars`);
const bare = bench('bare regex tokenization', () => text.match(/[\p{L}\p{M}]+|\p{N}+|\S/gu)!.length);
bench('prepareDoc (normalize + tokens)', () => prepareDoc(text).tokens.count);
const full = bench('prepareDoc + pattern rules', () => matcher.match(prepareDoc(text)).length);
console.log(`pattern stage / bare tokenization = ${(full / bare).toFixed(2)} (target ≥ 0.25)`);

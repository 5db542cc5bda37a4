// Throughput of the full pipeline on ~2 KB news documents next to a bare regex tokenization
// pass over the same documents (best of many runs: timings on a shared machine are noisy).
//
// Usage: npx tsx scripts/bench-stage.ts ['{"patterns":false}'] [runs]

import { readFileSync } from 'node:fs';
import { createExtractor } from '../src/index.js';

const conll = readFileSync(new URL('../../shared/corpora/anercorp/train.conll', import.meta.url), 'utf8');
const sentences = conll.split('\n\n').map((s) => s.split('\n').map((l) => l.split('\t')[0]).join(' '));
const docs: string[] = [];
let cur = '';
for (const s of sentences) {
  cur += s + ' ';
  if (cur.length > 2000) {
    docs.push(cur);
    cur = '';
  }
}

const runs = Number(process.argv[3] ?? 20);
function best(fn: () => void): number {
  let b = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    b = Math.min(b, performance.now() - t0);
  }
  return b;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
const bare = best(() => {
  for (const d of docs) d.match(TOKEN);
});
const k = createExtractor(JSON.parse(process.argv[2] ?? '{}'));
const full = best(() => {
  for (const d of docs) k.extract(d);
});
console.log(`${docs.length} docs; bare ${bare.toFixed(1)} ms; pipeline ${full.toFixed(1)} ms; ratio ${(bare / full).toFixed(3)} (target ≥ 0.25)`);

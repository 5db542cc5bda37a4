// Throughput of the full pipeline on ~2 KB news documents next to a bare regex tokenization
// pass over the same documents (best of many runs: timings on a shared machine are noisy).
//
// Usage: npx tsx scripts/bench-stage.ts ['{"patterns":false}'] [runs]

import { createExtractor } from '../src/index.js';
import { anercorpDocuments, countBareTokens } from './bench-text.js';

const docs = anercorpDocuments();

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

const bare = best(() => countBareTokens(docs));
const k = createExtractor(JSON.parse(process.argv[2] ?? '{}'));
const full = best(() => {
  for (const d of docs) k.extract(d);
});
console.log(`${docs.length} docs; bare ${bare.toFixed(1)} ms; pipeline ${full.toFixed(1)} ms; ratio ${(bare / full).toFixed(3)} (target ≥ 0.25)`);

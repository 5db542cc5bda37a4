// Compares two builds of kashf in one process, over the same ~2 KB corpus documents, the
// runs alternated: timings on a shared machine drift by ±10% from one process to the next,
// which hides a change of a few percent between two benchmark runs, not within one.
//
// Usage: npx tsx scripts/compare-builds.ts OLD/dist/index.js NEW/dist/index.js [--mb 10] [--runs 5]
//   (build the old one from a worktree: git worktree add /tmp/old <commit>; cd /tmp/old;
//    ln -s <repo>/node_modules; npm run build)

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDocuments, CORPORA_DIR, countBareTokens } from './bench-text.js';

type Kashf = typeof import('../src/index.js');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { mb: { type: 'string', default: '10' }, runs: { type: 'string', default: '5' }, corpora: { type: 'string', default: CORPORA_DIR } },
});
if (positionals.length !== 2) throw new Error('usage: compare-builds.ts OLD/dist/index.js NEW/dist/index.js');
const [a, b] = (await Promise.all(positionals.map((p) => import(pathToFileURL(resolve(p)).href)))) as [Kashf, Kashf];

const { documents: docs, bytes } = buildDocuments(values.corpora, Number(values.mb) * 1e6);

const old = a.createExtractor();
const now = b.createExtractor();
const time = (work: () => unknown): number => {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
};
let bestOld = Infinity;
let bestNew = Infinity;
let bestBare = Infinity;
for (let r = 0; r < Number(values.runs); r++) {
  bestOld = Math.min(bestOld, time(() => docs.forEach((d) => old.extract(d))));
  bestNew = Math.min(bestNew, time(() => docs.forEach((d) => now.extract(d))));
  bestBare = Math.min(bestBare, time(() => countBareTokens(docs)));
}
console.log(`${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB, best of ${values.runs} runs`);
console.log(`  old ${bestOld.toFixed(1)} ms (ratio to the bare pass ${(bestBare / bestOld).toFixed(3)})`);
console.log(`  new ${bestNew.toFixed(1)} ms (ratio ${(bestBare / bestNew).toFixed(3)})`);
console.log(`  new / old: ${(bestNew / bestOld).toFixed(3)} of the time`);

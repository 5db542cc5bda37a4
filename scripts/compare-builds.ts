// Compares two builds of kashf in one process, over the same ~2 KB corpus documents, the
// runs alternated: timings on a shared machine drift by ±10% from one process to the next,
// which hides a change of a few percent between two benchmark runs, not within one.
//
// Usage: npx tsx scripts/compare-builds.ts OLD/dist/index.js NEW/dist/index.js [--mb 10] [--runs 5]
//   (build the old one from a worktree: git worktree add /tmp/old <commit>; cd /tmp/old;
//    ln -s <repo>/node_modules; npm run build)

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

type Kashf = typeof import('../src/index.js');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { mb: { type: 'string', default: '10' }, runs: { type: 'string', default: '5' }, corpora: { type: 'string', default: resolve('../shared/corpora') } },
});
if (positionals.length !== 2) throw new Error('usage: compare-builds.ts OLD/dist/index.js NEW/dist/index.js');
const [a, b] = (await Promise.all(positionals.map((p) => import(pathToFileURL(resolve(p)).href)))) as [Kashf, Kashf];

const sentences: string[] = [];
for (const file of ['anercorp/train.conll', 'aqmar/dev.conll', 'wojood-sample/train.conll', 'wojood-sample/dev.conll', 'newsfane/all.conll', 'wikifane/all.conll']) {
  const path = resolve(values.corpora, file);
  if (!existsSync(path)) continue;
  for (const s of readFileSync(path, 'utf8').split('\n\n')) if (s.trim()) sentences.push(s.split('\n').map((l) => l.split('\t')[0]).join(' '));
}
const docs: string[] = [];
let current: string[] = [];
let bytes = 0;
let size = 0;
for (let i = 0; bytes < Number(values.mb) * 1e6; i = (i + 1) % sentences.length) {
  current.push(sentences[i]!);
  size += Buffer.byteLength(sentences[i]!) + 1;
  if (size >= 2048) {
    const doc = current.join(' ');
    docs.push(doc);
    bytes += Buffer.byteLength(doc);
    current = [];
    size = 0;
  }
}

const old = a.createExtractor();
const now = b.createExtractor();
const BARE = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
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
  bestBare = Math.min(bestBare, time(() => {
    let tokens = 0;
    for (const d of docs) for (const _ of d.matchAll(BARE)) tokens++;
    return tokens;
  }));
}
console.log(`${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB, best of ${values.runs} runs`);
console.log(`  old ${bestOld.toFixed(1)} ms (ratio to the bare pass ${(bestBare / bestOld).toFixed(3)})`);
console.log(`  new ${bestNew.toFixed(1)} ms (ratio ${(bestBare / bestNew).toFixed(3)})`);
console.log(`  new / old: ${(bestNew / bestOld).toFixed(3)} of the time`);

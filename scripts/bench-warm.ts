// How much of the pipeline's time is the memory its tables and code must bring back into the
// caches for each new document. Over the benchmark's ~2 KB documents it prints, best of
// --runs passes:
//   - each document extracted once, one after the other (as the benchmark runs them);
//   - each document extracted twice in a row, the two extractions timed apart: the second
//     does the same work with what the first touched still cached;
//   - the same text joined into documents of --group documents each.
// Prints figures; asserts nothing.
//
// Usage: npx tsx scripts/bench-warm.ts [dist/index.js] [--mb 4] [--runs 5] [--group 16]

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDocuments, CORPORA_DIR } from './bench-text.js';

type Kashf = typeof import('../src/index.js');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mb: { type: 'string', default: '4' },
    runs: { type: 'string', default: '5' },
    group: { type: 'string', default: '16' },
    corpora: { type: 'string', default: CORPORA_DIR },
  },
});
const library = resolve(positionals[0] ?? 'dist/index.js');
const kashf = (await import(pathToFileURL(library).href)) as Kashf;
const { documents, bytes } = buildDocuments(values.corpora, Number(values.mb) * 1e6);
const extractor = kashf.createExtractor();
const runs = Number(values.runs);
const group = Number(values.group);
const grouped: string[] = [];
for (let i = 0; i < documents.length; i += group) grouped.push(documents.slice(i, i + group).join('\n\n'));

const once = (texts: readonly string[]): number => {
  const t0 = performance.now();
  for (const d of texts) extractor.extract(d);
  return performance.now() - t0;
};
/** [first extractions, second extractions] of each document extracted twice in a row. */
const twice = (): [number, number] => {
  let first = 0;
  let second = 0;
  for (const d of documents) {
    let t = performance.now();
    extractor.extract(d);
    first += performance.now() - t;
    t = performance.now();
    extractor.extract(d);
    second += performance.now() - t;
  }
  return [first, second];
};

once(documents); // warm-up: compile and tier up
let single = Infinity;
let first = Infinity;
let second = Infinity;
let joined = Infinity;
for (let r = 0; r < runs; r++) {
  single = Math.min(single, once(documents));
  const [f, s] = twice();
  first = Math.min(first, f);
  second = Math.min(second, s);
  joined = Math.min(joined, once(grouped));
}
const ms = (x: number): string => `${x.toFixed(0)} ms`;
console.log(`${library}: ${documents.length} documents, ${(bytes / 1e6).toFixed(1)} MB, best of ${runs} passes`);
console.log(`  each document once                ${ms(single)}`);
console.log(`  twice in a row: first / second    ${ms(first)} / ${ms(second)} (second ${(second / first).toFixed(2)} of the first)`);
console.log(`  ${group} documents joined into one     ${ms(joined)} (${(joined / single).toFixed(2)} of once)`);

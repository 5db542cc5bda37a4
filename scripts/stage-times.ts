// Where the pipeline's time goes: runs each stage of the pipeline in turn over ~2 KB news
// documents made from the ANERcorp sentences and prints each stage's best time over many
// runs, next to the whole extract() and a bare regex tokenization pass.
//
// Usage: npx tsx scripts/stage-times.ts [runs]

import { prepareDoc } from '../src/doc.js';
import { compileGazetteer } from '../src/gazetteer/compile-gazetteer.js';
import { defaultEntries } from '../src/gazetteer/default-gazetteer.js';
import { matchGazetteer } from '../src/gazetteer/match-gazetteer.js';
import { createExtractor } from '../src/index.js';
import { matchAcronyms } from '../src/latin/acronyms.js';
import { linkDocument } from '../src/link/link-document.js';
import { toOriginalSpan } from '../src/normalize/normalize.js';
import { defaultPatternMatcher } from '../src/patterns/index.js';
import { resolveOverlaps } from '../src/resolve/resolve-overlaps.js';
import { trimToKnownNames } from '../src/resolve/trim-to-known-names.js';
import { anercorpDocuments, countBareTokens } from './bench-text.js';

const docs = anercorpDocuments();

const runs = Number(process.argv[2] ?? 25);
const gazetteer = compileGazetteer(defaultEntries(), { validate: false });
const patterns = defaultPatternMatcher();
const extractor = createExtractor();
const STAGES = ['normalize + tokenize', 'gazetteer', 'patterns', 'acronyms', 'trim to known names', 'overlaps', 'linking', 'entities'] as const;
const best = STAGES.map(() => Infinity);
let whole = Infinity;
let bare = Infinity;
for (let r = 0; r < runs; r++) {
  const t = STAGES.map(() => 0);
  for (const text of docs) {
    let t0 = performance.now();
    const lap = (i: number) => {
      const t1 = performance.now();
      t[i]! += t1 - t0;
      t0 = t1;
    };
    const doc = prepareDoc(text);
    lap(0);
    const cands = matchGazetteer(gazetteer, doc);
    lap(1);
    for (const c of patterns.match(doc)) cands.push(c);
    lap(2);
    for (const c of matchAcronyms(doc)) cands.push(c);
    lap(3);
    const trimmed = trimToKnownNames(doc, cands);
    lap(4);
    const resolved = resolveOverlaps(trimmed);
    lap(5);
    const linked = linkDocument(doc, resolved);
    lap(6);
    for (const c of linked) {
      const span = toOriginalSpan(doc.norm, c.start, c.end);
      void text.slice(span.start, span.end);
    }
    lap(7);
  }
  t.forEach((ms, i) => (best[i] = Math.min(best[i]!, ms)));
  let t0 = performance.now();
  for (const text of docs) extractor.extract(text);
  whole = Math.min(whole, performance.now() - t0);
  t0 = performance.now();
  countBareTokens(docs);
  bare = Math.min(bare, performance.now() - t0);
}
console.log(`${docs.length} documents, best of ${runs} runs (ms)`);
STAGES.forEach((name, i) => console.log(`  ${name.padEnd(22)} ${best[i]!.toFixed(1).padStart(6)}`));
console.log(`  ${'sum of stages'.padEnd(22)} ${best.reduce((a, b) => a + b, 0).toFixed(1).padStart(6)}`);
console.log(`  ${'extract()'.padEnd(22)} ${whole.toFixed(1).padStart(6)}`);
console.log(`  ${'bare regex pass'.padEnd(22)} ${bare.toFixed(1).padStart(6)}   ratio ${(bare / whole).toFixed(3)}`);

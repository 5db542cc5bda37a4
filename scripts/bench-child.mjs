// One process of the throughput benchmark (scripts/bench.ts): a load probe, or one extractor
// timed against the bare pass over documents the parent wrote to a file. Plain JavaScript:
// for --dist the parent runs it with plain node, so that the built package is measured as users
// run it. Under a TypeScript loader (tsx) every imported .js file is transformed too, and the
// transformed build ran some 6% slower (same documents, 293 and 284 ms against 311 and 304).
//
//   node scripts/bench-child.mjs --probe-load --library URL --gazetteer FILE
//   node scripts/bench-child.mjs --contender I --library URL --gazetteer FILE --documents FILE --runs N

import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { countBareTokens } from './bare-pass.mjs';

const MB = 1_000_000;
const SUBSET_SIZE = 1000;
const WARM_UP_BYTES = 2 * MB;

/** The extractors compared: the shipped gazetteer, a 1,000-entry sample of it, none. */
export const VARIANTS = ['default gazetteer', `${SUBSET_SIZE}-entry subset`, 'no gazetteer (patterns only)'];

/**
 * Up to `size` entries spread evenly over the gazetteer JSON, so every label is represented.
 * @param {string} file
 * @param {number} size
 */
function sampleEntries(file, size) {
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const entries = Array.isArray(data) ? data : (data.entries ?? []);
  if (entries.length <= size) return entries;
  const step = entries.length / size;
  return Array.from({ length: size }, (_, i) => entries[Math.floor(i * step)]);
}

/**
 * The options of extractor `i` of VARIANTS.
 * @param {number} i
 * @param {string} gazetteerJson
 */
function variantOptions(i, gazetteerJson) {
  if (i === 0) return {};
  if (i === 1) {
    const subset = sampleEntries(gazetteerJson, SUBSET_SIZE);
    if (!subset) throw new Error(`no gazetteer data at ${gazetteerJson} for the subset`);
    return { entries: subset, defaultGazetteer: false };
  }
  return { defaultGazetteer: false };
}

/** In a fresh process, so nothing is cached or warmed up: import, first extractor, heap. */
async function probeLoad(library, gazetteerJson) {
  const gc = globalThis.gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const kashf = await import(library);
  const t1 = performance.now();
  const extractor = kashf.createExtractor();
  const t2 = performance.now();
  gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  // The JSON parse alone, for comparison (the import above already paid it once).
  let gazetteerParseMs = null;
  if (existsSync(gazetteerJson)) {
    const raw = readFileSync(gazetteerJson, 'utf8');
    const t3 = performance.now();
    JSON.parse(raw);
    gazetteerParseMs = performance.now() - t3;
  }
  return {
    importMs: t1 - t0,
    createMs: t2 - t1,
    gazetteerParseMs,
    heapBeforeMb: heapBefore / 2 ** 20,
    heapAfterMb: heapAfter / 2 ** 20,
    entries: extractor.info.entries,
    aliases: extractor.info.aliases,
  };
}

function countEntities(extractor, documents) {
  let entities = 0;
  for (const doc of documents) entities += extractor.extract(doc).length;
  return entities;
}

/**
 * Times each piece of work `runs` times, interleaved and rotated (a b, b a, …), so that drift
 * in machine load hits every contender alike, and returns the best (lowest) ms of each — the
 * run least disturbed by other processes — and its last result.
 *
 * What is timed is steady-state throughput, as in a long-running process: the passes run back
 * to back, with no forced collection between them. A forced full collection shrinks the young
 * generation back and throws away compiled RegExp code and type feedback, and the pipeline
 * pays to rebuild them over several MB of text: measured on the built package, its ratio to
 * the bare pass was 0.27 with a collection and a 250 KB re-warm before each pass, 0.32 with a
 * 2 MB re-warm, and 0.35 with no collection.
 * @param {number} runs
 * @param {ReadonlyArray<() => number>} works
 */
function timeInterleaved(runs, works) {
  const times = works.map(() => []);
  const results = works.map(() => 0);
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < works.length; k++) {
      const i = (run + k) % works.length;
      const t = performance.now();
      results[i] = works[i]();
      times[i].push(performance.now() - t);
    }
  }
  return times.map((list, i) => ({ ms: Math.min(...list), result: results[i] }));
}

/** Builds extractor `i`, warms up, and times it against the bare pass. */
async function contender(library, gazetteerJson, i, documentsFile, runs) {
  const kashf = await import(library);
  const documents = JSON.parse(readFileSync(documentsFile, 'utf8'));
  const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);
  // The rules compile on first use, shared by every extractor: compile them first, so that the
  // build time below is the gazetteer's alone, alike for every row.
  kashf.createExtractor({ defaultGazetteer: false }).extract('؟');
  const t = performance.now();
  const extractor = kashf.createExtractor(variantOptions(i, gazetteerJson));
  const buildMs = performance.now() - t;
  // Warm-up: let the JIT settle on every code path before timing.
  const warm = documents.slice(0, Math.ceil((WARM_UP_BYTES / bytes) * documents.length));
  for (let k = 0; k < 2; k++) {
    countBareTokens(warm);
    countEntities(extractor, warm);
  }
  const [bare, run] = timeInterleaved(runs, [() => countBareTokens(documents), () => countEntities(extractor, documents)]);
  return {
    name: VARIANTS[i],
    entries: extractor.info.entries,
    aliases: extractor.info.aliases,
    buildMs,
    bareMs: bare.ms,
    bareTokens: bare.result,
    ms: run.ms,
    entities: run.result,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      'probe-load': { type: 'boolean', default: false },
      contender: { type: 'string' },
      library: { type: 'string' },
      gazetteer: { type: 'string', default: '' },
      documents: { type: 'string' },
      runs: { type: 'string', default: '3' },
    },
  });
  if (!values.library) throw new Error('--library URL is required');
  const result = values['probe-load']
    ? await probeLoad(values.library, values.gazetteer)
    : await contender(values.library, values.gazetteer, Number(values.contender), values.documents, Number(values.runs));
  process.stdout.write(JSON.stringify(result));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

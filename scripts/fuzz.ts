// Long property-based fuzz run of the span invariants: no exception, every span a valid,
// sorted, non-overlapping slice of the input, output deterministic and independent of what
// was processed before; with `nested`, the outermost entities are the flat output and every
// inner one a valid slice inside the entity before it that holds it. Prints counts and exits
// 1 on the first counterexample.
//
//   npx tsx scripts/fuzz.ts [--runs 100000] [--seed N]

import fc from 'fast-check';
import { createExtractor, type Entity } from '../src/index.js';
import { anyText } from '../tests/property/arbitraries.js';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 100_000) || 100_000;
const seedArg = args.indexOf('--seed');
const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : Date.now() % 2 ** 31;

const shared = createExtractor();
const reference = createExtractor();

function problem(input: string, ents: Entity[]): string | undefined {
  let prev = 0;
  for (const e of ents) {
    if (!(e.start >= prev && e.end > e.start && e.end <= input.length)) return `bad span [${e.start}, ${e.end})`;
    if (e.text !== input.slice(e.start, e.end)) return `text mismatch at ${e.start}`;
    prev = e.end;
  }
  return undefined;
}

/** Nested output: valid slices, each inside the outermost entity before it, whose list is `flat`. */
function nestedProblem(input: string, flat: Entity[], nested: Entity[]): string | undefined {
  const outer: Entity[] = [];
  for (const e of nested) {
    if (!(e.start >= 0 && e.end > e.start && e.end <= input.length)) return `bad nested span [${e.start}, ${e.end})`;
    if (e.text !== input.slice(e.start, e.end)) return `nested text mismatch at ${e.start}`;
    const last = outer[outer.length - 1];
    if (last && e.start >= last.start && e.end <= last.end) continue;
    if (last && e.start < last.end) return `nested entity [${e.start}, ${e.end}) crosses [${last.start}, ${last.end})`;
    outer.push(e);
  }
  const key = (e: Entity) => `${e.start}:${e.end}:${e.label}`;
  if (outer.map(key).join() !== flat.map(key).join()) return 'outermost nested entities differ from the flat output';
  return undefined;
}

const t0 = performance.now();
let entities = 0;
const result = fc.check(
  fc.property(anyText, anyText, (before, input) => {
    shared.extract(before); // state from an unrelated document must not leak
    const a = shared.extract(input);
    entities += a.length;
    const p = problem(input, a);
    if (p) throw new Error(p);
    const b = reference.extract(input);
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('output differs between extractors (state leak or nondeterminism)');
    if (JSON.stringify(shared.extract(input)) !== JSON.stringify(a)) throw new Error('output differs between two calls');
    const n = nestedProblem(input, a, shared.extract(input, { nested: true }));
    if (n) throw new Error(n);
  }),
  { numRuns: runs, seed },
);
const secs = (performance.now() - t0) / 1000;
console.log(`fuzz: ${result.numRuns} cases, seed ${seed}, ${entities} entities checked, ${secs.toFixed(1)} s`);
if (result.failed) {
  console.log(`FAIL after ${result.numRuns} cases: ${String(result.errorInstance)}`);
  console.log(`counterexample: ${JSON.stringify(result.counterexample)}`);
  process.exit(1);
}
console.log('ok: no exception, every span valid, sorted, non-overlapping, deterministic, no state leaks; nested output inside its outermost entities, which are the flat output');

// How much native code each pattern rule's RegExp compiles to: V8 compiles a RegExp to machine
// code the second time it runs, and its code space grows by that much. The pipeline runs tens of
// these on every document, so their size is code that each new document brings back into the
// caches. Prints figures; asserts nothing.
//
// Usage: npx tsx scripts/regexp-code-size.ts [top]

import v8 from 'node:v8';
import compiledData from '../src/data/patterns.json';
import type { CompiledRules } from '../src/patterns/compiled.js';
import { indexRules } from '../src/patterns/compile-patterns.js';
import { buildDocuments, CORPORA_DIR } from './bench-text.js';

const top = Number(process.argv[2] ?? 20);
const index = indexRules(compiledData as unknown as CompiledRules);
const text = buildDocuments(CORPORA_DIR, 100_000).documents.join('\n');

/** Bytes used in V8's code spaces (regular and large objects). */
const codeBytes = (): number =>
  v8
    .getHeapSpaceStatistics()
    .filter((s) => s.space_name.startsWith('code'))
    .reduce((n, s) => n + s.space_used_size, 0);

const rows: { id: string; kb: number; chars: number }[] = [];
for (const rule of index.rules) {
  const before = codeBytes();
  // Each RegExp (and the probe of a rule with groups) runs at many offsets, so it tiers up.
  for (const re of [rule.re, rule.probe]) {
    if (re === null) continue;
    for (let at = 0; at < 3000; at += 37) {
      re.lastIndex = at;
      re.exec(text);
    }
  }
  rows.push({ id: rule.id, kb: (codeBytes() - before) / 1024, chars: rule.re.source.length });
}
rows.sort((a, b) => b.kb - a.kb);
const total = rows.reduce((n, r) => n + r.kb, 0);
console.log(`${rows.length} rules: ${(total / 1024).toFixed(1)} MB of native code`);
for (const r of rows.slice(0, top)) console.log(`  ${r.id.padEnd(34)} ${r.kb.toFixed(0).padStart(6)} KB  ${String(r.chars).padStart(6)} source chars`);

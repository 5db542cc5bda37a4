// Checks that the cheap checks which keep rules from running (follows, atDigit, ahead, behind, nextWord, needs,
// trigger phrases) never cost a match: runs the shipped rules with and without them over the
// seed articles and every sentence of the corpora, and prints any candidate that differs.
// Exit code 1 when one does. A gate must be a necessary condition of its rule's RegExp.
//
// Usage: npx tsx scripts/check-gates.ts [--corpora DIR]

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import compiledData from '../src/data/patterns.json';
import { prepareDoc } from '../src/doc.js';
import { compilePatterns, type CompiledRules } from '../src/patterns/index.js';
import type { Candidate } from '../src/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPORA = ['anercorp/train.conll', 'aqmar/dev.conll', 'newsfane/all.conll', 'wikifane/all.conll', 'wojood-sample/train.full.conll', 'wojood-sample/dev.full.conll'];

/** The compiled rules without any gate: every rule runs at every one of its triggers. */
function ungated(compiled: CompiledRules): CompiledRules {
  const { numberTokens: _numbers, ...rest } = compiled;
  return {
    ...rest,
    rules: compiled.rules.map(({ follows: _f, atDigit: _a, ahead: _h, behind: _b, needs: _n, triggerNext: _t, nextWord: _w, ...rule }) => rule),
  };
}

const { values } = parseArgs({ options: { corpora: { type: 'string', default: resolve(ROOT, '../shared/corpora') } } });
const texts: string[] = [];
const seeds = resolve(ROOT, 'seeds');
for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join(seeds, f), 'utf8'));
for (const file of CORPORA) {
  const path = join(values.corpora, file);
  if (!existsSync(path)) continue;
  for (const s of readFileSync(path, 'utf8').split('\n\n')) texts.push(s.split('\n').map((l) => l.split(/[\t ]/)[0]).join(' '));
}

const compiled = compiledData as unknown as CompiledRules;
const gated = compilePatterns(compiled);
const all = compilePatterns(ungated(compiled));
const key = (c: Candidate): string => `${c.start}-${c.end} ${c.label} ${c.source.ref} ${(c.inner ?? []).map(key).join(',')}`;
let differ = 0;
for (const text of texts) {
  const doc = prepareDoc(text);
  const a = gated.match(doc).map(key).sort();
  const b = all.match(doc).map(key).sort();
  if (a.join('\n') === b.join('\n')) continue;
  differ++;
  if (differ <= 20) {
    const only = (x: string[], y: string[]) => x.filter((k) => !y.includes(k));
    console.log(`differs: ${doc.norm.text.slice(0, 120)}\n  gated only: ${only(a, b).join(' | ')}\n  ungated only: ${only(b, a).join(' | ')}`);
  }
}
console.log(`${texts.length} texts, ${differ} with different candidates`);
process.exitCode = differ === 0 ? 0 : 1;

// Dumps every pattern candidate for the seed articles and a sample of corpus sentences, one
// per line, so two builds of the rules can be compared with `diff`.
//
// Usage: npx tsx scripts/diff-patterns.ts [every] > before.txt   (change rules)   … > after.txt
//        every: take one corpus sentence in this many (default 5; 1 = all of them)

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDoc } from '../src/doc.js';
import { defaultPatternMatcher } from '../src/patterns/index.js';
import type { Candidate } from '../src/types.js';

const texts: string[] = [];
for (const f of readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join('seeds', f), 'utf8'));
for (const file of ['anercorp/train.conll', 'wojood-sample/dev.full.conll']) {
  const conll = readFileSync(join('..', 'shared', 'corpora', file), 'utf8');
  const sents = conll.split('\n\n').map((s) => s.split('\n').map((l) => l.split(/[\t ]/)[0]).join(' '));
  const every = Number(process.argv[2] ?? 5);
  for (let i = 0; i < sents.length && (every === 1 || i < 3000); i += every) texts.push(sents[i]!);
}

const matcher = defaultPatternMatcher();
const line = (text: string, c: Candidate, depth: string): string[] => [
  `${depth}${c.start}-${c.end} ${c.label} ${c.source.ref} ${c.priority} ${text.slice(c.start, c.end)}`,
  ...(c.inner ?? []).map((i) => line(text, i, depth + '  ')).flat(),
];
texts.forEach((t, i) => {
  const doc = prepareDoc(t);
  const cands = matcher.match(doc).sort((a, b) => a.start - b.start || b.end - a.end || (a.source.ref < b.source.ref ? -1 : 1));
  for (const c of cands) for (const l of line(doc.norm.text, c, '')) console.log(`${i} ${l}`);
});

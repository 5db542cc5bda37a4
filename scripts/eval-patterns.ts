// Scores the pattern rules alone on the Wojood sample (*.full.conll, 21 labels): per-label
// precision, recall and F1 over exact token spans, as conlleval counts them.
// Overlaps between candidates are resolved like the core does: longest, then earliest, then priority.
//
// Usage: npx tsx scripts/eval-patterns.ts [train|dev] [--errors LABEL]

import { readFileSync } from 'node:fs';
import { prepareDoc } from '../src/doc.js';
import { toOriginalSpan } from '../src/normalize/normalize.js';
import { defaultPatternMatcher } from '../src/patterns/index.js';
import type { Candidate } from '../src/types.js';

const CORPUS = '/work/shared/corpora/wojood-sample';
const LABELS = ['DATE', 'TIME', 'MONEY', 'CURR', 'PERCENT', 'CARDINAL', 'ORDINAL', 'QUANTITY', 'OCC', 'PERS', 'ORG', 'GPE', 'LOC', 'FAC', 'WEBSITE'];

interface Sentence { tokens: string[]; tags: string[] }

function readConll(path: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const [tok, tag] = line.split('\t');
    cur.tokens.push(tok!);
    cur.tags.push(tag ?? 'O');
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** Joins tokens as running text: numbers keep their separators (2,0 · 10:30 · 20%). */
function detokenize(tokens: string[]): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const digit = (s: string | undefined) => s !== undefined && /^[0-9\u0660-\u0669]+$/.test(s);
  const endsInDigit = (s: string | undefined) => s !== undefined && /[0-9\u0660-\u0669]$/.test(s);
  // The corpus splits URLs at every separator (`http : / / bit . ly`): rejoin ASCII runs after http/www.
  let url = false;
  tokens.forEach((tok, i) => {
    const prev = tokens[i - 1];
    if (/^(https?|www)$/i.test(tok)) url = true;
    else if (!/^[\x21-\x7e]+$/.test(tok) || tok === ',') url = false;
    const glue =
      i === 0 ||
      (url && !/^(https?|www)$/i.test(tok)) ||
      tok === '%' ||
      ([',', '.', ':'].includes(tok) && endsInDigit(prev) && digit(tokens[i + 1])) ||
      (digit(tok) && [',', '.', ':'].includes(prev!) && endsInDigit(tokens[i - 2]));
    if (!glue) text += ' ';
    starts.push(text.length);
    text += tok;
    ends.push(text.length);
  });
  return { text, starts, ends };
}

type Span = string; // `${label}:${first}:${last}`

function goldSpans(tags: string[]): Span[] {
  const out: Span[] = [];
  let label = '';
  let first = -1;
  const close = (end: number) => {
    if (first >= 0) out.push(`${label}:${first}:${end}`);
    first = -1;
  };
  tags.forEach((tag, i) => {
    if (tag.startsWith('B-') || (tag.startsWith('I-') && tag.slice(2) !== label)) {
      close(i - 1);
      label = tag.slice(2);
      first = i;
    } else if (!tag.startsWith('I-')) close(i - 1);
  });
  close(tags.length - 1);
  return out;
}

/** Longest span first, then earliest, then priority; keeps non-overlapping candidates. */
function resolve(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || b.priority - a.priority);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept;
}

const split = process.argv[2] === 'dev' ? 'dev' : 'train';
const errIdx = process.argv.indexOf('--errors');
const errLabel = errIdx > 0 ? process.argv[errIdx + 1] : undefined;
const matcher = defaultPatternMatcher();
const stats = new Map<string, { tp: number; fp: number; fn: number }>();
const stat = (l: string) => stats.get(l) ?? (stats.set(l, { tp: 0, fp: 0, fn: 0 }), stats.get(l)!);
const show = (s: Sentence, sp: Span) => {
  const [, a, b] = sp.split(':');
  return s.tokens.slice(+a!, +b! + 1).join(' ');
};

for (const s of readConll(`${CORPUS}/${split}.full.conll`)) {
  const { text, starts, ends } = detokenize(s.tokens);
  const doc = prepareDoc(text);
  const pred: Span[] = [];
  for (const c of resolve(matcher.match(doc))) {
    const o = toOriginalSpan(doc.norm, c.start, c.end);
    const toks = starts.map((st, i) => i).filter((i) => starts[i]! < o.end && o.start < ends[i]!);
    if (toks.length) pred.push(`${c.label}:${toks[0]}:${toks[toks.length - 1]}`);
  }
  const gold = goldSpans(s.tags);
  const g = new Set(gold);
  const p = new Set(pred);
  for (const sp of p) {
    const l = sp.split(':')[0]!;
    if (g.has(sp)) stat(l).tp++;
    else {
      stat(l).fp++;
      if (l === errLabel) console.log(`FP ${show(s, sp)}\t| ${text.slice(0, 160)}`);
    }
  }
  for (const sp of g) {
    const l = sp.split(':')[0]!;
    if (!p.has(sp)) {
      stat(l).fn++;
      if (l === errLabel) console.log(`FN ${show(s, sp)}\t| ${pred.filter((x) => x.startsWith(l + ':')).map((x) => show(s, x)).join(' / ')}`);
    }
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
console.log(`\nWojood ${split}: pattern rules alone\nlabel       P     R     F1   (tp/fp/fn)`);
for (const l of LABELS) {
  const { tp, fp, fn } = stat(l);
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${l.padEnd(9)} ${pct(p)} ${pct(r)} ${pct(f)}   (${tp}/${fp}/${fn})`);
}

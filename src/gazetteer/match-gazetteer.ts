// Finds gazetteer names in a prepared document: at each token, the whole token is looked up
// first, then its proclitic-stripped readings; from there the trie is walked over the
// following tokens and the longest alias wins. A few hash look-ups per token.

import type { Doc } from '../doc.js';
import { cliticReadings } from '../tokenize/clitics.js';
import { ARABIC, DIGIT, LATIN, OTHER } from '../tokenize/char-class.js';
import type { Candidate } from '../types.js';
import { HitKind, type AliasHit, type CompiledGazetteer, type TrieNode } from './compile-gazetteer.js';

/** Priority of gazetteer candidates (patterns set their own per rule). */
export const GAZETTEER_PRIORITY = 50;

const ARABIC_ = ARABIC;
const LATIN_ = LATIN;
const DIGIT_ = DIGIT;
const OTHER_ = OTHER;
const WAW = 0x0648; // و
const FA = 0x0641; // ف

/** True when a line break lies between two tokens: names never span lines. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Walks the trie from `node` (token `t` already matched); returns the last token of the longest alias. */
function walk(doc: Doc, node: TrieNode, t: number): { last: number; node: TrieNode } | undefined {
  const { starts, ends, count } = doc.tokens;
  const text = doc.norm.text;
  let best = node.hits ? { last: t, node } : undefined;
  let cur = node;
  let u = t + 1;
  while (cur.next && u < count) {
    if (lineBreakBetween(text, ends[u - 1]!, starts[u]!)) break;
    const nx = cur.next.get(text.slice(starts[u]!, ends[u]!));
    if (!nx) break;
    cur = nx;
    if (cur.hits) best = { last: u, node: cur };
    u++;
  }
  return best;
}

/** Orders hits: strong before demonym before weak, then by prior, then by entry order. */
function rankHits(g: CompiledGazetteer, hits: readonly AliasHit[]): AliasHit[] {
  const order = (h: AliasHit) => (h.kind === HitKind.Strong ? 0 : h.kind === HitKind.Demonym ? 1 : 2);
  return [...hits].sort((a, b) => order(a) - order(b) || (g.entries[b.entry]!.prior ?? 0.5) - (g.entries[a.entry]!.prior ?? 0.5) || a.entry - b.entry);
}

/** Builds the candidate for an alias match. */
function toCandidate(g: CompiledGazetteer, hits: readonly AliasHit[], start: number, end: number): Candidate {
  const ranked = hits.length > 1 ? rankHits(g, hits) : hits;
  const top = ranked[0]!;
  const e = g.entries[top.entry]!;
  const c: Candidate = {
    start,
    end,
    label: top.label,
    priority: GAZETTEER_PRIORITY,
    source: { kind: 'gazetteer', ref: e.id },
    id: e.id,
    canonical: e.en !== undefined ? { ar: e.ar, en: e.en } : { ar: e.ar },
  };
  if (top.kind === HitKind.Weak) c.weak = true;
  const ids = [...new Set(ranked.map((h) => g.entries[h.entry]!.id))];
  if (ids.length > 1) c.candidates = ids;
  return c;
}

/**
 * Matches a compiled gazetteer against a document. Candidates use normalized offsets and
 * never include proclitics: `بلافروف` yields `لافروف`.
 */
export function matchGazetteer(g: CompiledGazetteer, doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const { starts, ends, kinds, count } = doc.tokens;
  const text = doc.norm.text;
  const root = g.root;
  for (let t = 0; t < count; t++) {
    const kind = kinds[t]!;
    if (kind !== ARABIC_ && kind !== LATIN_ && kind !== DIGIT_ && kind !== OTHER_) continue;
    const s = starts[t]!;
    const token = text.slice(s, ends[t]!);
    let found: { last: number; node: TrieNode } | undefined;
    let prefix = 0;
    const whole = root.get(token);
    if (whole) found = walk(doc, whole, t);
    if (!found && kind === ARABIC_ && token.length > 2) {
      const readings = cliticReadings(token);
      for (let r = 1; r < readings.length && !found; r++) {
        const reading = readings[r]!;
        const node = root.get(reading.key);
        if (!node) continue;
        found = walk(doc, node, t);
        prefix = reading.prefix;
      }
    }
    // A one-letter name part after و/ف (وأ.ف.ب) counts only when the alias goes on past it.
    if (!found && kind === ARABIC_ && token.length === 2 && (token.charCodeAt(0) === WAW || token.charCodeAt(0) === FA)) {
      const node = root.get(token.slice(1));
      const longer = node?.next ? walk(doc, node, t) : undefined;
      if (longer && longer.last > t) {
        found = longer;
        prefix = 1;
      }
    }
    if (found) out.push(toCandidate(g, found.node.hits!, s + prefix, ends[found.last]!));
  }
  return out;
}

// Finds gazetteer names in a prepared document: at each token, the whole token is looked up
// first, then its proclitic-stripped readings; from there the trie is walked over the
// following tokens and the longest alias wins. A few hash look-ups per token.

import type { Doc } from '../doc.js';
import { ARABIC, DIGIT, LATIN, OTHER } from '../tokenize/char-class.js';
import { ALEF, BA, FA, KAF, LAM, MIN_STEM, WA } from '../tokenize/clitics.js';
import type { Candidate } from '../types.js';
import { ROOT_BITS, type CompiledGazetteer, type TrieNode } from './compile-gazetteer.js';
import { prependHash, sameText } from '../tokenize/token-hash.js';

/** Priority of gazetteer candidates (patterns set their own per rule). */
export const GAZETTEER_PRIORITY = 50;

const ARABIC_ = ARABIC;
const LATIN_ = LATIN;
const DIGIT_ = DIGIT;
const OTHER_ = OTHER;
// Local copies of the proclitic letters: the hot loop must not read module bindings.
const WAW = WA;
const FA_ = FA;
const BA_ = BA;
const LAM_ = LAM;
const KAF_ = KAF;
const ALEF_ = ALEF;
const MIN_STEM_ = MIN_STEM;
const ROOT_MASK = (1 << ROOT_BITS) - 1;

/** True when a line break lies between two tokens: names never span lines. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** The root node chain for hash `h`, from the root table (see CompiledGazetteer.rootSlots). */
function rootChain(g: CompiledGazetteer, h: number): TrieNode | undefined {
  const key = h & 0x3fffffff;
  const bit = key & ROOT_MASK;
  if ((g.rootBits[bit >>> 5]! & (1 << (bit & 31))) === 0) return undefined;
  const slots = g.rootSlots;
  const mask = slots.length - 1;
  let i = key & mask;
  for (let k = slots[i]!; k !== 0; k = slots[i]!) {
    if (k === key + 1) return g.rootNodes[i];
    i = (i + 1) & mask;
  }
  return undefined;
}

/** The root node for `text[start, end)` (optionally preceded by `lead`). */
function lookupRoot(g: CompiledGazetteer, h: number, text: string, start: number, end: number, lead = -1): TrieNode | undefined {
  for (let n = rootChain(g, h); n; n = n.alt) if (sameText(n.key, text, start, end, lead)) return n;
  return undefined;
}

/** The child of `node` for `text[start, end)` with token hash `h`. */
function lookup(g: CompiledGazetteer, node: TrieNode, h: number, text: string, start: number, end: number): TrieNode | undefined {
  const keys = g.childKeys;
  const key = h & 0x3fffffff;
  // Sorted keys: a scan for short levels, a binary search for long ones.
  let lo = node.kids;
  const stop = lo + node.kidCount;
  let hi = stop;
  while (hi - lo > 8) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  // The key, if present, is at lo … hi (hi included): scan on until a greater key.
  for (; lo < stop; lo++) {
    const k = keys[lo]!;
    if (k < key) continue;
    if (k > key) return undefined;
    for (let n: TrieNode | undefined = g.childNodes[lo]; n; n = n.alt) if (sameText(n.key, text, start, end)) return n;
    return undefined;
  }
  return undefined;
}

/** Walks the trie from `node` (token `t` already matched); returns the last token of the longest alias. */
function walk(g: CompiledGazetteer, doc: Doc, node: TrieNode, t: number): { last: number; node: TrieNode } | undefined {
  const { starts, ends, count } = doc.tokens;
  const text = doc.norm.text;
  let best = node.match ? { last: t, node } : undefined;
  let cur = node;
  let u = t + 1;
  while (cur.kidCount > 0 && u < count) {
    if (lineBreakBetween(text, ends[u - 1]!, starts[u]!)) break;
    const s = starts[u]!;
    const e = ends[u]!;
    const nx = lookup(g, cur, doc.tokens.hash[u]!, text, s, e);
    if (!nx) break;
    cur = nx;
    if (cur.match) best = { last: u, node: cur };
    u++;
  }
  return best;
}

/** Builds the candidate for an alias match (its fields were settled when compiled). */
function toCandidate(node: TrieNode, start: number, end: number): Candidate {
  const m = node.match!;
  const c: Candidate = { start, end, label: m.label, priority: GAZETTEER_PRIORITY, source: m.source, id: m.id, canonical: m.canonical };
  if (m.weak) c.weak = true;
  if (m.ids) c.candidates = m.ids;
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
  const { hash, hash1, hash2 } = doc.tokens;
  for (let t = 0; t < count; t++) {
    const kind = kinds[t]!;
    if (kind !== ARABIC_ && kind !== LATIN_ && kind !== DIGIT_ && kind !== OTHER_) continue;
    const s = starts[t]!;
    const e = ends[t]!;
    // Hashes of the token and of its suffixes without one or two letters (the tokenizer's).
    const h0 = hash[t]!;
    const h1 = hash1[t]!;
    const h2 = hash2[t]!;
    let found: { last: number; node: TrieNode } | undefined;
    let prefix = 0;
    const whole = lookupRoot(g, h0, text, s, e);
    if (whole) found = walk(g, doc, whole, t);
    const len = e - s;
    if (!found && kind === ARABIC_ && len > 2) {
      // Proclitic readings, fewest letters stripped first: و/ف, then ب/ل/ك, then لل.
      const c0 = text.charCodeAt(s);
      const conj = c0 === WAW || c0 === FA_;
      const p = conj ? 1 : 0; // position of a possible preposition
      const hAfter = conj ? h2 : h1;
      if (conj && len - 1 >= MIN_STEM_) {
        const node = lookupRoot(g, h1, text, s + 1, e);
        if (node) {
          found = walk(g, doc, node, t);
          prefix = 1;
        }
      }
      const cp = text.charCodeAt(s + p);
      // Two proclitics before a three-letter stem read too many words as names (فلكيا is not
      // ف + ل + كيا): after two, the stem needs four letters.
      if (!found && (cp === BA_ || cp === LAM_ || cp === KAF_) && len - p - 1 >= MIN_STEM_ + p) {
        let node = lookupRoot(g, hAfter, text, s + p + 1, e);
        // لل: the preposition ل before the article, whose alef is not written (للأمم → الأمم).
        if (!node && cp === LAM_ && text.charCodeAt(s + p + 1) === LAM_ && len - p - 1 > MIN_STEM_) {
          node = lookupRoot(g, prependHash(ALEF_, hAfter), text, s + p + 1, e, ALEF_);
        }
        if (node) {
          found = walk(g, doc, node, t);
          prefix = p + 1;
        }
      }
    }
    // A one-letter name part after و/ف (وأ.ف.ب) counts only when the alias goes on past it.
    if (!found && kind === ARABIC_ && len === 2) {
      const c0 = text.charCodeAt(s);
      if (c0 === WAW || c0 === FA_) {
        const node = lookupRoot(g, h1, text, s + 1, e);
        const longer = node && node.kidCount > 0 ? walk(g, doc, node, t) : undefined;
        if (longer && longer.last > t) {
          found = longer;
          prefix = 1;
        }
      }
    }
    if (found) out.push(toCandidate(found.node, s + prefix, ends[found.last]!));
  }
  return out;
}

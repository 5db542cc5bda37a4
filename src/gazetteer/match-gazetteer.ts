// Finds gazetteer names in a prepared document: at each token, the whole token is looked up
// first, then its proclitic-stripped readings; from there the trie is walked over the
// following tokens and the longest alias wins. A few hash look-ups per token.

import { procliticBeforeHamza, tokenAt, type Doc } from '../doc.js';
import { ARABIC, DIGIT, LATIN, OTHER } from '../tokenize/char-class.js';
import { ALEF, BA, FA, KAF, LAM, MIN_STEM, WA } from '../tokenize/clitics.js';
import { newCandidate } from '../candidate.js';
import type { Candidate, CanonicalName, EntitySource, Label } from '../types.js';
import { MATCH_CANONICAL, MATCH_ID, MATCH_IDS, MATCH_LABEL, MATCH_SOURCE, MATCH_WEAK } from './compile-gazetteer.js';
import { NODE_FIELDS, NODE_KEY_LENGTH, NODE_KID_COUNT_MATCH, NODE_MATCH, NODE_KIDS, NODE_KID_BITS, ROOT_BITS, ROOT_FILTER_MULTIPLIER, rootTagOf, shortHeadBit, type CompiledGazetteer } from './compile-gazetteer.js';
import { prependHash } from '../tokenize/token-hash.js';
import { oneSpace, yearShaped } from '../tokenize/letters.js';

/** Priority of gazetteer candidates (patterns set their own per rule). */
export const GAZETTEER_PRIORITY = 50;

const ARABIC_ = ARABIC;
const LATIN_ = LATIN;
const DIGIT_ = DIGIT;
const OTHER_ = OTHER;
// Local copies of the proclitic letters and node layout: the hot loop must not read module bindings.
const WAW = WA;
const FA_ = FA;
const BA_ = BA;
const LAM_ = LAM;
const KAF_ = KAF;
const ALEF_ = ALEF;
const MIN_STEM_ = MIN_STEM;
const ROOT_SHIFT = 32 - ROOT_BITS;
const ROOT_MIX = ROOT_FILTER_MULTIPLIER;
const FIELDS = NODE_FIELDS;
const MATCH = NODE_MATCH;
const KEY_LENGTH = NODE_KEY_LENGTH;
const KIDS = NODE_KIDS;
const KID_COUNT_MATCH = NODE_KID_COUNT_MATCH;
const KID_BITS = NODE_KID_BITS;
const M_LABEL = MATCH_LABEL;
const M_ID = MATCH_ID;
const M_SOURCE = MATCH_SOURCE;
const M_CANONICAL = MATCH_CANONICAL;
const M_IDS = MATCH_IDS;
const M_WEAK = MATCH_WEAK;

/** True when a line break lies between two tokens: names never span lines. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * True when node `id`'s key equals `text[start, end)` preceded by the first `article` letters of
 * the article ال that the text leaves unwritten after ل: 0 none, 1 its alef (للأمم → الأمم),
 * 2 the whole article before a lam (للغة → اللغة).
 */
function sameKey(g: CompiledGazetteer, id: number, text: string, start: number, end: number, article: number): boolean {
  const chars = g.nodeChars;
  let k = (id + FIELDS) * 2;
  const n = g.nodes[id + KEY_LENGTH]!;
  if (article > 0) {
    if (n <= article || chars[k] !== ALEF_ || (article === 2 && chars[k + 1] !== LAM_)) return false;
    k += article;
  }
  if (n - article !== end - start) return false;
  for (let i = start; i < end; i++, k++) if (chars[k] !== text.charCodeAt(i)) return false;
  return true;
}

/** The root node for `text[start, end)` with hash `h` (after `article` unwritten letters of ال, see sameKey), or -1. */
function lookupRoot(g: CompiledGazetteer, h: number, text: string, start: number, end: number, article: number): number {
  const key = h & 0x3fffffff;
  const bit = Math.imul(key, ROOT_MIX) >>> ROOT_SHIFT;
  if ((g.rootBits[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
  const slots = g.rootSlots;
  const mask = slots.length - 1;
  const nodeBits = g.rootNodeBits;
  const nodeMask = (1 << nodeBits) - 1;
  const tag = rootTagOf(key, nodeBits);
  // Keys sharing a slot's tag lie further along the probe sequence: probe on past a text that differs.
  for (let i = key & mask, v = slots[i]!; v !== 0; i = (i + 1) & mask, v = slots[i]!) {
    if ((v & ~nodeMask) === tag) {
      const id = (v & nodeMask) - 1;
      if (sameKey(g, id, text, start, end, article)) return id;
    }
  }
  return -1;
}

/** The child of node `id` for `text[start, end)` with token hash `h`, or -1. */
function lookup(g: CompiledGazetteer, id: number, h: number, text: string, start: number, end: number): number {
  const kids = g.children;
  const key = h & 0x3fffffff;
  if ((g.nodes[id + KID_BITS]! & (1 << (Math.imul(key, ROOT_MIX) >>> 27))) === 0) return -1;
  // Sorted keys: a scan for short levels, a binary search for long ones.
  let lo = g.nodes[id + KIDS]!;
  const stop = lo + (g.nodes[id + KID_COUNT_MATCH]! >> 1);
  let hi = stop;
  while (hi - lo > 8) {
    const mid = (lo + hi) >> 1;
    if (kids[mid * 2]! < key) lo = mid + 1;
    else hi = mid;
  }
  // The key, if present, is at lo … hi (hi included): scan on until a greater key.
  for (; lo < stop; lo++) {
    const k = kids[lo * 2]!;
    if (k < key) continue;
    if (k > key) return -1;
    const child = kids[lo * 2 + 1]!;
    if (sameKey(g, child, text, start, end, 0)) return child;
  }
  return -1;
}

/**
 * Walks the trie from node `id` (token `t` already matched) and pushes the longest alias,
 * starting at `start`, when it ends after token `minLast`. Returns whether it pushed one.
 */
function walk(g: CompiledGazetteer, doc: Doc, id: number, t: number, start: number, minLast: number, out: Candidate[]): boolean {
  const { starts, ends, count, hash } = doc.tokens;
  const text = doc.norm.text;
  const nodes = g.nodes;
  let info = nodes[id + KID_COUNT_MATCH]!;
  let best = (info & 1) !== 0 ? id : -1;
  let last = t;
  let cur = id;
  let u = t + 1;
  while (info > 1 && u < count) {
    if (lineBreakBetween(text, ends[u - 1]!, starts[u]!)) break;
    const nx = lookup(g, cur, hash[u]!, text, starts[u]!, ends[u]!);
    if (nx < 0) break;
    cur = nx;
    info = nodes[cur + KID_COUNT_MATCH]!;
    if ((info & 1) !== 0) {
      best = cur;
      last = u;
    }
    u++;
  }
  if (best < 0 || last <= minLast) return false;
  out.push(toCandidate(g.matches, nodes[best + MATCH]!, start, ends[last]!));
  return true;
}

/** Builds the candidate for the alias match at `m` in `matches` (its fields were settled when compiled). */
function toCandidate(matches: readonly unknown[], m: number, start: number, end: number): Candidate {
  const c = newCandidate(start, end, matches[m + M_LABEL] as Label, GAZETTEER_PRIORITY, matches[m + M_SOURCE] as EntitySource, matches[m + M_ID] as string, matches[m + M_CANONICAL] as CanonicalName);
  if (matches[m + M_WEAK] === true) c.weak = true;
  const ids = matches[m + M_IDS] as string[] | undefined;
  if (ids) c.candidates = ids;
  return c;
}

/** Letters a stem without the article needs after the preposition ك (see kafStem). */
const KAF_MIN_BARE_STEM = 5;

/**
 * Whether the `stem` letters at `at` may be read after the preposition ك. Before a definite
 * name (كالعراق) it reads well; before a short bare one the letters mostly spell another word
 * (كسرت "was broken", كنيس "synagogue", the name كلاوس), and ك is rare there (مثل is used).
 */
function kafStem(text: string, at: number, stem: number): boolean {
  return stem >= KAF_MIN_BARE_STEM || (text.charCodeAt(at) === ALEF_ && text.charCodeAt(at + 1) === LAM_);
}

/**
 * The two-letter stem at `from` (to `e`, hash `h`) after ب, ل or ك, when it heads an alias
 * of two tokens or more (`لبي بي سي`): pushed only when the alias goes on past it, since alone
 * so short a stem is mostly a word. Never before alef: بأن, لأن and كأن are a preposition and
 * the conjunction أن (`بأن صلاح`).
 */
function shortStemAfterPreposition(g: CompiledGazetteer, doc: Doc, t: number, from: number, e: number, h: number, out: Candidate[]): void {
  const text = doc.norm.text;
  const c1 = text.charCodeAt(from);
  if (c1 === ALEF_) return;
  // One bit read says whether any longer alias starts with these two letters.
  const head = shortHeadBit(c1, text.charCodeAt(from + 1));
  if (head < 0 || (g.shortHeads[head >>> 5]! & (1 << (head & 31))) === 0) return;
  const node = lookupRoot(g, h, text, from, e, 0);
  if (node >= 0 && g.nodes[node + KID_COUNT_MATCH]! > 1) walk(g, doc, node, t, from, t, out);
}

/**
 * Drops the currencies among the candidates from `from` on, read after a glued ف before a word
 * without the article: no text writes "then a riyal" so, where given names spell it (فريال);
 * `فالريال` stays. Returns whether any remain.
 */
function dropCurrencies(out: Candidate[], from: number): boolean {
  let k = from;
  for (let i = from; i < out.length; i++) if (out[i]!.label !== 'CURR') out[k++] = out[i]!;
  out.length = k;
  return k > from;
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
    let found = false;
    let whole = lookupRoot(g, h0, text, s, e, 0);
    // و, ف, ب, ل or ك before a word written with a hamza (بأول) is a proclitic and a word, no
    // alias (باول); only its readings without the proclitic count. Looked at only for a whole
    // token that spells an alias: most tokens spell none.
    if (whole >= 0 && procliticBeforeHamza(doc, s, e)) whole = -1;
    if (whole >= 0) found = walk(g, doc, whole, t, s, -1, out);
    const len = e - s;
    if (!found && kind === ARABIC_ && len > 2) {
      // Proclitic readings, fewest letters stripped first: و/ف, then ب/ل/ك, then لل.
      const c0 = text.charCodeAt(s);
      const conj = c0 === WAW || c0 === FA_;
      const p = conj ? 1 : 0; // position of a possible preposition
      const hAfter = conj ? h2 : h1;
      if (conj && len - 1 >= MIN_STEM_) {
        const node = lookupRoot(g, h1, text, s + 1, e, 0);
        if (node >= 0) {
          const before = out.length;
          found = walk(g, doc, node, t, s + 1, -1, out);
          if (found && c0 === FA_ && !(text.charCodeAt(s + 1) === ALEF_ && text.charCodeAt(s + 2) === LAM_)) found = dropCurrencies(out, before);
        }
      }
      const cp = text.charCodeAt(s + p);
      // Two proclitics before a three-letter stem read too many words as names (فلكيا is not
      // ف + ل + كيا): after two, the stem needs four letters.
      const stem = len - p - 1;
      if (!found && (cp === BA_ || cp === LAM_ || (cp === KAF_ && kafStem(text, s + p + 1, stem))) && stem >= MIN_STEM_) {
        let node = stem >= MIN_STEM_ + p ? lookupRoot(g, hAfter, text, s + p + 1, e, 0) : -1;
        if (node < 0 && cp === LAM_ && text.charCodeAt(s + p + 1) === LAM_) {
          // لل: the preposition ل before the article, whose alef is not written (للأمم → الأمم).
          if (stem > MIN_STEM_ && stem >= MIN_STEM_ + p) node = lookupRoot(g, prependHash(ALEF_, hAfter), text, s + p + 1, e, 1);
          // Before a word that starts with lam the article's lam merges too (للغة → اللغة): the
          // word read is the stem with the whole article, long enough whatever the proclitics.
          if (node < 0) node = lookupRoot(g, prependHash(ALEF_, prependHash(LAM_, hAfter)), text, s + p + 1, e, 2);
        }
        if (node >= 0) found = walk(g, doc, node, t, s + p + 1, -1, out);
      }
      // A two-letter stem after ب/ل/ك counts only as the head of a longer alias (لبي بي سي).
      if (!found && stem === 2 && (cp === BA_ || cp === LAM_ || cp === KAF_)) shortStemAfterPreposition(g, doc, t, s + p + 1, e, hAfter, out);
    }
    // A one-letter name part after و/ف (وأ.ف.ب) counts only when the alias goes on past it:
    // alone, so short a stem is mostly a word.
    if (!found && kind === ARABIC_ && len === 2) {
      const c0 = text.charCodeAt(s);
      if (c0 === WAW || c0 === FA_) {
        const node = lookupRoot(g, h1, text, s + 1, e, 0);
        if (node >= 0 && g.nodes[node + KID_COUNT_MATCH]! > 1) walk(g, doc, node, t, s + 1, t, out);
      }
    }
  }
  return out;
}

/**
 * A Latin alias glued to digits names something else, of the same kind (`MBC4`, a channel of
 * the group `MBC`; `BBC2`): the candidate takes in the digits and loses the entry's ID, for
 * linking to give it a document-local one. `out` is matchGazetteer's, changed in place.
 */
export function extendOverGluedDigits(doc: Doc, out: Candidate[]): Candidate[] {
  const { starts, ends, kinds, count } = doc.tokens;
  const text = doc.norm.text;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    const last = c.end - 1;
    // Latin letters end the alias: a lower-case letter (normalized) right before its end.
    const z = text.charCodeAt(last);
    if (z < 0x61 || z > 0x7a) continue;
    const t = tokenAt(doc, c.end);
    if (t >= count || starts[t] !== c.end || kinds[t] !== DIGIT_ || kinds[t - 1] !== LATIN_) continue;
    const glued = newCandidate(c.start, ends[t]!, c.label, c.priority, c.source);
    glued.weak = c.weak;
    out[i] = glued;
  }
  return out;
}

/** Words of a model after its number (normalized): `iPhone 15 Pro Max`, `آيفون 15 برو`. */
const MODEL_WORDS: ReadonlySet<string> = new Set(['pro', 'max', 'plus', 'ultra', 'mini', 'lite', 'برو', 'ماكس', 'بلس', 'الترا', 'ميني', 'لايت']);

/** Most Latin letters glued before a model's digits (`S24`, `A55`, `XR12`). */
const MODEL_LETTERS = 2;

/**
 * The token of a model's digits at token `t` or right after its Latin letters (`S24`), or -1:
 * one to four digits (no year: `آيفون 2024`).
 */
function modelDigits(doc: Doc, t: number): number {
  const { starts, ends, kinds, count } = doc.tokens;
  if (kinds[t] === LATIN_ && ends[t]! - starts[t]! <= MODEL_LETTERS && t + 1 < count && starts[t + 1] === ends[t]) t++;
  if (kinds[t] !== DIGIT_ || ends[t]! - starts[t]! > 4 || yearShaped(doc.norm.text, starts[t]!, ends[t]!)) return -1;
  return t;
}

/**
 * Whether the number at token `t` counts the word after it, an accusative in ا or a plural in
 * ات (`اعترضت القبة الحديدية 20 صاروخا`, `5 طائرات`): a count, no model number.
 */
function countedNounAfter(doc: Doc, t: number): boolean {
  const { starts, ends, kinds, count } = doc.tokens;
  if (t + 1 >= count || kinds[t + 1] !== ARABIC_ || !oneSpace(doc.norm.text, ends[t]!, starts[t + 1]!)) return false;
  const text = doc.norm.text;
  const e = ends[t + 1]!;
  const n = e - starts[t + 1]!;
  const z = text.charCodeAt(e - 1);
  const y = text.charCodeAt(e - 2);
  // Not a verb's plural in وا (`نقلوا`), nor a short word in ات (`ذات`).
  return (n >= 4 && z === 0x0627 && y !== 0x0648) || (n >= 5 && z === 0x062a && y === 0x0627); // ا, ات
}

/**
 * A product named with its model number (`آيفون 15`, `iPhone 16 Pro Max`, `بلايستيشن 5`,
 * `Galaxy S24 Ultra`) is one product: the candidate of a PRODUCT entry takes in a number of one
 * to four digits right after it, maybe after one or two Latin letters glued to it, and up to
 * two words of a model after that. The ID stays the product line's.
 * `out` is matchGazetteer's, changed in place.
 */
export function extendOverModelNumbers(doc: Doc, out: Candidate[]): Candidate[] {
  const { starts, ends, count } = doc.tokens;
  const text = doc.norm.text;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c.label !== 'PRODUCT') continue;
    let t = tokenAt(doc, c.end);
    if (t >= count || !oneSpace(text, c.end, starts[t]!)) continue;
    t = modelDigits(doc, t);
    if (t < 0 || countedNounAfter(doc, t)) continue;
    let end = ends[t]!;
    for (let k = 0; k < 2 && ++t < count && oneSpace(text, end, starts[t]!) && MODEL_WORDS.has(text.slice(starts[t]!, ends[t]!)); k++) end = ends[t]!;
    const model = newCandidate(c.start, end, c.label, c.priority, c.source, c.id, c.canonical);
    model.weak = c.weak;
    out[i] = model;
  }
  return out;
}

/**
 * Two strong aliases of one entry that overlap (`نادي برشلونة` and `برشلونة الإسباني` in
 * `نادي برشلونة الإسباني`) name it once, over both: their union is added to `out`, the
 * candidates of matchGazetteer (in order of start), for overlap resolution to prefer. A step of
 * its own: inside matchGazetteer its loop changed how the engine compiled the trie walk.
 */
export function joinChainedAliases(out: Candidate[]): Candidate[] {
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const a = out[i]!;
    if (a.id === undefined || a.weak) continue;
    for (let j = i + 1; j < n && out[j]!.start < a.end; j++) {
      const b = out[j]!;
      if (b.start > a.start && b.end > a.end && b.id === a.id && b.label === a.label && !b.weak) {
        const union = newCandidate(a.start, b.end, a.label, a.priority, a.source, a.id, a.canonical);
        union.candidates = a.candidates;
        out.push(union);
        break;
      }
    }
  }
  return out;
}

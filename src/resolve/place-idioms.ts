// Fixed expressions in which a known place name names no place: مسقط رأسه (birthplace),
// حجر الزاوية (cornerstone), أحمد أبو غزة (a person), رواية " القاهرة الجديدة " (a novel).
// Place candidates that sit in one are dropped before any later stage reads them, so they
// neither become entities nor vouch for a weak mention of the place elsewhere. The
// expressions are data (gazetteers/place-idioms.txt, whose header gives the notation).

import { tokenHolding, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { ARABIC, PUNCT } from '../tokenize/char-class.js';
import { ALEF, LAM, procliticLetter, TA } from '../tokenize/letters.js';
import { hashKey, hashString, sameText } from '../tokenize/token-hash.js';
import type { Candidate } from '../types.js';

/** One word of an expression: a literal word, the place name (`_`) or a quotation mark (`«`). */
export type IdiomWord =
  | { kind: 'word'; text: string; inflects: boolean }
  | { kind: 'place' }
  | { kind: 'quote' };

/** An expression and the position of the word it is looked up by. */
interface Placed {
  readonly words: readonly IdiomWord[];
  readonly at: number;
}

/**
 * Compiled expressions, indexed by token hash (token-hash.ts) so that a place candidate costs
 * a few integer look-ups and allocates nothing.
 */
export interface PlaceIdioms {
  /** Expressions with literal words only, under the hash key of each word, with its position. */
  readonly byWord: ReadonlyMap<number, readonly Placed[]>;
  /** Expressions with the place name `_`, under the hash key of the literal word before it. */
  readonly afterWord: ReadonlyMap<number, readonly Placed[]>;
  /** Expressions with a quotation mark before the place name. */
  readonly afterQuote: readonly Placed[];
  /** Any other expression with the place name (an inflecting word or nothing before it): tried every time. */
  readonly otherPlaced: readonly Placed[];
  /** A bit per hash key of byWord and afterWord (see keyBit): most tokens miss both without a Map look-up. */
  readonly keyBits: Int32Array;
}

/** Bits in PlaceIdioms.keyBits. */
const KEY_BITS = 12;

/** The bit of a hash key in PlaceIdioms.keyBits. */
function keyBit(k: number): number {
  return Math.imul(k, 0x9e3779b1) >>> (32 - KEY_BITS);
}

function hasBit(bits: Int32Array, k: number): boolean {
  const b = keyBit(k);
  return (bits[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/**
 * Reads one expression (`مسقط رأس+`, `أبو _`, `رواية+ « _ «`) into normalized words; throws
 * an Error naming the problem for a line that cannot be matched.
 */
export function parsePlaceIdiom(line: string): IdiomWord[] {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 2) throw new Error(`an expression needs two words or more: ${JSON.stringify(line)}`);
  return parts.map((p, i): IdiomWord => {
    if (p === '_') {
      if (parts.indexOf('_') !== i) throw new Error(`the place name _ comes once at most: ${JSON.stringify(line)}`);
      return { kind: 'place' };
    }
    if (p === '«') return { kind: 'quote' };
    const inflects = p.endsWith('+');
    const text = normalizeKey(inflects ? p.slice(0, -1) : p);
    if (!/^[\u0621-\u064A]+$/.test(text)) throw new Error(`not an Arabic word: ${JSON.stringify(p)} in ${JSON.stringify(line)}`);
    return { kind: 'word', text, inflects };
  });
}

function addTo(map: Map<number, Placed[]>, bits: Int32Array, text: string, p: Placed): void {
  const k = hashKey(hashString(text));
  const b = keyBit(k);
  bits[b >>> 5]! |= 1 << (b & 31);
  const list = map.get(k);
  if (list) list.push(p);
  else map.set(k, [p]);
}

/** Compiles expressions (lines in the notation of parsePlaceIdiom). */
export function compilePlaceIdioms(lines: readonly string[]): PlaceIdioms {
  const byWord = new Map<number, Placed[]>();
  const afterWord = new Map<number, Placed[]>();
  const afterQuote: Placed[] = [];
  const otherPlaced: Placed[] = [];
  const keyBits = new Int32Array(1 << (KEY_BITS - 5));
  for (const line of lines) {
    const words = parsePlaceIdiom(line);
    const at = words.findIndex((w) => w.kind === 'place');
    if (at < 0) {
      words.forEach((w, i) => { if (w.kind === 'word') addTo(byWord, keyBits, w.text, { words, at: i }); });
      continue;
    }
    const before = words[at - 1];
    if (before?.kind === 'quote') afterQuote.push({ words, at });
    else if (before?.kind === 'word' && !before.inflects) addTo(afterWord, keyBits, before.text, { words, at });
    else otherPlaced.push({ words, at });
  }
  return { byWord, afterWord, afterQuote, otherPlaced, keyBits };
}

// Quotation marks: " « » “ ” „
const QUOTES: ReadonlySet<number> = new Set([0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e]);
// Attached pronouns an inflecting word may carry (normalized): ي ه ها هما هم هن ك كما كم كن نا
const PRONOUNS: ReadonlySet<string> = new Set(['ي', 'ه', 'ها', 'هما', 'هم', 'هن', 'ك', 'كما', 'كم', 'كن', 'نا']);

/** Whether `text[s, e)` is the word `w`, or, when it inflects, `w` with the article or a pronoun. */
function isWord(text: string, s: number, e: number, w: { text: string; inflects: boolean }): boolean {
  const n = e - s;
  const len = w.text.length;
  if (n === len) return text.startsWith(w.text, s);
  if (!w.inflects || n < len) return false;
  if (n === len + 2 && text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM && text.startsWith(w.text, s + 2)) return true;
  // Before a pronoun, ة (normalized ه) is written ت: رواية → روايته.
  const stemEnd = s + len - 1;
  if (!text.startsWith(w.text.slice(0, -1), s)) return false;
  const last = text.charCodeAt(stemEnd);
  if (last !== w.text.charCodeAt(len - 1) && !(w.text.endsWith('ه') && last === TA)) return false;
  return PRONOUNS.has(text.slice(stemEnd + 1, e));
}

/** Whether token `u` is a quotation mark. */
function isQuote(doc: Doc, u: number): boolean {
  const s = doc.tokens.starts[u]!;
  return doc.tokens.kinds[u] === PUNCT && doc.tokens.ends[u]! - s === 1 && QUOTES.has(doc.norm.text.charCodeAt(s));
}

/** Whether token `u` is the expression word `w` (a literal word may carry one or two proclitics). */
function tokenIs(doc: Doc, u: number, w: IdiomWord): boolean {
  const { starts, ends, kinds, count } = doc.tokens;
  if (u < 0 || u >= count || w.kind === 'place') return false;
  const s = starts[u]!;
  const e = ends[u]!;
  const text = doc.norm.text;
  if (w.kind === 'quote') return isQuote(doc, u);
  for (let p = 0; p <= 2 && e - s - p >= w.text.length; p++) {
    if (p > 0 && !procliticLetter(text.charCodeAt(s + p - 1))) return false;
    if (isWord(text, s + p, e, w)) return true;
  }
  return false;
}

/**
 * Whether the words of an expression other than word `at` are the tokens around the tokens
 * `first` … `last` that stand for it.
 */
function fits(doc: Doc, words: readonly IdiomWord[], at: number, first: number, last: number): boolean {
  for (let j = 0; j < words.length; j++) {
    if (j !== at && !tokenIs(doc, j < at ? first - (at - j) : last + (j - at), words[j]!)) return false;
  }
  return true;
}

/**
 * tokenHolding, searched from token `hint` on when `pos` lies after it: most candidates come
 * in text order, a few tokens apart, so strides that double from the hint find the range in a
 * few steps, whatever the length of the text.
 */
function tokenHoldingFrom(doc: Doc, pos: number, hint: number): number {
  const { starts, count } = doc.tokens;
  if (hint < 0 || starts[hint]! > pos) return tokenHolding(doc, pos);
  // starts[lo] <= pos; find hi with starts[hi] > pos (or the end), then halve.
  let lo = hint;
  let step = 1;
  let hi = lo + 1;
  while (hi < count && starts[hi]! <= pos) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > count) hi = count;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Whether candidate `c`, on tokens `t` … (its first token), stands for the place name of one of `list`. */
function fitsPlace(doc: Doc, c: Candidate, t: number, list: readonly Placed[] | undefined): boolean {
  if (list === undefined) return false;
  let last = -1;
  for (const { words, at } of list) {
    // The token a name ends in is only looked for when words follow it.
    if (last < 0 && at < words.length - 1) last = tokenHolding(doc, c.end - 1);
    if (fits(doc, words, at, t, last)) return true;
  }
  return false;
}

/** The expressions of `map` under hash `h`, when its bit is set. */
function under(idioms: PlaceIdioms, map: ReadonlyMap<number, readonly Placed[]>, h: number): readonly Placed[] | undefined {
  const k = hashKey(h);
  return hasBit(idioms.keyBits, k) ? map.get(k) : undefined;
}

/** Whether candidate `c` (a place), whose first token is `t`, starts in an expression of `idioms`. */
function inIdiom(doc: Doc, c: Candidate, t: number, idioms: PlaceIdioms): boolean {
  const { starts, ends, kinds, hash, hash1, hash2 } = doc.tokens;
  const u = t - 1;
  if (u >= 0) {
    if (kinds[u] === PUNCT) {
      if (isQuote(doc, u) && fitsPlace(doc, c, t, idioms.afterQuote)) return true;
    } else if (kinds[u] === ARABIC) {
      // The word before, whole or after one or two proclitic letters (tokenIs checks them).
      const { afterWord } = idioms;
      if (fitsPlace(doc, c, t, under(idioms, afterWord, hash[u]!))) return true;
      if (fitsPlace(doc, c, t, under(idioms, afterWord, hash1[u]!))) return true;
      if (fitsPlace(doc, c, t, under(idioms, afterWord, hash2[u]!))) return true;
    }
  }
  if (idioms.otherPlaced.length > 0 && fitsPlace(doc, c, t, idioms.otherPlaced)) return true;
  // The candidate's first word: its token after the proclitics it leaves out.
  const skip = c.start - starts[t]!;
  const h = skip === 0 ? hash[t]! : skip === 1 ? hash1[t]! : skip === 2 ? hash2[t]! : undefined;
  const first = h === undefined ? undefined : under(idioms, idioms.byWord, h);
  if (first) {
    const text = doc.norm.text;
    for (const { words, at } of first) {
      const w = words[at]!;
      if (w.kind === 'word' && sameText(w.text, text, c.start, ends[t]!) && fits(doc, words, at, t, t)) return true;
    }
  }
  return false;
}

/**
 * The candidates without the places that sit in an expression of `idioms` (the same array when
 * none does). Those before `from` were read already and are kept.
 */
export function dropIdiomPlaces(doc: Doc, cands: Candidate[], idioms: PlaceIdioms, from = 0): Candidate[] {
  let out: Candidate[] | undefined;
  let t = -1;
  for (let i = from; i < cands.length; i++) {
    const c = cands[i]!;
    const place = c.label === 'GPE' || c.label === 'LOC' || c.label === 'FAC';
    if (place) t = tokenHoldingFrom(doc, c.start, t);
    if (place && inIdiom(doc, c, t, idioms)) out ??= cands.slice(0, i);
    else if (out) out.push(c);
  }
  return out ?? cands;
}

// Lossless tokenization of normalized text: every non-space code unit belongs to exactly
// one token, and a change of script or class splits a token (`برمجياتKaseya` → two tokens).
// Tokens live in typed arrays: the hot path allocates no object per token.

import type { Token, TokenKind } from '../types.js';
import { charClass, classTable, OTHER, PUNCT, SPACE, SURROGATE_HI, SURROGATE_LO, SYMBOL } from './char-class.js';

import { takeRegion } from '../slab.js';
import { HASH_MULTIPLIER, HASH_MULTIPLIER_INVERSE } from './token-hash.js';

// Local copies: the hot loop must not read constants through module bindings.
const HASH_B = HASH_MULTIPLIER;
const HASH_B_INVERSE = HASH_MULTIPLIER_INVERSE;
const SPACE_ = SPACE;
const PUNCT_ = PUNCT;
const SYMBOL_ = SYMBOL;
const OTHER_ = OTHER;
const SURROGATE_HI_ = SURROGATE_HI;
const SURROGATE_LO_ = SURROGATE_LO;

/** Token kinds by class number (index = class from char-class.ts). */
export const KIND_NAMES: readonly TokenKind[] = ['other', 'other', 'arabic', 'latin', 'digit', 'punct', 'symbol', 'other', 'symbol', 'other'];

/** Tokens of a text as parallel arrays (normalized-text offsets). */
export interface TokenStream {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Class numbers from char-class.ts (ARABIC, LATIN, DIGIT, PUNCT, SYMBOL, OTHER). */
  readonly kinds: Uint8Array;
  /**
   * Hash (token-hash.ts, right to left) of each token's text, and of its text without its
   * first one and two code units: every stage looks tokens and proclitic readings up by these,
   * computed once here instead of once per stage. 0 where the token is too short.
   */
  readonly hash: Int32Array;
  readonly hash1: Int32Array;
  readonly hash2: Int32Array;
}

/**
 * The columns of a token stream of capacity `cap`, as views over one buffer: one allocation
 * per document instead of six (each typed array of its own costs an allocation and its
 * bookkeeping, which shows on short documents).
 */
function allocColumns(cap: number): Omit<TokenStream, 'count'> {
  const { buffer: buf, offset: o } = takeRegion(cap * 21);
  return {
    starts: new Int32Array(buf, o, cap),
    ends: new Int32Array(buf, o + cap * 4, cap),
    hash: new Int32Array(buf, o + cap * 8, cap),
    hash1: new Int32Array(buf, o + cap * 12, cap),
    hash2: new Int32Array(buf, o + cap * 16, cap),
    kinds: new Uint8Array(buf, o + cap * 20, cap),
  };
}

/** Splits text into a token stream. Linear in the text. */
export function tokenizeStream(text: string): TokenStream {
  const n = text.length;
  const table = classTable();
  let cap = (n >> 2) + 16;
  let { starts, ends, kinds, hash, hash1, hash2 } = allocColumns(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k = table[c]!;
    if (k === 0) k = charClass(c);
    if (k === SPACE_) { i++; continue; }
    const start = i;
    i++;
    // The hash (token-hash.ts) is summed left to right while scanning, each code unit times
    // the next power of the multiplier: the same value as hashing right to left, in one pass.
    let h = c;
    if (k === SURROGATE_HI_) {
      // A well-formed pair (emoji, rare CJK) is one symbol token; a lone half is its own.
      if (i < n) {
        const d = text.charCodeAt(i);
        if (charClass(d) === SURROGATE_LO_) {
          h = (h + Math.imul(d, HASH_B)) | 0;
          i++;
        }
      }
      k = SYMBOL_;
    } else if (k === SURROGATE_LO_) {
      k = OTHER_;
    } else if (k !== PUNCT_ && k !== SYMBOL_) {
      let pw = HASH_B;
      while (i < n) {
        const d = text.charCodeAt(i);
        let kd = table[d]!;
        if (kd === 0) kd = charClass(d);
        if (kd !== k) break;
        h = (h + Math.imul(d, pw)) | 0;
        pw = Math.imul(pw, HASH_B);
        i++;
      }
    }
    if (count === cap) {
      cap *= 2;
      const grown = allocColumns(cap);
      grown.starts.set(starts); starts = grown.starts;
      grown.ends.set(ends); ends = grown.ends;
      grown.kinds.set(kinds); kinds = grown.kinds;
      grown.hash.set(hash); hash = grown.hash;
      grown.hash1.set(hash1); hash1 = grown.hash1;
      grown.hash2.set(hash2); hash2 = grown.hash2;
    }
    // The hashes without the first one and two code units: take the code unit off, then divide
    // by the multiplier (odd, so it has an inverse modulo 2^32).
    let g1 = 0;
    let g2 = 0;
    if (i - start >= 2) {
      g1 = Math.imul((h - c) | 0, HASH_B_INVERSE);
      if (i - start >= 3) g2 = Math.imul((g1 - text.charCodeAt(start + 1)) | 0, HASH_B_INVERSE);
    }
    starts[count] = start;
    ends[count] = i;
    kinds[count] = k;
    hash[count] = h;
    hash1[count] = g1;
    hash2[count] = g2;
    count++;
  }
  return { count, starts, ends, kinds, hash, hash1, hash2 };
}

/**
 * Splits (normalized) text into tokens with offsets and kinds.
 *
 * @example
 * ```ts
 * tokenize('شركه برمجياتkaseya').map((t) => t.kind); // ['arabic', 'arabic', 'latin']
 * ```
 */
export function tokenize(text: string): Token[] {
  const s = tokenizeStream(text);
  const out: Token[] = new Array(s.count);
  for (let t = 0; t < s.count; t++) out[t] = { start: s.starts[t]!, end: s.ends[t]!, kind: KIND_NAMES[s.kinds[t]!]! };
  return out;
}

/**
 * The texts of the tokens of a short string, by the same rules as `tokenizeStream` (a property
 * test keeps the two in step): used to compile aliases without typed-array allocations.
 */
export function tokenTexts(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = charClass(text.charCodeAt(i));
    if (k === SPACE_) { i++; continue; }
    const start = i++;
    if (k === SURROGATE_HI_) {
      if (i < n && charClass(text.charCodeAt(i)) === SURROGATE_LO_) i++;
    } else if (k !== SURROGATE_LO_ && k !== PUNCT_ && k !== SYMBOL_) {
      while (i < n && charClass(text.charCodeAt(i)) === k) i++;
    }
    out.push(text.slice(start, i));
  }
  return out;
}

// Words of several lists in one table keyed by token hash: a token is looked up once and its
// entry says which lists hold it, instead of one look-up per list. Lists are read for most
// tokens of every document, between stages that fill the cache with other tables, so the
// layout keeps the memory a look-up touches small: a bit filter over the keys turns most
// tokens away after one read, and a word that passes it is found and compared in one slot of
// a typed array and its letters in a pool, with no object or string to follow.

import type { Doc } from '../doc.js';
import * as th from '../tokenize/token-hash.js';

// Module-local copies: an imported binding is read through a getter on every use in some
// module formats, and these are read for every token.
const { hashKey, hashString } = th;

/** Words with a bit mask each, by hash key (see token-hash.ts). */
export interface WordTable {
  /** One bit per value of a key's low bits (filterMask), set for every word's key. */
  readonly filter: Uint32Array;
  readonly filterMask: number;
  readonly slotMask: number;
  /**
   * SLOT numbers per slot (open addressing): the word's key (or -1 when the slot is empty),
   * the offset and length of its letters in `letters`, and the bits of the lists that hold it.
   */
  readonly slots: Int32Array;
  readonly letters: Uint16Array;
}

const SLOT = 4;

/** Builds the table of `words` (word → bits of its lists). */
export function wordTable(words: ReadonlyMap<string, number>): WordTable {
  // A filter bit set for one key in sixteen or fewer: most tokens in no list are turned
  // away by it, with one predictable branch.
  let filterSize = 1 << 12;
  while (filterSize < words.size * 16) filterSize *= 2;
  const filterMask = filterSize - 1;
  // At most two thirds of the slots are used: probe runs stay short, mostly in one cache line.
  let size = 16;
  while (size * 2 < words.size * 3) size *= 2;
  const slotMask = size - 1;
  const slots = new Int32Array(SLOT * size).fill(-1);
  let total = 0;
  for (const w of words.keys()) total += w.length;
  const letters = new Uint16Array(total);
  const filter = new Uint32Array(filterSize >>> 5);
  let at = 0;
  for (const [word, mask] of words) {
    const key = hashKey(hashString(word));
    // Words with the same key take slots of their own along the probe run.
    let i = key & slotMask;
    while (slots[SLOT * i] !== -1) i = (i + 1) & slotMask;
    slots[SLOT * i] = key;
    slots[SLOT * i + 1] = at;
    slots[SLOT * i + 2] = word.length;
    slots[SLOT * i + 3] = mask;
    for (let k = 0; k < word.length; k++) letters[at++] = word.charCodeAt(k);
    const b = key & filterMask;
    filter[b >>> 5]! |= 1 << (b & 31);
  }
  return { filter, filterMask, slotMask, slots, letters };
}

/** False when no word has hash key `key` (30 bits, never negative): one bit read. */
export function mayHold(table: WordTable, key: number): boolean {
  const b = key & table.filterMask;
  return (table.filter[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/**
 * The slot of the word equal to `text[s, e)`, whose hash key is `key`, or -1 when the table
 * lacks it. The word's lists are then `maskAt(table, slot)`. Callers test `mayHold` first.
 */
export function findWord(table: WordTable, key: number, text: string, s: number, e: number): number {
  const { slotMask, slots, letters } = table;
  const n = e - s;
  for (let i = key & slotMask; ; i = (i + 1) & slotMask) {
    const k = slots[SLOT * i]!;
    if (k === -1) return -1;
    if (k !== key || slots[SLOT * i + 2] !== n) continue;
    let a = slots[SLOT * i + 1]!;
    let j = s;
    while (j < e && letters[a] === text.charCodeAt(j)) {
      a++;
      j++;
    }
    if (j === e) return i;
  }
}

/** The bits of the lists that hold the word in `slot` (from findWord). */
export function maskAt(table: WordTable, slot: number): number {
  return table.slots[SLOT * slot + 3]!;
}

/**
 * Whether token `t` of `doc` is a word of `table`, whole or after one or two leading letters
 * read as proclitics (`والمباراة`, `لمباراة`), with at least `minStem` letters left: the
 * tokenizer's hashes of the three readings, no string cut out.
 */
export function tokenReadsAs(table: WordTable, doc: Doc, t: number, minStem = 1): boolean {
  const { starts, ends, hash, hash1, hash2 } = doc.tokens;
  const text = doc.norm.text;
  for (let cut = 0; cut < 3; cut++) {
    if (ends[t]! - starts[t]! - cut < minStem) return false;
    const key = hashKey(cut === 0 ? hash[t]! : cut === 1 ? hash1[t]! : hash2[t]!);
    if (mayHold(table, key) && findWord(table, key, text, starts[t]! + cut, ends[t]!) >= 0) return true;
  }
  return false;
}

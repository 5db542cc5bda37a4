// Character classes for tokenization, one table lookup per UTF-16 code unit.
// A token is a maximal run of one class; punctuation and symbols are one code unit each
// (a surrogate pair for emoji), so no information is lost between tokens.

export const SPACE = 1;
export const ARABIC = 2;
export const LATIN = 3;
export const DIGIT = 4;
export const PUNCT = 5;
export const SYMBOL = 6;
export const OTHER = 7; // letters and marks of other scripts
export const SURROGATE_HI = 8;
export const SURROGATE_LO = 9;

const LETTER = /\p{L}|\p{M}/u;
const PUNCTUATION = /\p{P}/u;
const WHITESPACE = /\s/u;

function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x066f) || (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 || (c >= 0x06ee && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) || (c >= 0x064b && c <= 0x065f) || c === 0x0670
  );
}

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return SURROGATE_HI;
  if (c >= 0xdc00 && c <= 0xdfff) return SURROGATE_LO;
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return LATIN;
  if (isArabicLetter(c)) return ARABIC;
  const ch = String.fromCharCode(c);
  if (WHITESPACE.test(ch) || c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) return SPACE;
  if (LETTER.test(ch)) return (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) ? LATIN : OTHER;
  if (PUNCTUATION.test(ch)) return PUNCT;
  return SYMBOL;
}

let table: Uint8Array | undefined;

/**
 * The class of every UTF-16 code unit. Built once, on first use: the Basic Latin, Latin-1 and
 * Arabic blocks eagerly, everything else the first time it is seen (most text never needs it).
 */
export function classTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x800; c++) table[c] = classify(c);
  return table;
}

/** Class of a code unit, filling the lazy part of the table. */
export function charClass(c: number): number {
  const t = classTable();
  let k = t[c]!;
  if (k === 0) k = t[c] = classify(c);
  return k;
}

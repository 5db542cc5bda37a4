// 32-bit hashes of token text, computed right to left so that the hash of every suffix of a
// token comes for free: proclitic readings (وبروسيا → بروسيا → روسيا) are looked up without
// allocating a string. Equality is always verified against the stored key.

/** Multiplier of the polynomial hash. */
export const HASH_MULTIPLIER = 0x01000193;
/** Its inverse modulo 2^32 (HASH_MULTIPLIER × this ≡ 1): the tokenizer divides by it. */
export const HASH_MULTIPLIER_INVERSE = 0x359c449b;
const B = HASH_MULTIPLIER;

/**
 * Maps a hash to the key used in Maps and Sets: 30 bits, so that V8 keeps it a small integer
 * (a full 32-bit value would be boxed as a heap number on every look-up).
 */
export function hashKey(h: number): number {
  return h & 0x3fffffff;
}

/** Hash of `text[start, end)`. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = end - 1; i >= start; i--) h = (Math.imul(h, B) + text.charCodeAt(i)) | 0;
  return h;
}

/** Hash of a whole string. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** Hash of `c` followed by the text whose hash is `h`. */
export function prependHash(c: number, h: number): number {
  return (Math.imul(h, B) + c) | 0;
}

/** True when `key` equals `text[start, end)`, optionally preceded by the code unit `lead`. */
export function sameText(key: string, text: string, start: number, end: number, lead = -1): boolean {
  let k = 0;
  if (lead >= 0) {
    if (key.charCodeAt(0) !== lead) return false;
    k = 1;
  }
  if (key.length - k !== end - start) return false;
  for (let i = start; i < end; i++, k++) if (key.charCodeAt(k) !== text.charCodeAt(i)) return false;
  return true;
}

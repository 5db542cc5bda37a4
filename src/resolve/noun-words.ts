// A small set of nouns looked for in one token, whole or after one proclitic (`لمعرض`,
// `وبلدية`), by the tokenizer's hashes first: the steps that read the noun before a place
// (treaties, events, kinds of place) compare a token's text only when its hash is a noun's.

import type { Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { procliticLetter } from '../tokenize/letters.js';
import { hashKey, hashString, sameText } from '../tokenize/token-hash.js';

/** Normalized nouns and the hash keys of their tokens. */
export interface NounWords {
  readonly words: readonly string[];
  readonly keys: ReadonlySet<number>;
}

/** The nouns `words` (normalized here) ready for nounStart. */
export function nounWords(words: readonly string[]): NounWords {
  const normalized = [...new Set(words.map(normalizeKey))];
  return { words: normalized, keys: new Set(normalized.map((w) => hashKey(hashString(w)))) };
}

/** The noun of `nouns` that text[s, e) is, or undefined. */
export function nounAt(nouns: NounWords, text: string, s: number, e: number): string | undefined {
  for (const w of nouns.words) if (sameText(w, text, s, e)) return w;
  return undefined;
}

/**
 * Start of the noun of `nouns` that token `t` is, whole or after one proclitic letter (the
 * proclitic outside the span), or -1. The stem after a proclitic has four letters at least.
 */
export function nounStart(doc: Doc, t: number, nouns: NounWords): number {
  const { starts, ends, hash, hash1 } = doc.tokens;
  const s = starts[t]!;
  const e = ends[t]!;
  const text = doc.norm.text;
  if (nouns.keys.has(hashKey(hash[t]!)) && nounAt(nouns, text, s, e) !== undefined) return s;
  return e - s > 4 && procliticLetter(text.charCodeAt(s)) && nouns.keys.has(hashKey(hash1[t]!)) && nounAt(nouns, text, s + 1, e) !== undefined ? s + 1 : -1;
}

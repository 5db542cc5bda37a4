// A small set of nouns looked for in one token, whole or after one proclitic (`لمعرض`,
// `وبلدية`), by the tokenizer's hashes first: the steps that read the noun before a place
// (treaties, events, kinds of place) compare a token's text only when its hash is a noun's.
// A noun before a place is the word right before the candidate, one space between.

import { tokenHolding, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { oneSpace, procliticLetter } from '../tokenize/letters.js';
import { hashKey, hashString, sameText } from '../tokenize/token-hash.js';
import type { Candidate } from '../types.js';

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

/**
 * Start of the noun of `nouns` that is the token right before candidate `resolved[i]` (one
 * space between; the candidate starts its own token, and the candidate before it ends before
 * the noun), or -1.
 */
export function nounBefore(doc: Doc, resolved: readonly Candidate[], i: number, nouns: NounWords): number {
  const c = resolved[i]!;
  const text = doc.norm.text;
  // Most candidates follow no space right away (a proclitic, the text's start): no search.
  if (c.start === 0 || text.charCodeAt(c.start - 1) !== 0x20) return -1;
  const { starts, ends } = doc.tokens;
  const t = tokenHolding(doc, c.start);
  if (t < 1 || starts[t] !== c.start || !oneSpace(text, ends[t - 1]!, starts[t]!)) return -1;
  if (i > 0 && starts[t - 1]! < resolved[i - 1]!.end) return -1;
  return nounStart(doc, t - 1, nouns);
}

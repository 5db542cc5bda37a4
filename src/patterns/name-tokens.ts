// Persons from a name lexicon: a run of two to four Arabic tokens that are all known name
// tokens (given and family names of people in Wikidata). Common words, function words and
// titles never belong to a run, so a name that is also a word (أمل, نور) is not found this way.

import type { Doc } from '../doc.js';
import { ARABIC } from '../tokenize/char-class.js';
import type { Candidate } from '../types.js';
import type { RuleIndex } from './compile-patterns.js';
import { hashKey, hashRange, hashString } from '../gazetteer/token-hash.js';

/** Rule ID reported as the source of these candidates. */
export const NAME_TOKENS_RULE = 'pers-name-tokens';
const PRIORITY = 40;
const MAX_TOKENS = 4;

const hashCache = new WeakMap<ReadonlySet<string>, Set<number>>();

/** Hash keys of the lexicon's tokens, computed once per lexicon. */
function lexiconHashes(tokens: ReadonlySet<string>): Set<number> {
  let set = hashCache.get(tokens);
  if (!set) {
    set = new Set();
    for (const t of tokens) set.add(hashKey(hashString(t)));
    hashCache.set(tokens, set);
  }
  return set;
}

/** Finds person names made of lexicon tokens; returns nothing when no lexicon was built in. */
export function matchNameTokens(index: RuleIndex, doc: Doc): Candidate[] {
  const lex = index.nameTokens;
  if (!lex) return [];
  const { tokens, stopwords } = lex;
  const text = doc.norm.text;
  const { count, starts, ends, kinds } = doc.tokens;
  const out: Candidate[] = [];
  const hashes = lexiconHashes(tokens);
  const isName = (t: number): boolean => {
    if (kinds[t] !== ARABIC) return false;
    // Most tokens are rejected by their hash, without slicing the text.
    const s = starts[t]!;
    const e = ends[t]!;
    if (!hashes.has(hashKey(hashRange(text, s, e)))) return false;
    const w = text.slice(s, e);
    return tokens.has(w) && !stopwords.has(w);
  };
  // Tokens of one name are separated by spaces only (no punctuation, no line break).
  const adjacent = (t: number): boolean => {
    for (let i = ends[t - 1]!; i < starts[t]!; i++) if (text.charCodeAt(i) !== 0x20) return false;
    return true;
  };
  for (let t = 0; t < count; t++) {
    // A name starts with a given name: never with the article.
    if (!isName(t) || text.startsWith('\u0627\u0644', starts[t]!)) continue;
    let last = t;
    while (last + 1 < count && last + 1 - t < MAX_TOKENS && adjacent(last + 1) && isName(last + 1)) last++;
    if (last === t) continue;
    out.push({ start: starts[t]!, end: ends[last]!, label: 'PERS', priority: PRIORITY, source: { kind: 'pattern', ref: NAME_TOKENS_RULE } });
    t = last;
  }
  return out;
}

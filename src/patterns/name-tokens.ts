// Persons from a name lexicon: a run of two to four Arabic tokens that are all known name
// tokens (given and family names of people in Wikidata). Common words, function words and
// titles never belong to a run, so a name that is also a word (أمل, نور) is not found this way.

import type { Doc } from '../doc.js';
import { ARABIC } from '../tokenize/char-class.js';
import type { Candidate } from '../types.js';
import type { RuleIndex } from './compile-patterns.js';

/** Rule ID reported as the source of these candidates. */
export const NAME_TOKENS_RULE = 'pers-name-tokens';
const PRIORITY = 40;
const MAX_TOKENS = 4;

/** Finds person names made of lexicon tokens; returns nothing when no lexicon was built in. */
export function matchNameTokens(index: RuleIndex, doc: Doc): Candidate[] {
  const lex = index.nameTokens;
  if (!lex) return [];
  const { tokens, stopwords } = lex;
  const text = doc.norm.text;
  const { count, starts, ends, kinds } = doc.tokens;
  const out: Candidate[] = [];
  const isName = (t: number): boolean => {
    if (kinds[t] !== ARABIC) return false;
    const w = text.slice(starts[t]!, ends[t]!);
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

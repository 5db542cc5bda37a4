// Persons from name lexicons: a run of two to four Arabic tokens that starts with a known
// given name and continues with given or family names. Common words are never part of a run,
// so a given name that is also a word (أمل, نور) needs a known name after it.

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
  const { given, family, stopwords } = lex;
  const text = doc.norm.text;
  const { count, starts, ends, kinds } = doc.tokens;
  const out: Candidate[] = [];
  const word = (t: number): string => text.slice(starts[t]!, ends[t]!);
  // Tokens of one name are separated by spaces only (no punctuation, no line break).
  const adjacent = (t: number): boolean => /^ +$/.test(text.slice(ends[t - 1]!, starts[t]!));
  for (let t = 0; t < count; t++) {
    if (kinds[t] !== ARABIC) continue;
    const first = word(t);
    if (!given.has(first) || stopwords.has(first)) continue;
    let last = t;
    while (last + 1 < count && last + 1 - t < MAX_TOKENS && kinds[last + 1] === ARABIC && adjacent(last + 1)) {
      const w = word(last + 1);
      if (stopwords.has(w) || !(family.has(w) || given.has(w))) break;
      last++;
    }
    if (last === t) continue;
    out.push({ start: starts[t]!, end: ends[last]!, label: 'PERS', priority: PRIORITY, source: { kind: 'pattern', ref: NAME_TOKENS_RULE } });
    t = last;
  }
  return out;
}

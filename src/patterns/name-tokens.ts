// Persons from a name lexicon: a run of two to four Arabic tokens that are all known name
// tokens (given and family names of people in Wikidata). Common words, function words and
// titles never belong to a run, so a name that is also a word (أمل, نور) is not found this way.

import type { Doc } from '../doc.js';
import * as cc from '../tokenize/char-class.js';
import type { Candidate } from '../types.js';
import type { RuleIndex } from './compile-patterns.js';
import * as ns from './name-scan.js';
import * as th from '../tokenize/token-hash.js';

// Module-local copies: an imported binding is read through a getter on every use in some
// module formats, and these are read for every token.
const { ARABIC } = cc;
const { hashKey, hashString, sameText } = th;
const { isNamePrefix } = ns;

/** Rule ID reported as the source of these candidates. */
export const NAME_TOKENS_RULE = 'pers-name-tokens';
const PRIORITY = 40;
const MAX_TOKENS = 4;

/** Bits of the hash filter: a token whose bit is clear is no lexicon token, without a Map look-up. */
const FILTER_BITS = 17;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

interface Lexicon {
  readonly byHash: Map<number, string[]>;
  readonly filter: Uint32Array;
}

const hashCache = new WeakMap<ReadonlySet<string>, Lexicon>();

/**
 * The lexicon's tokens that are no stop word, by hash key, computed once per lexicon: a token
 * is then checked with one look-up and a comparison, without slicing the text.
 */
function lexiconByHash(tokens: ReadonlySet<string>, stopwords: ReadonlySet<string>): Lexicon {
  let lex = hashCache.get(tokens);
  if (!lex) {
    const map = new Map<number, string[]>();
    const filter = new Uint32Array(1 << (FILTER_BITS - 5));
    for (const t of tokens) {
      if (stopwords.has(t)) continue;
      const key = hashKey(hashString(t));
      const list = map.get(key);
      if (list) list.push(t);
      else map.set(key, [t]);
      const bit = key & FILTER_MASK;
      filter[bit >>> 5]! |= 1 << (bit & 31);
    }
    lex = { byHash: map, filter };
    hashCache.set(tokens, lex);
  }
  return lex;
}

/** True when token `t` is an Arabic token of the lexicon (no stop word). */
function isName(lex: Lexicon, doc: Doc, t: number): boolean {
  const tokens = doc.tokens;
  if (tokens.kinds[t] !== ARABIC) return false;
  const key = hashKey(tokens.hash[t]!);
  if ((lex.filter[(key & FILTER_MASK) >>> 5]! & (1 << (key & 31))) === 0) return false;
  const list = lex.byHash.get(key);
  if (list === undefined) return false;
  const text = doc.norm.text;
  const s = tokens.starts[t]!;
  const e = tokens.ends[t]!;
  for (let i = 0; i < list.length; i++) if (sameText(list[i]!, text, s, e)) return true;
  return false;
}

/** Tokens of one name are separated by spaces only (no punctuation, no line break). */
function adjacent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

/** Finds person names made of lexicon tokens; returns nothing when no lexicon was built in. */
export function matchNameTokens(index: RuleIndex, doc: Doc): Candidate[] {
  const nameTokens = index.nameTokens;
  if (!nameTokens) return [];
  const names = index.names;
  const text = doc.norm.text;
  const { count, starts, ends } = doc.tokens;
  const out: Candidate[] = [];
  const lex = lexiconByHash(nameTokens.tokens, nameTokens.stopwords);
  for (let t = 0; t < count; t++) {
    // A name starts with a given name: never with the article.
    if (!isName(lex, doc, t) || text.startsWith('\u0627\u0644', starts[t]!)) continue;
    let last = t;
    while (last + 1 < count && last + 1 - t < MAX_TOKENS && adjacent(text, ends[last]!, starts[last + 1]!) && isName(lex, doc, last + 1)) last++;
    const runEnd = last;
    // A name never ends with a part that needs the next one (محمد بن عبد …, بن أبي).
    if (names) while (last > t && isNamePrefix(names, doc, last)) last--;
    if (last > t) out.push({ start: starts[t]!, end: ends[last]!, label: 'PERS', priority: PRIORITY, source: { kind: 'pattern', ref: NAME_TOKENS_RULE } });
    t = runEnd;
  }
  return out;
}

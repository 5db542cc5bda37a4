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

/** Adjectives in ي that follow names in news without being part of them (normalized forms). */
const COMMON_NISBA_ADJECTIVES: ReadonlySet<string> = new Set(
  ('الحالي الماضي الدولي الامني السياسي العسكري الرسمي الوطني الاقتصادي الاسلامي العربي الاوروبي الشعبي المحلي الرئيسي ' +
    'الاقليمي الثاني الاولي الحكومي الشرقي الغربي الجنوبي الشمالي الداخلي الخارجي القومي الاساسي النهائي التالي الحقيقي ' +
    'الفعلي الدبلوماسي الانساني الاجتماعي الديمقراطي الجمهوري الاتحادي الفيدرالي الفيدرالي البرلماني الرئاسي الانتخابي ' +
    'التشريعي القضائي الجنائي المدني الاعلامي الصحي التعليمي الثقافي الفني الرياضي العلمي التقني الرقمي الالكتروني ' +
    'المالي النفطي الزراعي الصناعي التجاري الجوي البحري البري النووي الكيميائي الارهابي الدستوري القانوني الشخصي ' +
    'الجماعي الفردي الكلي الجزئي الحزبي الطائفي الديني المذهبي الشرعي العالمي الاقليمي الميداني الفوري التاريخي الاخلاقي ' +
    'النسبي الحالي المستقبلي الاسبوعي الشهري السنوي اليومي الموسمي الجامعي المدرسي العائلي الاسري الذاتي المركزي').split(' '),
);

/** An article token ending in ي (a nisba: الهلالي, الحريري), five letters or more, no stop word or common adjective. */
function isNisba(lex: Lexicon, stopwords: ReadonlySet<string>, doc: Doc, t: number): boolean {
  const tokens = doc.tokens;
  if (tokens.kinds[t] !== ARABIC) return false;
  const text = doc.norm.text;
  const s = tokens.starts[t]!;
  const e = tokens.ends[t]!;
  if (e - s < 5 || text.charCodeAt(s) !== 0x0627 || text.charCodeAt(s + 1) !== 0x0644 || text.charCodeAt(e - 1) !== 0x064a) return false;
  const word = text.slice(s, e);
  return (!stopwords.has(word) && !COMMON_NISBA_ADJECTIVES.has(word)) || isName(lex, doc, t);
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
    // A family name is often a nisba the lexicon lacks (عبد الله الهلالي): one article
    // token ending in ي may close a run of two or more. One that is a demonym (المصري) is cut
    // back later by the gazetteer, which knows it as NORP.
    if (last > t && last + 1 < count && last + 1 - t < MAX_TOKENS && adjacent(text, ends[last]!, starts[last + 1]!) && isNisba(lex, nameTokens.stopwords, doc, last + 1)) last++;
    const runEnd = last;
    // A name never ends with a part that needs the next one (محمد بن عبد …, بن أبي).
    if (names) while (last > t && isNamePrefix(names, doc, last)) last--;
    if (last > t) out.push({ start: starts[t]!, end: ends[last]!, label: 'PERS', priority: PRIORITY, source: { kind: 'pattern', ref: NAME_TOKENS_RULE } });
    t = runEnd;
  }
  return out;
}

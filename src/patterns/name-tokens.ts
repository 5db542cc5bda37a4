// Persons from a name lexicon (given and family names of people in Wikidata): a run of two to
// four known name tokens, a known given name with the family name after it, compounds
// (عبد العزيز, أبو تراب, معاوية بن أبي سفيان) and European particles (رود فان نيستلروي).
// Common words, function words and titles never belong to a run, and a given name that is
// also a word (صالح, منى) joins a name only right before one.

import type { Doc } from '../doc.js';
import * as cc from '../tokenize/char-class.js';
import * as lt from '../tokenize/letters.js';
import type { Candidate } from '../types.js';
import type { RuleIndex } from './compile-patterns.js';
import * as ns from './name-scan.js';
import * as th from '../tokenize/token-hash.js';

// Module-local copies: an imported binding is read through a getter on every use in some
// module formats, and these are read for every token.
const { ARABIC } = cc;
const { AIN, ALEF, BA, FA, HA, KAF, LAM, TA, WA } = lt;
const { hashKey, hashString, sameText } = th;
const { isNamePrefix, scanNameFrom, startsName, verbalNoun } = ns;

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
function isName(lex: Lexicon, doc: Doc, t: number, skip = 0): boolean {
  const tokens = doc.tokens;
  if (tokens.kinds[t] !== ARABIC) return false;
  const key = hashKey(skip === 0 ? tokens.hash[t]! : tokens.hash1[t]!);
  if ((lex.filter[(key & FILTER_MASK) >>> 5]! & (1 << (key & 31))) === 0) return false;
  const list = lex.byHash.get(key);
  if (list === undefined) return false;
  const text = doc.norm.text;
  const s = tokens.starts[t]! + skip;
  const e = tokens.ends[t]!;
  for (let i = 0; i < list.length; i++) if (sameText(list[i]!, text, s, e)) return true;
  return false;
}

/** A token of the lexicon, or a given name written as عبدال… (see joinedAbd). */
function isNameOrAbd(lex: Lexicon, doc: Doc, t: number, skip = 0): boolean {
  return isName(lex, doc, t, skip) || (doc.tokens.kinds[t] === ARABIC && joinedAbd(doc.norm.text, doc.tokens.starts[t]! + skip, doc.tokens.ends[t]!));
}

/**
 * عبد written together with the name after it (عبدالحميد, عبدالله): always a given name, of
 * which the lexicon holds only a few spellings.
 */
function joinedAbd(text: string, s: number, e: number): boolean {
  // عبدال + at least three letters
  return e - s >= 8 && text.charCodeAt(s) === AIN && text.charCodeAt(s + 1) === 0x0628 && text.charCodeAt(s + 2) === 0x062f && text.charCodeAt(s + 3) === ALEF && text.charCodeAt(s + 4) === LAM;
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


/**
 * Token `u` as the family name after a given name (the scan has already ruled out stop
 * words, titles and verb shapes): not a conjunction glued to the next name (ويوسف), a
 * preposition glued to a verbal noun (لإيقاف, بافتتاح) or, with the article, a feminine,
 * plural or verbal noun (الخبيرة, الاجراءات, الإفصاح, التقدم). Known name tokens and
 * nisbas always pass.
 */
function familyName(lex: Lexicon, data: { tokens: ReadonlySet<string>; stopwords: ReadonlySet<string> }, doc: Doc, u: number): boolean {
  const text = doc.norm.text;
  const s = doc.tokens.starts[u]!;
  const e = doc.tokens.ends[u]!;
  if (isNameOrAbd(lex, doc, u) || data.tokens.has(text.slice(s, e))) return true;
  const c0 = text.charCodeAt(s);
  if (c0 === ALEF && text.charCodeAt(s + 1) === LAM) {
    if (isNisba(lex, data.stopwords, doc, u)) return true;
    const n = e - s;
    if (n < 5 || text.charCodeAt(e - 1) === HA || text.charCodeAt(s + 2) === TA) return false;
    if (PLURAL.some((x) => text.endsWith(x, e))) return false;
    return !verbalNoun(text, s + 2, e);
  }
  // An unknown word in ة or a pronoun suffix ه is more often a noun (حديثه, عقوبة) than a name.
  if (c0 === WA || text.charCodeAt(e - 1) === HA) return false;
  if (c0 === BA || c0 === LAM || c0 === KAF || c0 === FA) return !verbalNoun(text, s + 1, e);
  return true;
}

const PLURAL = ['\u0627\u062a', '\u064a\u0646', '\u0648\u0646']; // ات ين ون

/** Tokens of one name are separated by spaces only (no punctuation, no line break). */
function adjacent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Proclitics a name may carry (ومحمد, لزيدان, بكابيلو); the span leaves them out. */
function proclitic(c: number): boolean {
  return c === WA || c === FA || c === BA || c === LAM || c === KAF;
}

/** Particles of European names that belong with the next token (رود فان نيستلروي, جوليا دي كوزيمو). */
const PARTICLES: readonly string[] = ['\u0641\u0627\u0646', '\u062f\u064a', '\u062f\u0648', '\u0641\u0648\u0646', '\u062f\u0627']; // فان دي دو فون دا

/** Parts that make a name with the next token alone (عبد العزيز, أبو تراب). */
const KUNYA: readonly string[] = ['\u0639\u0628\u062f', '\u0627\u0628\u0648']; // عبد ابو

/** بن and بنت: a given name before them belongs to the name (معاوية بن أبي سفيان). */
const SON_OF: readonly string[] = ['\u0628\u0646', '\u0628\u0646\u062a']; // بن بنت

/** Finds person names made of lexicon tokens; returns nothing when no lexicon was built in. */
export function matchNameTokens(index: RuleIndex, doc: Doc): Candidate[] {
  const nameTokens = index.nameTokens;
  if (!nameTokens) return [];
  const names = index.names;
  const text = doc.norm.text;
  const { count, starts, ends } = doc.tokens;
  const out: Candidate[] = [];
  const lex = lexiconByHash(nameTokens.tokens, nameTokens.stopwords);
  const given = lexiconByHash(nameTokens.given, nameTokens.stopwords);
  const wordGiven = lexiconByHash(nameTokens.wordGiven, NO_WORDS);
  // A few short words, compared in place: no string is cut out of the text.
  const tokenIs = (words: readonly string[], u: number): boolean => {
    if (ends[u]! - starts[u]! > 3) return false;
    for (let i = 0; i < words.length; i++) if (sameText(words[i]!, text, starts[u]!, ends[u]!)) return true;
    return false;
  };
  for (let t = 0; t < count; t++) {
    // A name starts with a given name, after at most one proclitic.
    let skip = 0;
    if (!isName(lex, doc, t)) {
      const c0 = text.charCodeAt(starts[t]!);
      if (proclitic(c0) && ends[t]! - starts[t]! >= (c0 === WA ? 4 : 5) && isName(lex, doc, t, 1)) skip = 1;
      else if (!(c0 === AIN && joinedAbd(text, starts[t]!, ends[t]!))) continue;
    }
    // Given names that begin like the article (الكسندر, البرتو, الياس) may start one.
    if (text.startsWith('\u0627\u0644', starts[t]! + skip) && !isName(given, doc, t, skip)) continue;
    let first = t;
    let start = starts[t]! + skip;
    let last = t;
    while (last + 1 < count && last + 1 - t < MAX_TOKENS && adjacent(text, ends[last]!, starts[last + 1]!) && isNameOrAbd(lex, doc, last + 1)) last++;
    if (names) {
      // A known given name followed by a family name the lexicon lacks (أحمد المرابط,
      // ألكسندر سلطانوف), read as after a title.
      if (last - t < 2 && last + 1 < count && isNameOrAbd(given, doc, last, last === t ? skip : 0) && adjacent(text, ends[last]!, starts[last + 1]!)) {
        const end = scanNameFrom(names, doc, last + 1, 1, 2);
        let u = last + 1;
        while (end > 0 && ends[u]! < end) u++;
        if (end > 0 && familyName(lex, nameTokens, doc, u)) {
          last = u;
          // The name may go on with known name tokens (أحمد سليم حمدان).
          while (last + 1 < count && last + 1 - first < MAX_TOKENS && adjacent(text, ends[last]!, starts[last + 1]!) && isNameOrAbd(lex, doc, last + 1)) last++;
        }
      }
      // A part that needs the next token takes it when it is a name token (محمد بن سلمان).
      const prefix = last > t ? isNamePrefix(names, doc, last) : tokenIs(KUNYA, t);
      if ((prefix || (last > t && tokenIs(PARTICLES, last))) && last + 1 < count && last - t + 1 < MAX_TOKENS) {
        // Read from the prefix itself, which then takes the next word whatever its shape.
        const end = scanNameFrom(names, doc, prefix ? last : last + 1, 1, 2);
        while (end > 0 && last + 1 < count && ends[last + 1]! <= end) last++;
      }
      // The given name before بن (معاوية بن أبي سفيان).
      if (skip === 0 && t > 0 && tokenIs(SON_OF, t) && adjacent(text, ends[t - 1]!, starts[t]!) && startsName(names, doc, t - 1)) {
        first = t - 1;
        start = starts[first]!;
      }
    }
    // A given name that is also an everyday word, right before a name (صالح عبد الغفور,
    // وعبير صبري).
    if (first === t && skip === 0 && t > 0 && adjacent(text, ends[t - 1]!, starts[t]!)) {
      const whole = isName(wordGiven, doc, t - 1);
      if (whole || (text.charCodeAt(starts[t - 1]!) === WA && isName(wordGiven, doc, t - 1, 1))) {
        first = t - 1;
        start = starts[first]! + (whole ? 0 : 1);
      }
    }
    // A family name is often a nisba the lexicon lacks (عبد الله الهلالي, محمد سعيد الكندي):
    // one article token ending in ي may close a name of two or more tokens. One that is a
    // demonym (المصري) is cut back later by the gazetteer, which knows it as NORP.
    if (last > t && last + 1 < count && last + 1 - first < MAX_TOKENS && adjacent(text, ends[last]!, starts[last + 1]!) && (!names || !isNamePrefix(names, doc, last)) && isNisba(lex, nameTokens.stopwords, doc, last + 1)) last++;
    const runEnd = last;
    // A name never ends with a part that needs the next one (محمد بن عبد …, بن أبي).
    if (names) while (last > first && (isNamePrefix(names, doc, last) || tokenIs(PARTICLES, last))) last--;
    if (last > first) {
      out.push({ start, end: ends[last]!, label: 'PERS', priority: PRIORITY, source: { kind: 'pattern', ref: NAME_TOKENS_RULE } });
    }
    t = runEnd;
  }
  return out;
}

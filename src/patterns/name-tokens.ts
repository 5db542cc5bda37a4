// Persons from a name lexicon (given and family names of people in Wikidata): a run of two to
// four known name parts (بن, أبو and عبد are not counted), a known given name with the family
// name after it, compounds (عبد العزيز, أبو تراب, معاوية بن أبي سفيان), European particles
// (رود فان نيستلروي), regnal numbers (إسماعيل الأول) and, at a low priority, a known given
// name alone. Common words, function words and titles never belong to a run, and a given name
// that is also a word (صالح, منى) joins a name only right before one.

import { procliticBeforeHamza, writtenHamzaAlef, type Doc } from '../doc.js';
import * as cc from '../tokenize/char-class.js';
import * as lt from '../tokenize/letters.js';
import { newCandidate } from '../candidate.js';
import type { Candidate } from '../types.js';
import type { RuleIndex } from './compile-patterns.js';
import * as ns from './name-scan.js';
import * as th from '../tokenize/token-hash.js';
import * as wt from './word-table.js';
import type { WordTable } from './word-table.js';

// Module-local copies: an imported binding is read through a getter on every use in some
// module formats, and these are read for every token.
const { ARABIC } = cc;
const { AIN, ALEF, BA, FA, HA, KAF, LAM, TA, WA, YA } = lt;
const { hashKey, sameText } = th;
const { allahAlone, allahCompound, commonWord, DIN, DIN_FIRST, givenBeforeSonOf, isDescriptor, isNamePrefix, nameReader, neverInName, notDefiniteName, scanNameFrom, verbalNoun, writesMaqsura, writtenAli } = ns;
const { findWord, maskAt, mayHold, wordTable } = wt;

/** Rule ID reported as the source of these candidates. */
export const NAME_TOKENS_RULE = 'pers-name-tokens';
/** The source every candidate of the name-token scan shares. */
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: NAME_TOKENS_RULE });
const PRIORITY = 40;
/** A given name alone: below every other rule and the gazetteer, which know its other uses. */
const LONE_PRIORITY = 20;
/** Parts of a name, not counting the parts that need the next token (بن, أبو, عبد). */
const MAX_TOKENS = 4;
/** Tokens of a name, prefixes included (أحمد بن عبد الله بن سالم الزهراني). */
const MAX_SPAN = 9;

/**
 * The lists a token is looked up in, as bits of its entry's mask: one look-up answers all.
 * Names, read at every token, are in one table; the words read only to close a name are in
 * another, so that stop words, the most frequent tokens, are no entry of the first.
 */
const LEX = 1; // name tokens that are no stop word
const GIVEN = 2; // given names that are no stop word
const WORD_GIVEN = 4; // given names that are also everyday words
const HA_ONLY = 8; // names spelt with ه only: a token that writes ة is the noun (نواة)
const KNOWN = 1; // every name token, stop words included
const STOP = 2; // stop words
const COMMON_ADJECTIVE = 4; // COMMON_NISBA_ADJECTIVES
/** Set in a memo slot once its reading has been looked up (a mask of 0 means "in no list"). */
const LOOKED_UP = 128;

type NameTokens = NonNullable<RuleIndex['nameTokens']>;

interface NameTables {
  /** LEX, GIVEN and WORD_GIVEN. */
  readonly names: WordTable;
  /** KNOWN, STOP and COMMON_ADJECTIVE. */
  readonly words: WordTable;
}

const tableCache = new WeakMap<NameTokens, NameTables>();

/** The lists of the lexicon in two tables, built once per lexicon. */
function nameTables(data: NameTokens): NameTables {
  let tables = tableCache.get(data);
  if (!tables) {
    const build = (lists: readonly (readonly [Iterable<string>, number, ReadonlySet<string> | null])[]): WordTable => {
      const masks = new Map<string, number>();
      for (const [words, bit, stopwords] of lists) for (const w of words) if (!stopwords?.has(w)) masks.set(w, (masks.get(w) ?? 0) | bit);
      return wordTable(masks);
    };
    tables = {
      names: build([
        [data.tokens, LEX, data.stopwords],
        [data.given, GIVEN, data.stopwords],
        [data.wordGiven, WORD_GIVEN, null],
        [data.haOnly, HA_ONLY, null],
      ]),
      words: build([
        [data.tokens, KNOWN, null],
        [data.stopwords, STOP, null],
        [COMMON_NISBA_ADJECTIVES, COMMON_ADJECTIVE, null],
      ]),
    };
    tableCache.set(data, tables);
  }
  return tables;
}

/**
 * The memo of the document being read, reused from call to call: one document is read at a
 * time, and clearing the array costs less than making one.
 */
let scratch = new Uint8Array(2048);

/**
 * One document read against the lexicon: each token and its reading without a proclitic is
 * looked up at most once, however many lists it is checked against.
 */
class Reading {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly hash: Int32Array;
  private readonly hash1: Int32Array;
  /** Per token, the masks of its whole text and of its text after the first letter, | LOOKED_UP. */
  private readonly memo: Uint8Array;
  private readonly names: WordTable;
  private readonly words: WordTable;
  private readonly norm: Doc['norm'];
  private readonly doc: Doc;

  constructor(tables: NameTables, doc: Doc) {
    const tokens = doc.tokens;
    this.names = tables.names;
    this.words = tables.words;
    this.text = doc.norm.text;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.kinds = tokens.kinds;
    this.hash = tokens.hash;
    this.hash1 = tokens.hash1;
    this.norm = doc.norm;
    this.doc = doc;
    const n = tokens.count * 2;
    if (scratch.length < n) scratch = new Uint8Array(Math.max(n, 2 * scratch.length));
    else scratch.fill(0, 0, n);
    this.memo = scratch;
  }

  /** False when no list holds token `t` read from `skip` (0 or 1) code units in: one bit read. */
  mayHold(t: number, skip: number): boolean {
    return mayHold(this.names, hashKey(skip === 0 ? this.hash[t]! : this.hash1[t]!));
  }

  /**
   * The lists holding token `t` read from `skip` (0 or 1) code units in. Most readings are
   * turned away by the filter; the others are looked up once.
   */
  mask(t: number, skip: number): number {
    const names = this.names;
    const key = hashKey(skip === 0 ? this.hash[t]! : this.hash1[t]!);
    if (!mayHold(names, key)) return 0;
    const i = 2 * t + skip;
    let m = this.memo[i]!;
    if (m === 0) {
      const slot = findWord(names, key, this.text, this.starts[t]! + skip, this.ends[t]!);
      m = slot < 0 ? 0 : maskAt(names, slot);
      // A name spelt with ه where the text writes ة is the noun (نواة, not Noah): in no list.
      if ((m & HA_ONLY) !== 0 && this.endsInTa(t)) m = 0;
      this.memo[i] = m = m | LOOKED_UP;
    }
    return m;
  }

  /** The lists of the words table (KNOWN, STOP, COMMON_ADJECTIVE) that hold token `t`. */
  wordMask(t: number): number {
    const s = this.starts[t]!;
    const e = this.ends[t]!;
    const words = this.words;
    const key = hashKey(this.hash[t]!);
    const slot = mayHold(words, key) ? findWord(words, key, this.text, s, e) : -1;
    return slot < 0 ? 0 : maskAt(words, slot);
  }

  /** True when token `t` is an Arabic token of the lists `bit`. */
  isName(t: number, bit: number, skip = 0): boolean {
    return this.kinds[t] === ARABIC && (this.mask(t, skip) & bit) !== 0;
  }

  /** A token of the lists `bit`, or a given name written as عبدال… (see joinedAbd). */
  isNameOrAbd(t: number, bit: number, skip = 0): boolean {
    return this.isName(t, bit, skip) || this.isAbd(t, skip);
  }

  isAbd(t: number, skip: number): boolean {
    return this.kinds[t] === ARABIC && joinedAbd(this.text, this.starts[t]! + skip, this.ends[t]!);
  }

  /** True when the text ends token `t` in ى (normalization folds it into ي). */
  endsInMaqsura(t: number): boolean {
    const norm = this.norm;
    return norm.input.charCodeAt(norm.starts[this.ends[t]! - 1]!) === 0x0649;
  }

  /**
   * True when token `t` is و, ف, ب, ل or ك and a word the text begins with a hamza (`وإلى`,
   * `وأن`, `بأول`, `لأن`): a proclitic and a word, though normalized it may spell a name
   * (`والي`, `باول`); no name part begins so.
   */
  procliticHamza(t: number): boolean {
    return procliticBeforeHamza(this.doc, this.starts[t]!, this.ends[t]!);
  }

  /** True when the text writes أ, إ or آ as the second letter of token `t` (فإن, وإلى). */
  hamzaAfterFirst(t: number): boolean {
    return writtenHamzaAlef(this.doc, this.starts[t]! + 1);
  }

  /**
   * True when the text writes أ after the first letter of token `t`: `اليأس` (despair), which
   * normalization makes `الياس` (Elias).
   */
  innerHamza(t: number): boolean {
    const norm = this.norm;
    const from = norm.starts[this.starts[t]! + 1]!;
    const to = norm.starts[this.ends[t]! - 1]!;
    for (let i = from; i <= to; i++) if (norm.input.charCodeAt(i) === 0x0623) return true;
    return false;
  }

  /** True when the text ends token `t` in ة (normalization folds it into ه). */
  endsInTa(t: number): boolean {
    const norm = this.norm;
    return norm.input.charCodeAt(norm.starts[this.ends[t]! - 1]!) === 0x0629;
  }

  isArabic(t: number): boolean {
    return this.kinds[t] === ARABIC;
  }

  /** Token `u` is one of a few short `words`, compared in place: no string is cut out of the text. */
  tokenIs(words: readonly string[], u: number, skip = 0): boolean {
    const s = this.starts[u]! + skip;
    const e = this.ends[u]!;
    if (e - s > 3) return false;
    for (let i = 0; i < words.length; i++) if (sameText(words[i]!, this.text, s, e)) return true;
    return false;
  }
}

/**
 * عبد written together with the name after it (عبدالحميد, عبدالله): always a given name, of
 * which the lexicon holds only a few spellings.
 */
function joinedAbd(text: string, s: number, e: number): boolean {
  // عبدال + at least two letters (عبدالله, عبدالعزيز)
  return e - s >= 7 && text.charCodeAt(s) === AIN && text.charCodeAt(s + 1) === 0x0628 && text.charCodeAt(s + 2) === 0x062f && text.charCodeAt(s + 3) === ALEF && text.charCodeAt(s + 4) === LAM;
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
function isNisba(r: Reading, t: number): boolean {
  if (!r.isArabic(t)) return false;
  const text = r.text;
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  if (e - s < 5 || text.charCodeAt(s) !== 0x0627 || text.charCodeAt(s + 1) !== 0x0644 || text.charCodeAt(e - 1) !== 0x064a) return false;
  if (r.isName(t, LEX)) return true;
  // The ي as written: ى is folded into it (المتوفى, المصطفى), which ends no nisba.
  return (r.wordMask(t) & (STOP | COMMON_ADJECTIVE)) === 0 && !r.endsInMaqsura(t);
}


/**
 * Token `u` as the family name after a given name (the scan has already ruled out stop
 * words, titles and verb shapes): not a conjunction glued to the next name (ويوسف), a
 * preposition glued to a verbal noun (لإيقاف, بافتتاح) or, with the article, a feminine,
 * plural or verbal noun (الخبيرة, الاجراءات, الإفصاح, التقدم). Known name tokens and
 * nisbas always pass.
 */
function familyName(r: Reading, u: number): boolean {
  const text = r.text;
  const s = r.starts[u]!;
  const e = r.ends[u]!;
  // Every name token (LEX is the part of KNOWN that is no stop word), of any script.
  if ((r.wordMask(u) & KNOWN) !== 0 || r.isAbd(u, 0)) return true;
  const c0 = text.charCodeAt(s);
  if (c0 === ALEF && text.charCodeAt(s + 1) === LAM) {
    if (isNisba(r, u)) return true;
    const n = e - s;
    if (n < 5 || text.charCodeAt(e - 1) === HA || text.charCodeAt(s + 2) === TA) return false;
    if (PLURAL.some((x) => text.endsWith(x, e))) return false;
    return !verbalNoun(text, s + 2, e);
  }
  // An unknown word with a pronoun suffix ه, or one of four letters in ة, is more often a
  // noun (حديثه, لعبة) than a name; after a given name, longer words in ة are mostly family
  // names (شحاتة, عكاشة).
  // A long vowel before a final ه ends a long name (ايبواه), not a noun with a pronoun (مرماه).
  if (c0 === WA || (text.charCodeAt(e - 1) === HA && !((e - s >= 5 && r.endsInTa(u)) || (e - s >= 6 && longVowel(text.charCodeAt(e - 2)))))) return false;
  // A feminine dual (مرتين "twice", ساعتين): family names in تين are known (مارتين, بوتين).
  if (e - s >= 5 && e - s <= 7 && text.endsWith(DUAL_TA, e)) return false;
  // A preposition glued to a verbal noun, also in the dual or plural (بافتتاح, باتصالين).
  if (c0 === BA || c0 === LAM || c0 === KAF || c0 === FA) return !verbalNoun(text, s + 1, e) && !(DUAL_OR_PLURAL.some((x) => text.endsWith(x, e)) && verbalNoun(text, s + 1, e - 2));
  return true;
}

/** ا, و or ي. */
function longVowel(c: number): boolean {
  return c === ALEF || c === WA || c === 0x064a;
}

const PLURAL = ['\u0627\u062a', '\u064a\u0646', '\u0648\u0646']; // ات ين ون
/** Endings of the dual and the plurals on a noun (ين ان ات ون). */
const DUAL_OR_PLURAL = ['\u064a\u0646', '\u0627\u0646', '\u0627\u062a', '\u0648\u0646'];
/** The feminine dual's ending after a noun's ة (مرة → مرتين). */
const DUAL_TA = '\u062a\u064a\u0646'; // تين

/**
 * A known given name of four letters or more standing alone (وقال ليوناردو, رفض يوسف), mostly
 * a person named before in the text; shorter ones are more often words (عوض, تشن). Only و
 * may precede it: after ب ل ف ك the rest of a word often spells a name (بدأنا, لدينا).
 */
function loneGivenName(r: Reading, t: number, skip: number): boolean {
  if (skip > 0 && r.text.charCodeAt(r.starts[t]!) !== WA) return false;
  if (r.ends[t]! - r.starts[t]! - skip < 4) return false;
  // A word in ة after an indefinite one in ة or ات agrees with it: an adjective (`بيئة
  // عائلية آمنة`, a safe family setting; `عملة ورقية`, `عملات ورقية`, paper money, whose و is
  // no proclitic), not a woman's name.
  if (!r.isName(t, GIVEN, skip)) return false;
  return !(t > 0 && r.endsInTa(t) && (r.endsInTa(t - 1) || feminineSoundPlural(r.text, r.starts[t - 1]!, r.ends[t - 1]!)) && !r.text.startsWith('\u0627\u0644', r.starts[t - 1]!) && adjacent(r.text, r.ends[t - 1]!, r.starts[t]!));
}

/** A word of five letters or more in ات in text[s, e) (`عملات`, `سيارات`): a feminine plural, which adjectives in ة agree with. */
function feminineSoundPlural(text: string, s: number, e: number): boolean {
  return e - s >= 5 && text.charCodeAt(e - 1) === TA && text.charCodeAt(e - 2) === ALEF;
}

/**
 * Where a given name that is also an everyday word starts, right before the nisba `t` of
 * five letters or more (محسن الزيداني, وعبير الجندي: the given name alone is no run), or -1.
 */
function wordGivenBefore(r: Reading, t: number): number {
  const text = r.text;
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  if (text.charCodeAt(e - 1) !== 0x064a || text.charCodeAt(s) !== ALEF || text.charCodeAt(s + 1) !== LAM) return -1;
  if (!adjacent(text, r.ends[t - 1]!, s)) return -1;
  const g = r.starts[t - 1]!;
  const skip = r.isName(t - 1, WORD_GIVEN) ? 0 : text.charCodeAt(g) === WA && r.isName(t - 1, WORD_GIVEN, 1) ? 1 : -1;
  return skip >= 0 && isNisba(r, t) ? g + skip : -1;
}

/** Tokens of one name are separated by spaces only (no punctuation, no line break). */
function adjacent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

/**
 * Whether token `t` is the given name علي before a name token (علي محمد جيدي): the lexicon
 * leaves علي out, as normalization folds the preposition على into it. In a text that writes ى
 * elsewhere the preposition is spelled so, and علي written with ي is the name.
 */
function aliGiven(r: Reading, doc: Doc, t: number): boolean {
  if (!writtenAli(doc, t) || !writesMaqsura(doc)) return false;
  // Before بن the name is read from بن (علي بن موسى الرضا).
  return t + 1 < doc.tokens.count && adjacent(r.text, r.ends[t]!, r.starts[t + 1]!) && r.isNameOrAbd(t + 1, LEX) && !r.procliticHamza(t + 1) && !r.tokenIs(SON_OF, t + 1);
}

/** Proclitics a name may carry (ومحمد, لزيدان, بكابيلو); the span leaves them out. */
const proclitic = lt.procliticLetter;

/** Particles of European names that belong with the next token (رود فان نيستلروي, جوليا دي كوزيمو). */
export const PARTICLES: readonly string[] = ['\u0641\u0627\u0646', '\u062f\u064a', '\u062f\u0648', '\u0641\u0648\u0646', '\u062f\u0627']; // فان دي دو فون دا

/** لا, the article after a French or Spanish particle (دو لا, دي لا). */
const LA: readonly string[] = ['\u0644\u0627'];

/** Particles that may open a family name alone (فان باستن, فون بولوف). */
const VAN: readonly string[] = ['\u0641\u0627\u0646', '\u0641\u0648\u0646']; // فان فون

/** Parts that make a name with the next token alone (عبد العزيز, أبو تراب). */
export const KUNYA: readonly string[] = ['\u0639\u0628\u062f', '\u0627\u0628\u0648', '\u0627\u0628\u064a']; // عبد ابو ابي

/** بن and بنت: a given name before them belongs to the name (معاوية بن أبي سفيان). */
export const SON_OF: readonly string[] = ['\u0628\u0646', '\u0628\u0646\u062a']; // بن بنت

/** Masculine definite ordinals that number sovereigns of one name (normalized: الاول … العاشر). */
const REGNAL: readonly string[] = [
  '\u0627\u0644\u0627\u0648\u0644', // الاول
  '\u0627\u0644\u062b\u0627\u0646\u064a', // الثاني
  '\u0627\u0644\u062b\u0627\u0644\u062b', // الثالث
  '\u0627\u0644\u0631\u0627\u0628\u0639', // الرابع
  '\u0627\u0644\u062e\u0627\u0645\u0633', // الخامس
  '\u0627\u0644\u0633\u0627\u062f\u0633', // السادس
  '\u0627\u0644\u0633\u0627\u0628\u0639', // السابع
  '\u0627\u0644\u062b\u0627\u0645\u0646', // الثامن
  '\u0627\u0644\u062a\u0627\u0633\u0639', // التاسع
  '\u0627\u0644\u0639\u0627\u0634\u0631', // العاشر
];
/** The second word of a number from eleven to nineteen (الثاني عشر). */
const TEEN = '\u0639\u0634\u0631'; // عشر

/** Whether token `u` is a regnal number (one of REGNAL). */
function regnal(r: Reading, u: number): boolean {
  const s = r.starts[u]!;
  const e = r.ends[u]!;
  if (e - s < 5 || e - s > 6) return false;
  for (const w of REGNAL) if (sameText(w, r.text, s, e)) return true;
  return false;
}

/**
 * Where a run of given names that are also words ends when it starts at token `t` (after at
 * most a و) and has two of them or more, closed by up to one more (or a lexicon name token);
 * -1 when there is no such run.
 */
function wordGivenPair(r: Reading, t: number, count: number): number {
  if (t + 1 >= count) return -1;
  if (!(r.isName(t, WORD_GIVEN) || (r.text.charCodeAt(r.starts[t]!) === WA && r.isName(t, WORD_GIVEN, 1)))) return -1;
  if (!adjacent(r.text, r.ends[t]!, r.starts[t + 1]!) || !r.isName(t + 1, WORD_GIVEN)) return -1;
  let w = t + 1;
  while (w + 1 < count && w - t < 3 && adjacent(r.text, r.ends[w]!, r.starts[w + 1]!) && (r.isName(w + 1, WORD_GIVEN) || r.isName(w + 1, LEX)) && !r.tokenIs(KUNYA, w + 1)) w++;
  return w;
}

/** السيد (normalized). */
const SAYYID = '\u0627\u0644\u0633\u064a\u062f';


/**
 * Where a compound given name in الدين starts at token `t`, after at most a و (the offset
 * into the token: 0 or 1), or -1.
 */
function dinGiven(r: Reading, t: number): number {
  const text = r.text;
  const s1 = r.starts[t + 1]!;
  if (r.ends[t + 1]! - s1 !== 5 || !sameText(DIN, text, s1, r.ends[t + 1]!) || !adjacent(text, r.ends[t]!, s1) || !r.isArabic(t)) return -1;
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  if (DIN_FIRST.has(text.slice(s, e))) return 0;
  return text.charCodeAt(s) === WA && DIN_FIRST.has(text.slice(s + 1, e)) ? 1 : -1;
}

/** Shortest Slavic family name read alone (ميلوشيفيتش); shorter words of the shape are common. */
const MIN_SLAVIC = 6;

/**
 * Whether token `t` has the shape of a Slavic family name: ending in يتش (-ić) but not ويتش,
 * the English -wich of places and the sandwich (نورويتش, ساندويتش), or in سكي (-ski), without
 * the article. In the corpora 83% of such tokens are persons (104 of 125).
 */
function slavicFamilyName(r: Reading, t: number): boolean {
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  if (e - s < MIN_SLAVIC || !r.isArabic(t)) return false;
  const text = r.text;
  const z = text.charCodeAt(e - 1);
  const y = text.charCodeAt(e - 2);
  const x = text.charCodeAt(e - 3);
  const ich = z === 0x0634 && y === 0x062a && x === 0x064a && text.charCodeAt(e - 4) !== WA; // يتش
  const ski = z === 0x064a && y === 0x0643 && x === 0x0633; // سكي
  return (ich || ski) && !lt.articleAt(text, s);
}

/**
 * Whether token `u`, inside a run, is a name token that is also a word (خليفة, سعيد, كامل)
 * between two name parts: `محمد خليفة المري` is one name, where `خليفة` alone is rather the
 * word. Stop words, titles and common words never join (`قال علي إن سعيد`).
 */
function sandwiched(r: Reading, names: ns.NameReader | null, u: number, count: number): boolean {
  if (names === null || u + 1 >= count || !r.isArabic(u) || (r.wordMask(u) & KNOWN) === 0 || neverInName(names, u)) return false;
  return adjacent(r.text, r.ends[u]!, r.starts[u + 1]!) && r.isName(u + 1, LEX) && !r.procliticHamza(u + 1);
}

/**
 * Whether the run at token `t` (read from `skip`) may take a word between two name parts:
 * not when it opens with a past in ى that is also a name (أدى, روى: `وأدى دور حمزة`); given
 * names in ى (موسى, يحيى) may. Asked only where such a word stands, not at every token.
 */
function opensWithName(r: Reading, t: number, skip: number): boolean {
  return r.isName(t, GIVEN, skip) || !r.endsInMaqsura(t);
}

/** Whether the text writes أ at normalized offset `pos`. */
function writtenAlefHamzaAbove(doc: Doc, pos: number): boolean {
  return doc.norm.input.charCodeAt(doc.norm.starts[pos]!) === 0x0623;
}

/** Finds person names made of lexicon tokens; returns nothing when no lexicon was built in. */
export function matchNameTokens(index: RuleIndex, doc: Doc): Candidate[] {
  const nameTokens = index.nameTokens;
  if (!nameTokens) return [];
  // The person names read after titles, for the parts of a name the lexicon lacks.
  const names = index.names ? nameReader(index.names, doc) : null;
  const text = doc.norm.text;
  const { count, starts, ends } = doc.tokens;
  const out: Candidate[] = [];
  const r = new Reading(nameTables(nameTokens), doc);
  /** Tokens `from` to `to` make a name of at most MAX_TOKENS parts besides prefixes. */
  const fits = (from: number, to: number): boolean => {
    if (to - from < MAX_TOKENS) return true;
    if (to - from >= MAX_SPAN) return false;
    let parts = 0;
    // Prefixes and the particles of European names (دو لا) are no parts.
    for (let u = from; u <= to; u++) if (!(names ? isNamePrefix(names, u) : r.tokenIs(KUNYA, u) || r.tokenIs(SON_OF, u)) && !r.tokenIs(PARTICLES, u) && !r.tokenIs(LA, u)) parts++;
    return parts <= MAX_TOKENS;
  };
  for (let t = 0; t < count; t++) {
    // A compound given name in الدين (نور الدين, محيي الدين) starts a name of its own.
    // Most tokens are turned away by the next token's length and third letter (الدين).
    const din = t + 1 < count && ends[t + 1]! - starts[t + 1]! === 5 && text.charCodeAt(starts[t + 1]! + 2) === 0x062f ? dinGiven(r, t) : -1;
    if (din >= 0) {
      let last = t + 1;
      while (last + 1 < count && fits(t, last + 1) && adjacent(text, ends[last]!, starts[last + 1]!) && r.isNameOrAbd(last + 1, LEX) && !r.procliticHamza(last + 1)) last++;
      if (last === t + 1 && names && last + 1 < count && adjacent(text, ends[last]!, starts[last + 1]!)) {
        const end = scanNameFrom(names, last + 1, 2, 3);
        let u = last + 1;
        while (end > 0 && ends[u]! < end) u++;
        if (end > 0 && familyName(r, u)) last = u;
      }
      if (last + 1 < count && fits(t, last + 1) && adjacent(text, ends[last]!, starts[last + 1]!) && isNisba(r, last + 1)) last++;
      // The compound alone is also a place or a phrase (صلاح الدين, the province).
      out.push(newCandidate(starts[t]! + din, ends[last]!, 'PERS', last > t + 1 ? PRIORITY : LONE_PRIORITY, SOURCE));
      t = last;
      continue;
    }
    // A Slavic family name (ميتروفيتش, دوستويفسكي) names a person alone: few other words
    // end so. With a given name before it, the name was read from that given name; before
    // another name token it is read as names are.
    if (slavicFamilyName(r, t) && !(t + 1 < count && adjacent(text, ends[t]!, starts[t + 1]!) && r.isName(t + 1, LEX))) {
      // و before it is the conjunction: such names seldom begin with و.
      const wa = text.charCodeAt(starts[t]!) === WA && ends[t]! - starts[t]! > MIN_SLAVIC ? 1 : 0;
      out.push(newCandidate(starts[t]! + wa, ends[t]!, 'PERS', LONE_PRIORITY, SOURCE));
      continue;
    }
    // A name starts with a given name, after at most one proclitic.
    let skip = 0;
    // The lists of the whole token, read once: most tokens are checked against two of them.
    const lists = r.isArabic(t) ? r.mask(t, 0) : 0;
    if ((lists & LEX) === 0 && !(ends[t]! - starts[t]! === 3 && text.charCodeAt(starts[t]!) === AIN && aliGiven(r, doc, t))) {
      // The reading after a proclitic goes to the filter first: a branch that is rarely
      // taken turns most tokens away before their first letter is read.
      const n = ends[t]! - starts[t]!;
      const c0 = n >= 4 && r.mayHold(t, 1) ? text.charCodeAt(starts[t]!) : 0;
      // A nationality is no proclitic and a name (لبناني is no ل + بناني).
      if (proclitic(c0) && n >= (c0 === WA ? 4 : 5) && r.isName(t, LEX, 1) && !(names && isDescriptor(names, t))) skip = 1;
      // A kunya after a proclitic (لأبي الحسن, وأبو جميل) opens a name too.
      else if (proclitic(c0) && n === 4 && r.tokenIs(KUNYA, t, 1)) skip = 1;
      else if (!(n >= 7 && joinedAbd(text, starts[t]!, ends[t]!))) {
        // Only a nisba in ي closes such a name: the last letter spares most tokens the call.
        const given = n >= 5 && t > 0 && text.charCodeAt(ends[t]! - 1) === YA ? wordGivenBefore(r, t) : -1;
        if (given >= 0) out.push(newCandidate(given, ends[t]!, 'PERS', PRIORITY, SOURCE));
        else {
          // Two given names that are also words (محسن سعد, وعماد ناصر): a given name and the
          // father's, which as words seldom stand side by side.
          let w = (lists & WORD_GIVEN) !== 0 || c0 === WA ? wordGivenPair(r, t, count) : -1;
          // Such a given name before a compound given name in الدين (محمود محيي الدين).
          if (w < 0 && (lists & WORD_GIVEN) !== 0 && t + 2 < count && ends[t + 2]! - starts[t + 2]! === 5 && adjacent(text, ends[t]!, starts[t + 1]!) && dinGiven(r, t + 1) === 0) w = t + 2;
          if (w > t) {
            if (w + 2 < count && adjacent(text, ends[w]!, starts[w + 1]!) && dinGiven(r, w + 1) === 0) w += 2;
            else if (names && w + 2 < count && adjacent(text, ends[w]!, starts[w + 1]!) && isNamePrefix(names, w + 1)) {
              const end = scanNameFrom(names, w + 1, 2, 3);
              while (end > 0 && w + 1 < count && ends[w + 1]! <= end) w++;
            }
            out.push(newCandidate(starts[t]! + (r.isName(t, WORD_GIVEN) ? 0 : 1), ends[w]!, 'PERS', PRIORITY, SOURCE));
            t = w;
          }
        }
        continue;
      }
    }
    // Given names that begin like the article (الكسندر, البرتو, الياس) may start one; written
    // with أ (ألفريدو) the letters are no article, and any name token may (آل is the family's).
    if (text.startsWith('\u0627\u0644', starts[t]! + skip) && (!r.isName(t, GIVEN, skip) || r.innerHamza(t)) && !writtenAlefHamzaAbove(doc, starts[t]! + skip)) continue;
    let first = t;
    let start = starts[t]! + skip;
    // A preposition glued to the given name (لدينا, بدانا, لمحمد): the letters after it
    // often spell a name by chance, so the name's other parts must be known name tokens.
    const preposition = skip > 0 && text.charCodeAt(starts[t]!) !== WA && text.charCodeAt(starts[t]!) !== FA;
    let last = t;
    while (last + 1 < count && fits(t, last + 1) && adjacent(text, ends[last]!, starts[last + 1]!) && (r.isNameOrAbd(last + 1, LEX) || (sandwiched(r, names, last + 1, count) && opensWithName(r, t, skip))) && !r.procliticHamza(last + 1) && !allahAlone(r, last + 1) && !(last + 2 < count && allahAlone(r, last + 2))) last++;
    if (names) {
      // A known given name followed by a family name the lexicon lacks (أحمد المرابط,
      // ألكسندر سلطانوف), read as after a title.
      // A compound of عبد that opens the name is a given name (عبد الرحمن عويس); after another
      // given name it is the father's, and what follows is as often the sentence's next word.
      const abdLast = last === t + 1 && skip === 0 && ends[t]! - starts[t]! === 3 && lt.abdAt(text, starts[t]!, ends[t]!);
      const parts = last - t + (abdLast ? 0 : 1);
      // After a preposition only a nisba is that family name (لمحمود القدومي): few words
      // that spell a given name once their first letter is cut stand before one.
      if (parts <= 2 && last + 1 < count && (!preposition || (last === t && isNisba(r, t + 1))) && (abdLast || r.isNameOrAbd(last, GIVEN, last === t ? skip : 0)) && adjacent(text, ends[last]!, starts[last + 1]!)) {
        const end = scanNameFrom(names, last + 1, parts, parts + 1);
        let u = last + 1;
        while (end > 0 && ends[u]! < end) u++;
        // After a proclitic, an indefinite word in ة is rather the adjective of a noun the
        // letters spell (`ورقية جديدة`: و + رقية read in ورقية, paper).
        // A period's noun (`عبد الغني الأسبوع المقبل`) is no family name; a regnal number stays.
        if (end > 0 && familyName(r, u) && !(notDefiniteName(names, u) && !regnal(r, u)) && !(skip > 0 && last === t && r.endsInTa(u) && !text.startsWith('\u0627\u0644', starts[u]!))) {
          last = u;
          // The name may go on with known name tokens (أحمد سليم حمدان).
          while (last + 1 < count && fits(first, last + 1) && adjacent(text, ends[last]!, starts[last + 1]!) && r.isNameOrAbd(last + 1, LEX) && !r.procliticHamza(last + 1)) last++;
          // A father's given name read so may be followed by the family name (عباس محمود
          // العقاد, محمد سليم العوا).
          if (last === t + 1 && last + 1 < count && adjacent(text, ends[last]!, starts[last + 1]!) && (r.isName(last, GIVEN) || r.isName(last, WORD_GIVEN))) {
            const end2 = scanNameFrom(names, last + 1, 2, 3);
            let v = last + 1;
            while (end2 > 0 && ends[v]! < end2) v++;
            if (end2 > 0 && familyName(r, v)) last = v;
          }
        }
      }
      // بن or بنت after a given name (معاوية بن أبي سفيان, بسر بن أرطأة): the given name starts
      // the name, and بن takes the next word.
      const sonOfAt = skip === 0 && t > 0 && r.tokenIs(SON_OF, t) && adjacent(text, ends[t - 1]!, starts[t]!);
      // The given name may carry a proclitic (لعلي بن أبي طالب): ل, ب, و, ف or ك before a
      // known name token.
      const glued = sonOfAt && !givenBeforeSonOf(names, t - 1) && ends[t - 1]! - starts[t - 1]! >= 4 && proclitic(text.charCodeAt(starts[t - 1]!)) && names.knownAt(t - 1, 1);
      const sonOf = sonOfAt && (glued || givenBeforeSonOf(names, t - 1));
      // A part that needs the next token takes it when it is a name token (محمد بن سلمان).
      const kunya = last === t && r.tokenIs(KUNYA, t, skip);
      const prefix = last > t ? isNamePrefix(names, last) : sonOf || kunya;
      if ((prefix || (last > t && r.tokenIs(PARTICLES, last))) && last + 1 < count && fits(t, last + 1)) {
        // Read from the prefix itself, which then takes the next word whatever its shape.
        // A kunya that opens the name (أبو جميل زيان) may be followed by a family name.
        let end = kunya && skip > 0 ? scanNameFrom(names, t + 1, 1, 3) : scanNameFrom(names, prefix ? last : last + 1, 1, kunya && !sonOf ? 3 : 2);
        // After a particle (ماركو فان باستن) a rare name token is the family name whatever
        // its shape: the particle says a name follows.
        if (end < 0 && !prefix && adjacent(text, ends[last]!, starts[last + 1]!) && names.known(last + 1) && !r.endsInTa(last + 1)) end = ends[last + 1]!;
        while (end > 0 && last + 1 < count && ends[last + 1]! <= end) last++;
        // The article of a French or Spanish particle (دو لا, دي لا) takes the next word too:
        // `جان مارك دو لا سابليير`.
        if (!prefix && r.tokenIs(LA, last) && last + 1 < count && fits(t, last + 1) && adjacent(text, ends[last]!, starts[last + 1]!) && r.isArabic(last + 1) && ends[last + 1]! - starts[last + 1]! >= 3 && !r.text.startsWith('\u0627\u0644', starts[last + 1]!) && (r.wordMask(last + 1) & STOP) === 0) last++;
      }
      // A Dutch or German particle opening a family name alone (فان باستن, فون بولوف): the
      // name after it must be a name token, rare ones included.
      // فإن, spelled with its hamza, is "so indeed" (فإن هونج كونج), and a word in ة after
      // فان is rather its subject (فان حياة).
      if (last === t && skip === 0 && r.tokenIs(VAN, t) && !r.hamzaAfterFirst(t) && last + 1 < count && adjacent(text, ends[t]!, starts[t + 1]!) && names.known(t + 1) && !r.endsInTa(t + 1)) {
        const end = Math.max(scanNameFrom(names, t + 1, 1, 2), ends[t + 1]!);
        while (last + 1 < count && ends[last + 1]! <= end) last++;
      }
      if (sonOf) {
        first = t - 1;
        start = starts[first]! + (glued ? 1 : 0);
      }
    }
    // A given name that is also an everyday word, right before a name (صالح عبد الغفور,
    // وعبير صبري).
    if (first === t && skip === 0 && t > 0 && adjacent(text, ends[t - 1]!, starts[t]!)) {
      const whole = r.isName(t - 1, WORD_GIVEN);
      if (whole || (text.charCodeAt(starts[t - 1]!) === WA && r.isName(t - 1, WORD_GIVEN, 1))) {
        first = t - 1;
        start = starts[first]! + (whole ? 0 : 1);
      }
    }
    // السيد right after a given name is the family name (طارق السيد, عبد الواحد السيد): the
    // honorific comes before a name, never after one.
    if (last + 1 < count && adjacent(text, ends[last]!, starts[last + 1]!) && sameText(SAYYID, text, starts[last + 1]!, ends[last + 1]!) && fits(first, last + 1) && (r.isName(last, GIVEN, last === t ? skip : 0) || r.isName(last, WORD_GIVEN, last === t ? skip : 0) || (last > first && names !== null && isNamePrefix(names, last - 1)))) last++;
    // A compound in الدين after a given name is its family name (مي عز الدين).
    // So is a compound in الله (بهاء حسب الله, فتحي جاب الله), which alone is a phrase.
    if (last + 2 < count && fits(first, last + 2) && adjacent(text, ends[last]!, starts[last + 1]!) && (!names || !isNamePrefix(names, last)) && (dinGiven(r, last + 1) === 0 || allahCompound(r, last + 1))) last += 2;
    // A family name is often a nisba the lexicon lacks (عبد الله الهلالي, محمد سعيد الكندي):
    // one article token ending in ي may close a name of two or more tokens, a demonym
    // (الكندي) too, which trimToKnownNames then leaves to the name.
    if (last > first && last + 1 < count && fits(first, last + 1) && adjacent(text, ends[last]!, starts[last + 1]!) && (!names || !isNamePrefix(names, last)) && isNisba(r, last + 1) && !(names && commonWord(names, last + 1))) last++;
    const runEnd = last;
    // A name never ends with a part that needs the next one (محمد بن عبد …, بن أبي).
    if (names) while (last > first && (isNamePrefix(names, last) || r.tokenIs(PARTICLES, last))) last--;
    // A sovereign's regnal number (إسماعيل الأول, فؤاد الثاني عشر) belongs to a given name.
    // After a longer name an ordinal is more often a rank (فرناندو غونزاليز الثالث).
    if (last === first && last + 1 < count && adjacent(text, ends[last]!, starts[last + 1]!) && regnal(r, last + 1) && r.isName(first, GIVEN, first === t ? skip : 0)) last++;
    if (last === first + 1 && last + 1 < count && regnal(r, last) && adjacent(text, ends[last]!, starts[last + 1]!) && sameText(TEEN, text, starts[last + 1]!, ends[last + 1]!)) last++;
    if (last > first) {
      out.push(newCandidate(start, ends[last]!, 'PERS', PRIORITY, SOURCE));
    } else if (loneGivenName(r, first, skip)) {
      out.push(newCandidate(start, ends[last]!, 'PERS', LONE_PRIORITY, SOURCE));
    }
    t = runEnd;
  }
  return out;
}

// Reads the person name after a title, an honorific or a counterpart noun over the token
// stream: a few hash look-ups per token instead of a RegExp that re-tests every stop-word
// list at every name token. The rule's RegExp matches only the title phrase; this scan
// continues from its end.

import { procliticBeforeHamza, tokenAt, writtenHamzaAlef, writtenTanween, type Doc } from '../doc.js';
import { writtenAlan } from './now-or-name.js';
import { ADJECTIVES_AFTER_NATIONALITY, definiteAdjective } from './adjective-shape.js';
import { tailEnd } from '../resolve/name-tail.js';
import { joinsPortfolio, MAX_PORTFOLIOS, portfolioHead } from '../resolve/minister-portfolios.js';
import * as th from '../tokenize/token-hash.js';
import * as cc from '../tokenize/char-class.js';
import * as lt from '../tokenize/letters.js';
import { cliticReadings } from '../tokenize/clitics.js';
import { tokenize } from '../tokenize/tokenize.js';
import * as wt from './word-table.js';
import type { WordTable } from './word-table.js';
import type { ExtendKind, NameLists } from './compiled.js';

// Module-local copies: an imported binding is read through a getter on every use in some
// module formats, and these are read for every name token.
const { hashKey, hashRange, hashString, sameText } = th;
const { ARABIC, DIGIT } = cc;
const { ALEF, BA, FA, HA, HAMZA, KAF, LAM, MIM, NUN, SIN, TA, WA, YA } = lt;
const { findWord, maskAt, mayHold, wordTable } = wt;

/** The lists a token is checked against, as bits of one mask: one look-up answers all. */
const COMMON = 1 << 0;
const BOUND = 1 << 1;
const NOT_START = 1 << 2;
const NOT_TOKEN = 1 << 3;
const WA_NAME = 1 << 4;
const PREFIX = 1 << 5;
const STOP = 1 << 6;
const NOT_DEF = 1 << 7;
const NUMBER_WORD = 1 << 8;
const GENERIC = 1 << 9;
const MODIFIER = 1 << 10;
const NATIONALITY = 1 << 11;
const PERSON_NOUN = 1 << 12;
/** Every list bit. */
const LISTS = (1 << 13) - 1;
/** Set in a word's mask in the table when phrases of two or more tokens start with it. */
const LONGER = 1 << 30;
/** Bits of a memo slot that hold the mask; the bits above hold the reader's generation. */
const MASK_BITS = 13;
/** Generations wrap before they reach the sign bit. */
const MAX_GENERATION = 1 << (31 - MASK_BITS);

/** A phrase of two or more tokens: its tokens, whether each follows a space, its lists. */
interface Phrase {
  readonly tokens: readonly string[];
  readonly spaced: readonly boolean[];
  readonly mask: number;
}

/** Words and phrases of lists by their first token, with the bits of the lists that hold each. */
interface PhraseTable {
  /** First tokens, each with the bits of the lists that hold it as a one-token phrase. */
  readonly table: WordTable;
  /** Per slot of the table whose word has LONGER, the phrases of two or more tokens that start with it. */
  readonly phrases: ReadonlyMap<number, readonly Phrase[]>;
}

/** Indexes lists of words and phrases, each with its bit, in one table by first token. */
function phraseTable(lists: readonly (readonly [readonly string[] | ReadonlySet<string>, number])[]): PhraseTable {
  const masks = new Map<string, number>();
  const longer = new Map<string, Map<string, Phrase>>();
  for (const [words, bit] of lists) {
    for (const w of words) {
      const toks = tokenize(w);
      if (toks.length === 0) continue;
      const first = w.slice(toks[0]!.start, toks[0]!.end);
      masks.set(first, (masks.get(first) ?? 0) | (toks.length === 1 ? bit : LONGER));
      if (toks.length === 1) continue;
      // A phrase of the same tokens and spacing in several lists is checked once.
      const tokens = toks.map((t) => w.slice(t.start, t.end));
      const spaced = toks.map((t, i) => i > 0 && t.start > toks[i - 1]!.end);
      const id = tokens.map((t, i) => (spaced[i] ? ' ' : '|') + t).join('');
      let byId = longer.get(first);
      if (!byId) longer.set(first, (byId = new Map()));
      byId.set(id, { tokens, spaced, mask: (byId.get(id)?.mask ?? 0) | bit });
    }
  }
  const table = wordTable(masks);
  const phrases = new Map<number, Phrase[]>();
  for (const [first, byId] of longer) phrases.set(findWord(table, hashKey(hashString(first)), first, 0, first.length), [...byId.values()]);
  return { table, phrases };
}

/**
 * A table of single words (the name tokens: Arabic letters only), built without tokenizing
 * each: there are tens of thousands, and the table is built with every extractor.
 */
function wordsTable(words: ReadonlySet<string>, rare: Iterable<string>): PhraseTable {
  const masks = new Map<string, number>();
  for (const w of words) masks.set(w, LEXICON);
  for (const w of rare) if (!masks.has(w)) masks.set(w, RARE);
  return { table: wordTable(masks), phrases: new Map() };
}

/** Bits of a name token in NameScanner.known: a token of the lexicon, or a rare one. */
const LEXICON = 1;
const RARE = 2;

/** The lists a name token is checked against, ready for look-ups. */
export interface NameScanner {
  /**
   * COMMON: common words, titles and trigger nouns, also after و: never in a name. BOUND:
   * titles that need a complement, also after و: never continue a name. NOT_START: never
   * start a name (nationalities, months, ordinals …). NOT_TOKEN: never continue a name
   * (nationalities, title complements, relative adjectives). WA_NAME: names that begin with
   * و (وليد, وائل): only these start a name with و. PREFIX: name parts that join the next
   * name token (عبد, ابو, بن …). STOP, NOT_DEF: never a definite name word (stop words;
   * ordinals, relative adjectives, period nouns). NUMBER_WORD: never the stem after ال of a
   * definite name word. GENERIC: makes a trigger noun a common noun phrase. MODIFIER:
   * describes a place after its first name word (جنوب, الواقعة): never continues the name.
   * NATIONALITY: nationality adjectives (a nisba among them may be a family name).
   * PERSON_NOUN: nouns for a person (رجل, شاب, عامل): never a person's name, though a
   * place's or an organisation's name may hold one (جبل عامل, اتحاد عمال فلسطين).
   */
  readonly lists: PhraseTable;
  /** Trigger noun phrases that name no organisation (NameLists.orgCommon): "trigger word". */
  readonly orgCommon: ReadonlySet<string>;
  /**
   * Hash keys of the words after the trigger noun in orgCommon: most words after a trigger
   * are none, which the token's hash tells without cutting its text out.
   */
  readonly orgCommonNext: ReadonlySet<number>;
  /** Known name tokens (people in Wikidata), when built in: they are never read as verbs. */
  readonly known: PhraseTable | null;
}

/** Indexes the name lists; `known` name tokens, when given, let the scan stop at verbs. */
export function nameScanner(lists: NameLists, known: ReadonlySet<string> | null = null, rare: Iterable<string> = []): NameScanner {
  return {
    known: known ? wordsTable(known, rare) : null,
    orgCommon: new Set(lists.orgCommon),
    orgCommonNext: new Set(lists.orgCommon.map((phrase) => hashKey(hashString(phrase.slice(phrase.indexOf(' ') + 1))))),
    lists: phraseTable([
      [lists.common, COMMON],
      [lists.bound, BOUND],
      [lists.notStart, NOT_START],
      [lists.notToken, NOT_TOKEN],
      [lists.waName, WA_NAME],
      [lists.prefix, PREFIX],
      [lists.stop, STOP],
      [lists.notDef, NOT_DEF],
      [lists.numberWord, NUMBER_WORD],
      [lists.generic, GENERIC],
      [lists.modifier, MODIFIER],
      [lists.nationality, NATIONALITY],
      [lists.personNoun ?? [], PERSON_NOUN],
    ]),
  };
}

/**
 * Masks of token readings, shared by all readers so that no array is made per scan: slot
 * 3t + skip holds a reader's generation above MASK_BITS and the mask of token t read from
 * `skip` code units in below. A slot last written by another reader holds another
 * generation and is looked up again.
 */
let memo = new Int32Array(3 * 1024);
let generation = 0;

/**
 * A document read against a scanner's lists for one scan: each token, and its readings
 * without one or two leading letters, is looked up once, however many lists check it.
 */
export class NameReader {
  readonly text: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  private readonly hash: Int32Array;
  private readonly hash1: Int32Array;
  private readonly hash2: Int32Array;
  private readonly stamp: number;

  constructor(
    readonly sc: NameScanner,
    readonly doc: Doc,
    generation: number,
  ) {
    const tokens = doc.tokens;
    this.text = doc.norm.text;
    this.count = tokens.count;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.kinds = tokens.kinds;
    this.hash = tokens.hash;
    this.hash1 = tokens.hash1;
    this.hash2 = tokens.hash2;
    this.stamp = generation << MASK_BITS;
  }

  /** True when a phrase of the lists `bits` starts at token `t`, its first token read from `skip` code units in. */
  startsPhrase(t: number, skip: number, bits: number): boolean {
    if (skip > 2) return (this.lookUp(this.sc.lists, t, skip) & bits) !== 0;
    const i = 3 * t + skip;
    let v = memo[i]!;
    if ((v & ~((1 << MASK_BITS) - 1)) !== this.stamp) memo[i] = v = this.stamp | this.lookUp(this.sc.lists, t, skip);
    return (v & bits) !== 0;
  }

  /**
   * True when token `t` is a word of the lists `bits` with the accusative ending ا
   * (`رئيسا`, `بيانا`: a title or common noun as an object or a predicate).
   */
  accusativeOf(t: number, bits: number): boolean {
    const text = this.text;
    const s = this.starts[t]!;
    const e = this.ends[t]! - 1;
    if (e - s < 2 || text.charCodeAt(e) !== ALEF) return false;
    const table = this.sc.lists.table;
    const key = hashKey(hashRange(text, s, e));
    if (!mayHold(table, key)) return false;
    const slot = findWord(table, key, text, s, e);
    return slot >= 0 && (maskAt(table, slot) & bits) !== 0;
  }

  /** True when token `t` is a known name token. */
  known(t: number): boolean {
    return this.knownAt(t, 0);
  }

  /** True when token `t`, read from `skip` code units in, is a known name token. */
  knownAt(t: number, skip: number): boolean {
    return this.sc.known !== null && this.lookUp(this.sc.known, t, skip) !== 0;
  }

  /** True when token `t`, read from `skip` code units in, is a name token of the lexicon proper. */
  inLexiconAt(t: number, skip: number): boolean {
    return this.sc.known !== null && (this.lookUp(this.sc.known, t, skip) & LEXICON) !== 0;
  }

  /** True when token `t` is a name token of the lexicon proper, not a rare one. */
  inLexicon(t: number): boolean {
    return this.inLexiconAt(t, 0);
  }

  /** The lists of `pt` of which a phrase starts at token `t` read from `skip` code units in. */
  private lookUp(pt: PhraseTable, t: number, skip: number): number {
    const text = this.text;
    const { count, starts, ends } = this;
    const s = starts[t]! + skip;
    const e = ends[t]!;
    if (e <= s) return 0;
    const h = skip === 0 ? this.hash[t]! : skip === 1 ? this.hash1[t]! : skip === 2 ? this.hash2[t]! : hashRange(text, s, e);
    const key = hashKey(h);
    if (!mayHold(pt.table, key)) return 0;
    const slot = findWord(pt.table, key, text, s, e);
    if (slot < 0) return 0;
    const found = maskAt(pt.table, slot);
    let mask = 0;
    // A phrase that ends in a letter must end a word of the text.
    if ((found & LISTS) !== 0 && !(isWordChar(text.charCodeAt(e - 1)) && isWordChar(text.charCodeAt(e)))) mask = found & LISTS;
    if ((found & LONGER) !== 0) {
      for (const p of pt.phrases.get(slot)!) {
        if ((p.mask & ~mask) === 0) continue;
        let ok = true;
        let last = t;
        for (let i = 1; i < p.tokens.length && ok; i++) {
          const u = t + i;
          if (u >= count || !sameText(p.tokens[i]!, text, starts[u]!, ends[u]!)) ok = false;
          else if (p.spaced[i] ? !spacedOnly(text, ends[u - 1]!, starts[u]!) : ends[u - 1] !== starts[u]) ok = false;
          last = u;
        }
        if (!ok) continue;
        const tail = p.tokens[p.tokens.length - 1]!;
        if (isWordChar(tail.charCodeAt(tail.length - 1)) && isWordChar(text.charCodeAt(ends[last]!))) continue;
        mask |= p.mask;
      }
    }
    return mask;
  }
}

/** The reader nameReader made last: asked again for the same document and lists, it is reused. */
let lastReader: NameReader | null = null;

/**
 * A reader of `doc` against `sc`. Its memo lasts until a reader of another document or other
 * lists is made: the rules ask for one at each name they scan, and a token's readings stay
 * what they were for the rest of the document.
 */
export function nameReader(sc: NameScanner, doc: Doc): NameReader {
  if (lastReader !== null && lastReader.sc === sc && lastReader.doc === doc) return lastReader;
  if (++generation === MAX_GENERATION) {
    generation = 1;
    memo.fill(0);
  }
  if (memo.length < 3 * doc.tokens.count) memo = new Int32Array(Math.max(3 * doc.tokens.count, 2 * memo.length));
  return (lastReader = new NameReader(sc, doc, generation));
}

/** A word character for the end-of-word test: ASCII digit or letter, Latin-1 letter, Arabic letter. */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3);
}

/** Tokens separated by spaces only (no line break, no punctuation). */
function spacedOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || !(c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0d || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 0x0b || c === 0x0c || c === 0x1680 || c === 0x205f || c === 0x2028 || c === 0x2029 || c === 0xfeff)) return false;
  }
  return true;
}

/**
 * In a list, also after a leading و, or after a leading ف unless the whole word is a known
 * name token (`فيقول` is ف + يقول; `فيصل` is a name).
 */
function inListWa(r: NameReader, t: number, bits: number): boolean {
  if (r.startsPhrase(t, 0, bits)) return true;
  const c0 = r.text.charCodeAt(r.starts[t]!);
  if (c0 === WA) return r.startsPhrase(t, 1, bits);
  return c0 === FA && r.startsPhrase(t, 1, bits) && !knownToken(r, t);
}

/** Two or more Arabic letters ending a word (from `skip` code units into the token). */
function isWord(r: NameReader, t: number, skip = 0): boolean {
  if (r.kinds[t] !== ARABIC) return false;
  const text = r.text;
  const s = r.starts[t]! + skip;
  const e = r.ends[t]!;
  if (e - s < 2) return false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0621 || c > 0x064a) return false;
  }
  return !isWordChar(text.charCodeAt(e));
}

/**
 * Proclitic shapes that are not the start of a name: وال بال كال فال لال, وبال, لل, بت لت بم لم
 * (except بمياء-like stems), باست لاست, لق لع.
 */
function clitcShape(text: string, s: number, e: number): boolean {
  const c0 = text.charCodeAt(s);
  const c1 = text.charCodeAt(s + 1);
  const c2 = e - s > 2 ? text.charCodeAt(s + 2) : -1;
  const c3 = e - s > 3 ? text.charCodeAt(s + 3) : -1;
  const proclitic = c0 === WA || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0643 || c0 === LAM;
  if (proclitic && c1 === ALEF && c2 === LAM) return true;
  if ((c0 === WA || c0 === 0x0641) && (c1 === 0x0628 || c1 === 0x0643 || c1 === LAM) && c2 === ALEF && c3 === LAM) return true;
  if (c0 === LAM && c1 === LAM) return true;
  if (c0 === 0x0628 || c0 === LAM) {
    if (c1 === ALEF && c2 === 0x0633 && c3 === 0x062a) return true; // است
    if (c1 === 0x062a) return true; // ت
    if (c1 === 0x0645) {
      // م, unless مياء / ميس follows
      const c4 = e - s > 4 ? text.charCodeAt(s + 4) : -1;
      if (c2 === 0x064a && ((c3 === ALEF && c4 === 0x0621) || c3 === 0x0633)) return false;
      return true;
    }
  }
  return c0 === LAM && (c1 === 0x0642 || c1 === 0x0639);
}


/** True when token `t` is a known name token (one hash look-up, no string cut out). */
function knownToken(r: NameReader, t: number): boolean {
  return r.known(t);
}

/** A letter that is no long vowel or hamza (ا و ي ء). */
function consonant(c: number): boolean {
  return c !== ALEF && c !== WA && c !== YA && c !== HAMZA;
}

/**
 * A verb or a common word by its shape, read only when a name lexicon says the token is no
 * known name: an
 * imperfect or a تفاعل past of four to six letters (يقوم, تزور, يبدو, تجاوز; at most five for
 * a name's first token) and, after it, a future of five or six (سيزور, ستبدا). Longer words
 * are more often foreign names (تاكسين, ستانيشيف). A name run stops at the verb.
 * ن- forms are left alone: far more names than verbs begin with it (نبيه, نجاح, ناصر).
 */
function verbShape(r: NameReader, t: number, text: string, s: number, e: number, first: boolean): boolean {
  if (r.sc.known === null) return false;
  const n = e - s;
  const c0 = text.charCodeAt(s);
  const c1 = text.charCodeAt(s + 1);
  const c2 = text.charCodeAt(s + 2);
  // A long vowel after the prefix is a foreign name's (ستالمن, ستيفن) unless the text writes
  // a hamza there (ستأخذ, سيأتي): few roots begin with ي.
  const future = !first && c0 === SIN && (c1 === YA || c1 === TA || c1 === NUN) && n >= 5 && n <= 6 && c2 !== YA && (c2 !== ALEF || writtenHamzaAlef(r.doc, s + 2));
  // An imperfect's second letter is no ي (تيفيز, تيري are names).
  const imperfect = (c0 === YA || c0 === TA) && c1 !== YA && n >= 4 && n <= (first ? 5 : 6);
  // ل + imperfect of five or six letters (ليكون, ليقرر, ليخبره; not ليلاز, ليانماو), and a
  // استفعل verb or verbal noun (استطاع, استنادا).
  const purpose = c0 === LAM && c1 === YA && n >= 5 && n <= 6 && c2 !== ALEF && c2 !== LAM;
  const form10 = c0 === ALEF && c1 === SIN && c2 === TA && n >= 5;
  // A past of the أفعل and افتعل forms (أطلق, أحرز, انتقد, اجتمع): names of these shapes
  // (أحمد, أشرف) are known name tokens; foreign ones have long vowels (أنان, أوباما), also
  // at the end (أنغو, أندو), where such a past ends in a root letter or ى (أعطى).
  const past = c0 === ALEF && c1 !== LAM && consonant(c1) && consonant(c2) && (n === 4 || (n === 5 && c2 === TA)) && text.charCodeAt(e - 1) !== WA;
  // لا written together with an imperfect (لايؤمن, لايمكن): a negated verb.
  const negated = c0 === LAM && c1 === ALEF && (c2 === YA || c2 === TA || c2 === NUN) && n >= 5;
  if (!future && !imperfect && !purpose && !form10 && !past && !negated && !moreVerbShapes(text, s, e, first)) return false;
  return !knownToken(r, t);
}

/**
 * Verb shapes a name of its own rarely has, read like verbShape's: the imperfect of استفعل
 * (يستطيع, تستخدم); an imperfect in the plural (يريدون, يعيشون, يكونوا); a past in the
 * plural with no long vowel in its stem (قتلوا, فعرفوا; not نديوا); the verbal noun of انفعل
 * (انخفاض, انهيار); and, at a name's start, a future whose stem begins with a root letter
 * (ستزور, سيعقد; not ستيفن). ن- forms stay names (نهير, ندية, نستلروي), and so does a
 * five-letter word in ان (انجلس).
 */
function moreVerbShapes(text: string, s: number, e: number, first: boolean): boolean {
  const n = e - s;
  const c0 = text.charCodeAt(s);
  const c1 = text.charCodeAt(s + 1);
  const c2 = text.charCodeAt(s + 2);
  const z = text.charCodeAt(e - 1);
  const y = text.charCodeAt(e - 2);
  if ((c0 === YA || c0 === TA) && c1 === SIN && c2 === TA && n >= 6) return true;
  if ((c0 === YA || c0 === TA) && c1 !== YA && n >= 5 && y === WA && (z === NUN || z === ALEF)) return true;
  if (n >= 5 && y === WA && z === ALEF && consonantsOnly(text, s, e - 2)) return true;
  if (c0 === ALEF && c1 === NUN && n === 6 && consonant(c2) && consonant(text.charCodeAt(s + 3)) && text.charCodeAt(s + 4) === ALEF && consonant(z)) return true;
  return first && c0 === SIN && (c1 === YA || c1 === TA) && n >= 5 && n <= 6 && consonant(c2) && c2 !== NUN;
}

/** Whether text[from, to) has no long vowel or hamza. */
function consonantsOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!consonant(text.charCodeAt(i))) return false;
  return true;
}

/** A preposition glued to a title, trigger noun or common word (لرئيس, لشركه, برئاسه). */
function gluedCommon(r: NameReader, t: number): boolean {
  const text = r.text;
  const s = r.starts[t]!;
  let k = 0;
  const c0 = text.charCodeAt(s);
  if (c0 === WA || c0 === 0x0641) k = 1;
  const c = text.charCodeAt(s + k);
  if (c !== 0x0628 && c !== LAM && c !== 0x0643) return false;
  // Two letters after a proclitic are mostly part of a name or a word (باي, بري).
  if (r.ends[t]! - (s + k + 1) < 3) return false;
  return r.startsPhrase(t, k + 1, COMMON | BOUND);
}

/** True when token `t` is a name part that needs the next token (عبد, ابو, بن). */
export function isNamePrefix(r: NameReader, t: number): boolean {
  return r.startsPhrase(t, 0, PREFIX);
}

/**
 * Whether token `t`, a nationality that is also a given name (`جورجي`: Georgian, and Jorge),
 * is the given name: right after another nationality (`المدرب البرتغالي جورجي جيسوس`: a
 * title takes one) and before a known name token that is no nationality.
 */
function nationalityAsGivenName(r: NameReader, t: number): boolean {
  if (t === 0 || t + 1 >= r.count || !r.startsPhrase(t, 0, NATIONALITY) || r.startsPhrase(t, 0, COMMON) || !knownToken(r, t)) return false;
  return r.startsPhrase(t - 1, 0, NATIONALITY) && nextSpaced(r, t + 1) && knownToken(r, t + 1) && !r.startsPhrase(t + 1, 0, NATIONALITY | COMMON | NOT_START);
}

/** الرئيس (normalized): a president is met in the morning (`الرئيس صباح عيد الفطر`). */
const PRESIDENT = '\u0627\u0644\u0631\u0626\u064a\u0633';
/** صباح: "morning", a stop word, and the given name Sabah. */
const SABAH = '\u0635\u0628\u0627\u062d';

/**
 * Whether token `t`, a time of day that is also a given name (`صباح`: morning, and Sabah),
 * is the given name: right after a title a person is named by (`الشيخ`, `الأمير`) and before
 * a known name token that is no date word (`الشيخ صباح خالد الحمد الصباح`, not `الشيخ صباح
 * اليوم`).
 */
function dayPartAsGivenName(r: NameReader, t: number): boolean {
  if (t === 0 || t + 1 >= r.count || r.ends[t]! - r.starts[t]! !== SABAH.length || !r.text.startsWith(SABAH, r.starts[t]!)) return false;
  const ps = r.starts[t - 1]!;
  const pe = r.ends[t - 1]!;
  if (pe !== r.starts[t]! - 1 || !namingTitle(r.text, ps, pe) || (pe - ps === PRESIDENT.length && r.text.startsWith(PRESIDENT, ps))) return false;
  return nextSpaced(r, t + 1) && knownToken(r, t + 1) && !r.startsPhrase(t + 1, 0, NATIONALITY | COMMON | NOT_START | STOP);
}

/** Whether a name part that needs the next token (بن, أبو, عبد) follows token `t`. */
function beforeNamePrefix(r: NameReader, t: number): boolean {
  return t + 1 < r.count && isNamePrefix(r, t + 1);
}

/**
 * A token that may start a name; `verbs` (a person's name) also rejects titles and verb and noun
 * shapes; `place`: a place's second word, which may end like an accusative (`إميليا رومانيا`).
 */
function nameStart(r: NameReader, t: number, verbs = true, feminineOk = false, place = false): boolean {
  if (!isWord(r, t)) return false;
  if (writtenAlan(r.doc, r.starts[t]!, r.ends[t]!)) return true;
  const text = r.text;
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  // أل, إل or آل of a foreign name (ألونسو, إليزابيث, آلان) is no article, which is written ال.
  if (text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM && !writtenHamzaAlef(r.doc, s)) return false;
  if (clitcShape(text, s, e)) return false;
  // Written with a tanween the word is indefinite (`تعادل مع نظيره سلبياً`): no name. News
  // writes the accusative's, on its final ا, and seldom the others.
  if (text.charCodeAt(e - 1) === ALEF && writtenTanween(r.doc, e)) return false;
  if (text.charCodeAt(s) === WA && !r.startsPhrase(t, 0, WA_NAME)) return false;
  // ب, ل, ك or ف before a word the text begins with a hamza (بإعادة, لأن): no name begins so.
  if (gluedHamzaWord(r, t)) return false;
  if (dayPartAsGivenName(r, t)) return true;
  if ((r.startsPhrase(t, 0, COMMON | NOT_START) && !nationalityAsGivenName(r, t)) || inListWa(r, t, COMMON) || r.accusativeOf(t, COMMON | BOUND)) return false;
  // The noun and verb shapes below hold for person names only: a place read after its
  // trigger noun often ends in ا (يافا).
  if (!verbs) return true;
  // A noun for a person (رجل, شاب, عامل) is the subject itself (`وقال شاب إن`), unless بن
  // follows (an old given name); as a place's or an organisation's name word it stays.
  if (r.startsPhrase(t, 0, PERSON_NOUN) && !beforeNamePrefix(r, t)) return false;
  if (nounShape(r, t, text, s, e, feminineOk)) return false;
  // An indefinite accusative a title's verb takes (`اتصل بنظيره هاتفيا`, `أصدر الوزير قرارا`):
  // a nisba in يا or a فعال noun in ا; names of these shapes are known name tokens.
  if (!place && r.sc.known !== null && text.charCodeAt(e - 1) === ALEF && accusativeNoun(text, s, e) && !knownToken(r, t)) return false;
  if (!place && r.sc.known !== null && text.charCodeAt(e - 1) === NUN && dualNoun(text, s, e) && !knownToken(r, t)) return false;
  // Before بن a word of these shapes is an old given name (مقعد بن سعد, معبد بن دنان).
  if (r.sc.known !== null && placeOrPluralNoun(text, s, e) && !knownToken(r, t) && !beforeNamePrefix(r, t)) return false;
  // An unknown إفعال or افتعال verbal noun (إجراء, إصدار, اجتماع) is an object after a title
  // (`واقترح الرئيس إجراء مناظرة`); names of that shape (إحسان, إيمان) are known name tokens.
  // Root letters, not long vowels, come after its alef (إدوار and اوتمار are names).
  // Rare name tokens do not count here: verbal nouns are too frequent a word shape.
  if (r.sc.known !== null && verbalNoun(text, s, e) && consonant(text.charCodeAt(s + 1)) && consonant(text.charCodeAt(s + 2)) && !r.inLexicon(t)) return false;
  if (prepositionNoun(r, t, text, s, e)) return false;
  // A past in ت (طرحت, اتحدت, فأنجبت) after a title is its verb; names in ت (رفعت, مدحت,
  // بريجيت) are known name tokens.
  if (r.sc.known !== null && e - s >= 4 && e - s <= 6 && text.charCodeAt(e - 1) === TA && text.charCodeAt(e - 2) !== ALEF && !knownToken(r, t)) return false;
  // A feminine dual (اتفاقيتين, حركتا): names of that ending are known name tokens.
  if (r.sc.known !== null && e - s >= 5 && feminineDual(text, e) && !knownToken(r, t)) return false;
  // A participle of the derived forms (متحمس, منتظر, مستعد) or ب/ل glued to a verbal noun
  // (بإعادة, لإجراء) describes or governs; names of these shapes are known name tokens.
  if (r.sc.known !== null && !knownToken(r, t) && (derivedParticiple(text, s, e) || ((text.charCodeAt(s) === BA || text.charCodeAt(s) === LAM) && verbalNoun(text, s + 1, e)))) return false;
  return !verbShape(r, t, text, s, e, true) && !gluedCommon(r, t);
}

/**
 * The indefinite accusative of a nisba (`هاتفيا`, `رسميا`: a stem of three letters or more
 * before يا, ending in a consonant, with no و or ي in it, which foreign names in يا have:
 * `أمييهيا`) or of a noun of the فعال shape (`قرارا`, `خطابا`) in text[s, e), which ends in ا.
 * Names in يا or ا that are not so shaped are known name tokens (ماريا). Adverbs of the فعيل
 * shape (`كثيرا`, `طويلا`) are stop words: foreign names share it (`زعيرا`).
 */
function accusativeNoun(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n >= 5 && text.charCodeAt(e - 2) === YA && consonant(text.charCodeAt(e - 3))) {
    for (let i = s; i < e - 2; i++) {
      const c = text.charCodeAt(i);
      if (c === YA || c === WA) return false;
    }
    return true;
  }
  return n === 5 && consonant(text.charCodeAt(s)) && consonant(text.charCodeAt(s + 1)) && text.charCodeAt(s + 2) === ALEF && consonant(text.charCodeAt(s + 3));
}

/**
 * A noun's dual or plural in ين of three consonants (`سجل المهاجم هدفين`, `بعد شهرين`): after
 * a title the object or a count, while names so shaped are known name tokens (حسنين).
 */
function dualNoun(text: string, s: number, e: number): boolean {
  return e - s === 5 && consonantsOnly(text, s, s + 3) && text.charCodeAt(s + 3) === YA && text.charCodeAt(s + 4) === NUN;
}

/**
 * A noun of place or instrument or a broken plural by its shape: مفعل (مسجد, مكتب, مقتل),
 * مفاعل (مساجد, مراحل), مفاعيل (مشاريع) and فواعل (عواصم, قواعد). After a title such a word
 * is the object of the sentence (`وافتتح الوزير مسجد`), while names of these shapes are
 * known name tokens (محمد, مبارك, هوارد); Chinese names in ـوانغ (قوانغ) keep their ن.
 * مفعول is left out: unknown names of that shape are too many (مجذوب, معزوز).
 */
function placeOrPluralNoun(text: string, s: number, e: number): boolean {
  const n = e - s;
  const c0 = text.charCodeAt(s);
  const c1 = text.charCodeAt(s + 1);
  const c2 = text.charCodeAt(s + 2);
  const c3 = text.charCodeAt(s + 3);
  const z = text.charCodeAt(e - 1);
  if (!consonant(z)) return false;
  if (c0 === MIM) {
    if (n === 4) return consonant(c1) && consonant(c2) && consonant(c3);
    if (c1 !== ALEF && c2 === ALEF && consonant(c3)) return n === 5 || (n === 6 && text.charCodeAt(s + 4) === YA);
    return false;
  }
  return n === 5 && consonant(c0) && c1 === WA && c2 === ALEF && consonant(c3) && c3 !== NUN;
}

/**
 * An unknown word of four letters or more that reads as ب or ل glued to a noun starting with
 * two consonants (بحزن, لجهاز, لشؤون, بقليل): a preposition, not a name, which after ب or ل
 * mostly has a long vowel (بيليغريني, لوكاس, باراك). Known name tokens (برهم, لطفي) stay names.
 */
function prepositionNoun(r: NameReader, t: number, text: string, s: number, e: number): boolean {
  if (r.sc.known === null || e - s < 4) return false;
  const c0 = text.charCodeAt(s);
  if (c0 !== BA && c0 !== LAM) return false;
  // A noun with the pronoun ها after the preposition (باسمها, لدورها) whatever its letters.
  const withHa = e - s >= 5 && text.charCodeAt(e - 1) === ALEF && text.charCodeAt(e - 2) === HA;
  // After ل a long vowel begins the stem of a noun as often (لوجود, ليوم), while names that
  // begin so (لوكاس, ليلى) are name tokens.
  const lamVowel = c0 === LAM && (text.charCodeAt(s + 1) === WA || text.charCodeAt(s + 1) === YA) && e - s >= 5;
  return ((consonant(text.charCodeAt(s + 1)) && consonant(text.charCodeAt(s + 2))) || withHa || lamVowel) && !knownToken(r, t);
}

/**
 * An unknown word that ends like an indefinite accusative (قائلا, ردا), a noun with a
 * pronoun (رغبته, لهم), a feminine noun (إمكانية) or a feminine plural (إيضاحات) starts no
 * name; names of these shapes are known name tokens. Read only when a name lexicon is built in.
 */
function nounShape(r: NameReader, t: number, text: string, s: number, e: number, feminineOk: boolean): boolean {
  if (r.sc.known === null || e - s < 3) return false;
  const z = text.charCodeAt(e - 1);
  const y = text.charCodeAt(e - 2);
  const n = e - s;
  const c0 = text.charCodeAt(s);
  // Accusatives: short words (ردا), participles (قائلا, مؤكدا), the أفعال and افتعال shapes
  // (أحلاما, اتصالا); not long foreign names (كامالا).
  const accusative = z === ALEF && y !== ALEF && (n <= 4 || c0 === MIM || (n === 5 && text.charCodeAt(s + 1) === ALEF) || nounPatternAccusative(text, s, e));
  const pronoun = (z === HA && y === TA) || (z === ALEF && y === HA && text.charCodeAt(e - 3) === TA) || (z === MIM && (y === HA || y === KAF)) || possessive(r, e, n, y);
  // A broken plural of the فعائل shape, written with its hamza (نتائج, رسائل, وسائل).
  const brokenPlural = n === 5 && text.charCodeAt(s + 2) === ALEF && r.doc.norm.input.charCodeAt(r.doc.norm.starts[s + 3]!) === 0x0626; // ئ
  const suffix = accusative || pronoun || brokenPlural || (!feminineOk && feminineNoun(r, e) && !afterFeminineTitle(r, t)) || (z === TA && y === ALEF && n >= 5);
  return suffix && !knownToken(r, t);
}

/**
 * A word the text ends in ة (إمكانية, مساعدة, جاهزة): a feminine noun or adjective after a
 * title (`المدرب إمكانية غياب`). Given names in ة (فاطمة, حمزة) are known name tokens.
 */
function feminineNoun(r: NameReader, e: number): boolean {
  const norm = r.doc.norm;
  return norm.input.charCodeAt(norm.starts[e - 1]!) === TA_MARBUTA;
}

const TA_MARBUTA = 0x0629; // ة

/**
 * Token `t` follows a title or honorific in ة (السيدة, الفنانة), which a woman's name follows,
 * or such a title and her nationality in ة (`الكاتبة العمانية جوخة الحارثي`).
 */
function afterFeminineTitle(r: NameReader, t: number): boolean {
  if (t === 0 || !feminineNoun(r, r.ends[t - 1]!)) return false;
  if (r.startsPhrase(t - 1, 0, COMMON | BOUND)) return true;
  return t > 1 && r.startsPhrase(t - 1, 0, NATIONALITY) && feminineNoun(r, r.ends[t - 2]!) && r.startsPhrase(t - 2, 0, COMMON | BOUND);
}

/**
 * A noun with the pronoun ـه (قراره, حرصه, نظيره): the text wrote ه, not the ة that
 * normalization folds into it (names in ة, أسامة, are left alone). Names that end in ه follow
 * a long vowel (أندريه, جوزيه, وجيه, شاه), end in الله or اله (عبدالله), or are short (طه),
 * and stay names; a word of three letters is a noun of two (`أكد حقه`: his right).
 */
function possessive(r: NameReader, e: number, n: number, before: number): boolean {
  if (n < 3 || before === YA || before === ALEF || before === WA) return false;
  // Names written together with الله or الإله (عبدالله, نصرالله, عبدالاله).
  const c3 = r.text.charCodeAt(e - 3);
  if (before === LAM && (c3 === ALEF || (c3 === LAM && r.text.charCodeAt(e - 4) === ALEF))) return false;
  const norm = r.doc.norm;
  return norm.input.charCodeAt(norm.starts[e - 1]!) === HA;
}

/**
 * True when token `t`, right before بن or بنت, is the given name of a name: a token that may
 * start one (no stop word, title, verb shape …), an unknown word in ة among them (معاوية بن
 * أبي سفيان), a known name token with the article (الحسن بن علي), and علي spelled with ي,
 * which the preposition على seldom is before بن (علي بن أبي طالب).
 */
export function givenBeforeSonOf(r: NameReader, t: number): boolean {
  if (isAli(r, t)) return true;
  const s = r.starts[t]!;
  if (r.text.charCodeAt(s) === ALEF && r.text.charCodeAt(s + 1) === LAM) return isWord(r, t) && knownToken(r, t);
  return nameStart(r, t, true, true);
}

/** أبي, ابو and ابا (normalized): the kunya's head. */
const KUNYA_HEADS: readonly string[] = ['\u0627\u0628\u064a', '\u0627\u0628\u0648', '\u0627\u0628\u0627'];
/** بن and ابن (normalized). */
const SONS: readonly string[] = ['\u0628\u0646', '\u0627\u0628\u0646'];

/**
 * Whether token `t` follows أبي (or أبو, أبا) that follows بن: a father's kunya, whose word
 * is a name whatever else it means (`بن أبي طالب`, "student"; `بن أبي سفيان`).
 */
function fathersKunya(r: NameReader, t: number): boolean {
  if (t < 2 || !spacedOnly(r.text, r.ends[t - 1]!, r.starts[t]!) || !spacedOnly(r.text, r.ends[t - 2]!, r.starts[t - 1]!)) return false;
  const text = r.text;
  return KUNYA_HEADS.some((w) => sameText(w, text, r.starts[t - 1]!, r.ends[t - 1]!)) && SONS.some((w) => sameText(w, text, r.starts[t - 2]!, r.ends[t - 2]!));
}

/** A token that may continue a name. */
function nameToken(r: NameReader, t: number, afterPrefix = false, second = false): boolean {
  if (!isWord(r, t)) return false;
  if (writtenAlan(r.doc, r.starts[t]!, r.ends[t]!)) return true;
  // The kunya of a father in a lineage (علي بن أبي طالب, عمر بن أبي ربيعة) takes any word.
  if (afterPrefix && fathersKunya(r, t)) return true;
  if (inListWa(r, t, COMMON | BOUND) || r.accusativeOf(t, COMMON | BOUND) || (r.startsPhrase(t, 0, NOT_TOKEN) && !(second && (nisbaSurname(r, t) || firstOrdinal(r, t))))) return false;
  // A noun for a person after a name is in apposition (`محمود أبو هنود رجل`); after أبو, بن
  // or عبد it is a name (عبد الرجل is none, but جار in جار الله is kept by the list).
  if (!afterPrefix && r.startsPhrase(t, 0, PERSON_NOUN)) return false;
  // An ordinal right after a given name is a regnal number (هنري الثامن); after a longer
  // name it is a rank (فرناندو غونزاليز الثالث).
  if (!second && !afterPrefix && r.startsPhrase(t, 0, NOT_DEF)) return false;
  const text = r.text;
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  // A kunya written joined to its name (أبولبده, أبوزيد) is a family name whatever its shape.
  if (second && joinedKunya(text, s, e) && !withPronoun(r, t)) return true;
  if (clitcShape(text, s, e)) return false;
  // An indefinite accusative (…ا) is an adverb or an object, not a name.
  if (accusativeShape(r, t, text, s, e, second)) return false;
  // After أبو, بن or عبد the word is a name whatever its shape (أبو فخيدة).
  if (!afterPrefix && (unknownNonName(r, t, text, s, e) || governingParticiple(r, t, text, s, e))) return false;
  return !verbShape(r, t, text, s, e, false) && !gluedCommon(r, t);
}

/**
 * Whether text[s, e) is أبو joined to a name of three letters or more (`أبولبده`); the caller
 * turns away a word with a pronoun (`أبوابها`, its doors: see withPronoun).
 */
function joinedKunya(text: string, s: number, e: number): boolean {
  return e - s >= 6 && text.startsWith(ABU, s);
}

const ABU = '\u0627\u0628\u0648'; // ابو (normalized)

/**
 * Whether token `t` is الأول (the first), which right after a given name is a regnal number
 * (`ملك أراجون خايمي الأول`) like the other ordinals; it is also a title's complement
 * (`الوزير الأول`), which no name part otherwise is.
 */
function firstOrdinal(r: NameReader, t: number): boolean {
  return sameText(FIRST, r.text, r.starts[t]!, r.ends[t]!);
}

const FIRST = '\u0627\u0644\u0627\u0648\u0644'; // الاول (normalized)

/**
 * Whether token `t`, right after a given name, is a nationality that is the family name: a
 * singular masculine nisba (ي, not ية or a plural), which after a given name alone names the
 * person rather than describes him: an adjective follows the title it describes (`الرئيس
 * الأمريكي جون`), and an indefinite one cannot describe a definite person at all (`الرئيس جون
 * كندي`, `السيد فيصل السويدي`, `الشيخ خالد الإيرلندي`).
 */
function nisbaSurname(r: NameReader, t: number): boolean {
  if (!r.startsPhrase(t, 0, NATIONALITY) || !endsWithAny(r, t, NISBA)) return false;
  // The ي as written: ى is folded into it (`المصطفى`).
  const e = r.ends[t]!;
  return r.doc.norm.input.charCodeAt(r.doc.norm.starts[e - 1]!) !== ALEF_MAQSURA;
}

/**
 * An unknown word of four letters or more in ا without the article: an indefinite accusative
 * (قائلا, اتصالا, مؤكدا), which follows the subject in news sentences, rather than a family
 * name. Right after a given name (`second`), a word of six letters or more is more often a
 * foreign family name (سانتانا, بيرتولا, كوزلوفا), unless it has the prefix م of a
 * participle, a pronoun suffix or the shape of an Arabic verbal noun or plural; so is a
 * shorter one of a foreign outline (see shortForeignName).
 */
function accusativeShape(r: NameReader, t: number, text: string, s: number, e: number, second: boolean): boolean {
  const n = e - s;
  if (n < 4 || text.charCodeAt(e - 1) !== ALEF || (text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM)) return false;
  if (knownToken(r, t)) return false;
  const y = text.charCodeAt(e - 2);
  if (second && n < LONG_FOREIGN && shortForeignName(text, s, n, y)) return false;
  if (!second || n < LONG_FOREIGN || text.charCodeAt(s) === MIM) return true;
  // A pronoun ها or نا (هويتها, تجوالنا), or a verbal noun or plural.
  return y === HA || y === NUN || nounPatternAccusative(text, s, e);
}

/**
 * The accusative of an افتعال, إفعال or أفعال noun (اجتماعا, اظهارا, أحلاما): six or seven
 * letters, alef first and before the last root letter. Longer foreign names of that outline
 * (أوكولاجا) are left alone.
 */
function nounPatternAccusative(text: string, s: number, e: number): boolean {
  const n = e - s;
  return n >= 6 && n <= 7 && text.charCodeAt(s) === ALEF && text.charCodeAt(e - 3) === ALEF && text.charCodeAt(e - 1) === ALEF;
}

const LONG_FOREIGN = 6;

/**
 * A family name of four or five letters in ا after a given name (فيليبي ماسا, ميشيل هورنا),
 * by the long vowel after its first letter that Arabic accusatives of that length seldom
 * have there: ا in four letters (ماسا, not عملا, يوما), و or ي in five (هورنا, سيلفا, not
 * حاليا, سابقا) without the prefix م of a participle, never with the pronoun ها or the
 * nisba ending يا.
 */
function shortForeignName(text: string, s: number, n: number, y: number): boolean {
  const c0 = text.charCodeAt(s);
  const c1 = text.charCodeAt(s + 1);
  if (y === HA || y === YA) return false;
  // A participle's م comes before a consonant (مؤكدا, مضيفا), not before ا (ماسا).
  return n === 4 ? c1 === ALEF : n === 5 && c0 !== MIM && (c1 === WA || c1 === YA);
}

/**
 * Inside a name, an unknown word that begins with و (a second name coordinated: حامد الشريف
 * وجلال) ends it, and so do a noun with a pronoun ـه (`الفنان سمير قوله`) and a preposition
 * ب ل ك or ف glued to a noun: one in ة, with a pronoun ه or in اء (بخطورة, بدوره, بغطاء), or a verbal noun (لإيقاف); foreign family names
 * with these letters (بلاتر, لافروف, كرومول) have none of these endings. Names of these
 * shapes are known name tokens (وليد). Read only when a name lexicon is built in.
 */
function unknownNonName(r: NameReader, t: number, text: string, s: number, e: number): boolean {
  if (r.sc.known === null) return false;
  const c0 = text.charCodeAt(s);
  if (c0 === WA) return !knownToken(r, t);
  // A noun or preposition with a plural pronoun (معهم, لإقناعهم, عندكم), a broken plural of
  // the أفاعيل shape (أحاديث, أساليب) or a plural nisba (أمنيين, المصريون).
  const n = e - s;
  const pluralNisba = n >= 5 && text.charCodeAt(e - 3) === YA && text.charCodeAt(e - 1) === NUN && (text.charCodeAt(e - 2) === YA || text.charCodeAt(e - 2) === WA);
  // The article before an أفعل word has the same letters (الأبيض, الأديب: ال + ا…ي…), but
  // the text writes it with a bare alef, and the plural's first letter with a hamza (ألاعيب).
  const articleAf3al = text.charCodeAt(s + 1) === LAM && r.doc.norm.input.charCodeAt(r.doc.norm.starts[s]!) === ALEF;
  if (n >= 4 && (endsWithHum(text, e) || pluralNisba || (n === 6 && c0 === ALEF && text.charCodeAt(s + 2) === ALEF && text.charCodeAt(s + 4) === YA && !articleAf3al))) return !knownToken(r, t);
  // A noun with a pronoun (قوله, حلمه, مصرعه); a definite word takes none (الطه).
  const definite = c0 === ALEF && text.charCodeAt(s + 1) === LAM;
  if (!definite && possessive(r, e, e - s, text.charCodeAt(e - 2))) return !knownToken(r, t);
  // And one with ها, هم or هما after a consonant (`لطيفة ألبومها`, `كتابهم`); the article
  // takes no pronoun, so a word so spelt that seems to have one begins with أل (ألبوم).
  if (withPronoun(r, t)) return !knownToken(r, t);
  // A definite verbal noun of the إفعال or افتعال forms (الإفصاح, الاجتماع) names an act.
  if (definite && verbalNoun(text, s + 2, e)) return !knownToken(r, t);
  if (c0 !== BA && c0 !== LAM && c0 !== KAF && c0 !== FA) return false;
  if (e - s < 4) return false;
  // ب, ل, ك or ف before a word the text begins with a hamza (بأول, كأول, لإقامة): no name
  // part begins so, whatever name the normalized letters spell (كاول).
  if (gluedHamzaWord(r, t)) return true;
  // ف before a past of the أفعل or افتعل forms (فاحتسب, فأعلن); names after ف (فابيو,
  // فياضي) have no such stem.
  if (c0 === FA && text.charCodeAt(s + 1) === ALEF && verbShape(r, t, text, s + 1, e, true) && !knownToken(r, t)) return true;
  // ب, ل or ك before a short word of two consonants (بدعوى, لغزو, كمقدم) is a preposition;
  // foreign names with these letters are longer (بلكيفيتش) or have a long vowel (باراك), and
  // nationalities (كندي) are words of their own.
  if (c0 !== FA && e - s <= 5 && consonant(text.charCodeAt(s + 1)) && consonant(text.charCodeAt(s + 2)) && !r.startsPhrase(t, 0, NATIONALITY)) return !knownToken(r, t);
  const z = text.charCodeAt(e - 1);
  // A verbal noun also in the dual or plural (باتصالين, لاجتماعات).
  const y = text.charCodeAt(e - 2);
  const suffixed = e - s >= 7 && ((z === NUN && (y === YA || y === ALEF || y === WA)) || (z === TA && y === ALEF)) && verbalNoun(text, s + 1, e - 2);
  const noun = z === HA || (z === HAMZA && y === ALEF) || verbalNoun(text, s + 1, e) || suffixed;
  return noun && !knownToken(r, t);
}

/** Token `t` is ب, ل, ك or ف before a word the text begins with a hamza (بأول, لإقامة); و is read apart. */
function gluedHamzaWord(r: NameReader, t: number): boolean {
  return procliticBeforeHamza(r.doc, r.starts[t]!, r.ends[t]!, false);
}

/** A word ending in the plural pronouns هم, هما or كم. */
function endsWithHum(text: string, e: number): boolean {
  const z = text.charCodeAt(e - 1);
  const y = text.charCodeAt(e - 2);
  if (z === MIM) return y === HA || y === KAF;
  return z === ALEF && y === MIM && text.charCodeAt(e - 3) === HA;
}

/**
 * A definite active participle (الحائز, الفائز, القائم: ال + فاعل; المختص: ال + a stem in م)
 * before the preposition it governs (`على`, or ب glued to a noun: `بذهبية`, `بأعمال`) describes
 * the person named before it (`غونتر غراس الحائز على جائزة`); a family name of that shape
 * (الراشد, المنصور) is rarely followed so. Known name tokens stay names.
 */
function governingParticiple(r: NameReader, t: number, text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < 6 || n > 7 || text.charCodeAt(s) !== ALEF || text.charCodeAt(s + 1) !== LAM || text.charCodeAt(e - 1) === YA) return false;
  if (!((n === 6 && text.charCodeAt(s + 3) === ALEF) || text.charCodeAt(s + 2) === MIM)) return false;
  if (!nextSpaced(r, t + 1)) return false;
  const ns = r.starts[t + 1]!;
  const ne = r.ends[t + 1]!;
  const governed = sameText(ALI, text, ns, ne) || (text.charCodeAt(ns) === BA && ne - ns >= 5);
  return governed && !knownToken(r, t);
}

/**
 * إفعال, افتعال and استفعال verbal nouns (ايقاف, افتتاح, استقبال, and استقالة of a hollow root)
 * in text[s, e).
 */
export function verbalNoun(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(s) !== ALEF) return false;
  const n = e - s;
  if (n === 7 && text.charCodeAt(s + 1) === SIN && text.charCodeAt(s + 2) === TA) {
    return text.charCodeAt(s + 5) === ALEF || (text.charCodeAt(s + 4) === ALEF && text.charCodeAt(e - 1) === HA);
  }
  return (n === 5 && text.charCodeAt(s + 3) === ALEF) || (n === 6 && text.charCodeAt(s + 2) === TA && text.charCodeAt(s + 4) === ALEF);
}

/**
 * A definite noun in ة of four letters with no long vowel (`الفرصة`, `الجلسة`, `الخطوة`):
 * family names in ة with the article are longer or have one (`الطراونة`, `القضاة`, `العودة`),
 * or end as a nisba (`العطية`).
 */
function shortDefiniteFeminine(text: string, s: number, e: number): boolean {
  if (e - s !== 6 || text.charCodeAt(e - 1) !== HA) return false;
  for (let i = s + 2; i < e - 1; i++) if (!consonant(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A definite word in ة of five letters or more past the article in text[s, e): a noun
 * (`المملكة`, `الجائزة`, `الشهادة`) or a feminine nisba (`الإسلامية`), no family name. Family
 * names in ة are mostly of the فعيلة shape (`الربيعة`, `الدبيبة`) or, longer, the فعالنة and
 * فعايلة plurals of a tribe (`الطراونة`, `المعايطة`), whose stems have ي or alef as their
 * third letter: such words are left to the name.
 */
function longDefiniteFeminine(text: string, s: number, e: number): boolean {
  if (e - s < 7 || text.charCodeAt(e - 1) !== HA) return false;
  return e - s === 7 ? text.charCodeAt(s + 4) !== YA : text.charCodeAt(s + 4) !== ALEF;
}

const ALI = 'علي';

/** Per document: whether its text writes ى anywhere (see isFunctionWordAli). */
const maqsuraDocs = new WeakMap<Doc, boolean>();

/** Whether the document's text writes ى anywhere: then it spells the preposition على so, and علي is the name. */
export function writesMaqsura(doc: Doc): boolean {
  let maqsura = maqsuraDocs.get(doc);
  if (maqsura === undefined) maqsuraDocs.set(doc, (maqsura = doc.norm.input.includes('\u0649')));
  return maqsura;
}

/**
 * Whether the name-like علي at token `u` may be the preposition على: in a text that never
 * writes ى (a common way of typing Arabic), final ى is written ي everywhere, and علي names a
 * person only before a known name token or a name part (`علي حسن`, `علي بن`); before other
 * words it is the preposition (`علي هامش المؤتمر`, `علي إصدار سندات`). A text that writes ى
 * elsewhere spells the preposition so.
 */
function isFunctionWordAli(r: NameReader, u: number): boolean {
  if (writesMaqsura(r.doc)) return false;
  if (!nextSpaced(r, u + 1)) return true;
  // A family nisba after it (`علي الزيدي`): the preposition takes a noun, seldom a bare nisba.
  if (r.ends[u + 1]! - r.starts[u + 1]! >= 6 && lt.definiteNisbaShape(r.text, r.starts[u + 1]!, r.ends[u + 1]!) && r.text.charCodeAt(r.ends[u + 1]! - 1) === YA && !r.startsPhrase(u + 1, 0, COMMON | NATIONALITY)) return false;
  return !knownToken(r, u + 1) && !r.startsPhrase(u + 1, 0, PREFIX);
}
const ALEF_MAQSURA = 0x0649; // ى

/** Particles before a verb (normalized), which never follow the preposition على. */
const VERB_PARTICLES: readonly string[] = ['قد', 'لقد', 'لم', 'لن', 'سوف'];

/**
 * Whether token `u` cannot be the object of the preposition على before it, so that علي there
 * ends a name (`وكان محمد علي قد غضب`, `التقى محمد علي،`, `محمد علي و أحمد`): the end of the
 * text, punctuation, the conjunction و written apart, إن, or a particle before a verb.
 */
function noObjectAfter(r: NameReader, u: number): boolean {
  if (u >= r.count) return true;
  const k = r.doc.tokens.kinds[u];
  if (k !== ARABIC && k !== cc.LATIN && k !== cc.DIGIT) return true;
  const s = r.starts[u]!;
  const e = r.ends[u]!;
  if (e - s === 1) return r.text.charCodeAt(s) === WA;
  // إن as the text writes it, with its hamza below, opens what is said (`قال المحامي خالد علي
  // إن`), never على's object; أن does follow على (`أكد على أن`).
  if (e - s === 2 && r.text.charCodeAt(s) === ALEF && r.text.charCodeAt(s + 1) === NUN && r.doc.norm.input.charCodeAt(r.doc.norm.starts[s]!) === 0x0625) return true;
  return e - s <= 4 && VERB_PARTICLES.some((w) => sameText(w, r.text, s, e));
}

const MAX_PARTS = 4;

/** Token `u` as the `part`-th token of a name (0: the first). */
function namePart(r: NameReader, u: number, part: number, afterPrefix = false): boolean {
  if (isAli(r, u)) {
    if (afterPrefix || (nextSpaced(r, u + 1) && !isAli(r, u + 1) && nameToken(r, u + 1) && (part > 0 || !isFunctionWordAli(r, u)))) return true;
    if (part > 0 && noObjectAfter(r, u + 1)) return true;
    return part === 0 && !isFunctionWordAli(r, u);
  }
  if (part > 0 && !nameToken(r, u, afterPrefix, part === 1)) return false;
  if (part > 0 && !afterPrefix && allahAlone(r, u)) return false;
  // After a regnal number only a known family name without the article goes on (`جيمس الأول
  // ستيوارت`), not an adjective or the next words (`السلطان سليم الأول العثماني`).
  if (part > 1 && !afterPrefix && (r.startsPhrase(u - 1, 0, NOT_DEF) || firstOrdinal(r, u - 1)) && (!knownToken(r, u) || defWord(r, u))) return false;
  // From a name's third part on, an unknown word of three letters is a verb or a noun after
  // it (`ناجي صبري عقد`, `سهيل ادريس نشر`); short family names there are known name tokens.
  // So is an indefinite one the text ends in ة (`مناحيم مازوز ملاحقة`), a noun; family
  // names in ة have the article there (خالد بن حمد العطية).
  if (part > 1 && !afterPrefix && r.sc.known !== null && (r.ends[u]! - r.starts[u]! <= 3 || (feminineNoun(r, r.ends[u]!) && !defWord(r, u))) && !knownToken(r, u)) return false;
  // A feminine plural is no family name (`سالم زعيف الهجمات`, `غيباري محادثات`), nor is,
  // from the third part on, a past in ت (`طلال سلمان حملت`), from the second a simple one
  // (`سارة نجحت`).
  if (part > 0 && !afterPrefix && r.sc.known !== null && (femininePlural(r, u) || ((part > 1 || pastFaalat(r, u)) && pastInTa(r, u))) && !knownToken(r, u)) return false;
  // Nor is, from the third part on, a definite تفاعل or تفعيل verbal noun, the object of the
  // verb before the name (`أن يدرك المهاجم فيليبو إينزاغي التعادل`), or a participle of the
  // derived forms, a role in apposition (`روبرت ادواردز مكتشف التلقيح`), unless the name
  // lexicon proper holds it: the rare name tokens hold such words too.
  if (part > 1 && !afterPrefix && r.sc.known !== null && roleShaped(r.text, r.starts[u]!, r.ends[u]!) && !r.inLexicon(u)) return false;
  // Nor is an unknown إفعال or افتعال verbal noun in اء after a name (`ساو باولو ابتداء من`,
  // `إجراء`, `انتهاء`): an adverb or the sentence's next noun.
  if (part > 0 && !afterPrefix && r.sc.known !== null && hamzaVerbalNoun(r.text, r.starts[u]!, r.ends[u]!) && !knownToken(r, u)) return false;
  // From the third part on, any unknown such verbal noun is the verb's object after the name
  // (`ترأس الدكتور عبد الرحمن بن عبد الله السند اجتماع`).
  if (part > 1 && !afterPrefix && r.sc.known !== null && verbalNoun(r.text, r.starts[u]!, r.ends[u]!) && !knownToken(r, u)) return false;
  // And so is, there, a definite verbal noun (`النائب سمير عبد الله الاستقالة`) or a definite
  // noun in ة of four letters (`المدرب خالد محمود الفرصة`).
  if (part > 1 && !afterPrefix && r.sc.known !== null && defWord(r, u) && !knownToken(r, u) && (verbalNoun(r.text, r.starts[u]! + 2, r.ends[u]!) || shortDefiniteFeminine(r.text, r.starts[u]!, r.ends[u]!))) return false;
  // A longer definite word in ة there is a noun or an adjective after the name (`تسلمت
  // الفنانة فاطمة الزهراء الجائزة`, `العاهل فان عرش المملكة`).
  if (part > 1 && !afterPrefix && r.sc.known !== null && longDefiniteFeminine(r.text, r.starts[u]!, r.ends[u]!) && feminineNoun(r, r.ends[u]!) && defWord(r, u) && !knownToken(r, u)) return false;
  // Nor is the object of a verb–subject–object sentence after the name: an unknown broken
  // plural of people (`استقبل الوزير نبيل عمرو رؤساء البلديات`, `أولياء`) or a plural in ي
  // before its definite complement (`كرم المدير حسن بلقاسم موظفي الشركة`).
  if (part > 0 && !afterPrefix && r.sc.known !== null && !knownToken(r, u) && (brokenPluralOfPeople(r.text, r.starts[u]!, r.ends[u]!) || constructPlural(r, u))) return false;
  // A definite nisba mostly closes an Arab name (`مازن فاضل الربيعي`): after it only a name of
  // the lexicon proper or another nisba goes on; a rare name token there is mostly the
  // sentence's next word (`الربيعي اعتقال خلية`, `العيساوي السيطرة على`). A name of God after
  // عبد is no nisba (`عبد العاطي إيكيدير`).
  if (part > 1 && !afterPrefix && r.sc.known !== null && lt.definiteNisbaShape(r.text, r.starts[u - 1]!, r.ends[u - 1]!) && !abdCompound(r, u - 2) && !r.inLexicon(u) && !lt.definiteNisbaShape(r.text, r.starts[u]!, r.ends[u]!)) return false;
  // A name's first word heads no construct, nor is it a title before an indefinite word that
  // is no name (`سمو أمير منطقة الرياض`: أمير is the title; `أمير طاهري` and `أمين الحافظ`
  // are names).
  if (part === 0 && !afterPrefix && (constructHead(r, u) || titleBeforeComplement(r, u))) return false;
  return part > 0 || nameStart(r, u);
}

/**
 * Token `u` is a title before an indefinite common word, title or trigger noun that is no name
 * token (`أمير منطقة`); before another word it may be a given name (`أمين مطالقة`).
 */
function titleBeforeComplement(r: NameReader, u: number): boolean {
  if (r.sc.known === null || !nextSpaced(r, u + 1) || lt.articleAt(r.text, r.starts[u + 1]!) || !r.startsPhrase(u, 0, BOUND) || !isWord(r, u + 1)) return false;
  return !knownToken(r, u + 1) && r.startsPhrase(u + 1, 0, COMMON | BOUND);
}

/**
 * Token `u`, the first word read after a title, heads a construct: it is no name token and a
 * definite word follows that is no name token either, nor a nisba or an elative, which follow
 * given names (`بومبي الأكبر`). The title's verb then takes a noun and its complement as
 * object (`انتقد الكاتب قرار الحكومة`, `شكر الوزير جهود العاملين`); names of that shape have
 * a known given name first (`نزار القباني`).
 */
function constructHead(r: NameReader, u: number): boolean {
  if (r.sc.known === null || !nextSpaced(r, u + 1) || !lt.articleAt(r.text, r.starts[u + 1]!) || !defWord(r, u + 1) || knownToken(r, u) || knownToken(r, u + 1)) return false;
  const s = r.starts[u + 1]!;
  const e = r.ends[u + 1]!;
  // A family name made of the first word with the article is a name (`عجلان العجلان`).
  if (sameText(r.text.slice(r.starts[u]!, r.ends[u]!), r.text, s + 2, e)) return false;
  return !lt.definiteNisbaShape(r.text, s, e) && !(e - s === 6 && r.text.charCodeAt(s + 2) === ALEF);
}

/**
 * A broken plural of people in اء in text[s, e): فعلاء (`رؤساء`, `وزراء`, `علماء`) or أفعلاء
 * (`أولياء`, `أصدقاء`). Female names of the shape (حسناء, لمياء) are known name tokens.
 */
function brokenPluralOfPeople(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (text.charCodeAt(e - 1) !== HAMZA || text.charCodeAt(e - 2) !== ALEF) return false;
  if (n === 5) return (consonant(text.charCodeAt(s)) || text.charCodeAt(s) === WA) && consonant(text.charCodeAt(s + 1)) && consonant(text.charCodeAt(s + 2));
  return n === 6 && text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) !== ALEF && !lt.articleAt(text, s);
}

/**
 * A sound plural's construct state in ي (`موظفي`, `ممثلي`, `مستثمري`) at token `u`: a
 * participle's م, five to seven letters (longer ones are foreign names: `ميركاوسكي`), and a
 * definite complement next (`موظفي الشركة`).
 */
function constructPlural(r: NameReader, u: number): boolean {
  const s = r.starts[u]!;
  const e = r.ends[u]!;
  return e - s >= 5 && e - s <= 7 && r.text.charCodeAt(s) === MIM && r.text.charCodeAt(e - 1) === YA && nextSpaced(r, u + 1) && defWord(r, u + 1);
}

/** An إفعال or افتعال verbal noun ending in اء in text[s, e) (`إجراء`, `ابتداء`, `انتهاء`). */
function hamzaVerbalNoun(text: string, s: number, e: number): boolean {
  return verbalNoun(text, s, e) && text.charCodeAt(e - 1) === HAMZA && consonant(text.charCodeAt(s + 1));
}

/**
 * A definite تفاعل or تفعيل verbal noun (`التعادل`, `التسجيل`) or a participle of the derived
 * forms (`مكتشف`, `متحدث`) in text[s, e). A nisba in ي of those shapes is a family name
 * (`التلاوي`, `مسعودي`).
 */
function roleShaped(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(e - 1) === YA) return false;
  return definiteVerbalNoun(text, s, e) || derivedParticiple(text, s, e) || iftaalParticiple(text, s, e);
}

/** A definite تفاعل or تفعيل verbal noun in text[s, e) (`التعادل`, `التسجيل`). */
function definiteVerbalNoun(text: string, s: number, e: number): boolean {
  if (e - s !== 7 || text.charCodeAt(s) !== ALEF || text.charCodeAt(s + 1) !== LAM || text.charCodeAt(s + 2) !== TA) return false;
  const c3 = text.charCodeAt(s + 3);
  return consonant(c3) && (text.charCodeAt(s + 4) === ALEF || (consonant(text.charCodeAt(s + 4)) && text.charCodeAt(s + 5) === YA)) && consonant(text.charCodeAt(s + 6));
}

/**
 * The name علي (السيد محمد علي الحسني, بن علي): normalization folds the preposition على into
 * the same letters, so only a text that spells it with ي, not ى, is read as the name. Many
 * texts spell the preposition with ي too; inside a name it counts only after بن or أبو or
 * before another name token (not in `وعلق كمال علي ذلك`).
 */
function isAli(r: NameReader, u: number): boolean {
  return writtenAli(r.doc, u) && isWord(r, u);
}

/** Whether token `t` is علي as the text writes it: with ي, not ى (see isAli). */
export function writtenAli(doc: Doc, t: number): boolean {
  const s = doc.tokens.starts[t]!;
  const e = doc.tokens.ends[t]!;
  return e - s === 3 && sameText(ALI, doc.norm.text, s, e) && doc.norm.input.charCodeAt(doc.norm.starts[e - 1]!) !== ALEF_MAQSURA;
}

/**
 * The person name that starts after spaces at normalized offset `pos`: one to four name
 * tokens, each optionally after a name prefix (عبد الله, ابو مازن). Returns its end offset,
 * or -1 when no name starts there.
 */
export function scanName(sc: NameScanner, doc: Doc, pos: number): number {
  const t = tokenAt(doc, pos);
  if (t >= doc.tokens.count || !spacedOnly(doc.norm.text, pos, doc.tokens.starts[t]!)) return -1;
  return scanNameFrom(nameReader(sc, doc), t, 0);
}

/**
 * Where the person's name read from normalized offset `pos` to `end` starts once a
 * preposition glued to its first word is left out (`التقى الوزير بزياد القدومي`): ب, ل or ك
 * before a word that is no name token while its letters after the preposition are one of
 * the lexicon proper. Otherwise `pos` (`بسام`, `لبنى` are names whole).
 */
export function pastGluedPreposition(sc: NameScanner, doc: Doc, pos: number, end: number): number {
  const t = tokenAt(doc, pos);
  if (t >= doc.tokens.count) return pos;
  const s = doc.tokens.starts[t]!;
  const e = doc.tokens.ends[t]!;
  if (e > end || e - s < 4) return pos;
  const c = doc.norm.text.charCodeAt(s);
  if (c !== BA && c !== LAM && c !== KAF) return pos;
  const r = nameReader(sc, doc);
  return !r.known(t) && r.inLexiconAt(t, 1) ? s + 1 : pos;
}

const SONS_OF: readonly string[] = ['\u0628\u0646', '\u0628\u0646\u062a', '\u0627\u0628\u0646']; // بن بنت ابن

/** Whether token `t` is بن, بنت or ابن. */
function sonOf(r: NameReader, t: number): boolean {
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  return e - s <= 3 && SONS_OF.some((w) => sameText(w, r.text, s, e));
}

/**
 * Whether token `t` is عبد and the token after it a definite word: the compound given name
 * عبد + a name of God or of the Prophet's house (عبد الملك, عبد الواحد, عبد الأمير), whose
 * second word may be a title or a number word elsewhere.
 */
function abdCompound(r: NameReader, t: number): boolean {
  const s = r.starts[t + 1]!;
  return r.ends[t]! - r.starts[t]! === 3 && lt.abdAt(r.text, r.starts[t]!, r.ends[t]!) && r.kinds[t + 1] === ARABIC && r.ends[t + 1]! - s >= 4 && lt.articleAt(r.text, s);
}

/**
 * The person name read from token `t` as its `first`-th part (0: the name's first token).
 * Returns its end offset, or -1 when no name part is read.
 */
export function scanNameFrom(r: NameReader, t: number, first: number, parts = MAX_PARTS): number {
  const { count, starts, ends, text } = r;
  const t0 = t;
  let end = -1;
  let nasab = false; // the part before was بن or بنت and a name
  for (let part = first; part < parts && t < count; part++) {
    if (part > first && !spacedOnly(text, ends[t - 1]!, starts[t]!)) break;
    // After a nasab (الوليد بن عبد الملك) the name ends, or goes on with a known name or a
    // family name with the article (السخاوي, آل سعود): an unknown bare word there is the
    // sentence's next word (`مكان معبد جوبيتر`).
    if (nasab && !r.known(t) && !lt.articleAt(text, starts[t]!) && !r.startsPhrase(t, 0, PREFIX)) break;
    nasab = false;
    // A name prefix joins the next token when that one is a name token; otherwise it is read alone.
    const prefix = r.startsPhrase(t, 0, PREFIX);
    // A family name in الله (بهاء حسب الله): its first word alone is a word (حسب, فضل).
    if (part > 0 && t + 1 < count && allahCompound(r, t)) {
      end = ends[t + 1]!;
      t += 2;
      continue;
    }
    // A compound given name in الدين (ناصر الدين, بن محيي الدين) is one part, and so is one in
    // عبد after بن (بن عبد العزيز).
    if (t + 1 < count && !prefix && dinCompound(r, t)) {
      end = ends[t + 1]!;
      t += 2;
      continue;
    }
    if (t + 1 < count && prefix && spacedOnly(text, ends[t]!, starts[t + 1]!) && (abdCompound(r, t) || namePart(r, t + 1, part, true))) {
      const compound = t + 2 < count && (dinCompound(r, t + 1) || (abdCompound(r, t + 1) && spacedOnly(text, ends[t + 1]!, starts[t + 2]!)));
      end = ends[t + (compound ? 2 : 1)]!;
      nasab = sonOf(r, t);
      t += compound ? 3 : 2;
    } else if (namePart(r, t, part)) {
      // A name never ends with a part that needs the next one (محمد بن عبد …): such a part
      // read alone (عبد before الله) counts only when the name goes on.
      if (!prefix) end = ends[t]!;
      // A short unknown first word and a definite unknown one after it are a verb or a noun
      // and its object (`الرئيس طلب الرحيل`, `ترسيم الحدود`), not a given and a family name.
      if (part === 1 && first === 0 && t === t0 + 1 && verbAndObject(r, t0, t)) return -1;
      t += 1;
    } else break;
  }
  return end;
}

/**
 * Whether tokens `a` and `b` read as a verb or noun and its definite object: `a` is no name
 * of the lexicon proper and has three letters or it is an تفعيل noun (ترسيم), and `b` has
 * the article and is no known name token or nisba in ي.
 */
function verbAndObject(r: NameReader, a: number, b: number): boolean {
  if (r.sc.known === null || r.inLexicon(a)) return false;
  const text = r.text;
  const sa = r.starts[a]!;
  const na = r.ends[a]! - sa;
  if (na > 3 && !tafeelShape(text, sa, r.ends[a]!) && !afaalShape(text, sa, r.ends[a]!)) return false;
  const sb = r.starts[b]!;
  const eb = r.ends[b]!;
  if (text.charCodeAt(sb) !== ALEF || text.charCodeAt(sb + 1) !== LAM || text.charCodeAt(eb - 1) === YA) return false;
  return !knownToken(r, b);
}

/**
 * A family name with the article read alone (`وقال الخطيب إن`, `وقال البدري مدير`): one
 * definite token that is no stop word, title or number, has no shape of a feminine noun or
 * plural (`الشرطة`, `المحققون`), and is a known name token or a nisba in ي: other definite
 * nouns that report (`المسؤول`, `التقرير`, `الخبراء`) are no names. Returns its end offset,
 * or -1. For rules whose name must be followed by one of their `before` words, which tell a
 * subject from an object.
 */
export function scanDefiniteName(sc: NameScanner, doc: Doc, pos: number, knownOnly = false): number {
  const t = tokenAt(doc, pos);
  if (t >= doc.tokens.count || !spacedOnly(doc.norm.text, pos, doc.tokens.starts[t]!)) return -1;
  const r = nameReader(sc, doc);
  if (!defWord(r, t) || r.startsPhrase(t, 0, COMMON | BOUND | NOT_START) || r.ends[t]! - r.starts[t]! < 5 || endsWithAny(r, t, PLURAL_OR_FEMININE)) return -1;
  if (knownToken(r, t)) {
    // A given name written like the article (الفريد, الفونسو) goes on with the family name.
    if (!knownOnly || !nextSpaced(r, t + 1)) return r.ends[t]!;
    const more = scanNameFrom(r, t + 1, 1);
    return more > 0 ? more : r.ends[t]!;
  }
  if (knownOnly) return -1;
  // A nisba's ي as written: normalization folds ى into it (`الفتى`, `المصطفى`).
  const e = r.ends[t]!;
  if (!endsWithAny(r, t, NISBA) || r.doc.norm.input.charCodeAt(r.doc.norm.starts[e - 1]!) === ALEF_MAQSURA) return -1;
  return defectiveParticiple(r.text, r.starts[t]!, e) ? -1 : e;
}

/**
 * The end of the laqab right after an imam's title at normalized offset `pos`: one definite
 * word that no stop word, ordinal, number, common word, plural or feminine ending, elative
 * (الأكبر) or pronoun makes an adjective (`الإمام الرضا`, `الإمام الشافعي`, `للإمام الصادق`),
 * then the name may go on with name tokens (`الإمام المنصور محمد`). Religious and historical
 * writing names imams by their laqab alone; after other titles such a word is as often the
 * title's adjective. -1 when there is none.
 */
export function scanLaqab(sc: NameScanner, doc: Doc, pos: number): number {
  const t = tokenAt(doc, pos);
  if (t >= doc.tokens.count || !spacedOnly(doc.norm.text, pos, doc.tokens.starts[t]!)) return -1;
  const r = nameReader(sc, doc);
  const text = r.text;
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  if (!defWord(r, t) || e - s < 5 || r.startsPhrase(t, 0, COMMON | BOUND | NOT_START) || endsWithAny(r, t, PLURAL_OR_FEMININE) || withPronoun(r, t)) return -1;
  // The elative أفعل with the article (الأكبر, الأعظم): the title's adjective.
  if (e - s === 6 && r.doc.norm.input.charCodeAt(r.doc.norm.starts[s + 2]!) === 0x0623) return -1;
  if (!nextSpaced(r, t + 1) || !knownToken(r, t + 1)) return e;
  const more = scanNameFrom(r, t + 1, 1);
  return more > 0 ? more : e;
}

/**
 * Whether the definite word [s, e) in ي is short or has the shape of a participle of a verb
 * in ي (فاعي: `الراوي`, `الجاني`; مفعي: `المدعي`) or of a noun like `النبي`, rather than a
 * nisba: such family names (`القاضي`) are known name tokens.
 */
function defectiveParticiple(text: string, s: number, e: number): boolean {
  const n = e - s;
  return n < 6 || (n === 6 && (text.charCodeAt(s + 3) === ALEF || text.charCodeAt(s + 2) === MIM));
}

/** Endings of the definite nouns that report without being persons. */
const PLURAL_OR_FEMININE = ['ه', 'ات', 'ين', 'ون', 'يه'];
/** A nisba, the commonest shape of a family name with the article. */
const NISBA = ['ي'];
/** The feminine plural's ending (normalized ات). */
const FEMININE_PLURAL = ['ات'];

// ------------------------------------------------------------------ names after trigger nouns

/** A definite word that is no stop word, ordinal, relative adjective or number (`skip` past و). */
function defWord(r: NameReader, t: number, skip = 0): boolean {
  if (!isWord(r, t, skip)) return false;
  const text = r.text;
  const s = r.starts[t]! + skip;
  if (r.ends[t]! - s < 4 || text.charCodeAt(s) !== ALEF || text.charCodeAt(s + 1) !== LAM) return false;
  // أل written with a hamza begins a verb or a foreign name (ألقى, ألمانيا), no article.
  if (writtenHamzaAlef(r.doc, s)) return false;
  return !r.startsPhrase(t, skip, STOP | NOT_DEF) && !r.startsPhrase(t, skip + 2, NUMBER_WORD);
}

/** True when the token ends in one of `suffixes` with at least one letter before it. */
function endsWithAny(r: NameReader, t: number, suffixes: readonly string[]): boolean {
  const text = r.text;
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  for (const x of suffixes) if (e - s > x.length && text.endsWith(x, e)) return true;
  return false;
}

/** Adjective and plural endings: a word with one is rarely a name's head. */
const ADJ = ['يه', 'ي'];
/** Also a noun in ة with a pronoun (قائمتها, خطتهم): the object after the name (`مجلة فوربس قائمتها`). */
const ORG_FINAL = ['يه', 'ي', 'ه', 'تها', 'تهم'];
const ORG_WORD = ['يه', 'ي', 'ه', 'ات', 'ين', 'ون', 'تها', 'تهم'];
/** Letters of a name in ي after a feminine trigger noun at least (`سوني`; `سي` of `سي إن إن` is a letter's name). */
const MIN_YA_NAME = 4;

/**
 * Whether token `u`, the first word after a feminine trigger noun (`شركة`, `منظمة`), ends in a
 * ي that makes no adjective of it: an adjective there agrees in ة, so a word of four letters or
 * more in ي as the text writes it is a name (`شركة سوني`, `شركة كاواساكي`, `جامعة هلسنكي`),
 * where after a masculine noun it may be the adjective (`بنك مركزي`, and the second word of
 * `شركة إنتاج تلفزيوني`). ى, which normalization folds into ي, ends feminine words and verbs
 * (`أخرى`, `تدعى`), and so does an imperfect's prefix (`يغطي`).
 */
function yaName(r: NameReader, u: number): boolean {
  const s = r.starts[u]!;
  const e = r.ends[u]!;
  const c0 = r.text.charCodeAt(s);
  if (e - s < MIN_YA_NAME || c0 === YA || c0 === TA || r.text.charCodeAt(e - 1) !== YA) return false;
  return r.doc.norm.input.charCodeAt(r.doc.norm.starts[e - 1]!) === YA;
}

/** An indefinite word that may name a place after its trigger noun (`مدينة حلب`, `منطقة طوكر`). */
function properWord(r: NameReader, t: number): boolean {
  return nameStart(r, t, false) && !endsWithAny(r, t, ADJ) && !withPronoun(r, t);
}

/**
 * A word of five or more letters that ends in an attached pronoun ها, هم or هما after a
 * consonant: a noun or verb that describes the place (`منطقة مساحتها`, `مدينة يقطنها`,
 * `قرية عائمة يسكنها`), never a place's name (بنها, أبها are shorter; names in ـاها or ـيهم
 * have a long vowel before the ه).
 */
function withPronoun(r: NameReader, t: number): boolean {
  const text = r.text;
  const s = r.starts[t]!;
  let e = r.ends[t]!;
  if (text.charCodeAt(e - 1) === ALEF && text.charCodeAt(e - 2) === MIM) e--; // هما
  const z = text.charCodeAt(e - 1);
  if ((z !== ALEF && z !== MIM) || text.charCodeAt(e - 2) !== HA) return false;
  return r.ends[t]! - s >= 5 && consonant(text.charCodeAt(e - 3));
}

function placeWord(r: NameReader, t: number): boolean {
  return defWord(r, t) || properWord(r, t);
}

/** Token `u` exists and follows the previous one after spaces only. */
function nextSpaced(r: NameReader, u: number): boolean {
  return u < r.count && spacedOnly(r.text, r.ends[u - 1]!, r.starts[u]!);
}

/**
 * Token `u` describes the place named before it rather than continuing its name: a compass
 * word, also after a preposition (`رفح جنوب`, `بجنوب`), a word of the modifier list
 * (`الواقعة`, `عاصمة`) or a definite nisba adjective (`جاوا الغربية`, `سرخس التجارية`).
 */
function placeModifier(r: NameReader, u: number): boolean {
  if (r.startsPhrase(u, 0, MODIFIER)) return true;
  const text = r.text;
  const s = r.starts[u]!;
  const c0 = text.charCodeAt(s);
  if ((c0 === WA || c0 === 0x0628 || c0 === LAM) && r.startsPhrase(u, 1, MODIFIER)) return true;
  return c0 === ALEF && text.charCodeAt(s + 1) === LAM && endsWithAny(r, u, ADJ);
}

/** Whether a person's name of two parts or more is read from token `u`. */
function personAfter(r: NameReader, doc: Doc, u: number): boolean {
  const end = scanNameFrom(r, u, 0);
  return end >= 0 && tokenAt(doc, end) - u >= 2;
}

/** The library noun (normalized مكتبة). */
const LIBRARY: ReadonlySet<string> = new Set(['\u0645\u0643\u062a\u0628\u0647']);

/** `بسجن` (normalized), also after و or ف: the verbal noun of a sentence (`قضت بسجن`) as often as "in the prison of". */
const WITH_PRISON: readonly string[] = ['\u0628\u0633\u062c\u0646', '\u0648\u0628\u0633\u062c\u0646', '\u0641\u0628\u0633\u062c\u0646'];
/** Who is sentenced (normalized): the accused, the convicted, the offenders. */
const SENTENCED: readonly string[] = [
  ...['المتهم', 'المتهمه', 'المتهمين', 'المتهمتين', 'المدان', 'المدانين', 'الجاني', 'الجناه', 'المحكوم'],
  ...['الناشط', 'الناشطه', 'الناشطين', 'المعارض', 'المعارضه', 'المدون', 'المدونه', 'المواطن', 'المواطنه', 'الشاب', 'الشابه', 'الطالب', 'الطالبه', 'الداعيه'],
  // Indefinite: a sentence passed on someone (`قضت بسجن متهم`, `بسجن شخص`).
  ...['متهم', 'متهمه', 'متهمين', 'شخص', 'اشخاص', 'مواطن', 'مواطنه', 'مدان', 'وافد', 'وافده', 'شاب', 'رجل', 'امراه'],
];

/**
 * Whether the word before token `t` is `بسجن` and what follows is whom it sentences: a title
 * or occupation, the accused, or a person's name (`قضت المحكمة بسجن الناشط أحمد دومة`, `بسجن
 * المتهم خمس سنوات`). A prison's own name stays one (`المعتقلين بسجن صيدنايا`).
 */
function imprisonment(r: NameReader, doc: Doc, t: number): boolean {
  const text = r.text;
  const s = r.starts[t - 1]!;
  const e = r.ends[t - 1]!;
  if (!WITH_PRISON.some((w) => sameText(w, text, s, e))) return false;
  if (r.startsPhrase(t, 0, COMMON) || SENTENCED.some((w) => sameText(w, text, r.starts[t]!, r.ends[t]!))) return true;
  // A kunya names prisons too (`سجن أبو غريب`).
  return !r.startsPhrase(t, 0, PREFIX) && personAfter(r, doc, t);
}

/** Adjectives of a stadium after its town's name (`ستاد القاهرة الدولي`, `ملعب طنطا الرياضي`). */
const VENUE_ADJECTIVES: readonly string[] = ['الدولي', 'الرياضي', 'الاولمبي', 'البلدي'];

/**
 * An indefinite word that may name a stadium: a proper word read as after a place's trigger
 * noun (`ملعب طنطا`), but no noun in ة (`ملعب كرة`, `ملعب مدرسة`), no adjective or
 * nationality (`ملعب رئيسي`), no مفعول participle (`ملعب مكشوف`) and none of VENUE_NOT.
 */
function venueName(r: NameReader, t: number): boolean {
  const text = r.text;
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  if (!nameStart(r, t, false) || endsWithAny(r, t, ADJ) || r.startsPhrase(t, 0, NATIONALITY)) return false;
  if (text.charCodeAt(e - 1) === HA || kindOfPitch(text, s, e)) return false;
  return !(e - s === 5 && text.charCodeAt(s) === MIM && text.charCodeAt(s + 3) === WA);
}

/** Words that say what kind of pitch it is (`ملعب محايد`, `ملعب خاص`): no stadium's name. */
const VENUE_NOT: readonly string[] = [
  ...['محايد', 'خاص', 'قار', 'مغطي', 'مفتوح', 'مغلق', 'بديل', 'ضخم', 'حديث', 'قديم', 'واسع', 'جميل'],
  // and what is played on it (`ملعب غولف`, `ملعب تنس`)
  ...['غولف', 'جولف', 'قولف', 'تنس', 'هوكي', 'رجبي', 'بيسبول', 'اسكواش', 'بولينج', 'بولينغ'],
];

/** Whether text[s, e) is one of VENUE_NOT. */
function kindOfPitch(text: string, s: number, e: number): boolean {
  return VENUE_NOT.some((w) => sameText(w, text, s, e));
}

/** Token `u` follows after spaces and is one of VENUE_ADJECTIVES. */
function venueAdjective(r: NameReader, u: number): boolean {
  return nextSpaced(r, u) && VENUE_ADJECTIVES.some((w) => sameText(w, r.text, r.starts[u]!, r.ends[u]!));
}

/** Titles of saints (normalized) that a church or a castle is named with (`كنيسة القديسة حنة`). */
const SAINTS: readonly string[] = ['القديس', 'القديسه', 'الشهيد', 'الشهيده'];

/**
 * A second name word after the first: no modifier, and no verb (`مراكش يشهد`, `مستشفى ناصر
 * توقف`). After a definite word the construct has ended: an indefinite word there is a known
 * name's, one after a title (`قلعة القديس نيقولا`), or the next phrase's (`مستشفى الشفاء خرج`).
 */
function nextPlaceWord(r: NameReader, u: number, definite: boolean): boolean {
  if (!nextSpaced(r, u) || placeModifier(r, u)) return false;
  if (definite || defWord(r, u)) return defWord(r, u);
  if (defWord(r, u - 1) && !knownToken(r, u) && !r.startsPhrase(u - 1, 0, COMMON) && !SAINTS.some((w) => sameText(w, r.text, r.starts[u - 1]!, r.ends[u - 1]!))) return false;
  return nameStart(r, u, true, true, true) && !endsWithAny(r, u, ADJ) && !withPronoun(r, u) && !verbShape(r, u, r.text, r.starts[u]!, r.ends[u]!, false);
}

/** Adjectives read after a trigger phrase that is a whole name (`ديوان الخدمة المدنية العامة`). */
const MAX_TAIL_ADJECTIVES = 3;

/** Whether text[s, e) has the article: the word joined by و to a name's purpose (`للتجارة والصناعة`). */
function definiteWord(text: string, s: number, e: number): boolean {
  return e - s >= 4 && lt.articleAt(text, s);
}

/**
 * The name after a trigger noun that ends at normalized offset `pos` (the rule's own match),
 * in one of the shapes of ExtendKind. Returns the end of the name, or -1 when none follows.
 * After a definite trigger noun only definite words follow (`البحر الأحمر`): an indefinite
 * word after `المنطقة` starts a new phrase.
 */
export function scanTriggerName(sc: NameScanner, doc: Doc, pos: number, kind: ExtendKind, definite = false): number {
  const { count, starts, ends } = doc.tokens;
  const text = doc.norm.text;
  const t = tokenAt(doc, pos);
  // The trigger phrase is the whole name (`الديوان الملكي`): what follows is its adjectives and
  // purpose, or the sentence's next phrase (`انتقد ديوان المحاسبة أداء الوزارة`).
  if (kind === 'tail') return tailEnd(doc, t - 1, text.length, MAX_TAIL_ADJECTIVES, definiteAdjective, definiteWord);
  if (t >= count || !spacedOnly(text, pos, starts[t]!)) return -1;
  const r = nameReader(sc, doc);
  if (kind !== 'org' && r.startsPhrase(t, 0, GENERIC)) return -1;
  if (kind === 'venue') {
    // A stadium is named after a person, a sponsor or its town (ملعب أنفيلد, ستاد الملك فهد,
    // ستاد القاهرة الدولي). After ملعب a definite common noun is whose pitch it is or what it
    // is for (ملعب الفريق, ملعب الكلية الحربية, ملعب العاصمة), and an indefinite one what it
    // is (ملعب كرة, ملعب جديد): the name is a proper word, a known name token or a title
    // before one, or a definite word with a stadium's own adjective after it.
    if (kindOfPitch(text, starts[t]!, ends[t]!)) return -1;
    // A person's name is read as after a title (`ملعب محمد بن زايد`); definite words after it
    // that are no known names are what the sentence says of the stadium (`يستضيف ملعب أولد
    // ترافورد المباراة`, `ملعب لوسيل المباراة النهائية`).
    let person = knownToken(r, t) ? scanNameFrom(r, t, 0) : -1;
    if (person >= 0) {
      let u = tokenAt(doc, person);
      while (u - 1 > t && lt.articleAt(text, starts[u - 1]!) && !knownToken(r, u - 1)) person = ends[--u - 1]!;
      return venueAdjective(r, u) ? ends[u]! : person;
    }
    // Else a known name token, or a title before one (`ستاد الملك فهد`), is read as a place's name.
    const named = knownToken(r, t) || (r.startsPhrase(t, 0, COMMON) && t + 1 < count && knownToken(r, t + 1) && nextSpaced(r, t + 1) && scanNameFrom(r, t + 1, 1, 2) >= 0);
    if (!named && !defWord(r, t)) {
      if (!venueName(r, t)) return -1;
      // A foreign name goes on with proper words (ملعب سانتياغو برنابيو, ملعب أنفيلد رود),
      // never with a definite one: that is what the sentence says of the stadium (`يستضيف
      // ملعب لوسيل المباراة`).
      let u = t;
      while (u - t < 2 && nextSpaced(r, u + 1) && venueName(r, u + 1) && !defWord(r, u + 1) && !placeModifier(r, u + 1) && !verbShape(r, u + 1, text, starts[u + 1]!, ends[u + 1]!, false)) u++;
      return venueAdjective(r, u + 1) ? ends[u + 1]! : ends[u]!;
    }
    if (!named && !venueAdjective(r, t + 1)) return -1;
    kind = 'facility';
  }
  if (kind === 'facility') {
    // A facility's name as a place's, and one adjective of the facility after it (`مطار
    // القاهرة الدولي`, `معبر رفح الحدودي`, `متحف حلب الوطني`); a nationality there describes
    // whose it is. An indefinite plural in ات is what the noun holds (`قاعدة بيانات`, `قاعدة
    // عمليات`), no name.
    if (!defWord(r, t) && endsWithAny(r, t, FEMININE_PLURAL)) return -1;
    if (t > 0 && imprisonment(r, doc, t)) return -1;
    // A library is named by a definite word, a city or a person (`مكتبة الإسكندرية`, `مكتبة
    // جرير`); an indefinite word after it says what it holds or is (`مكتبة متخصصة`, `مكتبة لغة`).
    if (t > 0 && !defWord(r, t) && !knownToken(r, t) && nounAfterProclitics(LIBRARY, text, starts[t - 1]!, ends[t - 1]!)) return -1;
    const end = scanTriggerName(sc, doc, pos, 'place', definite);
    if (end < 0 || definite) return end;
    const u = tokenAt(doc, end);
    const adjective = (v: number): boolean => v < count && nextSpaced(r, v) && defWord(r, v) && endsWithAny(r, v, ADJ) && !r.startsPhrase(v, 0, COMMON | NATIONALITY | MODIFIER);
    if (!adjective(u)) return end;
    // A family nisba the name lexicon knows is the person's (`مطار رفيق الحريري`): the
    // facility's own adjective may still follow (`الدولي`).
    return knownToken(r, u) && adjective(u + 1) ? ends[u + 1]! : ends[u]!;
  }
  if (kind === 'place') {
    // A nisba adjective after a definite trigger describes it (`المنطقة التجارية`); the named
    // ones (`الخليج العربي`) are in the gazetteer.
    if (definite ? !defWord(r, t) || endsWithAny(r, t, ADJ) : !placeWord(r, t)) return -1;
    // A place named after a person keeps the known name after the title (`مطار الملك عبد
    // العزيز الدولي`, `مستشفى الملك فيصل التخصصي`), with his father's after بن (`ملعب الأمير
    // فيصل بن فهد`), and one adjective of the place after it.
    if (!definite && r.startsPhrase(t, 0, COMMON) && t + 1 < count && knownToken(r, t + 1) && nextSpaced(r, t + 1)) {
      const end = scanNameFrom(r, t + 1, 1, t + 2 < count && sonOf(r, t + 2) ? 3 : 2);
      if (end >= 0) {
        return placeAdjectiveEnd(r, tokenAt(doc, end), end);
      }
    }
    // A place named after a king by his regnal number (`مطار محمد الخامس الدولي`, `شارع محمد
    // الخامس`), and one adjective of the place after it.
    const regnal = definite ? -1 : regnalNameEnd(r, t);
    if (regnal >= 0) return placeAdjectiveEnd(r, tokenAt(doc, regnal), regnal);
    // After a title's place (`مدير مستشفى الشفاء`) a person's full name is the title's holder
    // (`مدير مستشفى الشفاء محمد أبو سلمية`); elsewhere a name there is the place's own (`جامع
    // النبي دانيال`), and a family name alone goes on with it (`شارع الحبيب بورقيبة`).
    if (t >= 2 && isBoundTitle(r, t - 2) && defWord(r, t) && t + 1 < count && knownToken(r, t + 1) && nextSpaced(r, t + 1) && personAfter(r, doc, t + 1)) return ends[t]!;
    // A title or common noun after the name opens the next phrase (`استقبل بقصر المرادية
    // السفير الفرنسي`), unless the name is a person's given name and the word his laqab
    // (`شارع عمر المختار`); a name may begin with such a word (`شارع الملك فيصل`).
    return nextPlaceWord(r, t + 1, definite) && !(r.startsPhrase(t + 1, 0, COMMON) && !knownToken(r, t)) ? ends[t + 1]! : ends[t]!;
  }
  // A person's name after its first part, read as after a title (`ابن رشد`), or one proper
  // word, which may end in ة (`ابن بطوطة`).
  if (kind === 'person') {
    const end = scanNameFrom(r, t, 1);
    return end >= 0 ? end : oneNameWord(r, t) ? ends[t]! : -1;
  }
  if (kind === 'club') {
    // A club named by its city (اتحاد طنجة, ستيوا بوخارست): one proper word, read with the
    // shape checks of a person's name, so that a verb or an accusative (أسيك رفع, مفضلا)
    // ends the match instead; a city in ة (خريبكة) stays.
    return oneNameWord(r, t) ? ends[t]! : -1;
  }
  if (kind === 'gpe') {
    // After a trigger noun that is also a verbal noun or a preposition (`قضاء`: spending,
    // `مقاطعة`: boycott, `ناحية`: as for), a definite plural in ات is what that sense takes
    // (`لقضاء العطلات`, `مقاطعة المنتجات`, `من ناحية المواصلات`), no town.
    if (t > 0 && defWord(r, t) && endsWithAny(r, t, FEMININE_PLURAL) && !knownToken(r, t) && otherSenseNoun(text, starts[t - 1]!, ends[t - 1]!)) return -1;
    // `مقاطعة` is a boycott as often as a province, and a province so called has a foreign
    // name without the article (`مقاطعة ألبرتا`): a definite word or a plural after it is what
    // is boycotted (`مقاطعة الحوار`, `مقاطعة البضائع`, `مقاطعة أحزاب المعارضة`, `مقاطعة شركات`).
    if (t > 0 && nounAfterProclitics(BOYCOTT, text, starts[t - 1]!, ends[t - 1]!) && (defWord(r, t) || afaalShape(text, starts[t]!, ends[t]!) || endsWithAny(r, t, FEMININE_PLURAL))) return -1;
    if (defWord(r, t)) {
      // A quarter or town named after a person keeps the known name after the title (`حي
      // الشيخ جراح`, `مدينة الملك عبد العزيز`); `ولاية` before a title and a name is a term
      // of office (`ولاية الرئيس كميل شمعون`), no state.
      const end = r.startsPhrase(t, 0, COMMON) && t + 1 < count && knownToken(r, t + 1) ? scanNameFrom(r, t + 1, 1, 2) : -1;
      if (end < 0) return ends[t]!;
      return t > 0 && sameText(WILAYA, text, starts[t - 1]!, ends[t - 1]!) ? -1 : end;
    }
    if (!properWord(r, t)) return -1;
    if (nextSpaced(r, t + 1) && text.startsWith('الله', starts[t + 1]!) && !isWordChar(text.charCodeAt(starts[t + 1]! + 4))) return starts[t + 1]! + 4;
    return nextPlaceWord(r, t + 1, false) ? ends[t + 1]! : ends[t]!;
  }
  if (commonTriggerPhrase(r, t, pos)) return -1;
  if (!definite && indefiniteCommon(r, t)) return -1;
  let u = -1;
  // An organisation named after a person keeps the known name after the title (`مركز الملك
  // عبد العزيز الثقافي العالمي`, `مؤسسة الشيخ زايد`); its adjectives and purpose follow.
  if (!definite && t > 0 && t + 1 < count && namingTitle(text, starts[t]!, ends[t]!) && nounAfterProclitics(NAMED_ORG_NOUNS, text, starts[t - 1]!, ends[t - 1]!) && knownToken(r, t + 1) && nextSpaced(r, t + 1)) {
    const end = scanNameFrom(r, t + 1, 1);
    if (end >= 0) u = tokenAt(doc, end) - 1;
  }
  // And after a king by his regnal number (`جامعة محمد السادس متعددة التخصصات`).
  if (u < 0 && !definite && t > 0 && nounAfterProclitics(NAMED_ORG_NOUNS, text, starts[t - 1]!, ends[t - 1]!)) {
    const end = regnalNameEnd(r, t);
    if (end >= 0) u = tokenAt(doc, end) - 1;
  }
  if (u < 0) {
    // org: up to two name words, then a definite word or a name word that is no adjective,
    // up to two more definite words and one joined by و.
    const feminine = !definite && pos > 0 && feminineNoun(r, pos);
    const nameWord = (v: number, endings: readonly string[]): boolean => nameStart(r, v, false) && (!endsWithAny(r, v, endings) || (feminine && v === t && yaName(r, v)));
    let k = 0;
    while (k < 2 && t + k + 1 < count && nameWord(t + k, ORG_WORD) && nextSpaced(r, t + k + 1) && !imperfectAfter(r, t + k + 1)) k++;
    for (; k >= 0; k--) {
      const v = t + k;
      if (defWord(r, v) || nameWord(v, ORG_FINAL)) {
        u = v;
        break;
      }
    }
  }
  if (u < 0) return -1;
  // A naming title with a word after it is no name of its own (`مستشفى السلطان قابوس`): the
  // person's name after it is. An organisation that takes a person's name takes that word
  // (`جامعة السلطان قابوس`); after other nouns the facility rule and the steps after the rules
  // read it.
  if (u === t && !definite && namingTitle(text, starts[t]!, ends[t]!) && nextSpaced(r, t + 1) && isWord(r, t + 1) && !defWord(r, t + 1) && !forWord(r, t + 1)) {
    if (!nounAfterProclitics(NAMED_ORG_NOUNS, text, starts[t - 1]!, ends[t - 1]!) || !nameStart(r, t + 1, false)) return -1;
    u = t + 1;
  }
  // After a definite word only adjectives go on (`الهيئة السعودية العامة`, `الأمم المتحدة`):
  // a construct's last word alone takes the article, so a definite noun there is the object
  // of the sentence (`أعلنت وزارة الداخلية السعودية القبض على`, `نشرت وزارة الصحة التقرير`).
  // After a name word one definite noun may end the construct (`هيئة سوق رأس المال`).
  // After a nationality, only a nisba or a plain adjective: a participle there says what the
  // body does (`جامعة بيروت العربية المدعومة من`). A known name goes on a name (`كلية الحسين`).
  let definiteEnd = defWord(r, u);
  for (let i = 0; i < 2 && nextSpaced(r, u + 1) && (defWord(r, u + 1) || generalAdjective(r, u + 1)); i++) {
    if (r.startsPhrase(u, 0, NATIONALITY) ? !adjectiveAfter(r, u + 1) : definiteEnd && !definiteAdjective(text, starts[u + 1]!, ends[u + 1]!) && !knownToken(r, u + 1)) break;
    u++;
    definiteEnd = true;
  }
  // What the organisation is for, with ل and the article (معهد ماساشوسيتس للتكنولوجيا,
  // منظمة الأقطار المصدرة للنفط), and one adjective after it (للملكية الفكرية).
  if (nextSpaced(r, u + 1) && forWord(r, u + 1)) {
    u++;
    if (nextSpaced(r, u + 1) && defWord(r, u + 1) && definiteAdjective(text, starts[u + 1]!, ends[u + 1]!)) u++;
  }
  return conjunctsEnd(r, u, t - 1);
}

/**
 * The end of a king's name by his regnal number starting at token `t`, a known given name
 * with a definite ordinal after it, as the name scan reads it (`محمد الخامس`); -1 otherwise.
 * The ordinal is definite: `جنيف سنة` is no name.
 */
function regnalNameEnd(r: NameReader, t: number): number {
  if (!nextSpaced(r, t + 1) || !lt.articleAt(r.text, r.starts[t + 1]!) || !r.startsPhrase(t + 1, 0, NOT_DEF) || !knownToken(r, t)) return -1;
  const end = scanNameFrom(r, t, 0);
  return end >= r.ends[t + 1]! ? end : -1;
}

/** `end`, or past token `u` when it is a definite adjective of the place whose name ends at `end` (`الدولي`, `التخصصي`). */
function placeAdjectiveEnd(r: NameReader, u: number, end: number): number {
  return nextSpaced(r, u) && defWord(r, u) && endsWithAny(r, u, ADJ) && !r.startsPhrase(u, 0, COMMON | NATIONALITY) ? r.ends[u]! : end;
}

/**
 * First words (normalized) of compound names of towns and villages (`كفر الجبل`, `عين قانا`,
 * `دير الزور`, `بيت لحم`, `نزلة السمان`): after و, only these take more words; any other
 * word there ends the name, the words after it being the sentence's (`وكفريا الطريق`).
 */
const COMPOUND_PLACE_HEADS: ReadonlySet<string> = new Set(['كفر', 'عين', 'دير', 'بيت', 'تل', 'برج', 'بير', 'بئر', 'خربه', 'نزله', 'ميت', 'منيه', 'عزبه', 'كوم', 'ابو', 'بني', 'جسر', 'مجدل', 'راس', 'رام', 'عيتا', 'جبل', 'وادي', 'سيدي', 'قصر', 'حمام', 'سوق', 'مرج', 'ام']);

/**
 * The places a noun in the dual names after normalized offset `pos` (`بلدتي كفرشوبا
 * وكفرحمام`, `مدينتي نابلس ورام الله`), each read as a town's name after its noun, the second
 * after و: their [start, end) offsets, two by two, or null. The noun stays out: it names no
 * place of its own. The dual is no plural: `مدن العالم وعواصمه` is no list of two towns.
 */
export function scanPlaceList(sc: NameScanner, doc: Doc, pos: number): number[] | null {
  const { count, starts, ends } = doc.tokens;
  const text = doc.norm.text;
  const r = nameReader(sc, doc);
  const t = tokenAt(doc, pos);
  const end = scanTriggerName(sc, doc, pos, 'gpe');
  if (end < 0) return null;
  const u = tokenAt(doc, end);
  if (u >= count || !spacedOnly(text, end, starts[u]!) || text.charCodeAt(starts[u]!) !== WA) return null;
  // و written apart (`و رام الله`, as segmented text has it) or glued to the place.
  if (ends[u]! - starts[u]! > 1) {
    const second = conjunctPlace(r, u);
    return second < 0 ? null : [starts[t]!, end, starts[u]! + 1, second];
  }
  const second = scanTriggerName(sc, doc, ends[u]!, 'gpe');
  return second < 0 ? null : [starts[t]!, end, starts[u + 1]!, second];
}

/**
 * The end of the place's name that token `u` begins after its و: a definite word or a proper
 * one of three letters or more, with one or two more words after the first word of a compound
 * name (`وكفر الجبل`, `وعين بيت الماء`, `ورام الله`); -1 when the word after و names no place
 * (a common word, a noun with a pronoun: `وأهلها`, a verb: `وصل`).
 */
function conjunctPlace(r: NameReader, u: number): number {
  const { text, starts, ends } = r;
  const s = starts[u]! + 1;
  if (ends[u]! - s < 3) return -1;
  if (defWord(r, u, 1)) return r.startsPhrase(u, 1, MODIFIER) ? -1 : ends[u]!;
  if (r.startsPhrase(u, 1, COMMON | BOUND | NOT_START | STOP | GENERIC) || withPronoun(r, u) || text.charCodeAt(s) === WA || verbShape(r, u, text, s, ends[u]!, false)) return -1;
  let v = u;
  while (v - u < 2 && COMPOUND_PLACE_HEADS.has(text.slice(v === u ? s : starts[v]!, ends[v]!)) && nextSpaced(r, v + 1) && (defWord(r, v + 1) || properWord(r, v + 1))) v++;
  return ends[v]!;
}

/**
 * Where the name after a minister's title goes on past the portfolios the title rule leaves
 * to a later step (`وزير النقل والخدمات اللوجستية صالح الجاسر`): each a portfolio of the list,
 * a nisba joined to the last one or a portfolio of two words after و, then one nisba
 * adjective. `pos` is where the title's match ends; returns `pos` when no portfolio follows.
 */
export function pastPortfolios(doc: Doc, pos: number): number {
  const { count, starts, ends } = doc.tokens;
  const text = doc.norm.text;
  let t = tokenAt(doc, pos);
  let end = pos;
  for (let k = 0; k < MAX_PORTFOLIOS && t < count && t > 0 && ends[t - 1] === end && text.charCodeAt(starts[t]!) === WA && spacedOnly(text, end, starts[t]!); k++) {
    const s = starts[t]! + 1;
    // A portfolio of two words (`وتقنية المعلومات`).
    if (!lt.articleAt(text, s) && t + 1 < count && spacedOnly(text, ends[t]!, starts[t + 1]!) && lt.articleAt(text, starts[t + 1]!) && portfolioHead(text, s, ends[t]!)) {
      end = ends[t + 1]!;
      t += 2;
      continue;
    }
    if (!lt.articleAt(text, s)) break;
    if (!joinsPortfolio(text, starts[t - 1]!, ends[t - 1]!, s, ends[t]!)) break;
    end = ends[t]!;
    t++;
  }
  if (end === pos) return pos;
  return t < count && spacedOnly(text, end, starts[t]!) && lt.definiteNisbaShape(text, starts[t]!, ends[t]!) ? ends[t]! : end;
}

/** العام (normalized), "general" after a name and "the year" before one. */
const GENERAL = '\u0627\u0644\u0639\u0627\u0645';

/**
 * Whether token `t` is العام as an adjective, no year (`هيئة النقل العام`, `مستشفى حمد العام`):
 * a period noun to the name scan. A year is what a feminine noun before it (`وزارة الصحة العام
 * الماضي`: the adjective would be العامة), or a number or definite word after it (`العام
 * 2024`, `العام الماضي`), makes of it.
 */
function generalAdjective(r: NameReader, t: number): boolean {
  if (t < 1 || !sameText(GENERAL, r.text, r.starts[t]!, r.ends[t]!) || r.text.charCodeAt(r.ends[t - 1]! - 1) === HA) return false;
  return !(t + 1 < r.count && (r.kinds[t + 1] === DIGIT || lt.articleAt(r.text, r.starts[t + 1]!)));
}

/** Ministry nouns (normalized): after them only portfolios join with و. */
const MINISTRY_NOUNS: ReadonlySet<string> = new Set(['وزاره', 'الوزاره']);
/** Club and team nouns (normalized): a name after و is the other side (`نادي النصر والاتفاق`). */
const TEAM_NOUNS: ReadonlySet<string> = new Set(['نادي', 'النادي', 'فريق', 'الفريق', 'منتخب', 'المنتخب']);
/** Words joined by و after an organisation's name (`والبحث العلمي`, `والمياه والزراعة`). */
const MAX_CONJUNCTS = 2;

/**
 * The end of an organisation's name that ends at token `u`, past words joined by و, each with
 * one adjective (`وزارة التعليم العالي والبحث العلمي`, `الهيئة العامة للاستثمار والمناطق الحرة`).
 * After a ministry noun (the trigger, token `trigger`) only portfolios join (`وزارة البيئة
 * والمياه والزراعة`, `وزارة الاتصالات وتكنولوجيا المعلومات`): another definite word after و is
 * the sentence's next subject or object (`استقبلت وزارة الخارجية والسفير الأمريكي`). After
 * other organisations one word joins, as in party names (`حزب الحرية والعدالة`), and a second
 * only after a purpose (`للكهرباء والماء`); after a club, none.
 */
function conjunctsEnd(r: NameReader, u: number, trigger: number): number {
  const { text, starts, ends, count } = r;
  // Most names end before no و: the trigger noun is read only then.
  if (!nextSpaced(r, u + 1) || text.charCodeAt(starts[u + 1]!) !== WA) return ends[u]!;
  if (trigger >= 0 && nounAfterProclitics(TEAM_NOUNS, text, starts[trigger]!, ends[trigger]!)) return ends[u]!;
  const ministry = trigger >= 0 && nounAfterProclitics(MINISTRY_NOUNS, text, starts[trigger]!, ends[trigger]!);
  for (let k = 0; k < MAX_CONJUNCTS && nextSpaced(r, u + 1) && text.charCodeAt(starts[u + 1]!) === WA; k++) {
    const v = u + 1;
    const s = starts[v]! + 1;
    if (ministry) {
      if (defWord(r, v, 1) && joinsPortfolio(text, starts[u]!, ends[u]!, s, ends[v]!)) u = v;
      else if (v + 1 < count && nextSpaced(r, v + 1) && defWord(r, v + 1) && portfolioHead(text, s, ends[v]!)) u = v + 1;
      else break;
    } else {
      if (!defWord(r, v, 1) || (k > 0 && !forWord(r, u - 1) && !forWord(r, u))) break;
      u = v;
    }
    if (nextSpaced(r, u + 1) && defWord(r, u + 1) && definiteAdjective(text, starts[u + 1]!, ends[u + 1]!)) u++;
  }
  return ends[u]!;
}

/**
 * Titles (normalized) before the name of a person an organisation is named after (`مركز
 * الملك عبد العزيز`, `مؤسسة الشيخ زايد`, `جامعة الإمام محمد بن سعود`).
 */
export const NAMING_TITLES: ReadonlySet<string> = new Set(['الملك', 'الملكه', 'الامير', 'الاميره', 'الشيخ', 'الشيخه', 'الامام', 'السلطان', 'الشهيد', 'الرئيس']);

/**
 * Organisation nouns (normalized) that take a person's name as theirs. An office or a hospital
 * is the person's own or a building (`مكتب الشيخ محمد يزبك`, `مستشفى الملك فيصل`: a facility).
 */
const NAMED_ORG_NOUNS: ReadonlySet<string> = new Set(['مركز', 'مؤسسه', 'جامعه', 'كليه', 'معهد', 'جمعيه', 'كتائب', 'مدرسه', 'اكاديميه', 'صندوق', 'مكتبه', 'مجمع', 'برنامج', 'قاعده', 'جائزه']);

const NAMING_TITLE_MIN = Math.min(...[...NAMING_TITLES].map((w) => w.length));
const NAMING_TITLE_MAX = Math.max(...[...NAMING_TITLES].map((w) => w.length));

/** Whether text[s, e) is one of NAMING_TITLES: the article and the length first, so most words cut out no string. */
function namingTitle(text: string, s: number, e: number): boolean {
  return e - s >= NAMING_TITLE_MIN && e - s <= NAMING_TITLE_MAX && text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM && NAMING_TITLES.has(text.slice(s, e));
}

/** Whether text[s, e), after up to two proclitic letters (لمركز, وبجامعة), is one of `nouns`. */
function nounAfterProclitics(nouns: ReadonlySet<string>, text: string, s: number, e: number): boolean {
  for (let k = 0; k <= 2 && s + k < e; k++) {
    if (nouns.has(text.slice(s + k, e))) return true;
    if (!lt.procliticLetter(text.charCodeAt(s + k))) return false;
  }
  return false;
}

/** مقاطعة (normalized): a province, and a boycott. */
const MUQATAA = '\u0645\u0642\u0627\u0637\u0639\u0647';

/** Place trigger nouns (normalized) that are also a verbal noun or a preposition: قضاء مقاطعه ناحيه. */
const OTHER_SENSE_NOUNS: readonly string[] = ['\u0642\u0636\u0627\u0621', MUQATAA, '\u0646\u0627\u062d\u064a\u0647'];

/** Whether text[s, e) ends with one of OTHER_SENSE_NOUNS, after at most two proclitic letters (لقضاء, بمقاطعة). */
function otherSenseNoun(text: string, s: number, e: number): boolean {
  return OTHER_SENSE_NOUNS.some((w) => e - s >= w.length && e - s <= w.length + 2 && text.endsWith(w, e));
}

/** مقاطعة alone, for nounAfterProclitics. */
const BOYCOTT: ReadonlySet<string> = new Set([MUQATAA]);

/** ولاية (normalized): before a title, a term of office (`ولاية الرئيس`), no state. */
const WILAYA = '\u0648\u0644\u0627\u064a\u0647';

/** Whether definite token `t` reads as an adjective after a nationality: a nisba in ي or ية, or one of ADJECTIVES_AFTER_NATIONALITY. */
function adjectiveAfter(r: NameReader, t: number): boolean {
  if (endsWithAny(r, t, ADJ)) return true;
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  return ADJECTIVES_AFTER_NATIONALITY.some((w) => sameText(w, r.text, s, e));
}

/**
 * Whether token `t`, after a name word, is an imperfect verb by its shape (up to six
 * letters), not in ة, no تفعيل noun and no known name token (`دينامو كييف يفاجئ أصحاب
 * الأرض`, `شركة أبل تطلق`). The verb's subject is the name before it.
 */
function imperfectAfter(r: NameReader, t: number): boolean {
  if (r.sc.known === null || knownToken(r, t)) return false;
  const text = r.text;
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  // A تفعيل verbal noun goes on a genitive name (`لجنة إعداد تقويم أم القرى`).
  if (tafeelShape(text, s, e)) return false;
  return imperfectShape(text, s, e, 6) && !feminineNoun(r, e);
}

/**
 * ت, two letters and ي before the last, five letters in all: the shape of a تفعيل verbal noun
 * (ترسيم, تقويم).
 */
function tafeelShape(text: string, s: number, e: number): boolean {
  return e - s === 5 && text.charCodeAt(s) === TA && text.charCodeAt(s + 3) === YA;
}

/**
 * ا, two letters and ا before the last, five letters in all: the shape of an أفعال broken
 * plural (أوراق, أطراف, أسباب), the head of a construct before a definite word (`أوراق
 * القضية`); given names of the shape (أنوار, أحلام) are known name tokens.
 */
function afaalShape(text: string, s: number, e: number): boolean {
  return e - s === 5 && text.charCodeAt(s) === ALEF && text.charCodeAt(s + 3) === ALEF;
}

/**
 * ي or ت, then a root letter, in a word of four to `longest` letters: the shape of an
 * imperfect verb (يشرف, تعمل).
 */
function imperfectShape(text: string, s: number, e: number, longest: number): boolean {
  const c0 = text.charCodeAt(s);
  return (c0 === YA || c0 === TA) && e - s >= 4 && e - s <= longest && consonant(text.charCodeAt(s + 1));
}

/**
 * Whether the trigger noun ending at `pos`, after up to two proclitics, and token `t` after it
 * make a common noun phrase of NameLists.orgCommon (`بموقع الحادث`, `وحركة المرور`).
 */
function commonTriggerPhrase(r: NameReader, t: number, pos: number): boolean {
  const phrases = r.sc.orgCommon;
  if (phrases.size === 0 || t === 0 || r.ends[t - 1] !== pos) return false;
  if (!r.sc.orgCommonNext.has(hashKey(r.doc.tokens.hash[t]!))) return false;
  const word = r.text.slice(r.starts[t]!, r.ends[t]!);
  return cliticReadings(r.text.slice(r.starts[t - 1]!, pos)).some((reading) => phrases.has(`${reading.key} ${word}`));
}

/**
 * Whether token `t`, the first word after an indefinite trigger noun, reads as a common word
 * by its shape, which leaves the phrase a common one (`فريق كبير`, `تحالف معلن`, `منتخب
 * يشرف`, `مجموعة كاميرات`, `لجنة تحقيق`): an adjective of the فعيل shape, a plural in ات, a
 * تفعيل verbal noun, a participle or an imperfect verb. Known name tokens stay names.
 */
function indefiniteCommon(r: NameReader, t: number): boolean {
  if (r.sc.known === null || !isWord(r, t) || knownToken(r, t)) return false;
  const text = r.text;
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  const n = e - s;
  const c0 = text.charCodeAt(s);
  const c1 = text.charCodeAt(s + 1);
  if (c0 === ALEF && c1 === LAM) return false;
  const faeel = n === 4 && text.charCodeAt(s + 2) === YA && consonant(c0) && consonant(c1) && consonant(text.charCodeAt(e - 1));
  const plural = n >= 5 && text.charCodeAt(e - 1) === TA && text.charCodeAt(e - 2) === ALEF;
  const tafeel = tafeelShape(text, s, e) && consonant(c1) && consonant(text.charCodeAt(s + 2));
  // مُفعَل and the derived participles (معلن, متحمس, منتظر); an imperfect (يشرف, تسعى).
  const participle = derivedParticiple(text, s, e) || (n === 4 && c0 === MIM && consonant(c1) && consonant(text.charCodeAt(s + 2)) && consonant(text.charCodeAt(s + 3)));
  const imperfect = imperfectShape(text, s, e, 5);
  if (!(faeel || plural || tafeel || participle || imperfect)) return false;
  // A definite word or a name after it makes it the first noun of a genitive name (`حركة
  // تحرير السودان`, `مكتب تسجيل براءات الاختراع`, `مؤسسة تعليم غيتس`).
  // A stop word after it (`مصنع جديد في المكسيك`) ends the phrase: a definite word after that is no genitive.
  for (let u = t + 1; u <= t + 2 && nextSpaced(r, u); u++) {
    if (defWord(r, u)) return false;
    if (r.startsPhrase(u, 0, STOP)) break;
  }
  return !(nextSpaced(r, t + 1) && nameStart(r, t + 1, true));
}

/** One proper word read with the shape checks of a person's name, and no adjective in ي. */
function oneNameWord(r: NameReader, t: number): boolean {
  return nameStart(r, t, true, true) && !endsWithAny(r, t, ADJ);
}

/** A token لل + a noun that is no stop word or number: the article after the preposition ل. */
function forWord(r: NameReader, t: number): boolean {
  const text = r.text;
  const s = r.starts[t]!;
  if (r.ends[t]! - s < 5 || text.charCodeAt(s) !== LAM || text.charCodeAt(s + 1) !== LAM) return false;
  return isWord(r, t) && !r.startsPhrase(t, 0, STOP) && !r.startsPhrase(t, 2, NUMBER_WORD);
}

/**
 * Whether a list of names goes on or ends right after token `t`: و glued to the next word, a
 * comma or a full stop follows it (spaces between), or the text ends.
 */
function listGoesOn(r: NameReader, t: number): boolean {
  const text = r.text;
  let i = r.ends[t]!;
  while (text.charCodeAt(i) === 0x20) i++;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c === 0x060c || c === 0x2c || c === 0x2e) return true;
  return c === WA && t + 1 < r.count && r.starts[t + 1] === i && r.ends[t + 1]! - i >= 3;
}

/**
 * The name joined by و at token `t` to a person named right before it (`محمود مرسى ويحيى
 * شاهين`, `وبسام شراب وسعيد الفرا`): the word after و must be able to start a name (no stop
 * word, title, common word, verb or noun shape), and one to three name tokens must follow
 * it, for a single word after و is as often a thing or a group (`بوش وحماس`). One of its
 * words must be a known name token unless `needKnown` is false (a list of names already).
 * `skip` is 1 for the و; 0 reads a name after a comma alone (`، جيهان الناصر ،`).
 * Returns the name's end offset, or -1.
 */
export function scanCoordinatedName(r: NameReader, t: number, needKnown = true, skip = 1): number {
  const { text, count, starts, ends } = r;
  const s = starts[t]! + skip;
  const e = ends[t]!;
  if (r.sc.known === null || (skip === 1 && text.charCodeAt(s - 1) !== WA) || e - s < 3 || t + 1 >= count || !isWord(r, t, skip)) return -1;
  if (text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM) return -1;
  if (r.startsPhrase(t, skip, COMMON | BOUND | NOT_START | STOP | NUMBER_WORD) || r.accusativeOf(t, COMMON | BOUND) || houseNoun(text, s, e)) return -1;
  // ب, ل, ك or ف before a word the text begins with a hamza (كأني, بأن): a particle and a word.
  if (procliticBeforeHamza(r.doc, s, e, false)) return -1;
  // A name of the lexicon is a name whatever its shape (يحيى, إيمان); another word must not
  // read as a verb, a noun with a suffix, a verbal noun or a preposition glued to a noun.
  // Rare name tokens count as such words here: a rare name shares its letters with a verb or
  // a verbal noun (حارب, اعتقال) often enough.
  const known = r.inLexiconAt(t, skip);
  if (!known) {
    // In a list of names a word in ة is a woman's name (وماجدة الخطيب).
    if (clitcShape(text, s, e) || nounShape(r, t, text, s, e, !needKnown) || verbShape(r, t, text, s, e, true) || prepositionNoun(r, t, text, s, e)) return -1;
    if (verbalNoun(text, s, e) && consonant(text.charCodeAt(s + 1)) && consonant(text.charCodeAt(s + 2))) return -1;
    // A past in ت (وسكنت, وشوهدت) or a short adverb in ا (وأخيرا, وحيدا): names of these
    // endings (رفعت, جومانا) are known name tokens, or longer (غانلوكا).
    const z = text.charCodeAt(e - 1);
    if ((z === ALEF && e - s <= 5) || (z === TA && e - s >= 4)) return -1;
  }
  // In a list of names, one word alone is a name when the list goes on after it with و or a
  // comma, or ends (`وأحمد مظهر وشادية وتحية كاريوكا`, `وشيفا ودروغبا`).
  if (!needKnown && skip === 1 && !r.startsPhrase(t, skip, PREFIX) && listGoesOn(r, t)) {
    const longer = spacedOnly(text, e, starts[t + 1]!) ? scanNameFrom(r, t + 1, 1) : -1;
    return longer > 0 ? longer : e;
  }
  if (!spacedOnly(text, e, starts[t + 1]!)) return -1;
  // A name prefix (وعبد, وأبو) takes the next word; the name may go on after it.
  const prefix = r.startsPhrase(t, skip, PREFIX);
  if (prefix && !namePart(r, t + 1, 1, true)) return -1;
  const end = prefix ? Math.max(ends[t + 1]!, t + 2 < count ? scanNameFrom(r, t + 2, 2) : -1) : scanNameFrom(r, t + 1, 1);
  if (end < 0 || known || !needKnown || r.knownAt(t, skip)) return end;
  // Two unknown words after و are as often a noun and its adjective (ومفاهيم خطيرة): one
  // of the name's words must be a known name token.
  for (let u = t + 1; u < count && starts[u]! < end; u++) if (r.known(u)) return end;
  return -1;
}

/** Houses, tribes and families (بيت, بني, آل): a place or a group named after a person. */
const HOUSES: readonly string[] = ['\u0628\u064a\u062a', '\u0628\u0646\u064a', '\u0628\u0646\u0648', '\u0627\u0644', '\u0627\u0633\u0631\u0647', '\u0639\u0627\u0626\u0644\u0647', '\u0642\u0628\u064a\u0644\u0647', '\u062f\u0627\u0631']; // بيت بني بنو ال اسره عائله قبيله دار

/** Whether text[s, e) is one of HOUSES. */
function houseNoun(text: string, s: number, e: number): boolean {
  for (const w of HOUSES) if (sameText(w, text, s, e)) return true;
  return false;
}

/** Token `t`, read from `skip` code units in, starts a title that needs a complement (رئيس, سفير). */
export function isBoundTitle(r: NameReader, t: number, skip = 0): boolean {
  return r.startsPhrase(t, skip, BOUND);
}

/** Token `t` is a stop word, title, common word or descriptor: never inside a person's name. */
export function neverInName(r: NameReader, t: number): boolean {
  return r.startsPhrase(t, 0, COMMON | BOUND | NOT_TOKEN | STOP | NOT_START);
}

/** Token `t` is a common word, a title or a trigger noun (`الصحفي`): never a family name, a nisba's shape notwithstanding. */
export function commonWord(r: NameReader, t: number): boolean {
  return r.startsPhrase(t, 0, COMMON | BOUND);
}

/** Token `t` is a definite ordinal, relative adjective or noun of a period (`الأسبوع`): a definite name word only as a regnal number. */
export function notDefiniteName(r: NameReader, t: number): boolean {
  return lt.articleAt(r.text, r.starts[t]!) && r.startsPhrase(t, 0, NOT_DEF);
}

/** Token `t` is a nationality, title complement or relative adjective: it describes a title, never names. */
export function isDescriptor(r: NameReader, t: number): boolean {
  return r.startsPhrase(t, 0, NOT_TOKEN);
}

/**
 * A feminine plural in ات: with the article, six letters or more (الهجمات, الاجراءات);
 * without, five or more (محادثات, هيئات). After a name it is the object of its verb (`سالم
 * زعيف الهجمات`, `فيجاي غيباري محادثات`, `ناشد الدكتور سعيد هيئات المجتمع`); family names in
 * ات (بركات, عرفات) are known name tokens.
 */
function femininePlural(r: NameReader, u: number): boolean {
  const text = r.text;
  const s = r.starts[u]!;
  const e = r.ends[u]!;
  const definite = text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM;
  if (e - s < (definite ? 6 : 5) || text.charCodeAt(e - 2) !== ALEF || text.charCodeAt(e - 1) !== TA) return false;
  // The فعيلات shape with the article is a Jordanian family name (العبيدات, الخريشات), seldom
  // a plural a verb takes.
  return !(definite && e - s === 8 && text.charCodeAt(s + 4) === YA);
}

/**
 * The person name read from token `t` after a title and its complement (see scanNameFrom),
 * whose first word is no future (`ستثير`) and no short accusative (`هجوما`): after a
 * complement, a sentence goes on with its verb or object as often as with a name. Returns
 * its end offset, or -1.
 */
export function scanNameAfterComplement(r: NameReader, t: number): number {
  const text = r.text;
  const s = r.starts[t]!;
  const e = r.ends[t]!;
  if (r.sc.known !== null && !knownToken(r, t)) {
    const c0 = text.charCodeAt(s);
    const c1 = text.charCodeAt(s + 1);
    if (c0 === SIN && (c1 === YA || c1 === TA || c1 === NUN) && e - s >= 5 && e - s <= 6) return -1;
    if (text.charCodeAt(e - 1) === ALEF && e - s <= 5) return -1;
  }
  return scanNameFrom(r, t, 0);
}

/** مت…, من… or مس… of five or six letters with a root letter after its prefix: a participle of the derived forms. */
function derivedParticiple(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < 5 || n > 6 || text.charCodeAt(s) !== MIM) return false;
  const c1 = text.charCodeAt(s + 1);
  return (c1 === TA || c1 === NUN || c1 === SIN) && consonant(text.charCodeAt(s + 2));
}

/** م + a root letter + ت + two root letters (مكتشف, مرتفع): a participle of the افتعل form. */
function iftaalParticiple(text: string, s: number, e: number): boolean {
  return e - s === 5 && text.charCodeAt(s) === MIM && consonant(text.charCodeAt(s + 1)) && text.charCodeAt(s + 2) === TA && consonant(text.charCodeAt(s + 3)) && consonant(text.charCodeAt(s + 4));
}

/** A word ending in تين, تان or تا: a feminine dual. */
function feminineDual(text: string, e: number): boolean {
  const z = text.charCodeAt(e - 1);
  if (z === ALEF) return text.charCodeAt(e - 2) === TA;
  return z === NUN && text.charCodeAt(e - 3) === TA && (text.charCodeAt(e - 2) === YA || text.charCodeAt(e - 2) === ALEF);
}

/** الله (normalized). */
const ALLAH = '\u0627\u0644\u0644\u0647';

/**
 * First words of family names in الله (normalized): حسب الله, جاب الله, عطا الله. Alone these
 * compounds are as often phrases (فضل الله, "God's grace"), so they are read only after a
 * name's first word.
 */
export const ALLAH_FIRST: ReadonlySet<string> = new Set(
  'نصر فضل حسب عطا عطيه جاب خير ضيف فتح رزق عوض جار هبه وديع امر حرز حمد سعد عبيد فرج جاد خلف روح لطف سيف حبيب نعمه'.split(' '),
);

/**
 * Whether token `u` is الله with no compound's first word before it (عبد, حسب, جاب…): then
 * it is no name part (`أحمد الله` "I praise God", `أسماء الله`, `رحمه الله` after a name).
 */
export function allahAlone(r: { readonly text: string; readonly starts: Int32Array; readonly ends: Int32Array }, u: number): boolean {
  const text = r.text;
  const s = r.starts[u]!;
  if (r.ends[u]! - s !== 4 || !sameText(ALLAH, text, s, r.ends[u]!)) return false;
  if (u === 0) return true;
  const word = text.slice(r.starts[u - 1]!, r.ends[u - 1]!);
  return !ALLAH_FIRST.has(word) && !ALLAH_HEADS.has(word);
}

/** Other words before الله in a name (normalized): عبد (عبد الله), the family's العبد (العبد الله), عطاء. */
const ALLAH_HEADS: ReadonlySet<string> = new Set(['عبد', 'وعبد', 'العبد', 'عطاء']);

/** الدين, the second word of compound given names. */
export const DIN = '\u0627\u0644\u062f\u064a\u0646';

/**
 * First words of compound given names in الدين (normalized): نور الدين, صلاح الدين, محيي
 * الدين. Other words before الدين make a common phrase (رجال الدين, يوم الدين).
 */
export const DIN_FIRST: ReadonlySet<string> = new Set(
  ('نور صلاح عز علاء بهاء جمال شمس محيي محي سيف تاج ضياء نجم شرف كمال خير فخر بدر قطب زين شهاب سعد ' +
    'نصر جلال حسام عماد تقي معين قمر برهان ولي نظام ركن سراج عصام مجد').split(' '),
);

/** Whether tokens `t` and `t + 1`, spaces only between, are a compound given name in الدين. */
function dinCompound(r: NameReader, t: number): boolean {
  const text = r.text;
  const s1 = r.starts[t + 1]!;
  if (r.ends[t + 1]! - s1 !== 5 || !sameText(DIN, text, s1, r.ends[t + 1]!) || !spacedOnly(text, r.ends[t]!, s1)) return false;
  return DIN_FIRST.has(text.slice(r.starts[t]!, r.ends[t]!));
}

/** Whether tokens `t` and `t + 1`, spaces only between, are a compound family name in الله. */
export function allahCompound(r: { readonly text: string; readonly starts: Int32Array; readonly ends: Int32Array }, t: number): boolean {
  const text = r.text;
  const s1 = r.starts[t + 1]!;
  if (r.ends[t + 1]! - s1 !== 4 || !sameText(ALLAH, text, s1, r.ends[t + 1]!) || !spacedOnly(text, r.ends[t]!, s1)) return false;
  return ALLAH_FIRST.has(text.slice(r.starts[t]!, r.ends[t]!));
}

/**
 * A word of three consonants and ت, the past of the simple verb (`أختي سارة نجحت`): from the
 * second part on; names of that shape (مدحت, رفعت) are known name tokens.
 */
function pastFaalat(r: NameReader, u: number): boolean {
  const text = r.text;
  const s = r.starts[u]!;
  return r.ends[u]! - s === 4 && consonant(text.charCodeAt(s)) && consonant(text.charCodeAt(s + 1)) && consonant(text.charCodeAt(s + 2));
}

/** An unknown word of four to six letters in ت, not ات: a past (حملت, اتحدت). */
function pastInTa(r: NameReader, u: number): boolean {
  const text = r.text;
  const n = r.ends[u]! - r.starts[u]!;
  const e = r.ends[u]!;
  return n >= 4 && n <= 6 && text.charCodeAt(e - 1) === TA && text.charCodeAt(e - 2) !== ALEF;
}

// Reads the person name after a title, an honorific or a counterpart noun over the token
// stream: a few hash look-ups per token instead of a RegExp that re-tests every stop-word
// list at every name token. The rule's RegExp matches only the title phrase; this scan
// continues from its end.

import { tokenAt, type Doc } from '../doc.js';
import * as th from '../tokenize/token-hash.js';
import * as cc from '../tokenize/char-class.js';
import * as lt from '../tokenize/letters.js';
import { tokenize } from '../tokenize/tokenize.js';
import type { ExtendKind, NameLists } from './compiled.js';

// Module-local copies: an imported binding is read through a getter on every use in some
// module formats, and these are read for every name token.
const { hashKey, hashRange, sameText } = th;
const { ARABIC } = cc;
const { ALEF, BA, FA, HA, HAMZA, KAF, LAM, MIM, NUN, SIN, TA, WA, YA } = lt;


/** A word or phrase of a list: its tokens and whether each one follows a space. */
interface Phrase {
  readonly tokens: readonly string[];
  readonly spaced: readonly boolean[];
}

/** Low bits of a hash key that select its bit in a phrase set's filter (an 8 KB bit set). */
const FILTER_MASK = (1 << 16) - 1;

/**
 * Words and phrases keyed by the hash of their first token, with a bit set of those hash
 * keys: most tokens checked against a list are in none, and the bit rules them out without
 * a Map look-up.
 */
export interface PhraseSet {
  readonly map: ReadonlyMap<number, readonly Phrase[]>;
  readonly filter: Uint32Array;
}

function phraseSet(words: readonly string[]): PhraseSet {
  const map = new Map<number, Phrase[]>();
  const filter = new Uint32Array((FILTER_MASK + 1) >>> 5);
  for (const w of words) {
    const toks = tokenize(w);
    if (toks.length === 0) continue;
    const phrase: Phrase = {
      tokens: toks.map((t) => w.slice(t.start, t.end)),
      spaced: toks.map((t, i) => i > 0 && t.start > toks[i - 1]!.end),
    };
    const key = hashKey(hashRange(phrase.tokens[0]!, 0, phrase.tokens[0]!.length));
    const list = map.get(key);
    if (list) list.push(phrase);
    else map.set(key, [phrase]);
    filter[(key & FILTER_MASK) >>> 5]! |= 1 << (key & 31);
  }
  return { map, filter };
}

/** The lists a name token is checked against, ready for look-ups. */
export interface NameScanner {
  /** Common words, titles and trigger nouns, also after و: never in a name. */
  readonly common: PhraseSet;
  /** Titles that need a complement, also after و: never continue a name. */
  readonly bound: PhraseSet;
  /** Never start a name (nationalities, months, ordinals …). */
  readonly notStart: PhraseSet;
  /** Never continue a name (nationalities, title complements, relative adjectives). */
  readonly notToken: PhraseSet;
  /** Names that begin with و (وليد, وائل): only these start a name with و. */
  readonly waName: PhraseSet;
  /** Name parts that join the next name token (عبد, ابو, بن …). */
  readonly prefix: PhraseSet;
  /** Known name tokens (people in Wikidata), when built in: they are never read as verbs. */
  readonly known: PhraseSet | null;
  /** Never a definite name word: stop words; ordinals, relative adjectives, period nouns. */
  readonly stop: PhraseSet;
  readonly notDef: PhraseSet;
  /** Never the stem after ال of a definite name word. */
  readonly numberWord: PhraseSet;
  /** Makes a trigger noun a common noun phrase. */
  readonly generic: PhraseSet;
  /** Describes a place after its first name word (جنوب, الواقعة): never continues the name. */
  readonly modifier: PhraseSet;
}

/** Indexes the name lists; `known` name tokens, when given, let the scan stop at verbs. */
export function nameScanner(lists: NameLists, known: ReadonlySet<string> | null = null): NameScanner {
  return {
    known: known ? phraseSet([...known]) : null,
    common: phraseSet(lists.common),
    bound: phraseSet(lists.bound),
    notStart: phraseSet(lists.notStart),
    notToken: phraseSet(lists.notToken),
    waName: phraseSet(lists.waName),
    prefix: phraseSet(lists.prefix),
    stop: phraseSet(lists.stop),
    notDef: phraseSet(lists.notDef),
    numberWord: phraseSet(lists.numberWord),
    generic: phraseSet(lists.generic),
    modifier: phraseSet(lists.modifier),
  };
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

/** True when a phrase of `set` starts at token `t`, its first token read from `skip` code units in. */
function startsPhrase(set: PhraseSet, doc: Doc, t: number, skip: number): boolean {
  const text = doc.norm.text;
  const { count, starts, ends } = doc.tokens;
  const s = starts[t]! + skip;
  const e = ends[t]!;
  if (e <= s) return false;
  const h = skip === 0 ? doc.tokens.hash[t]! : skip === 1 ? doc.tokens.hash1[t]! : skip === 2 ? doc.tokens.hash2[t]! : hashRange(text, s, e);
  const key = hashKey(h);
  if ((set.filter[(key & FILTER_MASK) >>> 5]! & (1 << (key & 31))) === 0) return false;
  const list = set.map.get(key);
  if (list === undefined) return false;
  for (const p of list) {
    if (!sameText(p.tokens[0]!, text, s, e)) continue;
    let ok = true;
    let last = t;
    for (let i = 1; i < p.tokens.length && ok; i++) {
      const u = t + i;
      if (u >= count || !sameText(p.tokens[i]!, text, starts[u]!, ends[u]!)) ok = false;
      else if (p.spaced[i] ? !spacedOnly(text, ends[u - 1]!, starts[u]!) : ends[u - 1] !== starts[u]) ok = false;
      last = u;
    }
    if (!ok) continue;
    // A phrase that ends in a letter must end a word of the text.
    const tail = p.tokens[p.tokens.length - 1]!;
    if (isWordChar(tail.charCodeAt(tail.length - 1)) && isWordChar(text.charCodeAt(ends[last]!))) continue;
    return true;
  }
  return false;
}

/** In a list, also after a leading و. */
function inListWa(set: PhraseSet, doc: Doc, t: number): boolean {
  if (startsPhrase(set, doc, t, 0)) return true;
  const text = doc.norm.text;
  return text.charCodeAt(doc.tokens.starts[t]!) === WA && startsPhrase(set, doc, t, 1);
}

/** Two or more Arabic letters ending a word (from `skip` code units into the token). */
function isWord(doc: Doc, t: number, skip = 0): boolean {
  if (doc.tokens.kinds[t] !== ARABIC) return false;
  const text = doc.norm.text;
  const s = doc.tokens.starts[t]! + skip;
  const e = doc.tokens.ends[t]!;
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
function knownToken(sc: NameScanner, doc: Doc, t: number): boolean {
  return sc.known !== null && startsPhrase(sc.known, doc, t, 0);
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
function verbShape(sc: NameScanner, doc: Doc, t: number, text: string, s: number, e: number, first: boolean): boolean {
  if (sc.known === null) return false;
  const n = e - s;
  const c0 = text.charCodeAt(s);
  const c1 = text.charCodeAt(s + 1);
  const c2 = text.charCodeAt(s + 2);
  const future = !first && c0 === SIN && (c1 === YA || c1 === TA || c1 === NUN) && n >= 5 && n <= 6;
  const imperfect = (c0 === YA || c0 === TA) && n >= 4 && n <= (first ? 5 : 6);
  // ل + imperfect of five or six letters (ليكون, ليقرر, ليخبره; not ليلاز, ليانماو), and a
  // استفعل verb or verbal noun (استطاع, استنادا).
  const purpose = c0 === LAM && c1 === YA && n >= 5 && n <= 6 && c2 !== ALEF && c2 !== LAM;
  const form10 = c0 === ALEF && c1 === SIN && c2 === TA && n >= 5;
  // A past of the أفعل and افتعل forms (أطلق, أحرز, انتقد, اجتمع): names of these shapes
  // (أحمد, أشرف) are known name tokens; foreign ones have long vowels (أنان, أوباما).
  const past = c0 === ALEF && c1 !== LAM && consonant(c1) && consonant(c2) && (n === 4 || (n === 5 && c2 === TA));
  if (!future && !imperfect && !purpose && !form10 && !past) return false;
  return !knownToken(sc, doc, t);
}

/** A preposition glued to a title, trigger noun or common word (لرئيس, لشركه, برئاسه). */
function gluedCommon(sc: NameScanner, doc: Doc, t: number): boolean {
  const text = doc.norm.text;
  const s = doc.tokens.starts[t]!;
  let k = 0;
  const c0 = text.charCodeAt(s);
  if (c0 === WA || c0 === 0x0641) k = 1;
  const c = text.charCodeAt(s + k);
  if (c !== 0x0628 && c !== LAM && c !== 0x0643) return false;
  // Two letters after a proclitic are mostly part of a name or a word (باي, بري).
  if (doc.tokens.ends[t]! - (s + k + 1) < 3) return false;
  return startsPhrase(sc.common, doc, t, k + 1) || startsPhrase(sc.bound, doc, t, k + 1);
}

/** True when token `t` is a name part that needs the next token (عبد, ابو, بن). */
export function isNamePrefix(sc: NameScanner, doc: Doc, t: number): boolean {
  return startsPhrase(sc.prefix, doc, t, 0);
}

/** A token that may start a name; `verbs` (a person's name) also rejects titles and verb and noun shapes. */
function nameStart(sc: NameScanner, doc: Doc, t: number, verbs = true): boolean {
  if (!isWord(doc, t)) return false;
  const text = doc.norm.text;
  const s = doc.tokens.starts[t]!;
  const e = doc.tokens.ends[t]!;
  if (text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM) return false;
  if (clitcShape(text, s, e)) return false;
  if (text.charCodeAt(s) === WA && !startsPhrase(sc.waName, doc, t, 0)) return false;
  if (inListWa(sc.common, doc, t) || startsPhrase(sc.notStart, doc, t, 0)) return false;
  // The noun and verb shapes below hold for person names only: a place read after its
  // trigger noun often ends in ا (يافا).
  if (!verbs) return true;
  if (nounShape(sc, doc, t, text, s, e)) return false;
  return !verbShape(sc, doc, t, text, s, e, true) && !gluedCommon(sc, doc, t);
}

/**
 * An unknown word that ends like an indefinite accusative (قائلا, ردا) or a noun with a
 * pronoun (رغبته, لهم) starts no name; names of these shapes are known name tokens.
 * Read only when a name lexicon is built in.
 */
function nounShape(sc: NameScanner, doc: Doc, t: number, text: string, s: number, e: number): boolean {
  if (sc.known === null || e - s < 3) return false;
  const z = text.charCodeAt(e - 1);
  const y = text.charCodeAt(e - 2);
  const n = e - s;
  const c0 = text.charCodeAt(s);
  // Accusatives: short words (ردا), participles (قائلا, مؤكدا); not long foreign names (كامالا).
  const accusative = z === ALEF && y !== ALEF && (n <= 4 || c0 === MIM || (n === 5 && text.charCodeAt(s + 1) === ALEF));
  const pronoun = (z === HA && y === TA) || (z === MIM && (y === HA || y === KAF));
  const suffix = accusative || pronoun;
  return suffix && !knownToken(sc, doc, t);
}

/** True when token `t` may start a person name (no stop word, title, verb shape …). */
export function startsName(sc: NameScanner, doc: Doc, t: number): boolean {
  return nameStart(sc, doc, t);
}

/** A token that may continue a name. */
function nameToken(sc: NameScanner, doc: Doc, t: number, afterPrefix = false): boolean {
  if (!isWord(doc, t)) return false;
  if (inListWa(sc.common, doc, t) || inListWa(sc.bound, doc, t) || startsPhrase(sc.notToken, doc, t, 0)) return false;
  const text = doc.norm.text;
  const s = doc.tokens.starts[t]!;
  const e = doc.tokens.ends[t]!;
  if (clitcShape(text, s, e)) return false;
  // An indefinite accusative (…ا) is an adverb or an object, not a name.
  if (e - s >= 4 && text.charCodeAt(e - 1) === ALEF && !(text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM)) return false;
  // After أبو, بن or عبد the word is a name whatever its shape (أبو فخيدة).
  if (!afterPrefix && unknownNonName(sc, doc, t, text, s, e)) return false;
  return !verbShape(sc, doc, t, text, s, e, false) && !gluedCommon(sc, doc, t);
}

/**
 * Inside a name, an unknown word that begins with و (a second name coordinated: حامد الشريف
 * وجلال) ends it, and so does a preposition ب ل ك or ف glued to a noun: one in ة, with a
 * pronoun ه or in اء (بخطورة, بدوره, بغطاء), or a verbal noun (لإيقاف); foreign family names
 * with these letters (بلاتر, لافروف, كرومول) have none of these endings. Names of these
 * shapes are known name tokens (وليد). Read only when a name lexicon is built in.
 */
function unknownNonName(sc: NameScanner, doc: Doc, t: number, text: string, s: number, e: number): boolean {
  if (sc.known === null) return false;
  const c0 = text.charCodeAt(s);
  if (c0 === WA) return !knownToken(sc, doc, t);
  if (c0 !== BA && c0 !== LAM && c0 !== KAF && c0 !== FA) return false;
  if (e - s < 4) return false;
  const z = text.charCodeAt(e - 1);
  const noun = z === HA || (z === HAMZA && text.charCodeAt(e - 2) === ALEF) || verbalNoun(text, s + 1, e);
  return noun && !knownToken(sc, doc, t);
}

/** إفعال and افتعال verbal nouns (ايقاف, افتتاح) in text[s, e). */
export function verbalNoun(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(s) !== ALEF) return false;
  const n = e - s;
  return (n === 5 && text.charCodeAt(s + 3) === ALEF) || (n === 6 && text.charCodeAt(s + 2) === TA && text.charCodeAt(s + 4) === ALEF);
}

const ALI = 'علي';
const ALEF_MAQSURA = 0x0649; // ى

const MAX_PARTS = 4;

/**
 * Token `u` as the `part`-th token of a name: the first may also be علي (a stop word as على),
 * unless the text spells it with alif maqsura, as the preposition على (normalization makes
 * both علي).
 */
function namePart(sc: NameScanner, doc: Doc, u: number, part: number, afterPrefix = false): boolean {
  if (part > 0) return nameToken(sc, doc, u, afterPrefix);
  const e = doc.tokens.ends[u]!;
  if (isWord(doc, u) && sameText(ALI, doc.norm.text, doc.tokens.starts[u]!, e)) return doc.norm.input.charCodeAt(doc.norm.starts[e - 1]!) !== ALEF_MAQSURA;
  return nameStart(sc, doc, u);
}

/**
 * The person name that starts after spaces at normalized offset `pos`: one to four name
 * tokens, each optionally after a name prefix (عبد الله, ابو مازن). Returns its end offset,
 * or -1 when no name starts there.
 */
export function scanName(sc: NameScanner, doc: Doc, pos: number): number {
  const t = tokenAt(doc, pos);
  if (t >= doc.tokens.count || !spacedOnly(doc.norm.text, pos, doc.tokens.starts[t]!)) return -1;
  return scanNameFrom(sc, doc, t, 0);
}

/**
 * The person name read from token `t` as its `first`-th part (0: the name's first token).
 * Returns its end offset, or -1 when no name part is read.
 */
export function scanNameFrom(sc: NameScanner, doc: Doc, t: number, first: number, parts = MAX_PARTS): number {
  const { count, starts, ends } = doc.tokens;
  const text = doc.norm.text;
  let end = -1;
  for (let part = first; part < parts && t < count; part++) {
    if (part > first && !spacedOnly(text, ends[t - 1]!, starts[t]!)) break;
    // A name prefix joins the next token when that one is a name token; otherwise it is read alone.
    const prefix = startsPhrase(sc.prefix, doc, t, 0);
    if (t + 1 < count && prefix && spacedOnly(text, ends[t]!, starts[t + 1]!) && namePart(sc, doc, t + 1, part, true)) {
      end = ends[t + 1]!;
      t += 2;
    } else if (namePart(sc, doc, t, part)) {
      // A name never ends with a part that needs the next one (محمد بن عبد …): such a part
      // read alone (عبد before الله) counts only when the name goes on.
      if (!prefix) end = ends[t]!;
      t += 1;
    } else break;
  }
  return end;
}

// ------------------------------------------------------------------ names after trigger nouns

/** A definite word that is no stop word, ordinal, relative adjective or number (`skip` past و). */
function defWord(sc: NameScanner, doc: Doc, t: number, skip = 0): boolean {
  if (!isWord(doc, t, skip)) return false;
  const text = doc.norm.text;
  const s = doc.tokens.starts[t]! + skip;
  if (doc.tokens.ends[t]! - s < 4 || text.charCodeAt(s) !== ALEF || text.charCodeAt(s + 1) !== LAM) return false;
  return !startsPhrase(sc.stop, doc, t, skip) && !startsPhrase(sc.notDef, doc, t, skip) && !startsPhrase(sc.numberWord, doc, t, skip + 2);
}

/** True when the token ends in one of `suffixes` with at least one letter before it. */
function endsWithAny(doc: Doc, t: number, suffixes: readonly string[]): boolean {
  const text = doc.norm.text;
  const s = doc.tokens.starts[t]!;
  const e = doc.tokens.ends[t]!;
  for (const x of suffixes) if (e - s > x.length && text.endsWith(x, e)) return true;
  return false;
}

/** Adjective and plural endings: a word with one is rarely a name's head. */
const ADJ = ['يه', 'ي'];
const ORG_FINAL = ['يه', 'ي', 'ه'];
const ORG_WORD = ['يه', 'ي', 'ه', 'ات', 'ين', 'ون'];

function properWord(sc: NameScanner, doc: Doc, t: number): boolean {
  return nameStart(sc, doc, t, false) && !endsWithAny(doc, t, ADJ);
}

function placeWord(sc: NameScanner, doc: Doc, t: number): boolean {
  return defWord(sc, doc, t) || properWord(sc, doc, t);
}

/** Token `u` exists and follows the previous one after spaces only. */
function nextSpaced(doc: Doc, u: number): boolean {
  return u < doc.tokens.count && spacedOnly(doc.norm.text, doc.tokens.ends[u - 1]!, doc.tokens.starts[u]!);
}

/**
 * Token `u` describes the place named before it rather than continuing its name: a compass
 * word, also after a preposition (`رفح جنوب`, `بجنوب`), a word of the modifier list
 * (`الواقعة`, `عاصمة`) or a definite nisba adjective (`جاوا الغربية`, `سرخس التجارية`).
 */
function placeModifier(sc: NameScanner, doc: Doc, u: number): boolean {
  if (startsPhrase(sc.modifier, doc, u, 0)) return true;
  const text = doc.norm.text;
  const s = doc.tokens.starts[u]!;
  const c0 = text.charCodeAt(s);
  if ((c0 === WA || c0 === 0x0628 || c0 === LAM) && startsPhrase(sc.modifier, doc, u, 1)) return true;
  return c0 === ALEF && text.charCodeAt(s + 1) === LAM && endsWithAny(doc, u, ADJ);
}

/** A second name word after the first: no modifier, and no verb (`مراكش يشهد`). */
function nextPlaceWord(sc: NameScanner, doc: Doc, u: number, definite: boolean): boolean {
  if (!nextSpaced(doc, u) || placeModifier(sc, doc, u)) return false;
  return definite ? defWord(sc, doc, u) : defWord(sc, doc, u) || (nameStart(sc, doc, u) && !endsWithAny(doc, u, ADJ));
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
  if (t >= count || !spacedOnly(text, pos, starts[t]!)) return -1;
  if (kind !== 'org' && startsPhrase(sc.generic, doc, t, 0)) return -1;
  if (kind === 'place') {
    // A nisba adjective after a definite trigger describes it (`المنطقة التجارية`); the named
    // ones (`الخليج العربي`) are in the gazetteer.
    if (definite ? !defWord(sc, doc, t) || endsWithAny(doc, t, ADJ) : !placeWord(sc, doc, t)) return -1;
    return nextPlaceWord(sc, doc, t + 1, definite) ? ends[t + 1]! : ends[t]!;
  }
  if (kind === 'gpe') {
    if (defWord(sc, doc, t)) return ends[t]!;
    if (!properWord(sc, doc, t)) return -1;
    if (nextSpaced(doc, t + 1) && text.startsWith('الله', starts[t + 1]!) && !isWordChar(text.charCodeAt(starts[t + 1]! + 4))) return starts[t + 1]! + 4;
    return nextPlaceWord(sc, doc, t + 1, false) ? ends[t + 1]! : ends[t]!;
  }
  // org: up to two name words, then a definite word or a name word that is no adjective,
  // up to two more definite words and one joined by و.
  let k = 0;
  while (k < 2 && t + k + 1 < count && nameStart(sc, doc, t + k, false) && !endsWithAny(doc, t + k, ORG_WORD) && nextSpaced(doc, t + k + 1)) k++;
  let u = -1;
  for (; k >= 0; k--) {
    const v = t + k;
    if (defWord(sc, doc, v) || (nameStart(sc, doc, v, false) && !endsWithAny(doc, v, ORG_FINAL))) {
      u = v;
      break;
    }
  }
  if (u < 0) return -1;
  for (let i = 0; i < 2 && nextSpaced(doc, u + 1) && defWord(sc, doc, u + 1); i++) u++;
  // What the organisation is for, with ل and the article (معهد ماساشوسيتس للتكنولوجيا,
  // منظمة الأقطار المصدرة للنفط), and one adjective after it (للملكية الفكرية).
  if (nextSpaced(doc, u + 1) && forWord(sc, doc, u + 1)) {
    u++;
    if (nextSpaced(doc, u + 1) && defWord(sc, doc, u + 1)) u++;
  }
  if (nextSpaced(doc, u + 1) && text.charCodeAt(starts[u + 1]!) === WA && defWord(sc, doc, u + 1, 1)) u++;
  return ends[u]!;
}

/** A token لل + a noun that is no stop word or number: the article after the preposition ل. */
function forWord(sc: NameScanner, doc: Doc, t: number): boolean {
  const text = doc.norm.text;
  const s = doc.tokens.starts[t]!;
  if (doc.tokens.ends[t]! - s < 5 || text.charCodeAt(s) !== LAM || text.charCodeAt(s + 1) !== LAM) return false;
  return isWord(doc, t) && !startsPhrase(sc.stop, doc, t, 0) && !startsPhrase(sc.numberWord, doc, t, 2);
}

// A title names the body it belongs to, and where the body is: `سكرتير اللجنة القومية العربية
// في نابلس`, `مدير مكتب الجزيرة في القاهرة`, `منسق الطوارئ في منظمة أطباء بلا حدود`. Wojood
// spans such a title whole, with the organisation or place nested, as kashf does with `السفير
// الإسرائيلي في الأمم المتحدة`. The title rule reads `في` and definite words itself; this step
// takes a known organisation or place after `في` that the rule cannot tell from a word
// (`نابلس`, `منظمة أطباء بلا حدود`). A place joins only a title whose body it locates (a
// committee, an office, a hospital): after a bare title, `في` + a place is where something
// happened (`قال الرئيس في واشنطن`). An organisation glued to ل after a title is the body the
// title serves (`الأمين العام للأمم المتحدة`, `المدير الإقليمي لليونيسف`), unless the title
// is a bare definite word or what follows is said to the organisation (`قال المتحدث لوكالة
// الأنباء إن`) by no person named before the title. An organisation right after a title that
// ends in an indefinite word is its genitive (`رئيس الاتحاد الدولي لكرة القدم`; a title the rule
// did not read is taken by the patterns' title-before-organisation step); so is the body after
// `باسم`, where a delegate is accredited after `لدى`, and where one is sent after `إلى`. A
// general office (`المدير العام`) spans a body no stage knows too: a definite noun glued to ل
// and its adjectives (`المدير العام للأمن الوطني`), which the title rule, its RegExp at V8's
// size limit, cannot read.

import { tokenAt, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { ALEF, definiteNisbaShape, LAM, oneSpace, WA } from '../tokenize/letters.js';
import type { Candidate } from '../types.js';
import { joinNext, spanOf } from './resolve-overlaps.js';

const FI = normalizeKey('في');
const BISM = normalizeKey('باسم');
const ILA = normalizeKey('إلى');
const LADA = normalizeKey('لدى');

/** Titles of one sent to a body (normalized, with and without the article). */
const DELEGATES: ReadonlySet<string> = new Set(
  ['مبعوث', 'مبعوثة', 'سفير', 'سفيرة', 'مندوب', 'مندوبة'].flatMap((w) => [normalizeKey(w), normalizeKey(`ال${w}`)]),
);
/** Titles of one sent to a country as well: an ambassador goes to a city as often as he is accredited to it. */
const ENVOYS: ReadonlySet<string> = new Set(['مبعوث', 'مبعوثة'].flatMap((w) => [normalizeKey(w), normalizeKey(`ال${w}`)]));

/** Nouns of bodies that a place after the title locates, with and without the article. */
const BODY_NOUNS: ReadonlySet<string> = new Set(
  [
    'لجنة', 'مجلس', 'بلدية', 'جمعية', 'هيئة', 'منظمة', 'مكتب', 'فرع', 'دائرة', 'قسم', 'مركز', 'نقابة', 'اتحاد', 'شركة',
    'مؤسسة', 'جامعة', 'كلية', 'مدرسة', 'مستشفى', 'محكمة', 'حزب', 'حركة', 'سفارة', 'قنصلية', 'بعثة', 'مديرية', 'إدارة',
    'غرفة', 'بنك', 'مصرف', 'صندوق', 'معهد', 'وكالة', 'مجموعة', 'فريق', 'سجن', 'مخيم', 'معسكر', 'قاعدة', 'شرطة', 'جيش', 'قوات',
  ].flatMap((w) => [normalizeKey(w), normalizeKey(`ال${w}`)]),
);

/** Labels that may follow `في` inside a title. */
const PLACES: ReadonlySet<string> = new Set(['GPE', 'LOC', 'FAC']);

/** Whether normalized text[from, to) is the word `word` between spaces. */
function wordBetween(text: string, from: number, to: number, word: string): boolean {
  let s = from;
  while (s < to && text.charCodeAt(s) === 0x20) s++;
  let e = to;
  while (e > s && text.charCodeAt(e - 1) === 0x20) e--;
  return s > from && e < to && e - s === word.length && text.startsWith(word, s);
}

/** Whether normalized text[from, to) is `في` between spaces. */
function fiBetween(text: string, from: number, to: number): boolean {
  return wordBetween(text, from, to, FI);
}

/** Whether the first word of title `c` is one of `words`. */
function titleOf(text: string, c: Candidate, words: ReadonlySet<string>): boolean {
  let e = c.start;
  while (e < c.end && text.charCodeAt(e) !== 0x20) e++;
  return words.has(text.slice(c.start, e));
}

/** Whether a word of the title `c` (its own words, not after في) names a body. */
function namesBody(doc: Doc, c: Candidate): boolean {
  const { starts, ends, count } = doc.tokens;
  const text = doc.norm.text;
  for (let t = tokenAt(doc, c.start); t < count && starts[t]! < c.end; t++) {
    const word = text.slice(starts[t]!, Math.min(ends[t]!, c.end));
    if (word === FI) return false;
    // After the preposition ل (لمكتب, للجنة).
    if (BODY_NOUNS.has(word) || (word.length > 3 && word.charCodeAt(0) === LAM && BODY_NOUNS.has(word.slice(1)))) return true;
  }
  return false;
}

/**
 * Joins to an outermost title (OCC) the known organisation, or place when the title names a
 * body, that follows it after `في`, and the organisation glued to ل after a title that takes
 * one, nested in the title.
 *
 * @example
 * ```ts
 * joinTitlePlaces(prepareDoc('سكرتير اللجنة في نابلس'), resolved);        // one OCC ⊃ GPE نابلس
 * joinTitlePlaces(prepareDoc('الأمين العام للأمم المتحدة'), resolved);   // one OCC ⊃ ORG
 * joinTitlePlaces(prepareDoc('قال الرئيس في واشنطن'), resolved);          // unchanged
 * ```
 */
export function joinTitlePlaces(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  return joinNext(
    resolved,
    'OCC',
    (c, next, before) => joinsAfterFi(doc, text, c, next) || joinsAfterLam(doc, text, c, next, before) || joinsInConstruct(text, c, next) || joinsAfterBismOrIla(text, c, next),
  );
}

/** An organisation, or a place of the body the title names, after `في`. */
function joinsAfterFi(doc: Doc, text: string, c: Candidate, next: Candidate): boolean {
  return (next.label === 'ORG' || PLACES.has(next.label)) && fiBetween(text, c.end, next.start) && (next.label === 'ORG' || namesBody(doc, c));
}

/**
 * An organisation glued to ل after a title that takes one, when nothing is said to it. A title
 * in apposition to the person named right before it (`أحمد أبو الغيط الأمين العام لجامعة
 * الدول العربية إن`) describes that person, who is the speaker: the organisation is its body
 * though what he said follows. `before`: the candidate before the title.
 */
function joinsAfterLam(doc: Doc, text: string, c: Candidate, next: Candidate, before: Candidate | undefined): boolean {
  if (next.label !== 'ORG') return false;
  // `المتحدث باسم الأمين` + `العام` + `للأمم المتحدة`: the rule read the title to الأمين.
  if (secretaryGeneralBetween(text, c, next.start)) return true;
  if (!lamBetween(text, c.end, next.start) || !takesLam(doc, c)) return false;
  // A general office (`الأمين العام`, `المدير العام`) is the body's: nothing is said to it.
  return endsWithWord(text, c.end, GENERAL) || !statementFollows(doc, next.end) || namedRightBefore(text, c, before);
}

const GENERAL = normalizeKey('العام');
const SECRETARY = normalizeKey('الأمين');

/** Whether text before offset `end` is the word `word` (a space or the text's start before it). */
function endsWithWord(text: string, end: number, word: string): boolean {
  const s = end - word.length;
  return s >= 0 && text.startsWith(word, s) && (s === 0 || text.charCodeAt(s - 1) === 0x20);
}

/** Whether title `c` ends with الأمين and text[c.end, to) is ` العام ل`: `باسم الأمين العام للأمم المتحدة`. */
function secretaryGeneralBetween(text: string, c: Candidate, to: number): boolean {
  return endsWithWord(text, c.end, SECRETARY) && to - c.end === GENERAL.length + 3 && text.charCodeAt(c.end) === 0x20 && text.startsWith(GENERAL, c.end + 1) && lamBetween(text, c.end + 1 + GENERAL.length, to);
}

/** Whether `before` is a person whose name ends one space before title `c`. */
function namedRightBefore(text: string, c: Candidate, before: Candidate | undefined): boolean {
  return before !== undefined && before.label === 'PERS' && oneSpace(text, before.end, c.start);
}

/**
 * The body a spokesman speaks for after `باسم` (`المتحدث باسم حركة حماس`), where a delegate
 * is accredited after `لدى` (`سفيرة الاتحاد الأوروبي لدى مصر`), the body a delegate is sent to
 * after `إلى` (`السفيرة الأمريكية إلى الأمم المتحدة`), and the country an
 * envoy is sent to (`المبعوث الأممي إلى اليمن`). After other titles `إلى` says where someone
 * went (`وصل الرئيس إلى مصر`, `وصل السفير إلى بيروت`).
 */
function joinsAfterBismOrIla(text: string, c: Candidate, next: Candidate): boolean {
  // Most titles are followed right away or after one space: no word between to compare.
  if (next.start - c.end < 5) return false;
  if (next.label === 'ORG' && wordBetween(text, c.end, next.start, BISM)) return true;
  if (next.label !== 'ORG' && next.label !== 'GPE') return false;
  // `لدى` names where a delegate is accredited (`سفيرة الاتحاد الأوروبي لدى مصر`).
  if (wordBetween(text, c.end, next.start, LADA)) return titleOf(text, c, DELEGATES);
  return wordBetween(text, c.end, next.start, ILA) && titleOf(text, c, next.label === 'ORG' ? DELEGATES : ENVOYS);
}

/**
 * An organisation right after a title that ends in an indefinite word: the title's genitive
 * complement, the body it heads (`رئيس الاتحاد الدولي لكرة القدم`, `نائب رئيس البنك الدولي`).
 * After a definite title the organisation is another part of the sentence (`الرئيس الحكومة`
 * does not occur; `قال المتحدث الجيش` is no construct; `افتتح وزير الصحة والسكان مستشفى`).
 */
function joinsInConstruct(text: string, c: Candidate, next: Candidate): boolean {
  if (next.label !== 'ORG' || !oneSpace(text, c.end, next.start)) return false;
  let s = c.end;
  while (s > c.start && text.charCodeAt(s - 1) !== 0x20) s--;
  // A portfolio after و is definite too (`وزير الصحة والسكان`).
  if (text.charCodeAt(s) === WA) s++;
  return !(text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM);
}

/**
 * Whether normalized text[from, to) is one space and the preposition ل glued to what follows:
 * `الأمين العام للأمم المتحدة` (the organisation's span starts at the article's lam),
 * `المدير الإقليمي لليونيسف`, `مستشار لرئيس الوزراء`.
 */
function lamBetween(text: string, from: number, to: number): boolean {
  return to - from === 2 && text.charCodeAt(from) === 0x20 && text.charCodeAt(from + 1) === LAM;
}

/**
 * Whether title `c` takes the body it serves after ل: a title of two words or more
 * (`الأمين العام`, `المدير الإقليمي`) or an indefinite one (`مستشار`). After a bare definite
 * title ل rather opens the verb's complement (`شكر الرئيس للأمم المتحدة دعمها`).
 */
function takesLam(doc: Doc, c: Candidate): boolean {
  const t = tokenAt(doc, c.start);
  if (t + 1 < doc.tokens.count && doc.tokens.starts[t + 1]! < c.end) return true;
  const text = doc.norm.text;
  return !(text.charCodeAt(c.start) === 0x0627 && text.charCodeAt(c.start + 1) === LAM);
}

/** Statement openers after an addressee: `قال المتحدث لوكالة الأنباء إن` names no title's body. */
// A comma is no opener: the name in apposition follows one (`الأمين العام للأمم المتحدة، أنطونيو غوتيريش`).
const STATEMENT: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'بان', ':']);

/** Whether the token after normalized offset `pos` opens what a speaker said to the organisation before it. */
function statementFollows(doc: Doc, pos: number): boolean {
  const t = tokenAt(doc, pos);
  if (t >= doc.tokens.count) return false;
  return STATEMENT.has(doc.norm.text.slice(doc.tokens.starts[t]!, doc.tokens.ends[t]!));
}

/** Adjectives of the body after its noun at most (`للأمن الوطني`, `للشؤون السياسية الخارجية`). */
const MAX_ADJECTIVES = 2;

/**
 * `resolved` (sorted, non-overlapping) with each general office (OCC ending in العام) followed
 * by ل and a definite noun (`للأمن`, written لل) extended over that noun and its nisba
 * adjectives, up to the next entity.
 *
 * @example
 * ```ts
 * extendGeneralOffices(prepareDoc('وقال المدير العام للأمن الوطني إن'), resolved); // OCC المدير العام للأمن الوطني
 * ```
 */
export function extendGeneralOffices(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  const { starts, ends, count } = doc.tokens;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    let end = c.end;
    if (c.label === 'OCC' && c.end - GENERAL.length > c.start && endsWithWord(text, c.end, GENERAL)) {
      const limit = i + 1 < resolved.length ? resolved[i + 1]!.start : text.length;
      let t = tokenAt(doc, c.end);
      // لل + a noun of three letters or more: ل before the article, whose alef is not written.
      if (t < count && ends[t]! <= limit && oneSpace(text, c.end, starts[t]!) && ends[t]! - starts[t]! >= 5 && text.charCodeAt(starts[t]!) === LAM && text.charCodeAt(starts[t]! + 1) === LAM) {
        end = ends[t]!;
        for (let k = 0; k < MAX_ADJECTIVES && ++t < count && ends[t]! <= limit && oneSpace(text, end, starts[t]!) && definiteNisbaShape(text, starts[t]!, ends[t]!); k++) end = ends[t]!;
      }
    }
    if (end !== c.end) (out ??= resolved.slice(0, i)).push(spanOf(c, c.start, end));
    else if (out) out.push(c);
  }
  return out ?? resolved;
}

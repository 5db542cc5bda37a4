// A language's feminine adjective (الفرنسية, الإنجليزية), which the gazetteer holds as a weak
// alias or as a nationality too, is the language where a verb of speaking, mastering or
// learning takes it as its object (`يتحدث الفرنسية بطلاقة`, `تجيد الإنجليزية`, also after a
// subject with a pronoun: `يتحدث غالبيتهم العربية`), where a
// translation goes from or into it (`ترجم الكتاب من الروسية إلى العربية`), with ب glued to it
// (`تكتب بالفرنسية`: in French), and joined by و to
// such a language; elsewhere the adjective is the nationality (`الصحف الفرنسية`).

import type { Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import type { Candidate, GazetteerEntry } from '../types.js';
import { BA, FA, HA, WA } from '../tokenize/letters.js';
import { letterRunStart, wordBefore } from './titled-persons.js';

/** Verbs whose object is a language (normalized): speaking, mastering, learning, teaching. */
const SPEAK_VERBS: ReadonlySet<string> = new Set(
  [
    ...['يتحدث', 'تتحدث', 'يتحدثون', 'يتحدثان', 'تحدث', 'تحدثت', 'اتحدث', 'نتحدث'],
    ...['يتكلم', 'تتكلم', 'يتكلمون', 'تكلم', 'تكلمت', 'اتكلم', 'نتكلم'],
    ...['يجيد', 'تجيد', 'يجيدون', 'اجاد', 'اجادت', 'اجيد', 'يتقن', 'تتقن', 'يتقنون', 'اتقن', 'اتقنت'],
    ...['يتعلم', 'تتعلم', 'يتعلمون', 'تعلم', 'تعلمت', 'اتعلم', 'يدرس', 'تدرس', 'يدرسون', 'درس', 'درست'],
  ].map(normalizeKey),
);
/** Whether `word` (normalized) is one of SPEAK_VERBS, after و or ف too (`ويتحدث`). */
function speakVerb(word: string): boolean {
  if (SPEAK_VERBS.has(word)) return true;
  const c = word.charCodeAt(0);
  return (c === WA || c === FA) && SPEAK_VERBS.has(word.slice(1));
}

/** Nouns of people and of most of them, before a pronoun (normalized; ة written ت before it). */
const SPEAKERS: ReadonlySet<string> = new Set(
  ['غالبيت', 'أغلبيت', 'معظم', 'أغلب', 'بعض', 'كل', 'جميع', 'سكان', 'أهل', 'أبناء', 'شعب', 'مواطنو', 'مواطني'].map(normalizeKey),
);
/** The pronouns هم (their) and ها (its, her). */
const PRONOUNS: readonly string[] = ['\u0647\u0645', '\u0647\u0627'];

/** Definite nouns of people that may stand as the subject between the verb and the language (`يتحدث السكان الأمازيغية`). */
const PEOPLE: ReadonlySet<string> = new Set(['السكان', 'الأهالي', 'الناس', 'المواطنون', 'الأطفال', 'الطلاب', 'التلاميذ', 'المهاجرون'].map(normalizeKey));

/** Whether `word` (normalized) is one of SPEAKERS with هم or ها (`غالبيتهم`, `سكانها`). */
function speakersWord(word: string): boolean {
  // The pronoun's ه, second to last, turns most words away before a string is cut.
  if (word.length < 4 || word.charCodeAt(word.length - 2) !== HA) return false;
  return PRONOUNS.some((p) => word.endsWith(p) && SPEAKERS.has(word.slice(0, -p.length)));
}

/**
 * The noun language in the dual and plural, and the singular, with its proclitics
 * (normalized): the adjectives after it are languages (`باللغتين العربية والإنجليزية`).
 */
const LANGUAGE_NOUNS: ReadonlySet<string> = new Set(
  ['اللغتين', 'باللغتين', 'للغتين', 'بلغتين', 'لغتين', 'اللغات', 'باللغات', 'للغات', 'اللغة', 'باللغة', 'للغة', 'واللغة'].map(normalizeKey),
);

/** إلى and من (normalized): a translation's target and source after them. */
const TO = normalizeKey('إلى');
const FROM = normalizeKey('من');
/** The stem of translating (normalized): ترجم, ترجمت, ترجمة, مترجم, مترجمة. */
const TRANSLATE = normalizeKey('ترجم');
/** Words between a translation and إلى at most (`ترجم الكتاب الأول إلى`). */
const TRANSLATION_GAP = 3;

/** The word that ends at offset `e` (its run of Arabic letters). */
function wordEndingAt(text: string, e: number): string {
  return text.slice(letterRunStart(text, e), e);
}

/** Whether a word of translating (ترجم…, مترجم…) is among the few words that end before offset `end`. */
function translationBefore(text: string, end: number): boolean {
  let e = end;
  for (let k = 0; k <= TRANSLATION_GAP && e > 0; k++) {
    const s = letterRunStart(text, e);
    if (s === e) return false;
    const word = text.slice(s, e);
    if (word.startsWith(TRANSLATE) || word.startsWith('م' + TRANSLATE)) return true;
    e = wordBefore(text, s);
    if (e < 0) return false;
  }
  return false;
}

/** Whether the mention at normalized `start` is the object of a verb of speaking, or a translation's source or target. */
export function languageObject(text: string, start: number): boolean {
  // ب glued to it: in that language (`تكتب بالفرنسية`, `صدر الكتاب بالعربية`).
  if (start > 0 && text.charCodeAt(start - 1) === BA && letterRunStart(text, start - 1) === start - 1) return true;
  if (start > 1 && text.charCodeAt(start - 1) === BA && text.charCodeAt(start - 2) === WA && letterRunStart(text, start - 2) === start - 2) return true;
  const e = wordBefore(text, start);
  if (e < 0) return false;
  const word = wordEndingAt(text, e);
  if (speakVerb(word) || LANGUAGE_NOUNS.has(word)) return true;
  // The verb's subject may come between: people, or most of them, with a pronoun of the
  // people or the place spoken of (`يتحدث غالبيتهم العربية`, `يتكلم سكانها الفرنسية`), or
  // definite (`يتحدث السكان الأمازيغية`). Another
  // noun there may be the adjective's own (`تحدثت الصحيفة الفرنسية`, `تحدثت صحفها الفرنسية`).
  if (speakersWord(word) || PEOPLE.has(word)) {
    const v = wordBefore(text, e - word.length);
    if (v >= 0 && speakVerb(wordEndingAt(text, v))) return true;
  }
  if (word !== TO && word !== FROM) return false;
  const before = wordBefore(text, e - word.length);
  return before >= 0 && translationBefore(text, before);
}

/** The language among the IDs a nationality's words may have (`الفرنسية`: France or French), or undefined. */
function languageAmong(c: Candidate, entryOf: (id: string) => Readonly<GazetteerEntry> | undefined): Readonly<GazetteerEntry> | undefined {
  for (const id of c.candidates ?? []) {
    const entry = entryOf(id);
    if (entry?.label === 'LANGUAGE') return entry;
  }
  return undefined;
}

/**
 * Reads as the language the candidates that a verb of speaking takes as its object, that a
 * translation goes from or into, or that are joined to those by و: a weak LANGUAGE alias
 * becomes strong, and a nationality (or weak alias) whose words
 * also name a language (`الفرنسية`: France or French) becomes that language, with its ID and
 * names. `cands`: every candidate; `entryOf`: the gazetteer entry of an ID.
 *
 * @example
 * ```ts
 * // 'يتحدث الفرنسية بطلاقة': الفرنسية, read as France, becomes French (wd:Q150).
 * readLanguageObjects(doc, cands, entryOf);
 * ```
 */
export function readLanguageObjects(doc: Doc, cands: readonly Candidate[], entryOf: (id: string) => Readonly<GazetteerEntry> | undefined): void {
  const text = doc.norm.text;
  // Where the languages read so end: one joined to them by و is a language too (`تجيد
  // الإسبانية والإنجليزية`), and the next one joined to it, pass after pass.
  // A language named for sure starts a list too (`اللغة الإنجليزية والفرنسية`).
  let ends: Set<number> | undefined;
  for (const c of cands) if (c.label === 'LANGUAGE' && !c.weak) (ends ??= new Set()).add(c.end);
  for (let pass = 0; pass < MAX_JOINED; pass++) {
    let found = false;
    for (const c of cands) {
      // A weak language, or a nationality or weak alias whose words also name one (`العربية`:
      // Al Arabiya or Arabic).
      if (c.label === 'LANGUAGE' ? !c.weak : (c.label !== 'NORP' && !c.weak) || c.candidates === undefined) continue;
      if (!((pass === 0 && languageObject(text, c.start)) || (ends !== undefined && joinedTo(text, c.start, ends)))) continue;
      if (c.label !== 'LANGUAGE') {
        const language = languageAmong(c, entryOf);
        if (language === undefined) continue;
        c.label = 'LANGUAGE';
        c.id = language.id;
        // Settled by the verb: the linker is not to choose among the other readings again.
        c.candidates = undefined;
        c.canonical = language.en !== undefined ? { ar: language.ar, en: language.en } : { ar: language.ar };
        if (c.source.kind === 'gazetteer') c.source = { kind: 'gazetteer', ref: language.id };
      }
      c.weak = false;
      (ends ??= new Set()).add(c.end);
      found = true;
    }
    if (!found) return;
  }
}

/** Languages joined by و at most, after the one a verb takes (`العربية والإنجليزية والفرنسية`). */
const MAX_JOINED = 4;

/** Whether the mention at `start` follows a glued و (or و and a space) right after one of `ends`. */
function joinedTo(text: string, start: number, ends: ReadonlySet<number>): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== WA) {
    // و written apart: `الإسبانية و الإنجليزية`.
    return start >= 4 && text.charCodeAt(start - 1) === 0x20 && text.charCodeAt(start - 2) === WA && text.charCodeAt(start - 3) === 0x20 && ends.has(start - 3);
  }
  return text.charCodeAt(start - 2) === 0x20 && ends.has(start - 2);
}

// A news outlet the gazetteer knows only by a weak alias (a word: الجزيرة "the island",
// العربية "Arabic", الحياة "life") is that outlet where the text says so: after a
// correspondent (`مراسل الجزيرة`), and as the addressee of
// a statement, glued to ل before what was said (`وقال الجميل للجزيرة إن`, `لـالعربية :`).

import type { Doc } from '../doc.js';
import type { Candidate, GazetteerEntry } from '../types.js';
import { arabicLetter } from '../tokenize/letters.js';
import { letterRunStart, wordBefore } from './titled-persons.js';

/**
 * Nouns of reporters (normalized), whose genitive is their outlet. Nouns of outlets (قناة,
 * صحيفة, موقع, شبكة) are left out: the gazetteer holds them with the outlet's name, and
 * before other words they are other things (`شبكة اتصالات`, `موقع القاعدة`).
 */
const MEDIA_NOUNS: ReadonlySet<string> = new Set(['مراسل', 'مراسله', 'مراسلو', 'مراسلي', 'موفد', 'موفده', 'مذيع', 'مذيعه']);

const LAM = 0x0644;
const COLON = 0x3a;
/** أن and إن (normalized): what a statement's addressee is followed by. */
const THAT = 'ان';

/**
 * Makes the weak organisation candidates that follow a noun of MEDIA_NOUNS, or that are the
 * addressee after ل of a statement, strong. `weak`: the weak candidates.
 *
 * @example
 * ```ts
 * // 'وأوضح مراسل الجزيرة أن': the weak الجزيرة (Al Jazeera) becomes strong.
 * strengthenMediaNames(doc, weak);
 * ```
 */
export function strengthenMediaNames(doc: Doc, weak: readonly Candidate[]): void {
  const text = doc.norm.text;
  for (const c of weak) {
    if (!c.weak || c.label !== 'ORG') continue;
    if (namesOutlet(text, c.start, c.end)) c.weak = false;
  }
}

/** An outlet by its entry: an organisation whose Arabic name starts with a noun of outlets. */
export function isOutlet(entry: Readonly<GazetteerEntry>): boolean {
  return entry.label === 'ORG' && /^(?:ال)?(?:صحيفة|جريدة|مجلة|قناة|إذاعة|شبكة|وكالة|موقع|تلفزيون) /.test(entry.ar);
}

/**
 * Whether the mention at normalized [start, end) stands where an outlet does: after a
 * reporter's noun, or as the addressee of a statement (see addressee). Linking reads it too,
 * for a name that is both a place and an outlet (`لـ«الشرق الأوسط» إن`).
 */
export function namesOutlet(text: string, start: number, end: number): boolean {
  return afterMediaNoun(text, start) || addressee(text, start, end);
}

/** Whether the word right before offset `start` (one space between) is a noun of MEDIA_NOUNS. */
function afterMediaNoun(text: string, start: number): boolean {
  const e = wordBefore(text, start);
  return e === start - 1 && MEDIA_NOUNS.has(text.slice(letterRunStart(text, e), e));
}

/**
 * Quotation marks an outlet's name may stand in after ل (`لـ«الشرق الأوسط»`, the tatweel
 * normalized away).
 */
const OPENING: ReadonlySet<number> = new Set([0xab, 0x22]);
const CLOSING: ReadonlySet<number> = new Set([0xbb, 0x22]);

/**
 * Whether the candidate at [start, end) is glued to a proclitic ل that begins its word,
 * maybe in quotation marks, and is followed by أن, إن or a colon: the outlet a statement was
 * made to.
 */
function addressee(text: string, start: number, end: number): boolean {
  let s = start;
  let j = end;
  if (s >= 1 && OPENING.has(text.charCodeAt(s - 1))) {
    if (!CLOSING.has(text.charCodeAt(j))) return false;
    s--;
    j++;
  }
  if (s < 1 || text.charCodeAt(s - 1) !== LAM || (s >= 2 && arabicLetter(text.charCodeAt(s - 2)))) return false;
  const after = j;
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  if (j === after && after === end) return false;
  if (text.charCodeAt(j) === COLON) return true;
  return text.startsWith(THAT, j) && !arabicLetter(text.charCodeAt(j + THAT.length));
}

// A news outlet the gazetteer knows only by a weak alias (a word: الجزيرة "the island",
// العربية "Arabic", الحياة "life") is that outlet where the text says so: after a
// correspondent (`مراسل الجزيرة`), and as the addressee of
// a statement, glued to ل before what was said (`وقال الجميل للجزيرة إن`, `لـالعربية :`).

import type { Doc } from '../doc.js';
import type { Candidate } from '../types.js';
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
    if (afterMediaNoun(text, c.start) || addressee(text, c.start, c.end)) c.weak = false;
  }
}

/** Whether the word right before offset `start` (one space between) is a noun of MEDIA_NOUNS. */
function afterMediaNoun(text: string, start: number): boolean {
  const e = wordBefore(text, start);
  return e === start - 1 && MEDIA_NOUNS.has(text.slice(letterRunStart(text, e), e));
}

/**
 * Whether the candidate at [start, end) is glued to a proclitic ل that begins its word and is
 * followed by أن, إن or a colon: the outlet a statement was made to.
 */
function addressee(text: string, start: number, end: number): boolean {
  if (start < 1 || text.charCodeAt(start - 1) !== LAM || (start >= 2 && arabicLetter(text.charCodeAt(start - 2)))) return false;
  let j = end;
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  if (j === end) return false;
  if (text.charCodeAt(j) === COLON) return true;
  return text.startsWith(THAT, j) && !arabicLetter(text.charCodeAt(j + THAT.length));
}

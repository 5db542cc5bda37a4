// A year right after a named event names its edition: `كأس العالم 2022`, `الألعاب الأولمبية
// 2024` are one event each, the year nested as its date, as `حرب 1948` is. With `عام` or `سنة`
// between, the year says when (`الربيع العربي عام 2011`) and stays a date of its own.

import type { Doc } from '../doc.js';
import { spacesOnly, yearShaped } from '../tokenize/letters.js';
import type { Candidate } from '../types.js';
import { copyCandidate, joinNext } from './resolve-overlaps.js';

/** The rule that reads a year alone (see patterns/dates.jsonl). */
const BARE_YEAR = 'date-bare-year';
/** The rule that reads a number in digits (see patterns/numbers.jsonl). */
const CARDINAL_DIGITS = 'cardinal-digits';

/**
 * Whether `next` is the year of the edition of `event`: a bare year, or a number of year shape
 * that the bare-year rule left as a count because a word follows it (`الألعاب الأولمبية 2024
 * بنجاح`); after a named event a four-digit number is its year, not how many of something.
 */
function editionYear(doc: Doc, event: Candidate, next: Candidate): boolean {
  if (event.label !== 'EVENT' || next.source.kind !== 'pattern' || !spacesOnly(doc.norm.text, event.end, next.start)) return false;
  if (next.source.ref === BARE_YEAR) return next.label === 'DATE';
  // Read again once relabelled (see asDate): a DATE of the digits rule is such a year.
  return (next.label === 'CARDINAL' || next.label === 'DATE') && next.source.ref === CARDINAL_DIGITS && !next.inner && yearShaped(doc.norm.text, next.start, next.end);
}

/** `c` as the DATE it is (a year read as a count), or `c` itself when it is one. */
function asDate(c: Candidate): Candidate {
  if (c.label === 'DATE') return c;
  const date = copyCandidate(c);
  date.label = 'DATE';
  return date;
}

/**
 * Joins to an outermost EVENT the year right after it, nested as its DATE.
 *
 * @example
 * ```ts
 * joinEventEditions(prepareDoc('كأس العالم 2022'), resolved); // EVENT ⊃ DATE 2022
 * ```
 */
export function joinEventEditions(doc: Doc, resolved: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i + 1 < resolved.length; i++) {
    const next = resolved[i + 1]!;
    if (next.label !== 'CARDINAL' || !editionYear(doc, resolved[i]!, next)) continue;
    out ??= resolved.slice();
    out[i + 1] = asDate(next);
  }
  return joinNext(out ?? resolved, 'EVENT', (c, next) => editionYear(doc, c, next));
}

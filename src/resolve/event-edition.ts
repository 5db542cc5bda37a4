// A year right after a named event names its edition: `كأس العالم 2022`, `الألعاب الأولمبية
// 2024` are one event each, the year nested as its date, as `حرب 1948` is. With `عام` or `سنة`
// between, the year says when (`الربيع العربي عام 2011`) and stays a date of its own.

import type { Doc } from '../doc.js';
import { spacesOnly } from '../tokenize/letters.js';
import type { Candidate } from '../types.js';
import { joinNext } from './resolve-overlaps.js';

/** The rule that reads a year alone (see patterns/dates.jsonl). */
const BARE_YEAR = 'date-bare-year';

/**
 * Joins to an outermost EVENT the bare year right after it, nested as its DATE.
 *
 * @example
 * ```ts
 * joinEventEditions(prepareDoc('كأس العالم 2022'), resolved); // EVENT ⊃ DATE 2022
 * ```
 */
export function joinEventEditions(doc: Doc, resolved: Candidate[]): Candidate[] {
  return joinNext(resolved, (c, next) => c.label === 'EVENT' && next.label === 'DATE' && next.source.kind === 'pattern' && next.source.ref === BARE_YEAR && spacesOnly(doc.norm.text, c.end, next.start));
}

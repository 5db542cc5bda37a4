// A company the gazetteer knows only by a weak alias (a word or a given name: ميتا, أبل,
// كريم) is that company as the subject of a feminine verb of business news that opens the
// clause (`أعلنت ميتا`, `وأطلقت أبل`, `كشفت سامسونج`): Arabic makes a company, شركة, feminine,
// and a woman named so is rarely the subject of these verbs. Clubs take masculine verbs
// (`أعلن الهلال`) and are left to the club step.

import type { Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import type { Candidate } from '../types.js';
import { letterRunStart, wordBefore } from './titled-persons.js';

/** Feminine past verbs of what companies do and say (normalized). */
const COMPANY_VERBS: ReadonlySet<string> = new Set(
  [
    'أعلنت', 'أطلقت', 'كشفت', 'طرحت', 'قالت', 'أكدت', 'أوضحت', 'ذكرت', 'نفت', 'أصدرت', 'استحوذت', 'اشترت', 'باعت',
    'وقعت', 'قررت', 'حققت', 'سجلت', 'رفعت', 'خفضت', 'افتتحت', 'دشنت', 'استثمرت', 'أبرمت', 'أوقفت', 'علقت', 'سحبت',
  ].map(normalizeKey),
);

const WA = 0x0648; // و
const FA = 0x0641; // ف

/**
 * Makes the weak organisation candidates that are not clubs (`clubs`: their IDs) and follow a
 * verb of COMPANY_VERBS, one space between, strong. `weak`: the weak candidates.
 *
 * @example
 * ```ts
 * // 'أعلنت ميتا عن تطبيق جديد': the weak ميتا (Meta Platforms) becomes strong.
 * strengthenCompanySubjects(doc, weak, clubs);
 * ```
 */
export function strengthenCompanySubjects(doc: Doc, weak: readonly Candidate[], clubs: ReadonlySet<string>): void {
  const text = doc.norm.text;
  for (const c of weak) {
    if (!c.weak || c.label !== 'ORG' || c.id === undefined) continue;
    if (!clubs.has(c.id) && afterCompanyVerb(text, c.start)) c.weak = false;
  }
}

/** Whether the word right before offset `start` (one space between) is a verb of COMPANY_VERBS, after و or ف or none. */
function afterCompanyVerb(text: string, start: number): boolean {
  const e = wordBefore(text, start);
  if (e !== start - 1) return false;
  let s = letterRunStart(text, e);
  // Verbs of four letters at least: a proclitic only before a longer word.
  const c0 = text.charCodeAt(s);
  if (e - s >= 5 && (c0 === WA || c0 === FA) && !COMPANY_VERBS.has(text.slice(s, e))) s++;
  return COMPANY_VERBS.has(text.slice(s, e));
}

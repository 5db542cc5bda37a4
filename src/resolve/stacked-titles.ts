// A one-word title and a profession's nisba right after it are one title: `الكاتب الصحفي`,
// `الناقد السينمائي`, `الفنان التشكيلي`. The title rule reads each word as a title of its own,
// the first with no name after it; Wojood spans them as one OCC. Nouns in ي that are titles of
// their own (`القاضي`, `المحامي`, `الوالي`) are another person (`استقبل الرئيس القاضي`).

import type { Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { articleAt, definiteNisbaShape, noSpace, oneSpace } from '../tokenize/letters.js';
import type { Candidate } from '../types.js';
import { copyCandidate, joinNext } from './resolve-overlaps.js';

/** Titles in ي (normalized) that are nouns, not a profession's adjective. */
const TITLE_NOUNS: ReadonlySet<string> = new Set(['القاضي', 'المحامي', 'الوالي', 'المدعي', 'الداعي', 'الراعي', 'الساعي'].map(normalizeKey));

/** Whether normalized text[s, e) is one word with the article. */
function definiteWord(text: string, s: number, e: number): boolean {
  return articleAt(text, s) && noSpace(text, s, e);
}

/** Whether OCC `next`, one space after OCC `c`, is a profession's nisba that describes it. */
function describes(text: string, c: Candidate, next: Candidate): boolean {
  if (c.label !== 'OCC' || next.label !== 'OCC' || !oneSpace(text, c.end, next.start)) return false;
  if (!definiteWord(text, c.start, c.end) || !definiteWord(text, next.start, next.end) || !definiteNisbaShape(text, next.start, next.end)) return false;
  return !TITLE_NOUNS.has(text.slice(next.start, next.end));
}

/**
 * `resolved` with each one-word title joined to the profession's nisba right after it (see
 * the module comment); the list itself when none is. The nisba's own inner entities stay.
 *
 * @example
 * ```ts
 * joinStackedTitles(prepareDoc('قال الكاتب الصحفي محمد أحمد'), resolved); // OCC الكاتب الصحفي, PERS
 * joinStackedTitles(prepareDoc('استقبل الرئيس القاضي'), resolved);          // unchanged
 * ```
 */
export function joinStackedTitles(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  return joinNext(resolved, 'OCC', (c, next) => describes(text, c, next), spannedOver);
}

/** `c` over `next` too, as one title: `next` is no entity inside it, its own inner entities are. */
function spannedOver(c: Candidate, next: Candidate): Candidate {
  const joined = copyCandidate(c);
  joined.end = next.end;
  if (next.inner) joined.inner = [...(c.inner ?? []), ...next.inner];
  return joined;
}

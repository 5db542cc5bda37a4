// A name given again in Latin script in brackets right after it, as Arabic writing does for
// foreign names (`ألبرت أينشتاين ( Albert Einstein )`, `تشارلز الأول ( Charles I )`): the
// Latin words are the same entity, and take its label and ID.

import type { Doc } from '../doc.js';
import { newCandidate } from '../candidate.js';
import { mergeByStart } from '../resolve/sort-by-start.js';
import type { Candidate, Label } from '../types.js';

/** Rule ID reported as the source of these candidates. */
export const GLOSS_RULE = 'latin-gloss';
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: GLOSS_RULE });
const PRIORITY = 30;
/** Labels of names that a Latin gloss may follow. */
const NAMED: ReadonlySet<Label> = new Set<Label>(['PERS', 'ORG', 'GPE', 'LOC', 'FAC']);
/** Most Latin words in a gloss. */
const MAX_WORDS = 5;

/** A Latin letter, upper or lower case (the normalized text lowers them). */
function latinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * The end of a bracketed Latin gloss starting at normalized offset `from` (spaces, `(`, one to
 * MAX_WORDS Latin words each capitalized in the text, `)`), or -1. `[start, end)` of the words
 * is written to `span`.
 */
function glossAt(doc: Doc, from: number, span: [number, number]): number {
  const text = doc.norm.text;
  const { input, starts } = doc.norm;
  let i = from;
  while (text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) !== 0x28) return -1; // (
  i++;
  while (text.charCodeAt(i) === 0x20) i++;
  const wordsStart = i;
  let wordsEnd = -1;
  for (let words = 0; words < MAX_WORDS; words++) {
    const c = input.charCodeAt(starts[i]!);
    if (!(c >= 0x41 && c <= 0x5a)) break; // a capital letter begins each word
    while (latinLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e || text.charCodeAt(i) === 0x2d || text.charCodeAt(i) === 0x27) i++;
    wordsEnd = i;
    if (text.charCodeAt(i) !== 0x20) break;
    while (text.charCodeAt(i) === 0x20) i++;
  }
  if (wordsEnd < 0) return -1;
  i = wordsEnd;
  while (text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) !== 0x29) return -1; // )
  span[0] = wordsStart;
  span[1] = wordsEnd;
  return i + 1;
}

/**
 * `resolved` (sorted, non-overlapping) with the Latin glosses of its names; the same array
 * when there are none.
 *
 * @example
 * ```ts
 * // 'ألبرت أينشتاين ( Albert Einstein ) عاش': Albert Einstein is PERS, with Einstein's ID.
 * addLatinGlosses(doc, resolved);
 * ```
 */
export function addLatinGlosses(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  let added: Candidate[] | undefined;
  const span: [number, number] = [0, 0];
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    // Cheap test first, before the label's look-up: a bracket right after the name or after a
    // space (no search: a text with many names and no bracket must not be read again for each).
    const b = text.charCodeAt(c.end) === 0x20 ? c.end + 1 : c.end;
    if (text.charCodeAt(b) !== 0x28 || !NAMED.has(c.label) || glossAt(doc, c.end, span) < 0) continue;
    const next = i + 1 < resolved.length ? resolved[i + 1]!.start : text.length;
    if (next < span[1]) continue; // another stage found something there
    (added ??= []).push(newCandidate(span[0], span[1], c.label, PRIORITY, SOURCE, c.id, c.canonical));
  }
  return added ? mergeByStart(resolved, added) : resolved;
}

// Short vowels and the shadda, which matching ignores, tell apart places and people of the same
// letters: a text that writes `عمّان` means Amman, one that writes `عُمان` Oman. An entry lists
// such forms (GazetteerEntry.vocalized); a mention written as one of them names that entry.

import type { Doc } from '../doc.js';
import { toOriginalSpan } from '../normalize/normalize.js';
import type { Candidate, GazetteerEntry } from '../types.js';

/** Short vowels, tanween, shadda and sukun. */
const MARKS = /[\u064B-\u0652]/;
const TATWEEL = /\u0640/g;

/**
 * The one candidate ID of `c` whose entry lists the mention's written form among its
 * vocalized ones (see the file's header); undefined when the text writes no mark there, or
 * when no entry, or more than one, lists it.
 */
export function vocalizedPick(doc: Doc, c: Candidate, entryOf: ((id: string) => Readonly<GazetteerEntry> | undefined) | undefined): string | undefined {
  if (entryOf === undefined || c.candidates === undefined) return undefined;
  const span = toOriginalSpan(doc.norm, c.start, c.end);
  const written = doc.norm.input.slice(span.start, span.end);
  if (!MARKS.test(written)) return undefined;
  const form = written.replace(TATWEEL, '').normalize('NFC');
  let found: string | undefined;
  for (const id of c.candidates) {
    if (!entryOf(id)?.vocalized?.includes(form)) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}

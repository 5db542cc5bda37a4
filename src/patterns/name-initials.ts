// A family name cut to its initial, as crime and court reports write suspects' names
// (`محمد ب.`, `هشام ل.`): the initial and its full stop belong to the person's span.

import type { Doc } from '../doc.js';
import type { Candidate } from '../types.js';
import { copyCandidate } from '../resolve/resolve-overlaps.js';
import { arabicLetter, lineSpace as space } from '../tokenize/letters.js';

const FULL_STOP = 0x2e;

/**
 * The end of an initial right after normalized offset `end`: spaces on the name's line, one Arabic
 * letter standing alone, a full stop that no letter or digit follows. -1 when there is none.
 */
function initialAfter(text: string, end: number): number {
  let i = end;
  while (space(text.charCodeAt(i))) i++;
  if (i === end || !arabicLetter(text.charCodeAt(i)) || text.charCodeAt(i + 1) !== FULL_STOP) return -1;
  const after = text.charCodeAt(i + 2);
  // `محمد ب.ع` or `ب.1` is no initial of a name, nor is an ellipsis.
  if (arabicLetter(after) || (after >= 0x30 && after <= 0x39) || after === FULL_STOP) return -1;
  return i + 2;
}

/**
 * Extends, in place, each person of `resolved` (sorted, non-overlapping) that an initial with
 * its full stop follows to take them in, unless another entity starts there.
 *
 * @example
 * ```ts
 * // 'وتوجه محمد ب. وهشام ل. الى وكالات بنكية': محمد ب. and هشام ل. are the persons.
 * addNameInitials(doc, resolved);
 * ```
 */
export function addNameInitials(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    if (c.label !== 'PERS' || !space(text.charCodeAt(c.end))) continue;
    const end = initialAfter(text, c.end);
    if (end < 0 || (i + 1 < resolved.length && resolved[i + 1]!.start < end)) continue;
    // Copied field by field: a spread gives the copy a shape of its own (see copyCandidate).
    const named = copyCandidate(c);
    named.end = end;
    resolved[i] = named;
  }
  return resolved;
}

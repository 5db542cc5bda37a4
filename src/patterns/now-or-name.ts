// `الآن` (now) and the name `آلان`/`ألان` (Alain, Alan) are one word once normalization folds
// the hamza forms of alef into ا. Only the text tells them apart: "now" never starts with a
// hamza or madda alef, and the name is mostly written with one.

import { writtenHamzaAlef, type Doc } from '../doc.js';
import type { Candidate } from '../types.js';

/** الان: الآن (now) after normalization. */
const ALAN = '\u0627\u0644\u0627\u0646';

/**
 * Whether normalized [start, end) is الان that the text begins with آ, أ or إ: the name آلان,
 * not الآن (now). The name scan reads it as a name part.
 */
export function writtenAlan(doc: Doc, start: number, end: number): boolean {
  return end - start === ALAN.length && doc.norm.text.startsWith(ALAN, start) && writtenHamzaAlef(doc, start);
}

/**
 * Drops, in place, the TIME candidates that read الآن where the text wrote the name آلان
 * (`الجنرال آلان بيليغريني`): the candidate is الان and the text begins it with آ, أ or إ.
 *
 * @example
 * ```ts
 * // 'قال الجنرال آلان بيليغريني الآن': the first الان is no TIME; the second is.
 * dropNameAsNow(doc, candidates);
 * ```
 */
export function dropNameAsNow(doc: Doc, cands: Candidate[]): void {
  let w = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const drop = c.label === 'TIME' && writtenAlan(doc, c.start, c.end);
    if (!drop) cands[w++] = c;
  }
  cands.length = w;
}

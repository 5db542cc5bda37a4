// `الآن` (now) and the name `آلان`/`ألان` (Alain, Alan) are one word once normalization folds
// the hamza forms of alef into ا. Only the text tells them apart: "now" never starts with a
// hamza or madda alef, and the name is mostly written with one.

import type { Doc } from '../doc.js';
import type { Candidate } from '../types.js';

/** الان: الآن (now) after normalization. */
const ALAN = '\u0627\u0644\u0627\u0646';
/** آ, أ, إ: alef with madda or hamza. */
const HAMZA_ALEFS: ReadonlySet<number> = new Set([0x0622, 0x0623, 0x0625]);

/**
 * Drops, in place, the TIME candidates that read الآن where the text wrote the name آلان
 * (`الجنرال آلان بيليغريني`): the candidate is الان and the text begins it with آ, أ or إ.
 * The name scan reads such a word as a name part (see writtenAlan in name-scan.ts).
 *
 * @example
 * ```ts
 * // 'قال الجنرال آلان بيليغريني الآن': the first الان is no TIME; the second is.
 * dropNameAsNow(doc, candidates);
 * ```
 */
export function dropNameAsNow(doc: Doc, cands: Candidate[]): void {
  const { text, input, starts } = doc.norm;
  let w = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const drop = c.label === 'TIME' && c.end - c.start === ALAN.length && text.startsWith(ALAN, c.start) && HAMZA_ALEFS.has(input.charCodeAt(starts[c.start]!));
    if (!drop) cands[w++] = c;
  }
  cands.length = w;
}

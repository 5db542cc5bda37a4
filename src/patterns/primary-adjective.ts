// `الأولي` (primary, initial: `التفكير الأولي`) and the ordinal `الأولى` (the first) are one
// word once normalization folds ى into ي. A text that writes ى elsewhere wrote ي here on
// purpose: the adjective, not the ordinal.

import type { Doc } from '../doc.js';
import type { Candidate } from '../types.js';

const YA = 0x064a; // ي
const ALEF_MAQSURA = '\u0649'; // ى
/** اولي: the ordinal's letters after normalization (أولى, أولي). */
const AWLI = '\u0627\u0648\u0644\u064a';

/**
 * Drops, in place, the ORDINAL candidates that are the adjective أولي: the candidate ends
 * in اولي, the text writes its last letter ي, and writes ى elsewhere.
 *
 * @example
 * ```ts
 * // 'لم يكن التفكير الأولي هو … في المرة الأولى': الأولي is no ORDINAL; الأولى is.
 * dropPrimaryAdjective(doc, candidates);
 * ```
 */
export function dropPrimaryAdjective(doc: Doc, cands: Candidate[]): void {
  const { text, input, starts } = doc.norm;
  let maqsura: boolean | undefined;
  let w = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const drop =
      c.label === 'ORDINAL' &&
      text.startsWith(AWLI, c.end - AWLI.length) &&
      input.charCodeAt(starts[c.end - 1]!) === YA &&
      (maqsura ??= input.includes(ALEF_MAQSURA));
    if (!drop) cands[w++] = c;
  }
  cands.length = w;
}

// Blessings written after a name (`محمد صلى الله عليه وسلم`, `الحسين طيب الله ثراه`, `علي
// كرم الله وجهه`, `عمر رضي الله عنه`) end in الله and a pronoun word. الله is a name token
// (عبد الله, نصر الله), so a name reader may take the formula's first two words for the end of
// the name; they belong to the blessing.

import type { Doc } from '../doc.js';
import type { Candidate } from '../types.js';
import { copyCandidate } from '../resolve/resolve-overlaps.js';
import { arabicLetter, HA, lineSpace as space } from '../tokenize/letters.js';

/** الله (normalized). */
const ALLAH = '\u0627\u0644\u0644\u0647';
/**
 * The words that follow الله in a blessing (normalized): عليه, عليهم, عليها, عليهما, عنه,
 * عنها, عنهم, عنهما, ثراه, ثراها, وجهه, روحه.
 */
const FORMULA_ENDS: ReadonlySet<string> = new Set(['عليه', 'عليهم', 'عليها', 'عليهما', 'عنه', 'عنها', 'عنهم', 'عنهما', 'ثراه', 'ثراها', 'وجهه', 'روحه'].map((w) => w.replace(/ى/g, 'ي')));

/**
 * `resolved` (sorted, non-overlapping) with each person that ends in the first two words of
 * a blessing (`… صلى الله` before `عليه`) cut before them, or dropped when nothing is left.
 * Changes the array in place and returns it.
 *
 * @example
 * ```ts
 * // 'قال محمد صلى الله عليه وسلم': the person is محمد, not محمد صلى الله.
 * trimBlessings(doc, resolved);
 * ```
 */
export function trimBlessings(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  let w = 0;
  for (let i = 0; i < resolved.length; i++) {
    let c = resolved[i]!;
    // A rule's reading only: a gazetteer name in الله (نصر الله) is the name it lists. The last
    // letter first: it turns away most names before their source is read.
    if (c.label === 'PERS' && text.charCodeAt(c.end - 1) === HA && c.source.kind === 'pattern' && c.end - c.start > ALLAH.length && text.startsWith(ALLAH, c.end - ALLAH.length) && space(text.charCodeAt(c.end - ALLAH.length - 1)) && formulaAfter(text, c.end)) {
      // Cut the word before الله and الله: the end of the word before that.
      let e = c.end - ALLAH.length - 1;
      while (e > c.start && space(text.charCodeAt(e - 1))) e--;
      while (e > c.start && !space(text.charCodeAt(e - 1))) e--;
      while (e > c.start && space(text.charCodeAt(e - 1))) e--;
      if (e <= c.start) continue; // the whole candidate is the blessing
      // Copied field by field: a spread gives the copy a shape of its own (see copyCandidate).
      c = copyCandidate(c);
      c.end = e;
    }
    resolved[w++] = c;
  }
  resolved.length = w;
  return resolved;
}

/** Whether a blessing's last word follows offset `end`, spaces between. */
function formulaAfter(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && space(text.charCodeAt(i))) i++;
  let j = i;
  while (j < text.length && arabicLetter(text.charCodeAt(j))) j++;
  return j > i && FORMULA_ENDS.has(text.slice(i, j));
}

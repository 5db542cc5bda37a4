// The years of a person's life, or of a reign, in brackets after the name: `ابن خلدون (1332 -
// 1406)`, `المتنبي (915 - 965 م)`. Years before 1800 read as numbers elsewhere (a range of
// three or four digits is as often a count), but after a person's name a range of a lifetime
// is a date. Wikipedia opens most biographies so.

import { newCandidate } from '../candidate.js';
import type { Doc } from '../doc.js';
import type { Candidate } from '../types.js';

const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'date-life-years' });
const PRIORITY = 60;
/** Longest life or reign read as one: a wider range is a count or a period of another kind. */
const MAX_YEARS = 120;

/**
 * `( y1 - y2 )` right after a name, with an era (م, or ه: هـ normalized) after either year.
 * Groups: the first year, the second, and the era after the second with the spaces before it.
 */
const RANGE = /[^\S\n]*\([^\S\n]*([0-9]{3,4})(?:[^\S\n]*(?:م|ه))?[^\S\n]*[-\u2013][^\S\n]*([0-9]{3,4})((?:[^\S\n]*(?:م|ه))?)[^\S\n]*\)/y;

/**
 * `resolved` (sorted, non-overlapping) with the years in brackets after each person (see the
 * file's header) one DATE, in place of the numbers read there.
 *
 * @example
 * ```ts
 * lifeYears(prepareDoc('ابن سينا (980 - 1037) طبيب'), resolved); // DATE 980 - 1037
 * ```
 */
export function lifeYears(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    if (out) out.push(c);
    // Cheap test first: a bracket right after the name, at most one space between.
    if (c.label !== 'PERS' || !(text.charCodeAt(c.end) === 0x28 || (text.charCodeAt(c.end) === 0x20 && text.charCodeAt(c.end + 1) === 0x28))) continue;
    RANGE.lastIndex = c.end;
    const m = RANGE.exec(text);
    if (m === null) continue;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to <= from || to - from > MAX_YEARS) continue;
    // From the first year to the second and its era: the brackets stay outside.
    const start = text.indexOf(m[1]!, c.end);
    const end = c.end + m[0].lastIndexOf(m[2]!) + m[2]!.length + m[3]!.length;
    // The numbers read inside the brackets give way; anything reaching out of them keeps its place.
    let j = i + 1;
    while (j < resolved.length && resolved[j]!.end <= RANGE.lastIndex) j++;
    if (j < resolved.length && resolved[j]!.start < RANGE.lastIndex) continue;
    if (!out) out = resolved.slice(0, i + 1);
    out.push(newCandidate(start, end, 'DATE', PRIORITY, SOURCE));
    i = j - 1;
  }
  return out ?? resolved;
}

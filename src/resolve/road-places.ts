// A road is named by the two places it joins: `طريق الرياض الدمام السريع`, `طريق القاهرة -
// الإسكندرية الصحراوي`, `طريق أبوظبي العين`. The trigger-noun rules leave `طريق` alone, for
// it is a word of many uses (`عن طريق`, by means of); two known places right after it, side by
// side, say that it is a road. The road is a facility over the noun, both places (nested) and
// the adjectives of a road after them.

import { newCandidate } from '../candidate.js';
import { tokenAfterSpace, tokenAt, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { sameText } from '../tokenize/token-hash.js';
import type { Candidate } from '../types.js';
import { nounBefore, nounWords, type NounWords } from './noun-words.js';

const ROAD: NounWords = nounWords(['طريق']);
/** Adjectives of a road after its places (normalized). */
const ROAD_ADJECTIVES: readonly string[] = ['السريع', 'الدولي', 'الصحراوي', 'الزراعي', 'الساحلي', 'الدائري'].map(normalizeKey);
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'fac-trigger-name' });
const PRIORITY = 33;

/** Whether `c` is a place a road may join. */
function isPlace(c: Candidate): boolean {
  return c.label === 'GPE' || c.label === 'LOC';
}

/** Whether text[from, to) is spaces with at most one dash between them. */
function placeGap(text: string, from: number, to: number): boolean {
  let dashes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2013) dashes++;
    else if (c !== 0x20) return false;
  }
  return to > from && dashes <= 1;
}

/** The end of a road's adjective right after offset `pos` (one space between), or `pos`. */
function adjectiveEnd(doc: Doc, pos: number): number {
  const t = tokenAfterSpace(doc, pos);
  if (t < 0) return pos;
  const e = doc.tokens.ends[t]!;
  return ROAD_ADJECTIVES.some((w) => sameText(w, doc.norm.text, pos + 1, e)) ? e : pos;
}

const AN = normalizeKey('عن');

/** Whether the noun at `from` follows عن: `عن طريق` is "by way of", no road. */
function afterAn(doc: Doc, from: number): boolean {
  const t = tokenAt(doc, from);
  return t > 0 && sameText(AN, doc.norm.text, doc.tokens.starts[t - 1]!, doc.tokens.ends[t - 1]!);
}

/**
 * `resolved` (sorted, non-overlapping) with each `طريق` followed by two places taken with them
 * into one FAC, the places nested; the list itself when there is none.
 *
 * @example
 * ```ts
 * joinRoadPlaces(prepareDoc('افتتح طريق الرياض الدمام السريع'), resolved); // FAC ⊃ GPE, GPE
 * ```
 */
export function joinRoadPlaces(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    const d = resolved[i + 1];
    // Label tests, then the gap, then the noun's hash: most candidates stop at the first.
    const from = d !== undefined && isPlace(c) && isPlace(d) && placeGap(text, c.end, d.start) ? nounBefore(doc, resolved, i, ROAD) : -1;
    if (from >= 0 && !afterAn(doc, from)) {
      const after = resolved[i + 2];
      const end = adjectiveEnd(doc, d!.end);
      const road = newCandidate(from, after !== undefined && after.start < end ? d!.end : end, 'FAC', PRIORITY, SOURCE);
      road.inner = [c, d!];
      (out ??= resolved.slice(0, i)).push(road);
      i++;
    } else if (out) out.push(c);
  }
  return out ?? resolved;
}

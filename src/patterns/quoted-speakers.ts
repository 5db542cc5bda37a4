// A month or a people quoted as one speaker is a person of that name: `عن رمضان قوله`,
// `عن كينيون قوله` (Kenyon, whom the gazetteer reads as the plural of Kenyan). The rule
// `pers-before-quoted-saying` reads such names, but a month or nationality the gazetteer or
// a date rule knows wins overlap resolution; قوله (his saying) says one person spoke.

import type { Doc } from '../doc.js';
import { newCandidate } from '../candidate.js';
import type { Candidate, Label } from '../types.js';
import { hashString, sameText } from '../tokenize/token-hash.js';

/** The rule whose reading this restores. */
const QUOTED_RULE = 'pers-before-quoted-saying';
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: QUOTED_RULE });
const PRIORITY = 30;

/** قوله and قولها: his or her saying (normalized). */
const QUOTES: readonly string[] = ['\u0642\u0648\u0644\u0647', '\u0642\u0648\u0644\u0647\u0627'];
/** Their tokens' hashes (see tokenize), compared before their text. */
const [QUOTE_HASH, QUOTE_HASH_F] = QUOTES.map(hashString) as [number, number];
/** عن before the one quoted. */
const FROM: readonly string[] = ['\u0639\u0646'];
/** Labels of entities that cannot be quoted as one speaker: a month, a people. */
const NOT_SPEAKERS: ReadonlySet<Label> = new Set<Label>(['DATE', 'NORP']);

/** Whether token `t` is one of `words`. */
function tokenIs(doc: Doc, t: number, words: readonly string[]): boolean {
  const { starts, ends } = doc.tokens;
  for (const w of words) if (sameText(w, doc.norm.text, starts[t]!, ends[t]!)) return true;
  return false;
}

/**
 * `resolved` (sorted, non-overlapping) with each one-word DATE or NORP entity right between
 * عن and قوله/قولها read as a person; the same array when there is none.
 *
 * @example
 * ```ts
 * // 'ونقلت هيئة الاذاعة البريطانية عن كينيون قوله إن': كينيون is a PERS, not the NORP Kenyans.
 * relabelQuotedSpeakers(doc, resolved);
 * ```
 */
export function relabelQuotedSpeakers(doc: Doc, resolved: Candidate[]): Candidate[] {
  // The tokens' hashes find the few places where the word occurs (most documents have none),
  // at less cost than a search of the text for its stem.
  const { starts, ends, hash, count } = doc.tokens;
  let out: Candidate[] | undefined;
  // The entities are sorted and the tokens come in order: one pointer walks both.
  let i = 0;
  for (let q = 2; q < count; q++) {
    const h = hash[q]!;
    if ((h !== QUOTE_HASH && h !== QUOTE_HASH_F) || !tokenIs(doc, q, QUOTES) || !tokenIs(doc, q - 2, FROM)) continue;
    while (i < resolved.length && resolved[i]!.start < starts[q - 1]!) i++;
    if (i >= resolved.length || resolved[i]!.start !== starts[q - 1] || resolved[i]!.end !== ends[q - 1] || !NOT_SPEAKERS.has(resolved[i]!.label)) continue;
    out ??= resolved.slice();
    out[i] = newCandidate(resolved[i]!.start, resolved[i]!.end, 'PERS', PRIORITY, SOURCE);
  }
  return out ?? resolved;
}

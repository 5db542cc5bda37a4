// Persons quoted by a news source: `نقلت الوكالة عن كينيون قوله إن`, `عن صلاد حسن قوله`. The
// words between عن (or إلى) and قوله/قولها are whom the source quotes; a name read there
// that no other stage found is a person.

import { tokenAt, type Doc } from '../doc.js';
import { newCandidate } from '../candidate.js';
import type { Candidate } from '../types.js';
import type { RuleIndex } from './compile-patterns.js';
import { mergeByStart } from './complement-persons.js';
import { nameReader, scanNameFrom, type NameReader } from './name-scan.js';
import { sameText } from '../tokenize/token-hash.js';

/** Rule ID reported as the source of these candidates. */
export const QUOTED_RULE = 'pers-before-quote';
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: QUOTED_RULE });
const PRIORITY = 30;

/** قول, the stem of قوله and قولها (normalized). */
const SAYING = '\u0642\u0648\u0644';
/** قوله and قولها: his or her saying (normalized). */
const QUOTES: readonly string[] = ['\u0642\u0648\u0644\u0647', '\u0642\u0648\u0644\u0647\u0627'];
/** عن and إلى (normalized الي) before the one quoted. */
const FROM: readonly string[] = ['\u0639\u0646', '\u0627\u0644\u064a'];
/** Labels of entities that cannot be quoted as one speaker: a month, a people. */
const NOT_SPEAKERS: ReadonlySet<string> = new Set(['DATE', 'NORP']);
/** Longest name read between them, in tokens. */
const MAX_NAME = 3;

/** Whether token `t` is one of `words`. */
function tokenIs(doc: Doc, t: number, words: readonly string[]): boolean {
  const { starts, ends } = doc.tokens;
  for (const w of words) if (sameText(w, doc.norm.text, starts[t]!, ends[t]!)) return true;
  return false;
}

/**
 * `resolved` (sorted, non-overlapping) with the persons quoted by `عن … قوله`; the same array
 * when there are none.
 *
 * @example
 * ```ts
 * // 'ونقلت هيئة الاذاعة البريطانية عن كينيون قوله إن': كينيون is a PERS.
 * addQuotedPersons(index, doc, resolved);
 * ```
 */
export function addQuotedPersons(index: RuleIndex, doc: Doc, resolved: Candidate[]): Candidate[] {
  const names = index.names;
  if (!names || !index.nameTokens) return resolved;
  const text = doc.norm.text;
  // A native search finds the few places where the stem occurs; most documents have none.
  let at = text.indexOf(SAYING);
  if (at < 0) return resolved;
  const { starts, ends } = doc.tokens;
  let added: Candidate[] | undefined;
  let relabeled: Candidate[] | undefined;
  let r: NameReader | undefined;
  for (; at >= 0; at = text.indexOf(SAYING, at + SAYING.length)) {
    const q = tokenAt(doc, at);
    if (starts[q] !== at || !tokenIs(doc, q, QUOTES)) continue;
    // عن or إلى one to MAX_NAME tokens before قوله, spaces only between the tokens.
    for (let f = q - 2; f >= Math.max(0, q - 1 - MAX_NAME); f--) {
      if (!tokenIs(doc, f, FROM)) continue;
      const first = f + 1;
      const end = scanNameFrom((r ??= nameReader(names, doc)), first, 0);
      if (end !== ends[q - 1] || !/^ +$/.test(text.slice(end, starts[q]))) break;
      const start = starts[first]!;
      const i = resolved.findIndex((c) => c.start < end && start < c.end);
      if (i < 0) (added ??= []).push(newCandidate(start, end, 'PERS', PRIORITY, SOURCE));
      else if (resolved[i]!.start === start && resolved[i]!.end === end && NOT_SPEAKERS.has(resolved[i]!.label)) {
        // A month or a people quoted as one speaker (`عن رمضان قوله`, `عن كينيون قوله`) is a
        // person of that name.
        relabeled ??= resolved.slice();
        relabeled[i] = newCandidate(start, end, 'PERS', PRIORITY, SOURCE);
      }
      break;
    }
  }
  const out = relabeled ?? resolved;
  return added ? mergeByStart(out, added.sort((a, b) => a.start - b.start)) : out;
}

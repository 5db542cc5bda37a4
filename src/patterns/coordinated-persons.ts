// Names joined by و to a person: in lists of players, actors or victims (`محمود مرسى ويحيى
// شاهين ونور الشريف`, also after a comma or a score's minutes in brackets, or after a comma
// alone when another comma or the full stop closes the name) the first name is often found by
// its title or lexicon and the others, foreign or rare, by nothing but their place in the list. Runs after overlap resolution, on
// the persons the pipeline settled, so that a conjunct is read only next to a name kept.

import { tokenAt, type Doc } from '../doc.js';
import { newCandidate } from '../candidate.js';
import type { Candidate } from '../types.js';
import type { RuleIndex } from './compile-patterns.js';
import { nameReader, scanCoordinatedName, type NameReader } from './name-scan.js';
import { mergeByStart } from '../resolve/sort-by-start.js';

/** Rule ID reported as the source of these candidates. */
export const COORDINATED_RULE = 'pers-coordinated';
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: COORDINATED_RULE });
const PRIORITY = 30;
const WA = 0x0648; // و

/** Longest bracket (in code units) skipped between a name and the next: a score's minutes. */
const MAX_BRACKET = 24;

/**
 * Where the next name of a list may start after a name ending at `end`: after spaces, at most
 * one comma (`ومحمد منير ، وعلي الحجار`) and one short bracket (`فرناندو توريس ( 20 ) وديفد
 * فيا`). -1 when something else follows.
 */
function nextListItem(text: string, end: number): number {
  let i = end;
  const spaces = (): void => {
    while (text.charCodeAt(i) === 0x20) i++;
  };
  spaces();
  if (text.charCodeAt(i) === 0x28) {
    // The closing bracket is looked for within MAX_BRACKET only: a search to the end of the
    // text for each name would grow with the text times its names.
    let close = i + 1;
    const limit = Math.min(text.length, i + MAX_BRACKET + 1);
    while (close < limit && text.charCodeAt(close) !== 0x29) close++;
    if (close >= limit || text.lastIndexOf('(', close) !== i) return -1;
    i = close + 1;
    spaces();
  }
  const c = text.charCodeAt(i);
  if (c === 0x060c || c === 0x2c) {
    i++;
    spaces();
  }
  return i > end ? i : -1;
}

/** Whether a comma comes right before offset `from`, spaces between. */
function afterComma(text: string, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  return i >= 0 && (text.charCodeAt(i) === 0x060c || text.charCodeAt(i) === 0x2c);
}

/** Whether a list item ending at `end` is closed: a comma, a full stop or the text's end follows. */
function closedItem(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 0x20) i++;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 0x060c || c === 0x2c || c === 0x2e || c === 0x0a;
}

/**
 * `resolved` (sorted by start, non-overlapping) with the persons joined by و to a person in
 * it; the same array when there are none.
 *
 * @example
 * ```ts
 * // 'مثل محمود مرسى ويحيى شاهين': محمود مرسى (PERS) is followed by و + يحيى شاهين, a PERS.
 * addCoordinatedPersons(index, doc, resolved);
 * ```
 */
export function addCoordinatedPersons(index: RuleIndex, doc: Doc, resolved: Candidate[]): Candidate[] {
  const names = index.names;
  if (!names || !index.nameTokens) return resolved;
  const text = doc.norm.text;
  const { count, starts } = doc.tokens;
  let added: Candidate[] | undefined;
  let r: NameReader | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    if (c.label !== 'PERS' || c.weak) continue;
    let end = c.end;
    let j = i + 1;
    // In a list of names already (this person follows another one), a name after و needs no
    // known word: `غانلويغي بوفون وغانلوكا زامبروتا وديفد تريزيغيه`.
    let inList = i > 0 && resolved[i - 1]!.label === 'PERS' && nextListItem(text, resolved[i - 1]!.end) === c.start - 1 && text.charCodeAt(c.start - 1) === WA;
    for (;;) {
      const from = nextListItem(text, end);
      if (from < 0) break;
      // A word with و starts the next item, or, after a comma, a name that a comma, a full
      // stop or the end closes (`حسن أبو السعود ، جيهان الناصر ، عنتر هلال .`): no look-up
      // for any other.
      const skip = text.charCodeAt(from) === WA ? 1 : afterComma(text, from) ? 0 : -1;
      if (skip < 0) break;
      const t = tokenAt(doc, from);
      if (t >= count || starts[t] !== from) break;
      // The next entity from the list item on (a number in the bracket skipped comes before it).
      while (j < resolved.length && resolved[j]!.start < from) j++;
      const next = j < resolved.length ? resolved[j]!.start : text.length + 1;
      const nameEnd = scanCoordinatedName((r ??= nameReader(names, doc)), t, !inList, skip);
      if (nameEnd < 0 || nameEnd > next || (skip === 0 && !closedItem(text, nameEnd))) break;
      (added ??= []).push(newCandidate(starts[t]! + skip, nameEnd, 'PERS', PRIORITY, SOURCE));
      end = nameEnd;
      inList = true;
    }
  }
  return added ? mergeByStart(resolved, added) : resolved;
}

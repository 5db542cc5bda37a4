// Names joined by و to a person: in lists of players, actors or victims (`محمود مرسى ويحيى
// شاهين ونور الشريف`) the first name is often found by its title or lexicon and the others,
// foreign or rare, by nothing but their place in the list. Runs after overlap resolution, on
// the persons the pipeline settled, so that a conjunct is read only next to a name kept.

import { tokenAt, type Doc } from '../doc.js';
import { newCandidate } from '../candidate.js';
import type { Candidate } from '../types.js';
import type { RuleIndex } from './compile-patterns.js';
import { nameReader, scanCoordinatedName, type NameReader } from './name-scan.js';

/** Rule ID reported as the source of these candidates. */
export const COORDINATED_RULE = 'pers-coordinated';
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: COORDINATED_RULE });
const PRIORITY = 30;

/** Whether only spaces lie between normalized offsets `from` and `to` (at least one). */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
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
  if (!index.names || !index.nameTokens) return resolved;
  const text = doc.norm.text;
  const { count, starts } = doc.tokens;
  let out: Candidate[] | undefined;
  let r: NameReader | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    if (out) out.push(c);
    if (c.label !== 'PERS' || c.weak) continue;
    const next = i + 1 < resolved.length ? resolved[i + 1]!.start : text.length + 1;
    let end = c.end;
    for (;;) {
      const t = tokenAt(doc, end);
      if (t >= count || !spacesOnly(text, end, starts[t]!)) break;
      const nameEnd = scanCoordinatedName((r ??= nameReader(index.names, doc)), t);
      if (nameEnd < 0 || nameEnd > next) break;
      out ??= resolved.slice(0, i + 1);
      out.push(newCandidate(starts[t]! + 1, nameEnd, 'PERS', PRIORITY, SOURCE));
      end = nameEnd;
    }
  }
  return out ?? resolved;
}

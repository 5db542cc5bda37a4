// Titles that are also given names (أمين "secretary", أمير "prince", مختار "mayor") read with
// a known family name after them are a person: `وقال أمين الجميل إن`, `كان أمين الحسيني مفتي
// القدس`. The title rule reads any definite word after such a title as its complement (`أمين
// الصندوق`, `أمير المؤمنين`); only the name lexicon knows that الجميل is a family name.

import { tokenAt, type Doc } from '../doc.js';
import type { Candidate } from '../types.js';
import { copyCandidate } from '../resolve/resolve-overlaps.js';
import type { NameReader } from './name-scan.js';

/** The rule whose OCC is a title (see occ-title-person in patterns/names.jsonl). */
const TITLE_RULE = 'occ-title-person';
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'pers-given-name-title' });
const PRIORITY = 55;

/**
 * `resolved` (sorted, non-overlapping) with each title rule's OCC of two words, a title that
 * needs a complement and is a known given name, then a definite known name token that holds
 * no known entity, read as a person instead; in place. `givenTitles`: those titles
 * (normalized), taken from the name scan's list of titles that need a complement.
 *
 * @example
 * ```ts
 * // 'وقال أمين الجميل إن': PERS أمين الجميل, not OCC.
 * relabelGivenNameTitles(doc, resolved, reader, givenTitles);
 * ```
 */
export function relabelGivenNameTitles(doc: Doc, resolved: Candidate[], reader: () => NameReader, givenTitles: ReadonlySet<string>): Candidate[] {
  const text = doc.norm.text;
  const { starts, ends } = doc.tokens;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    if (c.label !== 'OCC' || c.source.kind !== 'pattern' || c.source.ref !== TITLE_RULE || c.inner?.length) continue;
    const t = tokenAt(doc, c.start);
    // Two whole tokens, one space between, the title first.
    if (starts[t] !== c.start || ends[t + 1] !== c.end || starts[t + 1] !== ends[t]! + 1) continue;
    if (!givenTitles.has(text.slice(starts[t]!, ends[t]!))) continue;
    const s = starts[t + 1]!;
    if (text.charCodeAt(s) !== 0x0627 || text.charCodeAt(s + 1) !== 0x0644) continue; // ال
    if (!reader().inLexicon(t + 1)) continue;
    // Copied field by field: a spread gives the copy a shape of its own (see copyCandidate).
    const person = copyCandidate(c);
    person.label = 'PERS';
    person.priority = PRIORITY;
    person.source = SOURCE;
    resolved[i] = person;
  }
  return resolved;
}

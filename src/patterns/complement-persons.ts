// Persons named after a title whose complement is an entity: `رئيس تحرير جريدة الوفاق مصيب
// نعيمي`, `المستشار القانوني للحكومة الاسرائيلية مناحيم مازوز`, `سفير طالبان لدى باكستان سالم
// زعيف`. The title rules read short complements from their lists; an organisation or a place
// found by another stage is known only after overlap resolution, so the name after it is
// read here.

import { tokenAt, type Doc } from '../doc.js';
import { newCandidate } from '../candidate.js';
import type { Candidate, Label } from '../types.js';
import type { RuleIndex } from './compile-patterns.js';
import { isBoundTitle, isDescriptor, nameReader, scanNameAfterComplement, type NameReader } from './name-scan.js';

/** Rule ID reported as the source of these candidates. */
export const COMPLEMENT_RULE = 'pers-after-title-complement';
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: COMPLEMENT_RULE });
const PRIORITY = 30;

/** Labels of the entities a title takes as its complement. */
const COMPLEMENTS: ReadonlySet<Label> = new Set<Label>(['ORG', 'GPE', 'FAC']);
/** Rules whose OCC is a title a name follows. */
const TITLE_RULE = 'occ-title-person';
/** Descriptors read between the complement and the name (`الاشتراكي`, `الأميركي السابق`). */
const MAX_DESCRIPTORS = 2;

/** Whether only spaces lie between normalized offsets `from` and `to` (at least one). */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

/** Whether the token at `t` is one of the short `words`. */
function tokenIs(text: string, doc: Doc, t: number, words: readonly string[]): boolean {
  const w = text.slice(doc.tokens.starts[t]!, doc.tokens.ends[t]!);
  return words.includes(w);
}

/** لدى and في between a title's complement and a second one (`سفير طالبان لدى باكستان`). */
const LINKS: readonly string[] = ['\u0644\u062f\u064a', '\u0641\u064a']; // لدي في (normalized)

/**
 * Whether the entity `c` is a title's complement: right after a title rule's OCC (the
 * article's ل may join them: `المستشار القانوني للحكومة`), or right after a title that
 * needs one (`رئيسة جمعية …`).
 */
function afterTitle(r: NameReader, doc: Doc, c: Candidate, prev: Candidate | undefined): boolean {
  const text = doc.norm.text;
  const t = tokenAt(doc, c.start);
  // The entity may start after a proclitic ل of its token.
  const tokenStart = t < doc.tokens.count && doc.tokens.starts[t] === c.start ? c.start : t > 0 ? doc.tokens.starts[t - 1]! : -1;
  const first = tokenStart === c.start ? t : t - 1;
  if (first < 0 || first >= doc.tokens.count) return false;
  const lam = tokenStart !== c.start;
  if (lam && (c.start - tokenStart !== 1 || text.charCodeAt(tokenStart) !== 0x0644)) return false;
  if (prev && prev.label === 'OCC' && prev.source.kind === 'pattern' && prev.source.ref === TITLE_RULE && spacesOnly(text, prev.end, tokenStart)) return true;
  return first > 0 && spacesOnly(text, doc.tokens.ends[first - 1]!, tokenStart) && isBoundTitle(r, first - 1);
}

/**
 * `resolved` (sorted, non-overlapping) with the persons named right after a title's
 * complement; the same array when there are none.
 *
 * @example
 * ```ts
 * // 'رئيس تحرير جريدة الوفاق مصيب نعيمي :': OCC رئيس تحرير, ORG جريدة الوفاق, then PERS مصيب نعيمي.
 * addComplementPersons(index, doc, resolved);
 * ```
 */
export function addComplementPersons(index: RuleIndex, doc: Doc, resolved: Candidate[]): Candidate[] {
  if (!index.names || !index.nameTokens) return resolved;
  const text = doc.norm.text;
  const { count, starts, ends } = doc.tokens;
  let added: Candidate[] | undefined;
  let r: NameReader | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    // A title rule's OCC that holds its complement (`سفير طالبان`) counts as one when a second
    // complement follows it (`لدى باكستان`): the title rule read no name past that.
    const title = c.label === 'OCC' && c.source.kind === 'pattern' && c.source.ref === TITLE_RULE;
    if (!(title || COMPLEMENTS.has(c.label)) || c.weak) continue;
    r ??= nameReader(index.names, doc);
    if (!title && !afterTitle(r, doc, c, resolved[i - 1])) continue;
    // A second complement after لدى or في (`سفير طالبان لدى باكستان`), then descriptors.
    let end = c.end;
    let j = i + 1;
    let t = tokenAt(doc, end);
    if (t + 1 < count && tokenIs(text, doc, t, LINKS) && j < resolved.length && COMPLEMENTS.has(resolved[j]!.label) && spacesOnly(text, end, starts[t]!) && spacesOnly(text, ends[t]!, resolved[j]!.start)) {
      end = resolved[j]!.end;
      j++;
      t = tokenAt(doc, end);
    } else if (title) continue;
    for (let k = 0; k < MAX_DESCRIPTORS && t < count && spacesOnly(text, end, starts[t]!) && isDescriptor(r, t) && (j >= resolved.length || resolved[j]!.start >= ends[t]! || resolved[j]!.label === 'NORP'); k++) {
      if (j < resolved.length && resolved[j]!.start < ends[t]!) j++;
      end = ends[t]!;
      t++;
    }
    if (t >= count || !spacesOnly(text, end, starts[t]!)) continue;
    if (j < resolved.length && resolved[j]!.start < ends[t]!) continue; // another entity there
    const nameEnd = scanNameAfterComplement(r, t);
    if (nameEnd < 0 || (j < resolved.length && resolved[j]!.start < nameEnd)) continue;
    (added ??= []).push(newCandidate(starts[t]!, nameEnd, 'PERS', PRIORITY, SOURCE));
  }
  return added ? mergeByStart(resolved, added) : resolved;
}

/** Two lists sorted by start (and not overlapping each other) merged into one. */
export function mergeByStart(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start) ? a[i++]! : b[j++]!);
  return out;
}

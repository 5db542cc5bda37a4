// Persons named after a title whose complement is an entity: `رئيس تحرير جريدة الوفاق مصيب
// نعيمي`, `المستشار القانوني للحكومة الاسرائيلية مناحيم مازوز`, `سفير طالبان لدى باكستان سالم
// زعيف`. The title rules read short complements from their lists; an organisation or a place
// found by another stage is known only after overlap resolution, so the name after it is
// read here.

import { tokenAt, type Doc } from '../doc.js';
import { newCandidate } from '../candidate.js';
import { mergeByStart } from '../resolve/sort-by-start.js';
import { BA, spacesOnly } from '../tokenize/letters.js';
import type { Candidate, Label } from '../types.js';
import type { RuleIndex } from './compile-patterns.js';
import { isBoundTitle, isDescriptor, nameReader, scanNameAfterComplement, type NameReader } from './name-scan.js';

/** Rule ID reported as the source of these candidates. */
export const COMPLEMENT_RULE = 'pers-after-title-complement';
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: COMPLEMENT_RULE });
const PRIORITY = 30;

/** Whether entities of `label` are a title's complement (compared outright: a set look-up per candidate costs more). */
function complement(label: Label): boolean {
  return label === 'ORG' || label === 'GPE' || label === 'FAC';
}
/** Rules whose OCC is a title a name follows. */
const TITLE_RULE = 'occ-title-person';
/** Rules whose OCC takes a second complement after a link, then a name (`أستاذ العلوم السياسية بجامعة القاهرة حسن نافعة`). */
const LINKED_TITLE_RULES: ReadonlySet<string> = new Set([TITLE_RULE, 'occ-professor']);
/** Descriptors read between the complement and the name (`الاشتراكي`, `الأميركي السابق`). */
const MAX_DESCRIPTORS = 2;


/** لدى and في between a title's complement and a second one (`سفير طالبان لدى باكستان`). */
const LINKS: readonly string[] = ['\u0644\u062f\u064a', '\u0641\u064a']; // لدي في (normalized)

/**
 * Whether the entity `c` is a title's complement: right after a title rule's OCC (the article's ل may join them:
 * `المستشار القانوني للحكومة`), or right after a title that needs one (`رئيسة جمعية …`).
 */
function afterTitle(doc: Doc, c: Candidate, prev: Candidate | undefined, reader: () => NameReader): boolean {
  const text = doc.norm.text;
  // The entity may start after a proclitic ل of its token.
  const lam = c.start > 0 && text.charCodeAt(c.start - 1) === 0x0644 ? 1 : 0;
  const tokenStart = c.start - lam;
  if (lam === 1 && tokenStart > 0 && text.charCodeAt(tokenStart - 1) !== 0x20) return false;
  if (prev && prev.label === 'OCC' && prev.source.kind === 'pattern' && prev.source.ref === TITLE_RULE && spacesOnly(text, prev.end, tokenStart)) return true;
  // A title right before an organisation (`رئيسة جمعية …`); places follow titles the title
  // rules read with their complement (`رئيس بلدية باريس`).
  if (c.label !== 'ORG') return false;
  const t = tokenAt(doc, tokenStart);
  const { starts, ends } = doc.tokens;
  return t > 0 && starts[t] === tokenStart && spacesOnly(text, ends[t - 1]!, tokenStart) && isBoundTitle(reader(), t - 1);
}

/**
 * Whether the text between `from` and `to` is a space, لدى or في, and a space (normalized), or
 * a space and ب glued to the complement (`بجامعة القاهرة`).
 */
function linkBetween(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n === 2) return text.charCodeAt(from) === 0x20 && text.charCodeAt(from + 1) === BA;
  if (n !== 4 && n !== 5) return false;
  if (text.charCodeAt(from) !== 0x20 || text.charCodeAt(to - 1) !== 0x20) return false;
  return n === 4 ? text.startsWith(LINKS[1]!, from + 1) : text.startsWith(LINKS[0]!, from + 1);
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
  const names = index.names;
  if (!names || !index.nameTokens) return resolved;
  const text = doc.norm.text;
  const { count, starts, ends } = doc.tokens;
  let added: Candidate[] | undefined;
  let r: NameReader | undefined;
  const reader = (): NameReader => (r ??= nameReader(names, doc));
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    // A title rule's OCC that holds its complement (`سفير طالبان`) counts as one when a second
    // complement follows it (`لدى باكستان`): the title rule read no name past that.
    const title = c.label === 'OCC' && c.source.kind === 'pattern' && LINKED_TITLE_RULES.has(c.source.ref);
    if (!(title || complement(c.label)) || c.weak) continue;
    const linked = i + 1 < resolved.length && complement(resolved[i + 1]!.label) && linkBetween(text, c.end, resolved[i + 1]!.start);
    if (title ? !linked : !afterTitle(doc, c, i > 0 ? resolved[i - 1] : undefined, reader)) continue;
    // A second complement after لدى or في (`سفير طالبان لدى باكستان`), then descriptors.
    let j = i + 1;
    if (linked) j++;
    let end = resolved[j - 1]!.end;
    let t = tokenAt(doc, end);
    for (let k = 0; k < MAX_DESCRIPTORS && t < count && spacesOnly(text, end, starts[t]!) && isDescriptor(reader(), t) && (j >= resolved.length || resolved[j]!.start >= ends[t]! || resolved[j]!.label === 'NORP'); k++) {
      if (j < resolved.length && resolved[j]!.start < ends[t]!) j++;
      end = ends[t]!;
      t++;
    }
    if (t >= count || !spacesOnly(text, end, starts[t]!)) continue;
    if (j < resolved.length && resolved[j]!.start < ends[t]!) continue; // another entity there
    const nameEnd = scanNameAfterComplement(reader(), t);
    if (nameEnd < 0 || (j < resolved.length && resolved[j]!.start < nameEnd)) continue;
    (added ??= []).push(newCandidate(starts[t]!, nameEnd, 'PERS', PRIORITY, SOURCE));
  }
  return added ? mergeByStart(resolved, added) : resolved;
}

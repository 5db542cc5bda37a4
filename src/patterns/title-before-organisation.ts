// A title that needs a complement, right before an organisation or before في and one, is an
// office of that organisation: `وكيل وزارة الصحة العراقية`, `مديرة صندوق النقد الدولي`, `نائب
// رئيس البنك الدولي`. The title rule reads the complement's head noun from a word list (`مجلس`,
// `شركة` …); an organisation with another head (`وزارة`, `صندوق`) is read here, and the
// title spans it with the organisation nested, as Wojood annotates offices. So is a place the
// title governs that the rule cannot read (`محافظ وهران`, whose و it takes for a conjunction;
// `أمير منطقة الرياض`, `عامل إقليم الحسيمة`). The Maghreb's `والي` is left out: normalized,
// it is `وإلى` (and to).

import { tokenHolding, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { sameText } from '../tokenize/token-hash.js';
import { ALEF, LAM, oneSpace } from '../tokenize/letters.js';
import type { Candidate } from '../types.js';
import { newCandidate } from '../candidate.js';
import { isBoundTitle, type NameReader } from './name-scan.js';

/** The ID of what this step adds, as a rule's (see docs/patterns.md). */
export const TITLE_ORGANISATION_RULE = 'occ-title-organisation';
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: TITLE_ORGANISATION_RULE });
const FI = normalizeKey('في');
const GENERAL = normalizeKey('عام');
/** As the title rule's. */
const PRIORITY = 55;

/** Whether token `t` is a title without the article that needs a complement (رئيس, وكيل, مديرة). */
function indefiniteBoundTitle(r: NameReader, t: number): boolean {
  const s = r.starts[t]!;
  return isBoundTitle(r, t) && !(r.text.charCodeAt(s) === ALEF && r.text.charCodeAt(s + 1) === LAM);
}

/**
 * `resolved` (sorted, non-overlapping) with each organisation that follows a title
 * needing a complement (one, or two: `نائب رئيس`) taken into a title (OCC) over both, the
 * organisation nested. The title's words must belong to no other candidate.
 *
 * @example
 * ```ts
 * // 'وقال وكيل وزارة الصحة العراقية': OCC وكيل وزارة الصحة العراقية ⊃ ORG.
 * addTitleBeforeOrganisation(doc, resolved, reader);
 * ```
 */
export function addTitleBeforeOrganisation(doc: Doc, resolved: Candidate[], reader: () => NameReader): Candidate[] {
  const text = doc.norm.text;
  const { starts, ends } = doc.tokens;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    const title = titleBefore(doc, text, starts, ends, resolved, i, reader);
    if (title !== null) (out ??= resolved.slice(0, i)).push(title);
    else if (out) out.push(c);
  }
  return out ?? resolved;
}

/** The title over organisation `resolved[i]` and the title words before it, or null. */
function titleBefore(doc: Doc, text: string, starts: Int32Array, ends: Int32Array, resolved: Candidate[], i: number, reader: () => NameReader): Candidate | null {
  const c = resolved[i]!;
  const place = c.label === 'GPE' || c.label === 'LOC';
  if ((c.label !== 'ORG' && c.label !== 'FAC' && !place) || c.weak) return null;
  let t = tokenHolding(doc, c.start);
  // Not after a proclitic (لوزارة): the title's complement is in the construct state.
  if (t < 1 || starts[t] !== c.start || !oneSpace(text, ends[t - 1]!, starts[t]!)) return null;
  const floor = i > 0 ? resolved[i - 1]!.end : 0;
  // Or the title of one who serves in it (`نائب في البرلمان الأردني`, `مسؤول في وزارة الخارجية`);
  // a place after في is where the holder is (`مسؤول في القاهرة`).
  if (!place && t >= 2 && sameText(FI, text, starts[t - 1]!, ends[t - 1]!) && oneSpace(text, ends[t - 2]!, starts[t - 1]!)) t--;
  if (starts[t - 1]! < floor) return null;
  const r = reader();
  // A general office (`مدير عام`, `أمين عام`): عام between the title and its organisation.
  if (t >= 2 && sameText(GENERAL, text, starts[t - 1]!, ends[t - 1]!) && starts[t - 2]! >= floor && oneSpace(text, ends[t - 2]!, starts[t - 1]!) && indefiniteBoundTitle(r, t - 2)) t--;
  if (!indefiniteBoundTitle(r, t - 1)) return null;
  let first = t - 1;
  if (first > 0 && starts[first - 1]! >= floor && oneSpace(text, ends[first - 1]!, starts[first]!) && indefiniteBoundTitle(r, first - 1)) first--;
  const title = newCandidate(starts[first]!, c.end, 'OCC', PRIORITY, SOURCE);
  title.inner = [c];
  return title;
}

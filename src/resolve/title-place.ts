// A title names the body it belongs to, and where the body is: `سكرتير اللجنة القومية العربية
// في نابلس`, `مدير مكتب الجزيرة في القاهرة`, `منسق الطوارئ في منظمة أطباء بلا حدود`. Wojood
// spans such a title whole, with the organisation or place nested, as kashf does with `السفير
// الإسرائيلي في الأمم المتحدة`. The title rule reads `في` and definite words itself; this step
// takes a known organisation or place after `في` that the rule cannot tell from a word
// (`نابلس`, `منظمة أطباء بلا حدود`). A place joins only a title whose body it locates (a
// committee, an office, a hospital): after a bare title, `في` + a place is where something
// happened (`قال الرئيس في واشنطن`).

import { tokenAt, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { LAM } from '../tokenize/letters.js';
import type { Candidate } from '../types.js';
import { joinNext } from './resolve-overlaps.js';

const FI = normalizeKey('في');

/** Nouns of bodies that a place after the title locates, with and without the article. */
const BODY_NOUNS: ReadonlySet<string> = new Set(
  [
    'لجنة', 'مجلس', 'بلدية', 'جمعية', 'هيئة', 'منظمة', 'مكتب', 'فرع', 'دائرة', 'قسم', 'مركز', 'نقابة', 'اتحاد', 'شركة',
    'مؤسسة', 'جامعة', 'كلية', 'مدرسة', 'مستشفى', 'محكمة', 'حزب', 'حركة', 'سفارة', 'قنصلية', 'بعثة', 'مديرية', 'إدارة',
    'غرفة', 'بنك', 'مصرف', 'صندوق', 'معهد', 'وكالة', 'مجموعة', 'فريق', 'سجن', 'مخيم', 'معسكر', 'قاعدة', 'شرطة', 'جيش', 'قوات',
  ].flatMap((w) => [normalizeKey(w), normalizeKey(`ال${w}`)]),
);

/** Labels that may follow `في` inside a title. */
const PLACES: ReadonlySet<string> = new Set(['GPE', 'LOC', 'FAC']);

/** Whether normalized text[from, to) is `في` between spaces. */
function fiBetween(text: string, from: number, to: number): boolean {
  let s = from;
  while (s < to && text.charCodeAt(s) === 0x20) s++;
  let e = to;
  while (e > s && text.charCodeAt(e - 1) === 0x20) e--;
  return s > from && e < to && e - s === FI.length && text.startsWith(FI, s);
}

/** Whether a word of the title `c` (its own words, not after في) names a body. */
function namesBody(doc: Doc, c: Candidate): boolean {
  const { starts, ends, count } = doc.tokens;
  const text = doc.norm.text;
  for (let t = tokenAt(doc, c.start); t < count && starts[t]! < c.end; t++) {
    const word = text.slice(starts[t]!, Math.min(ends[t]!, c.end));
    if (word === FI) return false;
    // After the preposition ل (لمكتب, للجنة).
    if (BODY_NOUNS.has(word) || (word.length > 3 && word.charCodeAt(0) === LAM && BODY_NOUNS.has(word.slice(1)))) return true;
  }
  return false;
}

/**
 * Joins to an outermost title (OCC) the known organisation, or place when the title names a
 * body, that follows it after `في`, nested in the title.
 *
 * @example
 * ```ts
 * joinTitlePlaces(prepareDoc('سكرتير اللجنة في نابلس'), resolved); // one OCC ⊃ GPE نابلس
 * joinTitlePlaces(prepareDoc('قال الرئيس في واشنطن'), resolved);   // unchanged
 * ```
 */
export function joinTitlePlaces(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  return joinNext(resolved, (c, next) => c.label === 'OCC' && (next.label === 'ORG' || PLACES.has(next.label)) && fiBetween(text, c.end, next.start) && (next.label === 'ORG' || namesBody(doc, c)));
}

// The title rule reads `في` and the definite words after it into the title, for the body the
// person belongs to (`عضو في الكنيست`, `الباحث في مركز الدراسات`). A time, an occasion or a
// venue after `في` is no body: it says when or where the sentence's verb happened (`سجل اللاعب
// في الدقيقة 45`, `قدم أوراق اعتماده للعاهل المغربي في القصر الملكي`). The title ends before
// `في` then, and what follows it is left to the other stages (the palace is a facility).

import { tokenAt, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { sameText } from '../tokenize/token-hash.js';
import type { Candidate } from '../types.js';

const FI = normalizeKey('في');

/** Definite nouns of a time, an occasion, something said or a venue (normalized). */
const NO_BODY: ReadonlySet<string> = new Set(
  [
    'الدقيقة', 'الدقائق', 'الشوط', 'المباراة', 'اللقاء', 'الجولة', 'الساعة', 'الساعات', 'اليوم', 'الليلة', 'الصباح',
    'المساء', 'الأسبوع', 'الشهر', 'العام', 'السنة', 'الموسم', 'الوقت', 'نهاية', 'النهاية', 'بداية', 'البداية', 'الحفل',
    'الاحتفال', 'الاجتماع', 'الجلسة', 'الكلمة', 'الخطاب', 'التصريحات', 'المقابلة', 'الحوار', 'البيان', 'الرسالة',
    'القصر', 'المنزل', 'البيت', 'الملعب', 'الشارع', 'الطريق', 'الميدان', 'الساحة', 'المكان', 'الموقع', 'الحادث',
  ].map(normalizeKey),
);

/** Shortest title that holds `في` and a word of NO_BODY (`عضو في اليوم`). */
const MIN_SPAN = 11;

/** Title rules whose match may hold `في` and a body. */
const TITLE_RULES: ReadonlySet<string> = new Set(['occ-title-person', 'occ-title-country']);

/**
 * The OCC candidates of `out` that hold `في` before a word of NO_BODY end before `في`, their
 * inner entities past the new end dropped; in place.
 *
 * @example
 * ```ts
 * trimTitleLocatives(prepareDoc('سجل اللاعب في الدقيقة 45'), out); // OCC اللاعب
 * ```
 */
export function trimTitleLocatives(doc: Doc, out: Candidate[]): void {
  const text = doc.norm.text;
  const { starts, ends, count } = doc.tokens;
  for (const c of out) {
    // A title, ` في ` and a word of NO_BODY take eleven code units at least.
    if (c.label !== 'OCC' || c.end - c.start < MIN_SPAN || !TITLE_RULES.has(c.source.ref)) continue;
    for (let t = tokenAt(doc, c.start) + 1; t + 1 < count && ends[t + 1]! <= c.end; t++) {
      if (!sameText(FI, text, starts[t]!, ends[t]!) || !NO_BODY.has(text.slice(starts[t + 1]!, ends[t + 1]!))) continue;
      c.end = ends[t - 1]!;
      if (c.inner) {
        const inner = c.inner.filter((i) => i.end <= c.end);
        c.inner = inner.length > 0 ? inner : undefined;
      }
      break;
    }
  }
}

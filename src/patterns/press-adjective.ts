// `صحفي` is a journalist and the adjective "press": after a noun it agrees with, it is the
// adjective (`مؤتمر صحفي`, `المؤتمر الصحفي`, `بيان صحفي`), as Wojood leaves it untagged;
// the journalist comes after a verb or before a name (`قال الصحفي`, `الصحفي محمد`).

import { tokenAt, type Doc } from '../doc.js';
import type { Candidate } from '../types.js';
import { sameText } from '../tokenize/token-hash.js';

/** Nouns (normalized, without the article) that a nisba in ي describes as an adjective. */
const HEADS: readonly string[] = ['مؤتمر', 'مؤتمرات', 'بيان', 'بيانات', 'تصريح', 'تصريحات', 'لقاء', 'لقاءات', 'حوار', 'تقرير', 'تقارير', 'عمل', 'نشاط', 'سبق', 'ايجاز'];

const ALEF = 0x0627;
const LAM = 0x0644;
const YA = 0x064a;
const HA = 0x0647;

/** Whether text[s, e) begins with the article ال. */
function definite(text: string, s: number, e: number): boolean {
  return e - s > 2 && text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM;
}

/**
 * Drops, in place, the OCC candidates of one word in ي that come right after a noun of
 * HEADS with the same article or none (`مؤتمر صحفي`, `المؤتمر الصحفي`): an adjective there.
 * A noun without the article before a definite word governs it (`تقرير الطبيب`, the doctor's
 * report), which stays.
 *
 * @example
 * ```ts
 * // 'في مؤتمر صحفي': صحفي is no OCC; 'قال الصحفي': it is.
 * dropPressAdjective(doc, candidates);
 * ```
 */
export function dropPressAdjective(doc: Doc, cands: Candidate[]): void {
  const text = doc.norm.text;
  const { starts, ends } = doc.tokens;
  // Where candidates end and persons start, gathered once, where first needed: only the
  // adjectives dropped before then can be missing, and they end no noun.
  let spans: Spans | undefined;
  let w = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.label === 'OCC' && text.charCodeAt(c.end - 1) === YA && afterHead(doc, text, starts, ends, c)) continue;
    if (c.label === 'OCC' && text.charCodeAt(c.end - 1) === HA && afterFeminineNoun(doc, text, starts, ends, c, (spans ??= spansOf(cands)))) continue;
    cands[w++] = c;
  }
  cands.length = w;
}

/** Where candidates end, and where persons start. */
interface Spans {
  ends: Set<number>;
  persons: Set<number>;
}

function spansOf(cands: readonly Candidate[]): Spans {
  const ends = new Set<number>();
  const persons = new Set<number>();
  for (const c of cands) {
    ends.add(c.end);
    if (c.label === 'PERS') persons.add(c.start);
  }
  return { ends, persons };
}

/** Whether `c` is one whole token right after a noun of HEADS that agrees with it. */
function afterHead(doc: Doc, text: string, starts: Int32Array, ends: Int32Array, c: Candidate): boolean {
  const t = tokenAt(doc, c.start);
  if (t === 0 || starts[t] !== c.start || ends[t] !== c.end || ends[t - 1]! + 1 !== c.start) return false;
  const s = starts[t - 1]!;
  const e = ends[t - 1]!;
  const article = definite(text, s, e);
  if (article !== definite(text, c.start, c.end)) return false;
  const from = article ? s + 2 : s;
  return HEADS.some((h) => sameText(h, text, from, e));
}

/** Nouns of a person in ة (normalized, without the article), which an occupation after names, not describes. */
const PERSON_NOUNS: readonly string[] = ['امراه', 'سيده', 'فتاه', 'شابه', 'طفله', 'مواطنه', 'زائره', 'عامله', 'طالبه', 'فنانه', 'كاتبه', 'شاعره', 'ممثله'];

/**
 * Whether the one-word feminine occupation `c` (cands[i]) is the adjective of the feminine
 * noun right before it, with the same article or none (`كلمة مصورة`: a recorded speech,
 * `رواية مترجمة`: a translated novel, `السلطة الرئيسة`): a noun in ة that is no person and no
 * entity of its own, and no name after it.
 */
function afterFeminineNoun(doc: Doc, text: string, starts: Int32Array, ends: Int32Array, c: Candidate, spans: Spans): boolean {
  const t = tokenAt(doc, c.start);
  if (t === 0 || starts[t] !== c.start || ends[t] !== c.end || ends[t - 1]! + 1 !== c.start) return false;
  const s = starts[t - 1]!;
  const e = ends[t - 1]!;
  if (e - s < 4 || text.charCodeAt(e - 1) !== HA) return false;
  const article = definite(text, s, e);
  if (article !== definite(text, c.start, c.end)) return false;
  const from = article ? s + 2 : s;
  if (PERSON_NOUNS.some((w) => sameText(w, text, from, e))) return false;
  // The noun is no entity of its own, and no name follows, which the occupation introduces
  // (`على الشاشة الممثلة كيت بيكنسيل`).
  if (spans.ends.has(e) || spans.persons.has(c.end + 1) || spans.persons.has(c.end + 2)) return false;
  return true;
}

// A ruler's title is named by the place ruled: `ولي عهد أبوظبي`, `سلطان عمان`, `حاكم دبي`.
// The title rule reads such a title with a country, or with a city as its name-like
// complement, and then often the word after the city too, the verb's object (`افتتح حاكم دبي
// القمة`). Here a known place right after a ruler's title word joins it into one OCC, the place
// nested, and an OCC that holds a place ends with that place unless an adjective of the title
// follows it (`حاكم دبي السابق`, `سفير مصر الجديد`).

import { newCandidate } from '../candidate.js';
import { tokenAfterSpace, tokenAt, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { articleAt, definiteNisbaShape } from '../tokenize/letters.js';
import { sameText } from '../tokenize/token-hash.js';
import type { Candidate } from '../types.js';
import { nounBefore, nounWords, type NounWords } from './noun-words.js';
import { spanOf } from './resolve-overlaps.js';

/**
 * Ruler's titles whose genitive is the place ruled, and عهد of `ولي عهد`: one hashed look-up of
 * the word before a place turns most places away.
 */
const RULERS: NounWords = nounWords(['سلطان', 'حاكم', 'أمير', 'ملك', 'ملكة', 'عاهل', 'عهد']);
const AHD = normalizeKey('عهد');
const WALI = normalizeKey('ولي');
/** Adjectives of a title after the place (normalized), besides nisbas, and العاصمة of a capital's name (`الجزائر العاصمة`). */
const TITLE_ADJECTIVES: ReadonlySet<string> = new Set(['العاصمة', 'السابق', 'السابقة', 'الأسبق', 'الجديد', 'الجديدة', 'الراحل', 'الراحلة', 'الحالي', 'الحالية', 'المقبل', 'المنتخب', 'المكلف', 'المؤقت'].map(normalizeKey));
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'occ-title-person' });
const PRIORITY = 40;

/** Where the ruler's title right before `resolved[i]` (one space between) starts, or -1. */
function rulerBefore(doc: Doc, resolved: readonly Candidate[], i: number): number {
  const from = nounBefore(doc, resolved, i, RULERS);
  if (from < 0 || !sameText(AHD, doc.norm.text, from, from + AHD.length)) return from;
  // عهد needs ولي right before it.
  const t = tokenAt(doc, from);
  const { starts, ends } = doc.tokens;
  return t > 0 && ends[t - 1]! + 1 === starts[t] && sameText(WALI, doc.norm.text, starts[t - 1]!, ends[t - 1]!) && (i === 0 || resolved[i - 1]!.end <= starts[t - 1]!) ? starts[t - 1]! : -1;
}

/** Whether the word right after offset `pos` is definite and no adjective of a title. */
function objectAfter(doc: Doc, pos: number, end: number): boolean {
  const text = doc.norm.text;
  const t = tokenAfterSpace(doc, pos);
  if (t < 0 || doc.tokens.ends[t]! > end) return false;
  const e = doc.tokens.ends[t]!;
  return articleAt(text, pos + 1) && !definiteNisbaShape(text, pos + 1, e) && !TITLE_ADJECTIVES.has(text.slice(pos + 1, e));
}

/**
 * `resolved` (sorted, non-overlapping) with each ruler's title joined to the known place after
 * it (see the file's header) and each OCC that holds a place ended after it when the verb's
 * object follows the place; the list itself when none changes.
 *
 * @example
 * ```ts
 * joinRulerTitles(prepareDoc('استقبل ولي عهد أبوظبي الوفد'), resolved); // OCC ولي عهد أبوظبي ⊃ GPE
 * ```
 */
export function joinRulerTitles(doc: Doc, resolved: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    let next: Candidate = c;
    if (c.label === 'OCC' && c.inner !== undefined) {
      // The title holds a place and then the verb's object: it ends with the place.
      const place = c.inner.find((g) => g.label === 'GPE' && g.end < c.end && objectAfter(doc, g.end, c.end));
      if (place !== undefined) next = spanOf(c, c.start, place.end);
    } else if (c.label === 'GPE' && c.id !== undefined) {
      const from = rulerBefore(doc, resolved, i);
      if (from >= 0) {
        next = newCandidate(from, c.end, 'OCC', PRIORITY, SOURCE);
        next.inner = [c];
      }
    }
    if (next !== c) (out ??= resolved.slice(0, i)).push(next);
    else if (out) out.push(c);
  }
  return out ?? resolved;
}

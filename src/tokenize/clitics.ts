// Proclitic candidates for an Arabic token (normalized form): optional و/ف, then optional
// ب/ل/ك, plus لل (ل + the article with its alef dropped, as in للأمم → ل + الأمم).
// A stripped form is only a candidate: the caller keeps it when the remainder is known
// (gazetteer key, trigger word), and always tries the whole token first, so names that
// merely begin with these letters (وليد, بشار, لبنان, فلسطين) are never cut.

/** One way to read a token: skip `prefix` code units, then match `key`. */
export interface CliticReading {
  /** Number of normalized code units of proclitics before the name. */
  prefix: number;
  /** The form to look up (for لل, the article's alef is restored: لامم → الامم). */
  key: string;
}

/** Code units of the proclitic letters (and the article's alef), for every stage that reads proclitics. */
export { ALEF, BA, FA, KAF, LAM, WA } from './letters.js';
import { ALEF, BA, FA, KAF, LAM, WA } from './letters.js';

/** Shortest remainder worth looking up after stripping proclitics: two letters are mostly words (بين = ب + ين). */
export const MIN_STEM = 3;

/**
 * Readings of a token, whole token first, then by increasing number of stripped letters.
 *
 * @example
 * ```ts
 * cliticReadings('وللامم').map((r) => r.key); // ['وللامم', 'للامم', 'لامم', 'الامم', ...]
 * ```
 */
export function cliticReadings(token: string): CliticReading[] {
  const out: CliticReading[] = [{ prefix: 0, key: token }];
  const n = token.length;
  let i = 0;
  const first = token.charCodeAt(0);
  const conj = first === WA || first === FA;
  // Readings with و/ف only, then with a preposition, with or without the conjunction.
  const starts = conj ? [0, 1] : [0];
  for (const s of starts) {
    if (s === 1 && n - 1 >= MIN_STEM) out.push({ prefix: 1, key: token.slice(1) });
    i = s;
    const c = token.charCodeAt(i);
    if ((c === BA || c === LAM || c === KAF) && n - i - 1 >= MIN_STEM) {
      out.push({ prefix: i + 1, key: token.slice(i + 1) });
      // لل: the preposition ل before the article, whose alef is not written.
      if (c === LAM && token.charCodeAt(i + 1) === LAM && n - i - 1 > MIN_STEM) {
        out.push({ prefix: i + 1, key: String.fromCharCode(ALEF) + token.slice(i + 1) });
        // Before a word that begins with lam the whole article goes unwritten (للاذقية: ل +
        // اللاذقية, للغة: ل + اللغة); for other words this reading names nothing.
        out.push({ prefix: i + 1, key: String.fromCharCode(ALEF, LAM) + token.slice(i + 1) });
      }
    }
  }
  return out;
}

// A language is named by its adjective: Wojood tags `اللغة/O الإنجليزية/B-LANGUAGE` and
// `باللغة/O العربية/B-LANGUAGE`, so the noun لغة in front of it stays outside the span. The
// gazetteer still needs `اللغة الإسبانية` whole to know that الإسبانية is the language here
// and not the nationality (`الحكومة الإسبانية`): the noun is cut after matching.

import { tokenAt, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import type { Candidate } from '../types.js';
import { spanOf } from './resolve-overlaps.js';

/** The noun لغة with or without the article (normalized; proclitics are already outside). */
const LANGUAGE_NOUNS: ReadonlySet<string> = new Set(['اللغة', 'لغة'].map(normalizeKey));

/**
 * Moves the start of LANGUAGE candidates that begin with the noun لغة to the word after it,
 * keeping their ID; nested entities before the new start, or with its very span (the
 * adjective read as a nationality), are dropped.
 *
 * @example
 * ```ts
 * // resolved holds LANGUAGE `اللغة الإسبانية` (wd:Q1321) for 'يتحدث باللغة الإسبانية':
 * trimLanguageNoun(doc, resolved); // LANGUAGE `الإسبانية`, still wd:Q1321
 * ```
 */
export function trimLanguageNoun(doc: Doc, resolved: Candidate[]): void {
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    if (c.label !== 'LANGUAGE') continue;
    const next = tokenAt(doc, c.start + 1);
    if (next >= doc.tokens.count) continue;
    const end = doc.tokens.ends[next - 1]!;
    const start = doc.tokens.starts[next]!;
    if (start >= c.end || !LANGUAGE_NOUNS.has(doc.norm.text.slice(c.start, end))) continue;
    resolved[i] = spanOf(c, start, c.end);
  }
}

// A word read as a name after a title, right before a known place or organisation, is a noun
// that governs it: `يؤكد رئيس الجمهورية دعم فرنسا` (the support of France), `مدير عام
// النادي جماهير الأهلي` (the fans of al-Ahly). A person's name is followed by what describes
// it (a nationality: `المدرب جوزيه البرتغالي`), not by a place or an organisation in the
// genitive.

import { tokenHolding, type Doc } from '../doc.js';
import { oneSpace } from '../tokenize/letters.js';
import type { Candidate, Label } from '../types.js';
import type { NameReader } from './name-scan.js';
import { NAME_TOKENS_RULE } from './name-tokens.js';

/** Labels of the known entities a noun governs in the genitive. */
const GOVERNED: ReadonlySet<Label> = new Set<Label>(['GPE', 'ORG', 'LOC', 'FAC']);

/**
 * `resolved` (sorted, non-overlapping) without the one-word persons a rule read, found by no
 * gazetteer, that stand right before a place or organisation the gazetteer knows; in place.
 * Known name tokens stay persons there, unless the name lexicon read one alone that is also an
 * everyday word (`wordNames`, normalized: نجم, star).
 *
 * @example
 * ```ts
 * // 'يؤكد رئيس الجمهورية دعم فرنسا لخافيير سولانا': دعم is no person.
 * dropNounBeforeEntity(doc, resolved, reader);
 * ```
 */
export function dropNounBeforeEntity(doc: Doc, resolved: Candidate[], reader: () => NameReader, wordNames: ReadonlySet<string>): Candidate[] {
  const text = doc.norm.text;
  let w = 0;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    const next = resolved[i + 1];
    if (next && c.label === 'PERS' && c.source.kind === 'pattern' && c.id === undefined && GOVERNED.has(next.label) && next.source.kind === 'gazetteer' && !next.weak && oneSpace(text, c.end, next.start)) {
      // A given name the name lexicon read alone that is also an everyday word counts as the
      // word there (نجم سان أنطونيو); after a title or honorific it stays a name (السيد صابر).
      // The person may leave a proclitic of its token out (بسبب وجود اسرائيل: و + جود).
      const token = tokenHolding(doc, c.start);
      const s = doc.tokens.starts[token]!;
      if (c.start - s <= 1 && doc.tokens.ends[token] === c.end && (!reader().knownAt(token, c.start - s) || (c.source.ref === NAME_TOKENS_RULE && wordNames.has(text.slice(c.start, c.end))))) continue;
    }
    resolved[w++] = c;
  }
  resolved.length = w;
  return resolved;
}

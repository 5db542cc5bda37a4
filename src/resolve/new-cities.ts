// A known city followed by `الجديدة` (new) is another place named after it: Egypt's new towns
// (`مدينة المنصورة الجديدة`, `العلمين الجديدة`), a city's new quarter (`دمشق الجديدة`). The
// adjective is part of that place's name, which is no longer the city: the joined place keeps
// no ID, and the city stays nested in it. A country that follows is the country itself, in
// a slogan (`سوريا الجديدة`); a city's old quarter (`دمشق القديمة`) is the city, as the
// corpora tag it: the city alone.

import { newCandidate } from '../candidate.js';
import { tokenAfterSpace, type Doc } from '../doc.js';
import { sameText } from '../tokenize/token-hash.js';
import type { Candidate } from '../types.js';

/** `الجديدة`, normalized (ة is written ه). */
const NEW = 'الجديده';
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'gpe-trigger-name' });
const PRIORITY = 35;

/** The end of `الجديدة` right after offset `pos` (one space between), or -1. */
function adjectiveEnd(doc: Doc, pos: number): number {
  // Most places are followed by no such word: two code units tell.
  if (doc.norm.text.charCodeAt(pos) !== 0x20 || doc.norm.text.charCodeAt(pos + 3) !== NEW.charCodeAt(2)) return -1;
  const t = tokenAfterSpace(doc, pos);
  return t >= 0 && sameText(NEW, doc.norm.text, pos + 1, doc.tokens.ends[t]!) ? doc.tokens.ends[t]! : -1;
}

/** Whether `c` is a known city (`cities`: their IDs), alone or with its noun (`مدينة المنصورة`). */
function cityMention(c: Candidate, cities: ReadonlySet<string>): boolean {
  return c.label === 'GPE' && c.id !== undefined && cities.has(c.id);
}

/**
 * `resolved` (sorted, non-overlapping) with each known city that `الجديدة` follows taken
 * with it into one GPE without an ID, the city nested.
 *
 * @example
 * ```ts
 * joinNewCities(prepareDoc('افتتح مدينة العلمين الجديدة'), resolved, cities); // GPE ⊃ GPE
 * ```
 */
export function joinNewCities(doc: Doc, resolved: Candidate[], cities: ReadonlySet<string>): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    const next = resolved[i + 1];
    const end = c.label === 'GPE' ? adjectiveEnd(doc, c.end) : -1;
    if (end > 0 && (next === undefined || next.start >= end) && cityMention(c, cities)) {
      const joined = newCandidate(c.start, end, 'GPE', PRIORITY, SOURCE);
      joined.inner = [c];
      (out ??= resolved.slice(0, i)).push(joined);
    } else if (out) out.push(c);
  }
  return out ?? resolved;
}

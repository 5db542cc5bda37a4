// A treaty or agreement named after the city it was signed in is an event, as Wojood
// annotates them: `اتفاقية أوسلو`, `معاهدة فرساي`, `اتفاق الطائف`, with the city nested and a
// treaty's number after it (`اتفاقية أوسلو 2`); so is a massacre, battle, siege or earthquake
// named after the city it struck (`مجزرة قانا`, `معركة حطين`, `حصار حلب`). Only a city: after a
// country the noun is the country's agreement or battle (`اتفاق إسرائيل وحماس`, `معركة مصر ضد
// الإرهاب`).

import { tokenHolding, type Doc } from '../doc.js';
import { newCandidate } from '../candidate.js';
import { DIGIT } from '../tokenize/char-class.js';
import { nounBefore, nounWords, type NounWords } from './noun-words.js';
import type { Candidate, GazetteerEntry } from '../types.js';

/** Nouns of treaties and agreements, without a proclitic. */
const TREATY_NOUNS: NounWords = nounWords([
  'اتفاقية', 'اتفاق', 'معاهدة',
  // Incidents named after where they happened (`مجزرة قانا`, `معركة حطين`, `حصار حلب`).
  'مجزرة', 'مذبحة', 'معركة', 'زلزال', 'اجتياح', 'حصار', 'تفجير', 'انفجار',
]);
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'event-treaty' });
const PRIORITY = 38;

/** The IDs of the gazetteer's cities: places that lie in a country. */
export function cityIdsOf(entries: readonly GazetteerEntry[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const e of entries) if (e.label === 'GPE' && e.country !== undefined) ids.add(e.id);
  return ids;
}

/**
 * `resolved` (sorted, non-overlapping) with each known city (`cities`: their IDs) right after a
 * treaty noun taken into an EVENT over both (and a one- or two-digit number right after it),
 * the city nested.
 *
 * @example
 * ```ts
 * joinTreatyPlaces(prepareDoc('بعد اتفاقية أوسلو'), resolved, cities); // EVENT اتفاقية أوسلو ⊃ GPE
 * ```
 */
export function joinTreatyPlaces(doc: Doc, resolved: Candidate[], cities: ReadonlySet<string>): Candidate[] {
  const { starts, ends, kinds, count } = doc.tokens;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    let event: Candidate | undefined;
    // The noun first: the set of cities is large, and a look-up in it misses the cache.
    const from = c.label === 'GPE' && c.id !== undefined && !c.weak ? nounBefore(doc, resolved, i, TREATY_NOUNS) : -1;
    if (from >= 0 && cities.has(c.id!)) {
      let end = c.end;
      const u = tokenHolding(doc, c.end - 1) + 1;
      const next = resolved[i + 1];
      // The treaty's number (أوسلو 2), when no other entity holds it.
      if (u < count && kinds[u] === DIGIT && ends[u]! - starts[u]! <= 2 && starts[u] === end + 1 && (next === undefined || next.start >= ends[u]!)) end = ends[u]!;
      event = newCandidate(from, end, 'EVENT', PRIORITY, SOURCE);
      event.inner = [c];
    }
    if (event !== undefined) (out ??= resolved.slice(0, i)).push(event);
    else if (out) out.push(c);
  }
  return out ?? resolved;
}

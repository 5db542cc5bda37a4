// What linking asks of a gazetteer entry: its label, the country it lies in, whether it is a
// club or a news outlet. Entries have many shapes (each set of optional fields is one), so
// reading a field of one is slow, and whether it is a club or an outlet is a test of its
// name: each ID's facts are read once per extractor, into objects of one shape, the first
// time linking asks. With the full gazetteer the entries and their IDs lie spread over
// memory, and a look-up by ID reads the ID's string: an ambiguous alias's list of
// candidates, shared by all its matches, keeps the facts of its candidates instead.

import type { GazetteerEntry, Label } from '../types.js';
import { isClub } from '../resolve/club-names.js';
import { isOutlet } from '../resolve/media-names.js';

/** The gazetteer entry of an ID, as the extractor gives it to linking. */
export type EntryLookup = (id: string) => Readonly<GazetteerEntry> | undefined;

/** The facts of one gazetteer entry that linking reads. */
export interface EntryFacts {
  label: Label;
  /** The ID of the country the entry lies in (`country`), if it names one. */
  country: string | undefined;
  /** A sports club (see isClub). */
  club: boolean;
  /** A news outlet (see isOutlet). */
  outlet: boolean;
}

/** The facts linking reads, by ID and by list of IDs. */
export interface FactsLookup {
  /** The facts of an ID; undefined when the gazetteer has no entry of that ID. */
  of(id: string): EntryFacts | undefined;
  /** The facts of each ID of a list of candidates, in its order. */
  ofList(ids: readonly string[]): ReadonlyArray<EntryFacts | undefined>;
}

interface ListFacts {
  /** The IDs the facts were read for: a list changed since is read again. */
  ids: readonly string[];
  facts: ReadonlyArray<EntryFacts | undefined>;
}

/**
 * One look-up per entry look-up: an extractor gives linking the same function for every
 * document, and an entry's facts never change, so they are kept with the function.
 */
const lookups = new WeakMap<EntryLookup, FactsLookup>();

/** The facts look-up over `entryOf`, made once per `entryOf`. */
export function factsOf(entryOf: EntryLookup): FactsLookup {
  let lookup = lookups.get(entryOf);
  if (lookup === undefined) {
    // Only IDs of entries are kept: other stages' IDs are not bounded by the gazetteer.
    const known = new Map<string, EntryFacts>();
    const lists = new WeakMap<readonly string[], ListFacts>();
    const of = (id: string): EntryFacts | undefined => {
      let facts = known.get(id);
      if (facts === undefined) {
        const e = entryOf(id);
        if (e === undefined) return undefined;
        facts = { label: e.label, country: e.country, club: isClub(e), outlet: isOutlet(e) };
        known.set(id, facts);
      }
      return facts;
    };
    const ofList = (ids: readonly string[]): ReadonlyArray<EntryFacts | undefined> => {
      const kept = lists.get(ids);
      if (kept !== undefined && sameIds(kept.ids, ids)) return kept.facts;
      const facts = ids.map(of);
      lists.set(ids, { ids: ids.slice(), facts });
      return facts;
    };
    lookup = { of, ofList };
    lookups.set(entryOf, lookup);
  }
  return lookup;
}

/** Whether two lists hold the same IDs (the same strings, as a rule: compared by reference first). */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The one entry among `ids` of `label` whose country is in `countries`; undefined when none
 * is, or several are: a document that names the countries of two says not which.
 */
export function onlyOneInCountries(ids: readonly string[], facts: FactsLookup, label: Label, countries: ReadonlySet<string>): string | undefined {
  const list = facts.ofList(ids);
  let pick: string | undefined;
  for (let k = 0; k < ids.length; k++) {
    const f = list[k];
    if (f === undefined || f.label !== label || f.country === undefined || !countries.has(f.country)) continue;
    if (pick !== undefined) return undefined;
    pick = ids[k];
  }
  return pick;
}

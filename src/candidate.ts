// Candidates in one shape. Every stage makes candidates, with different optional fields; an
// object of each field set is a shape of its own to the engine, and code that reads
// candidates of many shapes (trimming, overlaps, linking) reads each field the slow way.
// Made here, every candidate has every field in the same order, unset ones undefined.

import type { CanonicalName, Candidate, EntitySource, Label } from './types.js';

/** A candidate with every optional field present and undefined unless given. */
export function newCandidate(
  start: number,
  end: number,
  label: Label,
  priority: number,
  source: EntitySource,
  id?: string,
  canonical?: CanonicalName,
): Candidate {
  return { start, end, label, priority, source, id, canonical, candidates: undefined, weak: undefined, inner: undefined };
}

// A weak gazetteer match (an alias that is also an ordinary word or a name: the counted
// currency form `دينارا`, the tennis player's name too) never stands alone, but it says
// what a rule's nested entity of the same span and label is: the currency of `500 دينارا`.
// At the top level, merging same-span candidates lends such IDs (mergeSameSpan); this lends
// them to the nested entities of the candidates that won.

import type { Candidate } from '../types.js';

/** The last of `sorted` (by start, non-overlapping) that starts at or before `pos`, or -1. */
function lastStartingBy(sorted: readonly Candidate[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Gives `w`'s identity to the unlinked entity of its span and label nested in `inner`, at any depth. */
function lendTo(inner: readonly Candidate[], w: Candidate): void {
  for (const c of inner) {
    if (c.start > w.start || c.end < w.end) continue;
    if (c.start === w.start && c.end === w.end && c.label === w.label) {
      if (c.id === undefined) {
        c.id = w.id;
        c.canonical = w.canonical;
        c.candidates = w.candidates;
      }
      return;
    }
    if (c.inner) lendTo(c.inner, w);
  }
}

/**
 * Lends the IDs of the weak candidates `weak` to the nested entities of `winners` (sorted by
 * start, non-overlapping) that have their span and label and no ID of their own.
 */
export function lendWeakIdsToInner(winners: readonly Candidate[], weak: readonly Candidate[]): void {
  for (const w of weak) {
    if (w.id === undefined) continue;
    const i = lastStartingBy(winners, w.start);
    const outer = i >= 0 ? winners[i]! : undefined;
    if (outer?.inner && outer.end >= w.end) lendTo(outer.inner, w);
  }
}

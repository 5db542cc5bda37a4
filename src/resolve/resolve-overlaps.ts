// Overlap resolution as a named, pure policy. Every candidate keeps the rule or entry that
// produced it, so callers can explain why a span won.

import type { Candidate } from '../types.js';

/** Name of an overlap policy. */
export type OverlapPolicy = 'longest-earliest-priority';

/** The default policy: longest span, then earliest start, then highest priority. */
export const DEFAULT_POLICY: OverlapPolicy = 'longest-earliest-priority';

/**
 * Merges candidates that cover the same span with the same label: the higher priority one
 * stays, and takes the linking fields (id, canonical names, candidates) of the other when it
 * has none — a title rule finds the person, the gazetteer says who it is.
 */
export function mergeSameSpan(cands: readonly Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const c of cands) {
    const key = `${c.start}:${c.end}:${c.label}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...c });
      continue;
    }
    const [win, lose] = c.priority > prev.priority ? [{ ...c }, prev] : [prev, c];
    if (win.id === undefined && lose.id !== undefined) {
      win.id = lose.id;
      if (lose.canonical) win.canonical = lose.canonical;
      if (lose.candidates) win.candidates = lose.candidates;
    }
    if (win.weak && !lose.weak) win.weak = false;
    if (!win.inner && lose.inner) win.inner = lose.inner;
    byKey.set(key, win);
  }
  return [...byKey.values()];
}

function compare(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start || b.priority - a.priority || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

/**
 * Picks non-overlapping candidates by the policy and returns them sorted by start.
 * Deterministic: ties are broken by label, so the input order never matters.
 *
 * @example
 * ```ts
 * resolveOverlaps([{ start: 0, end: 5, … }, { start: 0, end: 16, … }]); // keeps the 0–16 span
 * ```
 */
export function resolveOverlaps(cands: readonly Candidate[], _policy: OverlapPolicy = DEFAULT_POLICY): Candidate[] {
  if (cands.length === 0) return [];
  const sorted = mergeSameSpan(cands).sort(compare);
  // Occupancy over the covered range: checking a candidate costs its own length, so the
  // whole pass stays linear in the text (candidate spans are short).
  let lo = Infinity;
  let hi = 0;
  for (const c of sorted) {
    if (c.start < lo) lo = c.start;
    if (c.end > hi) hi = c.end;
  }
  const taken = new Uint8Array(Math.max(0, hi - lo));
  const accepted: Candidate[] = [];
  outer: for (const c of sorted) {
    for (let i = c.start; i < c.end; i++) if (taken[i - lo]) continue outer;
    taken.fill(1, c.start - lo, c.end - lo);
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

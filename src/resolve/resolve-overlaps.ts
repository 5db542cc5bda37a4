// Overlap resolution as a named, pure policy. Every candidate keeps the rule or entry that
// produced it, so callers can explain why a span won.

import { LABELS, type Candidate, type Label } from '../types.js';

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
  if (cands.length < 2) return [...cands];
  // Sorting brings same-span, same-label candidates together: no keys to build. Only merged
  // candidates are copied; the others pass through as they are.
  const sorted = [...cands].sort((a, b) => a.start - b.start || a.end - b.end || LABEL_RANK[a.label] - LABEL_RANK[b.label]);
  const out: Candidate[] = [];
  let win = sorted[0]!;
  for (let i = 1; i <= sorted.length; i++) {
    const c = sorted[i];
    if (c && c.start === win.start && c.end === win.end && c.label === win.label) {
      win = mergeTwo(win, c);
      continue;
    }
    out.push(win);
    if (c) win = c;
  }
  return out;
}

/** Merges two candidates of the same span and label (see mergeSameSpan). */
function mergeTwo(prev: Candidate, c: Candidate): Candidate {
  const [win, lose] = c.priority > prev.priority ? [{ ...c }, prev] : [{ ...prev }, c];
  if (win.id === undefined && lose.id !== undefined) {
    win.id = lose.id;
    if (lose.canonical) win.canonical = lose.canonical;
    if (lose.candidates) win.candidates = lose.candidates;
  }
  if (win.weak && !lose.weak) win.weak = false;
  if (!win.inner && lose.inner) win.inner = lose.inner;
  return win;
}

/**
 * A candidate that lost to one containing it (an ORG inside a title, a CURR inside an amount)
 * becomes an inner entity of the winner, as Wojood annotates nested entities; it is reported
 * with `nested: true`. One that merely overlaps is dropped.
 */
function nestInside(accepted: Candidate[], taken: Int32Array, lo: number, c: Candidate): void {
  const owner = taken[c.start - lo]!;
  if (owner === 0 || taken[c.end - 1 - lo] !== owner) return;
  const outer = accepted[owner - 1]!;
  if (c.start < outer.start || c.end > outer.end || (c.start === outer.start && c.end === outer.end)) return;
  const inner = outer.inner ? [...outer.inner] : [];
  if (inner.some((i) => i.start < c.end && c.start < i.end)) return;
  inner.push(c.inner ? { ...c, inner: undefined } : c);
  inner.sort((a, b) => a.start - b.start);
  outer.inner = inner;
}

/** Labels as numbers, for tie-breaks that compare no strings (order of LABELS). */
const LABEL_RANK = Object.fromEntries(LABELS.map((l, i) => [l, i])) as Record<Label, number>;

function compare(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start || b.priority - a.priority || LABEL_RANK[a.label] - LABEL_RANK[b.label];
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
  // Weak candidates (ordinary-word aliases without support) only lend their ID to a
  // same-span candidate of another stage; alone, they never win. mergeSameSpan returns the
  // candidates sorted by start.
  const merged = mergeSameSpan(cands).filter((c) => !c.weak);
  // Candidates that overlap nothing pass straight through; the policy runs on each cluster
  // of overlapping candidates alone, which gives the same result as running it on all (a
  // choice in one cluster never touches another) at a fraction of the sorting.
  const out: Candidate[] = [];
  let i = 0;
  while (i < merged.length) {
    let j = i + 1;
    let end = merged[i]!.end;
    while (j < merged.length && merged[j]!.start < end) {
      if (merged[j]!.end > end) end = merged[j]!.end;
      j++;
    }
    if (j === i + 1) out.push(merged[i]!);
    else for (const c of resolveCluster(merged.slice(i, j))) out.push(c);
    i = j;
  }
  return out;
}

let TAKEN = new Int32Array(1024);
/** Longest cluster whose occupancy buffer is kept for the next ones (256 KB). */
const MAX_TAKEN = 1 << 16;

/** The policy on one cluster of overlapping candidates; returns the winners sorted by start. */
function resolveCluster(cluster: Candidate[]): Candidate[] {
  const sorted = cluster.sort(compare);
  // Occupancy over the cluster's range: checking a candidate costs its own length.
  let lo = Infinity;
  let hi = 0;
  for (const c of sorted) {
    if (c.start < lo) lo = c.start;
    if (c.end > hi) hi = c.end;
  }
  // taken[i] = 1 + index (in `accepted`) of the candidate covering position lo + i. One
  // buffer serves every cluster (a typed array per cluster costs more than the policy); a
  // cluster longer than it gets its own, so that one huge cluster is not kept for good.
  let taken: Int32Array;
  if (hi - lo <= TAKEN.length) {
    taken = TAKEN;
    taken.fill(0, 0, hi - lo);
  } else if (hi - lo <= MAX_TAKEN) {
    taken = TAKEN = new Int32Array(Math.min(MAX_TAKEN, Math.max(hi - lo, TAKEN.length * 2)));
  } else {
    taken = new Int32Array(hi - lo);
  }
  const accepted: Candidate[] = [];
  outer: for (const c of sorted) {
    for (let i = c.start; i < c.end; i++) {
      if (taken[i - lo]) {
        nestInside(accepted, taken, lo, c);
        continue outer;
      }
    }
    accepted.push(c);
    taken.fill(accepted.length, c.start - lo, c.end - lo);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

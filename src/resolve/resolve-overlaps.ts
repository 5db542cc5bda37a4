// Overlap resolution as a named, pure policy. Every candidate keeps the rule or entry that
// produced it, so callers can explain why a span won.

import { LABELS, type Candidate, type Label } from '../types.js';
import { sortByStart } from './sort-by-start.js';
import { lendWeakIdsToInner } from './weak-inner-ids.js';

/** Name of an overlap policy. */
export type OverlapPolicy = 'longest-earliest-priority';

/** The default policy: longest span, then earliest start, then highest priority. */
export const DEFAULT_POLICY: OverlapPolicy = 'longest-earliest-priority';

/**
 * Merges candidates that cover the same span with the same label: the higher priority one
 * stays, and takes the linking fields (id, canonical names, candidates) of the other when it
 * has none — a title rule finds the person, the gazetteer says who it is. Returns the
 * candidates sorted by start, end and label.
 */
export function mergeSameSpan(cands: readonly Candidate[]): Candidate[] {
  // Candidates of one span share a start, so each group of equal starts (one or two
  // candidates, mostly) is merged on its own, in input order, then sorted by end and label:
  // no keys to build, no sort of the whole list by three keys. Only merged candidates are
  // copied; the others pass through as they are.
  const sorted = sortByStart(cands);
  const n = sorted.length;
  let w = 0; // merged candidates are written back over the sorted ones
  for (let i = 0; i < n; ) {
    const start = sorted[i]!.start;
    let j = i + 1;
    while (j < n && sorted[j]!.start === start) j++;
    const group = w;
    if (j - i > SMALL_GROUP) {
      // Many candidates at one start: a stable sort brings those of one span and label
      // together (searching the group for each would cost its square).
      let win: Candidate | undefined;
      for (const c of sorted.slice(i, j).sort(byEndAndLabel)) {
        if (win && win.end === c.end && win.label === c.label) win = mergeTwo(win, c);
        else {
          if (win) sorted[w++] = win;
          win = c;
        }
      }
      sorted[w++] = win!;
    } else {
      for (let k = i; k < j; k++) {
        const c = sorted[k]!;
        let m = group;
        while (m < w && (sorted[m]!.end !== c.end || sorted[m]!.label !== c.label)) m++;
        if (m < w) sorted[m] = mergeTwo(sorted[m]!, c);
        else sorted[w++] = c;
      }
      if (w - group > 1) insertionSort(sorted, group, w, byEndAndLabel);
    }
    i = j;
  }
  sorted.length = w;
  return sorted;
}

/** Most candidates of one start that are merged by searching them (more are sorted). */
const SMALL_GROUP = 8;

/** Merges two candidates of the same span and label (see mergeSameSpan). */
function mergeTwo(prev: Candidate, c: Candidate): Candidate {
  const cWins = c.priority > prev.priority;
  const win = copyCandidate(cWins ? c : prev);
  const lose = cWins ? prev : c;
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
 * A copy of a candidate's fields, for a stage that changes one it did not make (a merged ID,
 * a trimmed end). Written out rather than spread: candidates come in many shapes, and
 * spreading one is many times slower than building the copy field by field.
 */
export function copyCandidate(c: Candidate): Candidate {
  return { start: c.start, end: c.end, label: c.label, priority: c.priority, source: c.source, id: c.id, canonical: c.canonical, candidates: c.candidates, weak: c.weak, inner: c.inner };
}

/**
 * A copy of `outer` stretched over `next`, the candidate right after it, which it holds as its
 * last inner entity: a step that joins an adjective, a place or a year to the name before it.
 */
export function stretchedOver(outer: Candidate, next: Candidate): Candidate {
  const joined = copyCandidate(outer);
  joined.end = next.end;
  joined.inner = [...(outer.inner ?? []), next];
  return joined;
}

/**
 * `resolved` with each candidate of `label` that `joins` the one right after it stretched over
 * it (see stretchedOver, or `merge` for another joined candidate); the list itself when none
 * does. `joins` also gets the candidate before `c` in `resolved`, as found (a person a title
 * describes, `أحمد أبو الغيط الأمين العام`). The label is tested here: the steps' `joins`
 * differ, and a call of one per candidate costs more than the test.
 */
export function joinNext(
  resolved: Candidate[],
  label: Label,
  joins: (c: Candidate, next: Candidate, prev: Candidate | undefined) => boolean,
  merge: (c: Candidate, next: Candidate) => Candidate = stretchedOver,
): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    const next = resolved[i + 1];
    if (next !== undefined && c.label === label && joins(c, next, resolved[i - 1])) {
      out ??= resolved.slice(0, i);
      out.push(merge(c, next));
      i++;
    } else if (out) out.push(c);
  }
  return out ?? resolved;
}

/**
 * A copy of `c` over [start, end), for a step that cuts a candidate back: only the inner
 * entities that lie in the new span, and not its own span, stay.
 */
export function spanOf(c: Candidate, start: number, end: number): Candidate {
  const cut = copyCandidate(c);
  cut.start = start;
  cut.end = end;
  if (c.inner) {
    const inner = c.inner.filter((i) => i.start >= start && i.end <= end && !(i.start === start && i.end === end));
    cut.inner = inner.length > 0 ? inner : undefined;
  }
  return cut;
}

/**
 * Makes `c`, which lost to `outer` containing it (an ORG inside a title, a CURR inside an
 * amount), an inner entity of the winner, as Wojood annotates nested entities; it is reported
 * with `nested: true`. Nesting goes as deep as the entities do, as in Wojood (`رئيس بلدية
 * نيويورك`: OCC ⊃ ORG ⊃ GPE): `c` inside an inner entity goes into it, and an inner entity
 * inside `c` goes into `c`, when both are names of different labels (see nestsIn). A candidate
 * of the same span, or one crossing an inner entity's boundary, is dropped; but a known entity
 * (with an ID) takes the place of a rule's inner entity of the same span and label, which has
 * none (the nationality a title rule reads).
 */
/**
 * The rule that reads a group of people (`الناخبين`, `الأطفال`, Wojood's NORP): inside a name
 * such a noun is a word of that name (`مجلس النواب`, `اتحاد المحامين`), no entity of its own.
 */
export const PEOPLE_GROUP_RULE = 'norp-people-group';

function nestInside(outer: Candidate, c: Candidate): void {
  if (c.source.kind === 'pattern' && c.source.ref === PEOPLE_GROUP_RULE) return;
  // At the start of a title, a shorter reading of it (the title rule's `وزير خارجية` in
  // `وزير خارجية فرنسا`) or its head read as a name (`مفتي` after قال in `قال مفتي القدس`) is
  // no entity inside it. Names and dates keep theirs: the given name a rule read alone, the
  // year of a date.
  if (outer.label === 'OCC' && c.start === outer.start && (c.label === 'OCC' || (c.label === 'PERS' && c.id === undefined))) return;
  // Nor is a piece of a number a number inside it (`مليون` of `1.9 مليون`), nor the digits
  // of an ordinal (`الـ45`), nor the number of a product's name (`هاتف iPhone 16`, `طائرات F-16`).
  if ((c.label === outer.label || outer.label === 'PRODUCT' || outer.label === 'ORDINAL') && (c.label === 'CARDINAL' || c.label === 'ORDINAL')) return;
  // The loser's own inner entities (a rule's groups) are not kept.
  insertInner(outer, c.inner ? withoutInner(c) : c);
}

/** A copy of `c` without its inner entities (field by field: see copyCandidate). */
function withoutInner(c: Candidate): Candidate {
  const copy = copyCandidate(c);
  copy.inner = undefined;
  return copy;
}

/** Labels of names, which hold one another at any depth (`رئيس بلدية نيويورك`). */
const NAME_LABELS: ReadonlySet<Label> = new Set(['PERS', 'NORP', 'OCC', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'LAW', 'PRODUCT', 'WEBSITE', 'LANGUAGE']);

/**
 * Whether `c` nests below the inner entity `host` rather than beside it: a known entity (with
 * an ID) in a name of another label. The pieces of a rule's own match (`مايو` and `2008` of
 * `مايو 2008`, `الملك` of `مستشفى الملك فيصل`) are no entities of their own, and stay at the
 * first level only.
 */
function nestsIn(c: Candidate, host: Candidate): boolean {
  return c.id !== undefined && c.label !== host.label && NAME_LABELS.has(c.label) && NAME_LABELS.has(host.label);
}

/** Whether the known name `c` (with an ID) holds the rule's piece `i`, a name of another label. */
function holdsPiece(c: Candidate, i: Candidate): boolean {
  return c.id !== undefined && i.id === undefined && c.label === 'ORG' && i.label === 'NORP';
}

/** Puts `c` into the inner entities of `outer`, at the depth where it fits (see nestInside). */
function insertInner(outer: Candidate, c: Candidate): void {
  if (c.start === outer.start && c.end === outer.end) return;
  const inner = outer.inner;
  if (inner) {
    let first = -1; // the inner entities `c` contains: inner[first, last)
    let last = -1;
    for (let k = 0; k < inner.length; k++) {
      const i = inner[k]!;
      if (i.start >= c.end || c.start >= i.end) continue;
      if (i.start === c.start && i.end === c.end) {
        if (i.label === c.label && i.id === undefined && c.id !== undefined) {
          // Copies: the inner lists may be shared (a merged candidate takes the loser's).
          const next = inner.slice();
          next[k] = i.inner ? { ...c, inner: i.inner } : c;
          outer.inner = next;
        }
        return;
      }
      if (i.start <= c.start && c.end <= i.end) {
        if (!nestsIn(c, i)) return;
        const host = copyCandidate(i);
        insertInner(host, c);
        const next = inner.slice();
        next[k] = host;
        outer.inner = next;
        return;
      }
      // A known name (with an ID) holds the pieces of the rule's match inside it too: the
      // nationality of a title is inside the bank it names (`محافظ البنك المركزي المصري`).
      if (c.start > i.start || i.end > c.end || !(nestsIn(i, c) || holdsPiece(c, i))) return; // crosses its boundary
      if (first < 0) first = k;
      last = k + 1;
    }
    if (first >= 0) {
      const host = copyCandidate(c);
      for (let k = first; k < last; k++) insertInner(host, inner[k]!);
      outer.inner = [...inner.slice(0, first), host, ...inner.slice(last)];
      return;
    }
  }
  if (!inner) {
    outer.inner = [c];
    return;
  }
  outer.inner = withInserted(inner, c);
}

/**
 * A copy of `inner` with `c` after the entities that start before or where it does: what a
 * stable sort by start of `inner` and `c` gives. Inner lists are sorted, as a rule, and then
 * no sort is needed; one that is not is sorted.
 */
function withInserted(inner: readonly Candidate[], c: Candidate): Candidate[] {
  let at = inner.length;
  for (let k = 0; k < inner.length; k++) {
    if (k > 0 && inner[k]!.start < inner[k - 1]!.start) return [...inner, c].sort(byStart);
    if (at === inner.length && inner[k]!.start > c.start) at = k;
  }
  const next = inner.slice(0, at);
  next.push(c);
  for (let k = at; k < inner.length; k++) next.push(inner[k]!);
  return next;
}

/** Labels as numbers, for tie-breaks that compare no strings (order of LABELS). */
const LABEL_RANK = Object.fromEntries(LABELS.map((l, i) => [l, i])) as Record<Label, number>;

const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;
const byEndAndLabel = (a: Candidate, b: Candidate): number => a.end - b.end || LABEL_RANK[a.label] - LABEL_RANK[b.label];

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
  // Candidates that overlap nothing pass straight through; the policy runs on each cluster
  // of overlapping candidates alone, which gives the same result as running it on all (a
  // choice in one cluster never touches another) at a fraction of the sorting. The merged
  // list is this function's own, and becomes the result: the candidates kept are moved to
  // its front, so that each cluster is a range of it, resolved in place, and the winners are
  // moved further to the front.
  const list = mergeSameSpan(cands);
  let won = 0; // the winners of the clusters resolved so far are list[0, won)
  let kept = 0;
  let from = 0; // the cluster being gathered is list[from, kept)
  let end = 0;
  let weak: Candidate[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    // Weak candidates (ordinary-word aliases without support) only lend their ID to a
    // same-span candidate of another stage, nested ones included; alone, they never win.
    if (c.weak) {
      (weak ??= []).push(c);
      continue;
    }
    if (kept > from && c.start >= end) {
      won = resolveRange(list, from, kept, won);
      from = kept;
    }
    if (kept === from || c.end > end) end = c.end;
    list[kept++] = c;
  }
  if (kept > from) won = resolveRange(list, from, kept, won);
  list.length = won;
  if (weak) lendWeakIdsToInner(list, weak);
  return list;
}

/** Largest cluster whose candidates are checked against the winners one by one. */
const SMALL_CLUSTER = 8;

/**
 * Resolves the cluster list[from, to) and moves its winners, sorted by start, to list[at, …)
 * (at ≤ from); returns the index after them. Most clusters hold two or three candidates: for
 * those, fresh arrays and the built-in sort cost more than the policy, which then runs in
 * place, each candidate checked against the few winners so far (the same choices as
 * resolveCluster).
 */
function resolveRange(list: Candidate[], from: number, to: number, at: number): number {
  if (to - from === 1) {
    list[at] = list[from]!;
    return at + 1;
  }
  if (to - from > SMALL_CLUSTER) {
    for (const c of resolveCluster(list.slice(from, to))) list[at++] = c;
    return at;
  }
  insertionSort(list, from, to, compare);
  let won = from; // the winners so far are list[from, won)
  outer: for (let k = from; k < to; k++) {
    const c = list[k]!;
    // An empty candidate covers no position: it collides with nothing (as in resolveCluster).
    if (c.end > c.start) {
      for (let w = from; w < won; w++) {
        const a = list[w]!;
        if (a.start < c.end && c.start < a.end && a.end > a.start) {
          // Winners do not overlap one another: the one `c` overlaps is the only one that
          // may contain it.
          if (a.start <= c.start && c.end <= a.end) nestInside(a, c);
          continue outer;
        }
      }
    }
    list[won++] = c;
  }
  insertionSort(list, from, won, byStart);
  for (let w = from; w < won; w++) list[at++] = list[w]!;
  return at;
}

/** Sorts list[from, to) in place, stably: an insertion sort, for a few candidates. */
function insertionSort(list: Candidate[], from: number, to: number, order: (a: Candidate, b: Candidate) => number): void {
  for (let i = from + 1; i < to; i++) {
    const c = list[i]!;
    let j = i;
    while (j > from && order(list[j - 1]!, c) > 0) {
      list[j] = list[j - 1]!;
      j--;
    }
    list[j] = c;
  }
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
        // It lies inside one winner when the same one covers its first and last positions.
        const owner = taken[c.start - lo]!;
        if (owner !== 0 && taken[c.end - 1 - lo] === owner) nestInside(accepted[owner - 1]!, c);
        continue outer;
      }
    }
    accepted.push(c);
    taken.fill(accepted.length, c.start - lo, c.end - lo);
  }
  return accepted.sort(byStart);
}

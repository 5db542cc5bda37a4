// A stable sort of candidates by start that uses the order they come in: each stage emits
// its candidates sorted, or nearly, so the list the pipeline gathers is a few sorted runs
// (the gazetteer's, the rules', …), merged here in one pass each instead of sorted anew.

import type { Candidate } from '../types.js';

/** More runs than this and the built-in sort is the cheaper one. */
const MAX_RUNS = 8;

/**
 * Starts, and candidate indices in sorted order (two buffers, merged from one into the
 * other). Candidates come in many shapes, and reading a field of one costs more than reading
 * a number from a typed array, so each start is read once.
 */
interface Buffers {
  keys: Float64Array;
  order: Int32Array;
  merged: Int32Array;
}

const buffers = (size: number): Buffers => ({ keys: new Float64Array(size), order: new Int32Array(size), merged: new Int32Array(size) });

/** Buffers kept from one call to the next, grown as needed. */
let KEPT = buffers(256);
/** Most candidates whose buffers are kept (1 MB), so that one huge list is not kept for good. */
const MAX_KEPT = 1 << 16;

/**
 * The candidates in a new array, sorted by start; those of equal start keep their input order.
 *
 * @example
 * ```ts
 * sortByStart([gpe(10, 15), pers(0, 5), org(10, 20)]); // pers(0, 5), gpe(10, 15), org(10, 20)
 * ```
 */
export function sortByStart(cands: readonly Candidate[]): Candidate[] {
  const n = cands.length;
  if (n > KEPT.keys.length && n <= MAX_KEPT) KEPT = buffers(Math.min(MAX_KEPT, Math.max(n, KEPT.keys.length * 2)));
  const buf = n <= KEPT.keys.length ? KEPT : buffers(n);
  const keys = buf.keys;
  let runs = 1;
  for (let i = 0; i < n; i++) {
    keys[i] = cands[i]!.start;
    if (i > 0 && keys[i]! < keys[i - 1]!) runs++;
  }
  if (runs === 1) return cands.slice();
  if (runs > MAX_RUNS) return cands.slice().sort((a, b) => a.start - b.start);
  // order[0, m) holds the indices of the runs merged so far, in sorted order.
  let order = buf.order;
  let merged = buf.merged;
  let m = runEnd(keys, 0, n);
  for (let i = 0; i < m; i++) order[i] = i;
  while (m < n) {
    const to = runEnd(keys, m, n);
    let i = 0;
    let j = m;
    let k = 0;
    // The run came after every candidate merged so far: those go first on equal starts.
    while (i < m && j < to) merged[k++] = keys[order[i]!]! <= keys[j]! ? order[i++]! : j++;
    while (i < m) merged[k++] = order[i++]!;
    while (j < to) merged[k++] = j++;
    const swap = order;
    order = merged;
    merged = swap;
    m = to;
  }
  const sorted: Candidate[] = new Array<Candidate>(n);
  for (let i = 0; i < n; i++) sorted[i] = cands[order[i]!]!;
  return sorted;
}

/** End of the run of non-decreasing keys that begins at `from`. */
function runEnd(keys: Float64Array, from: number, n: number): number {
  let i = from + 1;
  while (i < n && keys[i]! >= keys[i - 1]!) i++;
  return i;
}

/**
 * Two lists sorted by start merged into one; on equal starts `a`'s candidate comes first, as
 * in a stable sort.
 */
export function mergeByStart(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/** Index of the first of `sorted` (by start) that starts at or after `pos` (binary search). */
export function firstStartingAt(sorted: readonly Candidate[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

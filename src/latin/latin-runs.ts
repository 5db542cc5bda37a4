// Latin-script runs inside Arabic text, with exact offsets both ways. A run is a maximal
// sequence of Latin tokens joined by spaces or name punctuation (. & - ') on one line,
// taken from the ORIGINAL text so that case survives for the Latin recognisers.

import type { Doc } from '../doc.js';
import { toOriginalSpan } from '../normalize/normalize.js';
import { DIGIT, LATIN } from '../tokenize/char-class.js';

/** A Latin run: original text and offsets in both coordinate systems. */
export interface LatinRun {
  /** The run as the caller wrote it (original case). */
  text: string;
  /** Original offsets. */
  start: number;
  end: number;
  /** Normalized offsets. */
  normStart: number;
  normEnd: number;
}

const JOINERS = new Set(['.', '&', '-', "'", '’']);

/** Finds the Latin runs of a document. */
export function findLatinRuns(doc: Doc): LatinRun[] {
  const { starts, ends, kinds, count } = doc.tokens;
  const text = doc.norm.text;
  const runs: LatinRun[] = [];
  let t = 0;
  while (t < count) {
    if (kinds[t] !== LATIN) { t++; continue; }
    const first = t;
    let last = t;
    let u = t + 1;
    while (u < count) {
      const gap = text.slice(ends[u - 1]!, starts[u]!);
      if (gap.includes('\n')) break;
      const k = kinds[u]!;
      if (k === LATIN || k === DIGIT) { last = u; u++; continue; }
      if (JOINERS.has(text.slice(starts[u]!, ends[u]!)) && u + 1 < count && kinds[u + 1] === LATIN) { u++; continue; }
      break;
    }
    const span = toOriginalSpan(doc.norm, starts[first]!, ends[last]!);
    runs.push({ text: doc.norm.input.slice(span.start, span.end), start: span.start, end: span.end, normStart: starts[first]!, normEnd: ends[last]! });
    t = last + 1;
  }
  return runs;
}

/** Maps an original offset inside a run to the normalized offset (first unit at or after it). */
export function toNormalizedOffset(doc: Doc, original: number): number {
  const s = doc.norm.starts;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// sortByStart merges the sorted runs the stages emit: it must give exactly what a stable sort
// by start gives, whatever the number and shape of the runs.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByStart } from '../../src/resolve/sort-by-start.js';
import type { Candidate } from '../../src/types.js';

const cand = (start: number, i: number): Candidate => ({ start, end: start + 1, label: 'GPE', priority: i, source: { kind: 'pattern', ref: `c${i}` } });

/** Concatenated sorted runs of starts (few runs take the merge path, many the built-in sort). */
const runs = fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }).map((r) => r.sort((a, b) => a - b)), { maxLength: 14 });

describe('sortByStart', () => {
  it('equals a stable sort by start, on any number of sorted runs', () => {
    fc.assert(
      fc.property(runs, (rs) => {
        const cands = rs.flat().map(cand);
        const expected = cands.slice().sort((a, b) => a.start - b.start);
        const got = sortByStart(cands);
        expect(got).toEqual(expected);
        expect(got).not.toBe(cands);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps input order among equal starts across runs, and handles lists larger than its kept buffers', () => {
    const big = [...Array.from({ length: 70000 }, (_, i) => cand(i % 1000, i)), ...Array.from({ length: 5 }, (_, i) => cand(3, 70000 + i))];
    const expected = big.slice().sort((a, b) => a.start - b.start);
    expect(sortByStart(big)).toEqual(expected);
    const small = [cand(5, 0), cand(9, 1), cand(5, 2), cand(1, 3)];
    expect(sortByStart(small).map((c) => c.priority)).toEqual([3, 0, 2, 1]);
  });
});

// Property-based checks of the span invariants on random input, Arabic-heavy and Unicode-wide.
// A longer run of the same properties (100,000+ cases) is `npx tsx scripts/fuzz.ts`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, type Entity } from 'kashf-under-test';
import { anyText } from './arbitraries.js';

const kashf = createExtractor();

function checkSpans(input: string, ents: Entity[]): void {
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i]!;
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(input.length);
    expect(e.text).toBe(input.slice(e.start, e.end));
    if (i > 0) expect(e.start).toBeGreaterThanOrEqual(ents[i - 1]!.end);
  }
}

describe('span invariants on random input', () => {
  it('every entity is a valid, sorted, non-overlapping slice, and output is deterministic', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const a = kashf.extract(input);
        checkSpans(input, a);
        expect(kashf.extract(input)).toEqual(a);
      }),
      { numRuns: 1500 },
    );
  });

  it('nested output keeps every span a valid slice', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        for (const e of kashf.extract(input, { nested: true })) expect(e.text).toBe(input.slice(e.start, e.end));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on what was processed before (no state leaks)', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, input) => {
        const fresh = createExtractor({ patterns: true }).extract(input);
        kashf.extract(before);
        expect(kashf.extract(input)).toEqual(fresh);
      }),
      { numRuns: 60 },
    );
  });
});

// Property-based checks of the span invariants on random input, Arabic-heavy and Unicode-wide.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, type Entity } from 'kashf-under-test';

const kashf = createExtractor();
const pieces = ['بايدن', 'روسيا', 'الولايات المتحدة', 'لروسيا', 'وبوتين', 'الأمم', 'المتحدة', 'في', ' ', '\n', '،', '«', '»',
  '\u064e', '\u0640', '\u200f', '\u200d', '\ufeff', '\ud800', '\udc00', '\u0000', '😀', 'CNN', '19', '٢٠٢٢', 'مايو', '%', 'ﻻ', 'ﷺ'];
const arabicish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), arabicish);

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
});

import { describe, expect, it } from 'vitest';
import { newCandidate } from '../../src/candidate.js';
import { resolveOverlaps } from '../../src/resolve/resolve-overlaps.js';
import type { Candidate, Label } from '../../src/types.js';

const rule = { kind: 'pattern', ref: 'money-amount' } as const;
const gazetteer = { kind: 'gazetteer', ref: 'wd:Q4917' } as const;

function amount(inner: Candidate[]): Candidate {
  const c = newCandidate(0, 9, 'MONEY', 40, rule);
  c.inner = inner;
  return c;
}

function weak(start: number, end: number, label: Label): Candidate {
  const c = newCandidate(start, end, label, 100, gazetteer, 'wd:Q4917');
  c.weak = true;
  return c;
}

describe('weak gazetteer matches and the nested entities of the winners', () => {
  it('lend their ID to a nested entity of their span and label, and never stand alone', () => {
    const out = resolveOverlaps([amount([newCandidate(0, 2, 'CARDINAL', 40, rule), newCandidate(3, 9, 'CURR', 40, rule)]), weak(3, 9, 'CURR'), weak(20, 26, 'CURR')]);
    expect(out.map((c) => [c.start, c.end, c.label])).toEqual([[0, 9, 'MONEY']]);
    expect(out[0]!.inner!.map((c) => c.id)).toEqual([undefined, 'wd:Q4917']);
  });

  it('lend nothing to a nested entity of another span or label, or one with an ID', () => {
    const linked = newCandidate(3, 9, 'CURR', 40, rule, 'kashf:curr/cad');
    const out = resolveOverlaps([amount([newCandidate(3, 8, 'CURR', 40, rule), linked]), weak(3, 9, 'CARDINAL'), weak(3, 8, 'GPE'), weak(3, 9, 'CURR')]);
    expect(out[0]!.inner!.map((c) => c.id)).toEqual([undefined, 'kashf:curr/cad']);
  });
});

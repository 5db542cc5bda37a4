import { describe, expect, it } from 'vitest';
import { addCounts, countChunks, scoreCounts, type Chunk } from '../../src/eval/index.js';

const c = (start: number, end: number, type: string): Chunk => ({ start, end, type });

describe('countChunks and scoreCounts', () => {
  it('counts only exact span and type matches', () => {
    const gold = [c(0, 2, 'PER'), c(3, 4, 'PER'), c(5, 6, 'PER'), c(7, 9, 'LOC')];
    // one right, one boundary error, one missed, one wrong type, one spurious
    const predicted = [c(0, 2, 'PER'), c(3, 5, 'PER'), c(7, 9, 'ORG'), c(10, 11, 'PER')];
    const scores = scoreCounts(countChunks(gold, predicted));
    expect(scores.types.PER).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(scores.types.LOC).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(scores.types.ORG).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(scores.types.PER!.precision).toBeCloseTo(1 / 3);
    expect(scores.types.PER!.recall).toBeCloseTo(1 / 3);
    expect(scores.micro).toMatchObject({ tp: 1, fp: 3, fn: 3 });
    expect(scores.micro.precision).toBeCloseTo(0.25);
    expect(scores.micro.recall).toBeCloseTo(0.25);
    expect(scores.micro.f1).toBeCloseTo(0.25);
  });

  it('micro-averages over summed counts, not over per-type F1', () => {
    const a = countChunks([c(0, 1, 'PER'), c(1, 2, 'PER'), c(2, 3, 'PER')], [c(0, 1, 'PER'), c(1, 2, 'PER'), c(2, 3, 'PER')]);
    const b = countChunks([c(0, 1, 'LOC')], [c(1, 2, 'LOC')]);
    const scores = scoreCounts(addCounts(a, b));
    expect(scores.types.PER!.f1).toBe(1);
    expect(scores.types.LOC!.f1).toBe(0);
    // macro would be 0.5; micro: tp 3, fp 1, fn 1
    expect(scores.micro.precision).toBeCloseTo(0.75);
    expect(scores.micro.recall).toBeCloseTo(0.75);
    expect(scores.micro.f1).toBeCloseTo(0.75);
  });

  it('gives precision and recall of 0, not NaN, when nothing is predicted', () => {
    const scores = scoreCounts(countChunks([c(0, 1, 'ORG')], []));
    expect(scores.micro).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

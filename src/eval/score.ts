// conlleval-style scoring: a predicted chunk counts only when its token span and its
// type both equal a gold chunk's. Counts add up across sentences and files; precision,
// recall and F1 are derived from the summed counts (micro-averaging).
import type { Chunk } from './chunks.js';

/** Raw counts for one type. */
export interface TypeCounts {
  /** Predicted chunks that match a gold chunk exactly. */
  tp: number;
  /** Predicted chunks with no exact gold match. */
  fp: number;
  /** Gold chunks with no exact predicted match. */
  fn: number;
}

/** Counts plus the derived figures (fractions in 0–1, 0 when undefined). */
export interface TypeScore extends TypeCounts {
  precision: number;
  recall: number;
  f1: number;
}

/** Counts keyed by type. */
export type CountTable = Record<string, TypeCounts>;

/** Per-type scores and their micro-average. */
export interface Scores {
  types: Record<string, TypeScore>;
  micro: TypeScore;
}

const chunkKey = (chunk: Chunk): string => `${chunk.start}:${chunk.end}:${chunk.type}`;

function countsFor(table: CountTable, type: string): TypeCounts {
  let counts = table[type];
  if (!counts) {
    counts = { tp: 0, fp: 0, fn: 0 };
    table[type] = counts;
  }
  return counts;
}

/** Adds one sentence's gold and predicted chunks to `table` (mutated and returned). */
export function countChunks(gold: readonly Chunk[], predicted: readonly Chunk[], table: CountTable = {}): CountTable {
  const goldKeys = new Set(gold.map(chunkKey));
  const matched = new Set<string>();
  for (const chunk of predicted) {
    const key = chunkKey(chunk);
    if (goldKeys.has(key) && !matched.has(key)) {
      matched.add(key);
      countsFor(table, chunk.type).tp++;
    } else {
      countsFor(table, chunk.type).fp++;
    }
  }
  for (const chunk of gold) {
    if (!matched.has(chunkKey(chunk))) countsFor(table, chunk.type).fn++;
  }
  return table;
}

/** Sums count tables (e.g. the files of one corpus). */
export function addCounts(...tables: readonly CountTable[]): CountTable {
  const sum: CountTable = {};
  for (const table of tables) {
    for (const [type, counts] of Object.entries(table)) {
      const target = countsFor(sum, type);
      target.tp += counts.tp;
      target.fp += counts.fp;
      target.fn += counts.fn;
    }
  }
  return sum;
}

/** Derives precision, recall and F1 from counts. */
export function scoreOf(counts: TypeCounts): TypeScore {
  const predicted = counts.tp + counts.fp;
  const gold = counts.tp + counts.fn;
  const precision = predicted === 0 ? 0 : counts.tp / predicted;
  const recall = gold === 0 ? 0 : counts.tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** Scores every type in `table` (sorted by name) and the micro-average over all of them. */
export function scoreCounts(table: CountTable): Scores {
  const types: Record<string, TypeScore> = {};
  const total: TypeCounts = { tp: 0, fp: 0, fn: 0 };
  for (const type of Object.keys(table).sort()) {
    const counts = table[type] as TypeCounts;
    types[type] = scoreOf(counts);
    total.tp += counts.tp;
    total.fp += counts.fp;
    total.fn += counts.fn;
  }
  return { types, micro: scoreOf(total) };
}

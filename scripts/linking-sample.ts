// The hand-made linking sample (tests/fixtures/linking-sample.jsonl): one gold mention per
// line, pointing into the gold corpora by sentence and token index (no corpus text copied).
// Read by scripts/eval-linking.ts and checked by tests/link/linking-sample.test.ts.
import { readFileSync } from 'node:fs';

/** One annotated mention of the sample. */
export interface SampleMention {
  /** Corpus file, relative to the corpora folder (e.g. `anercorp/train.conll`). */
  corpus: string;
  /** 0-based sentence index in that file. */
  sentence: number;
  /** First and last 0-based token index within the sentence. */
  tokens: [number, number];
  /** The gold tokens joined by a space: a check value only. */
  surface: string;
  label: string;
  /** Wikidata ID, or null when the entity could not be vouched for. */
  id: string | null;
}

/** Reads the sample file, one JSON object per non-empty line. */
export function readLinkingSample(path: string): SampleMention[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SampleMention);
}

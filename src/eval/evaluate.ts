// Scores an extractor against one CoNLL file: rebuild each sentence's text, run the
// extractor on it, project its entities onto the gold tokens, and count chunk matches.
import { chunksFromTags } from './chunks.js';
import { parseConll } from './conll.js';
import type { SchemeName } from './label-schemes.js';
import { listErrors, type ScoringError } from './list-errors.js';
import { projectEntities, type EntitySpan } from './project-entities.js';
import { countChunks, scoreCounts, type CountTable, type Scores } from './score.js';
import { buildSentenceText } from './sentence-text.js';

/** Anything that finds entities in a string, e.g. `(t) => extractor.extract(t)`. */
export type ExtractFn = (text: string) => readonly EntitySpan[];

export interface EvaluateOptions {
  /** Which corpus conventions to score against. */
  scheme: SchemeName;
  /** Score only the first N sentences. */
  maxSentences?: number;
  /** Collect the error list (off by default: it costs memory on large files). */
  collectErrors?: boolean;
}

export interface Evaluation {
  sentences: number;
  tokens: number;
  counts: CountTable;
  scores: Scores;
  errors: ScoringError[];
}

/** Scores `extract` against the CoNLL text `source`. */
export function evaluateConll(source: string, extract: ExtractFn, options: EvaluateOptions): Evaluation {
  const all = parseConll(source);
  const sentences = options.maxSentences === undefined ? all : all.slice(0, options.maxSentences);
  const counts: CountTable = {};
  const errors: ScoringError[] = [];
  let tokens = 0;
  sentences.forEach((sentence, index) => {
    const text = buildSentenceText(sentence.tokens);
    const gold = chunksFromTags(sentence.tags);
    const predicted = projectEntities(extract(text.text), text.spans, options.scheme);
    countChunks(gold, predicted, counts);
    if (options.collectErrors) errors.push(...listErrors(gold, predicted, text, index));
    tokens += sentence.tokens.length;
  });
  return { sentences: sentences.length, tokens, counts, scores: scoreCounts(counts), errors };
}

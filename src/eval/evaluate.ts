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
  /**
   * Run the extractor on windows of this many consecutive sentences (joined by line breaks)
   * instead of sentence by sentence, so in-document linking sees the article around each
   * sentence, as it would in use. Names never span a line break. Default 1.
   */
  context?: number;
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
  const window = Math.max(1, Math.floor(options.context ?? 1));
  for (let first = 0; first < sentences.length; first += window) {
    const group = sentences.slice(first, first + window);
    const texts = group.map((sentence) => buildSentenceText(sentence.tokens));
    // One extraction per window; each sentence takes the entities inside its own range.
    const offsets: number[] = [];
    let joined = '';
    for (const t of texts) {
      if (joined) joined += '\n';
      offsets.push(joined.length);
      joined += t.text;
    }
    const found = extract(joined);
    group.forEach((sentence, k) => {
      const text = texts[k]!;
      const from = offsets[k]!;
      const to = from + text.text.length;
      const own = found.filter((e) => e.start >= from && e.end <= to).map((e) => ({ ...e, start: e.start - from, end: e.end - from }));
      const gold = chunksFromTags(sentence.tags);
      const predicted = projectEntities(own, text, options.scheme);
      countChunks(gold, predicted, counts);
      if (options.collectErrors) errors.push(...listErrors(gold, predicted, text, first + k));
      tokens += sentence.tokens.length;
    });
  }
  return { sentences: sentences.length, tokens, counts, scores: scoreCounts(counts), errors };
}

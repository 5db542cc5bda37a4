// Scoring kashf against gold CoNLL corpora, conlleval-style. Node-free: callers pass
// file contents as strings.
export { parseConll, type ConllSentence } from './conll.js';
export { buildSentenceText, type SentenceText, type TokenSpan } from './sentence-text.js';
export { chunksFromTags, tagsFromChunks, type Chunk } from './chunks.js';
export { mapLabel, isSchemeName, scoresNested, SCHEME_NAMES, type SchemeName } from './label-schemes.js';
export { projectEntities, type EntitySpan } from './project-entities.js';
export {
  countChunks,
  addCounts,
  scoreOf,
  scoreCounts,
  type CountTable,
  type TypeCounts,
  type TypeScore,
  type Scores,
} from './score.js';
export { listErrors, type ScoringError, type ErrorKind } from './list-errors.js';
export { evaluateConll, type Evaluation, type EvaluateOptions, type ExtractFn } from './evaluate.js';
export { formatScores, formatSummary, formatErrors, groupErrors, type ErrorGroup } from './format-report.js';

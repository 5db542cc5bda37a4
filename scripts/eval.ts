// Scores kashf against the gold corpora in ../shared/corpora (or any CoNLL file),
// conlleval-style: exact token span and type, per type and micro-averaged.
//
//   npm run eval                                  all corpora, one table each
//   npx tsx scripts/eval.ts --corpus anercorp --errors 20
//   npx tsx scripts/eval.ts --file some.conll --scheme fane --json
//   options: --max-sentences N (per file), --corpora DIR
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createExtractor, type Entity, type ExtractOptions } from '../src/index.js';
import {
  addCounts,
  evaluateConll,
  scoresNested,
  formatErrors,
  formatScores,
  formatSummary,
  groupErrors,
  isSchemeName,
  scoreCounts,
  SCHEME_NAMES,
  type CountTable,
  type ExtractFn,
  type SchemeName,
  type ScoringError,
} from '../src/eval/index.js';

interface CorpusSpec {
  name: string;
  files: string[];
  scheme: SchemeName;
}

/** The development corpora and the label scheme each is scored with (see the corpora README). */
const CORPORA: CorpusSpec[] = [
  { name: 'anercorp', files: ['anercorp/train.conll'], scheme: 'anercorp' },
  { name: 'aqmar', files: ['aqmar/dev.conll'], scheme: 'aqmar' },
  { name: 'newsfane', files: ['newsfane/all.conll'], scheme: 'fane' },
  { name: 'wikifane', files: ['wikifane/all.conll'], scheme: 'fane' },
  { name: 'wojood', files: ['wojood-sample/train.conll', 'wojood-sample/dev.conll'], scheme: 'wojood' },
  { name: 'wojood-full', files: ['wojood-sample/train.full.conll', 'wojood-sample/dev.full.conll'], scheme: 'full' },
];

const USAGE = `usage: npx tsx scripts/eval.ts [--corpus ${CORPORA.map((c) => c.name).join('|')}|all[,…]]
                            [--file X.conll [--scheme ${SCHEME_NAMES.join('|')}]]
                            [--errors N] [--max-sentences N] [--context N] [--json] [--corpora DIR]

  --context N   run kashf on windows of N consecutive sentences (default 1: sentence by
                sentence); corpus sentences are consecutive news text, so N > 1 lets
                in-document linking (family names after a full name) work as in use`;

interface CorpusResult {
  corpus: string;
  scheme: SchemeName;
  files: string[];
  sentences: number;
  tokens: number;
  seconds: number;
  counts: CountTable;
  errors: ScoringError[];
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function positiveInt(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`--${option} expects a non-negative integer, got ${value}`);
  return n;
}

function selectCorpora(values: { corpus?: string; file?: string; scheme?: string; corpora: string }): { specs: CorpusSpec[]; dir: string } {
  if (values.file !== undefined) {
    const file = resolve(values.file);
    const scheme = values.scheme ?? (file.endsWith('.full.conll') ? 'full' : 'wojood');
    if (!isSchemeName(scheme)) fail(`unknown scheme ${scheme}`);
    return { specs: [{ name: basename(file), files: [file], scheme }], dir: process.cwd() };
  }
  if (values.scheme !== undefined) fail('--scheme goes with --file');
  const wanted = (values.corpus ?? 'all').split(',');
  const specs = wanted.includes('all') ? CORPORA : wanted.map((name) => CORPORA.find((c) => c.name === name) ?? fail(`unknown corpus ${name}`));
  return { specs, dir: values.corpora };
}

function evaluateCorpus(spec: CorpusSpec, dir: string, extract: (text: string, options?: ExtractOptions) => Entity[], options: { maxSentences?: number; errors: boolean; context: number }): CorpusResult | undefined {
  const paths = spec.files.map((f) => resolve(dir, f));
  const present = paths.filter((p) => existsSync(p));
  for (const missing of paths.filter((p) => !present.includes(p))) console.error(`skipping missing file ${missing}`);
  if (present.length === 0) return undefined;
  const started = performance.now();
  const result: CorpusResult = { corpus: spec.name, scheme: spec.scheme, files: present, sentences: 0, tokens: 0, seconds: 0, counts: {}, errors: [] };
  for (const path of present) {
    const scored: ExtractFn = scoresNested(spec.scheme) ? (text) => extract(text, { nested: true }) : extract;
    const evaluation = evaluateConll(readFileSync(path, 'utf8'), scored, {
      scheme: spec.scheme,
      ...(options.maxSentences !== undefined ? { maxSentences: options.maxSentences } : {}),
      collectErrors: options.errors,
      context: options.context,
    });
    result.sentences += evaluation.sentences;
    result.tokens += evaluation.tokens;
    result.counts = addCounts(result.counts, evaluation.counts);
    // Sentence numbers restart per file; name the file when a corpus has several.
    const prefix = present.length > 1 ? `${basename(path)}:` : '';
    for (const error of evaluation.errors) result.errors.push({ ...error, context: prefix ? `${prefix} ${error.context}` : error.context });
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        corpus: { type: 'string' },
        file: { type: 'string' },
        scheme: { type: 'string' },
        errors: { type: 'string' },
        'max-sentences': { type: 'string' },
        context: { type: 'string' },
        json: { type: 'boolean', default: false },
        corpora: { type: 'string', default: resolve(root, '../shared/corpora') },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const errorLimit = positiveInt(values.errors, 'errors') ?? 0;
  const maxSentences = positiveInt(values['max-sentences'], 'max-sentences');
  const context = positiveInt(values.context, 'context') ?? 1;
  const { specs, dir } = selectCorpora(values);

  const loadStart = performance.now();
  const extractor = createExtractor();
  const loadMs = performance.now() - loadStart;
  const extract = (text: string, options?: ExtractOptions) => extractor.extract(text, options);

  const results: CorpusResult[] = [];
  for (const spec of specs) {
    const result = evaluateCorpus(spec, dir, extract, { ...(maxSentences !== undefined ? { maxSentences } : {}), errors: errorLimit > 0, context });
    if (!result) continue;
    results.push(result);
    if (!values.json) printCorpus(result, root, errorLimit);
  }

  if (values.json) {
    const report = {
      extractor: { ...extractor.info, loadMs: Math.round(loadMs) },
      maxSentences: maxSentences ?? null,
      corpora: results.map((r) => ({
        corpus: r.corpus,
        scheme: r.scheme,
        files: r.files.map((f) => relative(root, f)),
        sentences: r.sentences,
        tokens: r.tokens,
        seconds: Number(r.seconds.toFixed(2)),
        scores: scoreCounts(r.counts),
        ...(errorLimit > 0 ? { errors: groupErrors(r.errors, errorLimit) } : {}),
      })),
    };
    console.log(JSON.stringify(report, null, 2));
  } else {
    if (results.length > 1) {
      console.log(`\n== summary (micro-averaged)\n${formatSummary(results.map((r) => ({ corpus: r.corpus, scores: scoreCounts(r.counts) })))}`);
    }
    console.log(`extractor: ${extractor.info.entries} entries, ${extractor.info.aliases} aliases, built in ${loadMs.toFixed(0)} ms`);
  }
  if (results.length === 0) process.exitCode = 1;
}

function printCorpus(result: CorpusResult, root: string, errorLimit: number): void {
  const files = result.files.map((f) => relative(root, f)).join(', ');
  console.log(
    `\n== ${result.corpus}  (scheme ${result.scheme}; ${files}; ${result.sentences.toLocaleString('en')} sentences, ` +
      `${result.tokens.toLocaleString('en')} tokens, ${result.seconds.toFixed(1)} s)`,
  );
  console.log(formatScores(scoreCounts(result.counts)));
  if (errorLimit > 0) console.log(`\n${formatErrors(result.errors, errorLimit)}`);
}

main();

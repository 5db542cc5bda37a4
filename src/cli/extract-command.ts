// `kashf extract`: reads documents, extracts entities (inline or on worker threads) and
// writes them in input order. Memory stays bounded: only a few batches are in flight.

import { parseArgs } from 'node:util';
import { createExtractor, type ExtractOptions, type ExtractorOptions } from '../index.js';
import { EXIT, hintStdin, UsageError, type CliIo } from './cli-io.js';
import { extractTexts, type ExtractOutcome } from './extract-texts.js';
import { loadGazetteers } from './load-gazetteers.js';
import { FORMATS, openWriter, type DocumentResult, type Format } from './output-writer.js';
import { COMMON_OPTIONS, parseOrThrow, parseCount, parseLabels } from './parse-options.js';
import { ProgressBar } from './progress-bar.js';
import { collectInputs, readDocuments, type SourceDocument } from './read-documents.js';
import { withLatin, WorkerPool } from './worker-pool.js';

const BATCH = 32;

/** Runs `kashf extract` and returns the exit code. */
export async function extractCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOrThrow('extract', () =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...COMMON_OPTIONS,
        format: { type: 'string', short: 'f' },
        labels: { type: 'string', short: 'l' },
        'exclude-labels': { type: 'string', short: 'x' },
        nested: { type: 'boolean' },
        gazetteer: { type: 'string', short: 'g', multiple: true },
        'no-default-gazetteer': { type: 'boolean' },
        'no-latin': { type: 'boolean' },
        input: { type: 'string' },
        text: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q' },
      },
    }),
  );
  const stdinKind = values.input ?? 'text';
  if (stdinKind !== 'text' && stdinKind !== 'jsonl') throw new UsageError(`--input must be "text" or "jsonl", got "${stdinKind}"`, 'extract');
  const inputs = await collectInputs(positionals, stdinKind);
  hintStdin(io, positionals);
  const jsonlIn = inputs.some((i) => i.kind === 'jsonl');
  const format = (values.format ?? (jsonlIn ? 'jsonl' : 'json')) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(', ')}`, 'extract');
  const many = jsonlIn || inputs.length > 1;
  if (format === 'brat' && many && values.out === undefined) {
    throw new UsageError('brat output for several documents needs a folder: add --out FOLDER (it receives NAME.txt and NAME.ann)', 'extract');
  }
  const jobs = parseCount(values.jobs, '--jobs', 'extract', 1);
  const extractorOptions: ExtractorOptions = { entries: await loadGazetteers(values.gazetteer ?? []) };
  if (values['no-default-gazetteer']) extractorOptions.defaultGazetteer = false;
  const call: ExtractOptions = {};
  const labels = parseLabels(values.labels, '--labels', 'extract');
  const exclude = parseLabels(values['exclude-labels'], '--exclude-labels', 'extract');
  if (labels) call.labels = labels;
  if (exclude) call.excludeLabels = exclude;
  if (values.nested) call.nested = true;

  // Built once here even with workers: a bad option or entry fails now, not in every thread.
  // Latin-script names (compromise) are on by default here: the command line pays its load
  // time once. Workers rebuild the plugin from the flag (functions do not cross threads).
  const latin = !values['no-latin'];
  const extractor = createExtractor(withLatin(extractorOptions, latin));
  const inline = (texts: unknown[]): ExtractOutcome[] => extractTexts(extractor, texts, call);
  let runBatch = async (texts: unknown[]): Promise<ExtractOutcome[]> => inline(texts);
  let pool: WorkerPool | undefined;
  if (jobs > 1) {
    if (!io.workerUrl) throw new UsageError('--jobs needs the kashf command-line entry; run it as "kashf extract …"', 'extract');
    const setup = { kashfExtractWorker: true as const, extractor: extractorOptions, latin, call };
    pool = new WorkerPool(jobs, io.workerUrl, setup, inline, (message) => io.stderr.write(`${message}\n`));
    runBatch = (texts) => pool!.run(texts);
  }

  const writer = await openWriter({ format, out: values.out, stdout: io.stdout, stderr: io.stderr, includeText: values.text === true, many });
  const totalBytes = inputs.reduce((sum, i) => sum + (i.size ?? 0), 0);
  const knownBytes = inputs.every((i) => i.size !== undefined);
  const progress = new ProgressBar(io.stderr, io.progress && !values.quiet, knownBytes ? totalBytes : 0);
  let bytes = 0;
  let failed = 0;
  let count = 0;

  const inFlight: Array<{ docs: SourceDocument[]; outcomes: Promise<ExtractOutcome[]> }> = [];
  const maxInFlight = Math.max(2, jobs * 3);
  const flushOldest = async (): Promise<void> => {
    const { docs, outcomes } = inFlight.shift()!;
    const results = await outcomes;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const outcome = doc.error ? { error: doc.error } : results[i]!;
      const result = { id: doc.id, text: doc.text, ...outcome, ...(doc.line !== undefined ? { line: doc.line } : {}) } as DocumentResult;
      if (result.error) failed++;
      await writer.write(result);
    }
    count += docs.length;
    progress.update(docs.length, knownBytes ? bytes : undefined);
  };
  const submit = async (docs: SourceDocument[]): Promise<void> => {
    // Documents that failed to parse are not sent; their slot keeps its place in the order.
    const texts = docs.map((d) => (d.error ? '' : d.text));
    inFlight.push({ docs, outcomes: runBatch(texts) });
    if (inFlight.length >= maxInFlight) await flushOldest();
  };

  try {
    let batch: SourceDocument[] = [];
    for await (const doc of readDocuments(inputs, io.stdin, (b) => (bytes += b))) {
      batch.push(doc);
      if (batch.length === BATCH) {
        await submit(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await submit(batch);
    while (inFlight.length > 0) await flushOldest();
  } finally {
    await pool?.close();
  }
  await writer.end();
  progress.finish(failed);
  if (failed > 0) io.stderr.write(`kashf: ${failed} of ${count} documents failed (each has an error record or message)\n`);
  return failed > 0 ? EXIT.problems : EXIT.ok;
}

// `kashf eval`: scores kashf against a gold CoNLL file with the evaluation code in src/eval.

import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { evaluateConll, formatErrors, formatScores, isSchemeName, scoresNested, SCHEME_NAMES } from '../eval/index.js';
import { createExtractor } from '../index.js';
import { EXIT, UsageError, write, type CliIo } from './cli-io.js';
import { DataError, loadGazetteers } from './load-gazetteers.js';
import { COMMON_OPTIONS, parseOrThrow, parseCount } from './parse-options.js';

/** Runs `kashf eval` and returns the exit code. */
export async function evalCommand(argv: string[], io: CliIo): Promise<number> {
  // `--errors` takes an optional count: make a bare `--errors` explicit before parsing.
  const args = argv.flatMap((a, i) => (a === '--errors' && !/^\d+$/.test(argv[i + 1] ?? '') ? ['--errors', '20'] : [a]));
  const { values, positionals } = parseOrThrow('eval', () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...COMMON_OPTIONS,
        scheme: { type: 'string', short: 's' },
        errors: { type: 'string' },
        max: { type: 'string' },
        'min-f1': { type: 'string' },
        context: { type: 'string' },
        gazetteer: { type: 'string', short: 'g', multiple: true },
      },
    }),
  );
  if (positionals.length !== 1) throw new UsageError('give exactly one gold CoNLL file, e.g. "kashf eval dev.conll"', 'eval');
  const scheme = values.scheme ?? 'wojood';
  if (!isSchemeName(scheme)) throw new UsageError(`unknown scheme "${scheme}"; use one of ${SCHEME_NAMES.join(', ')}`, 'eval');
  const errorLimit = values.errors === undefined ? 0 : parseCount(values.errors, '--errors', 'eval', 20);
  const maxSentences = values.max === undefined ? undefined : parseCount(values.max, '--max', 'eval', 1);
  const minF1 = values['min-f1'] === undefined ? undefined : Number(values['min-f1']);
  if (minF1 !== undefined && !(minF1 >= 0 && minF1 <= 100)) throw new UsageError(`--min-f1 needs a number from 0 to 100, got "${values['min-f1']}"`, 'eval');

  const file = positionals[0]!;
  const source = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${file} — check the path`, 'eval');
  });
  const extractor = createExtractor({ entries: await loadGazetteers(values.gazetteer ?? []) });
  let evaluation;
  try {
    const nested = scoresNested(scheme);
    evaluation = evaluateConll(source, (t) => extractor.extract(t, { nested }), {
      scheme,
      context: values.context === undefined ? 1 : parseCount(values.context, '--context', 'eval', 1),
      collectErrors: errorLimit > 0,
      ...(maxSentences !== undefined ? { maxSentences } : {}),
    });
  } catch (err) {
    throw new DataError(`${file}: ${(err as Error).message}`);
  }
  const f1 = evaluation.scores.micro.f1 * 100;
  let report = `${file}: ${evaluation.sentences} sentences, ${evaluation.tokens} tokens, scheme ${scheme}\n\n${formatScores(evaluation.scores)}\n`;
  if (errorLimit > 0) report += `\n${formatErrors(evaluation.errors, errorLimit)}\n`;
  await write(io.stdout, report);
  if (minF1 !== undefined && f1 < minF1) {
    await write(io.stderr, `kashf: micro F1 ${f1.toFixed(2)} is below --min-f1 ${minF1}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

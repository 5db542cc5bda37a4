// `kashf normalize`: prints the normalized text kashf matches against.

import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { normalize } from '../index.js';
import { EXIT, hintStdin, UsageError, write, type CliIo } from './cli-io.js';
import { COMMON_OPTIONS, parseOrThrow } from './parse-options.js';

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs `kashf normalize` and returns the exit code. */
export async function normalizeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOrThrow('normalize', () =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...COMMON_OPTIONS,
        out: { type: 'string', short: 'o' },
      },
    }),
  );
  hintStdin(io, positionals);
  const out = values.out === undefined ? io.stdout : createWriteStream(values.out);
  for (const path of positionals.length === 0 ? ['-'] : positionals) {
    const text =
      path === '-'
        ? await readAll(io.stdin)
        : await readFile(path, 'utf8').catch(() => {
            throw new UsageError(`cannot read ${path} — check the path`, 'normalize');
          });
    await write(out, normalize(text).text);
  }
  if (values.out !== undefined) await new Promise<void>((resolve) => out.end(resolve));
  return EXIT.ok;
}

// Reads the user's `--gazetteer` files into entries; a bad file stops the command with the
// file, line and field, and a pointer to `kashf validate`.

import { readFile } from 'node:fs/promises';
import { parseGazetteer, type GazetteerEntry } from '../index.js';
import { UsageError } from './cli-io.js';

/** Thrown for invalid user data: the command exits with code 1. */
export class DataError extends Error {
  override name = 'DataError';
}

/** Parses every gazetteer file given on the command line. */
export async function loadGazetteers(paths: readonly string[]): Promise<GazetteerEntry[]> {
  const entries: GazetteerEntry[] = [];
  for (const file of paths) {
    const text = await readFile(file, 'utf8').catch(() => {
      throw new UsageError(`cannot read the gazetteer file ${file} — check the path`);
    });
    try {
      entries.push(...parseGazetteer(text, { file }));
    } catch (err) {
      throw new DataError(`${(err as Error).message}\nRun "kashf validate ${file}" to list every problem in the file.`);
    }
  }
  return entries;
}

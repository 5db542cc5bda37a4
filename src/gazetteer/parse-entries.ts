// Reads a user's gazetteer file (JSON array, JSONL or TSV) into validated entries.
// Pure: takes the file's text, so it works in browsers too; the CLI reads the file.

import { KashfError } from '../errors.js';
import type { GazetteerEntry } from '../types.js';
import { validateEntry } from './validate-entry.js';

/** Accepted gazetteer file formats. */
export type GazetteerFormat = 'json' | 'jsonl' | 'tsv';

/** Options of {@link parseGazetteer}. */
export interface ParseGazetteerOptions {
  /** File name, used in error messages and to guess the format from its extension. */
  file?: string;
  /** Format; guessed from `file`'s extension, else from the content, when absent. */
  format?: GazetteerFormat;
}

/** TSV columns, in this order; `aliases` is `|`-separated. */
export const TSV_COLUMNS = ['id', 'label', 'ar', 'en', 'aliases'] as const;

function guessFormat(text: string, file?: string): GazetteerFormat {
  const ext = file?.toLowerCase().match(/\.(jsonl|ndjson|json|tsv|txt)$/)?.[1];
  if (ext === 'json') return 'json';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'tsv') return 'tsv';
  const first = text.trimStart()[0];
  if (first === '[') return 'json';
  if (first === '{') return 'jsonl';
  return 'tsv';
}

/**
 * Parses a gazetteer file's text into entries, validating every one.
 * Errors are `KashfError`s (`KASHF_INVALID_FILE` for syntax, `KASHF_INVALID_ENTRY` for schema)
 * naming the file, line and field.
 *
 * @example
 * ```ts
 * parseGazetteer('{"id":"kashf:org/acme","label":"ORG","ar":"أكمي","aliases":["ACME"]}', { format: 'jsonl' });
 * ```
 */
export function parseGazetteer(text: string, options: ParseGazetteerOptions = {}): GazetteerEntry[] {
  if (typeof text !== 'string') throw new KashfError('KASHF_INVALID_FILE', 'kashf: gazetteer content must be a string');
  const file = options.file;
  const format = options.format ?? guessFormat(text, file);
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(clean);
    } catch (err) {
      throw new KashfError('KASHF_INVALID_FILE', `kashf: ${file ?? 'gazetteer'} is not valid JSON: ${(err as Error).message}`, {
        location: file ? { file } : {},
      });
    }
    if (!Array.isArray(parsed)) {
      throw new KashfError('KASHF_INVALID_FILE', `kashf: ${file ?? 'gazetteer'} must hold a JSON array of entries`, { location: file ? { file } : {} });
    }
    return parsed.map((e, i) => validateEntry(e, { file, line: i + 1 }));
  }
  const out: GazetteerEntry[] = [];
  const lines = clean.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    if (format === 'jsonl') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch (err) {
        throw new KashfError('KASHF_INVALID_FILE', `kashf: ${file ?? 'gazetteer'}, line ${line}: not valid JSON: ${(err as Error).message}`, {
          location: { file, line },
        });
      }
      out.push(validateEntry(parsed, { file, line }));
      return;
    }
    const cells = raw.split('\t');
    if (line === 1 && cells[0] === TSV_COLUMNS[0]) return; // header row
    const entry: Record<string, unknown> = {};
    TSV_COLUMNS.forEach((column, i) => {
      const cell = cells[i];
      if (column === 'aliases') {
        if (cell) entry.aliases = cell.split('|').map((a) => a.trim()).filter(Boolean);
      } else if (column !== 'en' || cell) {
        entry[column] = cell;
      }
    });
    out.push(validateEntry(entry, { file, line }));
  });
  return out;
}

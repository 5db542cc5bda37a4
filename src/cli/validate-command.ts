// `kashf validate FILE`: checks a user's gazetteer file and lists every problem with its line
// and field (loading stops at the first one; this command keeps going).

import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { parseGazetteer, type GazetteerFormat } from '../index.js';
import { EXIT, UsageError, write, type CliIo } from './cli-io.js';
import { COMMON_OPTIONS, parseOrThrow } from './parse-options.js';

/** A problem found in a gazetteer file. */
export interface Problem {
  /** 1-based line (JSONL, TSV) or entry number (JSON array). */
  line?: number;
  field?: string;
  message: string;
}

function reason(err: unknown): { field?: string; message: string } {
  const e = err as { message?: string; location?: { field?: string } };
  const message = String(e?.message ?? err);
  // Messages read `kashf: invalid gazetteer entry (…): field "x" must …`: keep the part after the field.
  const m = /field "[^"]*" (.*)$/s.exec(message);
  const field = e?.location?.field;
  return { ...(field ? { field } : {}), message: m ? m[1]! : message.replace(/^kashf: (\S+, )?(line \d+: )?/, '') };
}

function detectFormat(text: string, file: string, given?: string): GazetteerFormat {
  if (given === 'json' || given === 'jsonl' || given === 'tsv') return given;
  if (given !== undefined) throw new UsageError(`--format must be json, jsonl or tsv, got "${given}"`, 'validate');
  const ext = /\.(jsonl|ndjson|json|tsv)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext) return ext === 'ndjson' ? 'jsonl' : (ext as GazetteerFormat);
  const first = text.trimStart()[0];
  return first === '[' ? 'json' : first === '{' ? 'jsonl' : 'tsv';
}

/** Checks every entry of a gazetteer file's text and returns all problems and the entry count. */
export function findProblems(text: string, format: GazetteerFormat): { entries: number; problems: Problem[]; ids: Map<string, number[]> } {
  const problems: Problem[] = [];
  const ids = new Map<string, number[]>();
  let entries = 0;
  const check = (chunk: string, line: number, chunkFormat: GazetteerFormat): void => {
    try {
      for (const e of parseGazetteer(chunk, { format: chunkFormat })) {
        entries++;
        ids.set(e.id, [...(ids.get(e.id) ?? []), line]);
      }
    } catch (err) {
      entries++;
      problems.push({ line, ...reason(err) });
    }
  };
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      return { entries: 0, problems: [{ message: `not valid JSON: ${(err as Error).message}` }], ids };
    }
    if (!Array.isArray(parsed)) return { entries: 0, problems: [{ message: 'must hold a JSON array of entries' }], ids };
    parsed.forEach((entry, i) => check(JSON.stringify([entry]), i + 1, 'json'));
    return { entries, problems, ids };
  }
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((row, i) => {
      if (row.trim() === '' || row.startsWith('#')) return;
      if (format === 'tsv' && i === 0 && row.split('\t')[0] === 'id') return; // header row
      check(row, i + 1, format);
    });
  return { entries, problems, ids };
}

/** Runs `kashf validate` and returns the exit code. */
export async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOrThrow('validate', () =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...COMMON_OPTIONS,
        format: { type: 'string' },
      },
    }),
  );
  if (positionals.length !== 1) throw new UsageError('give exactly one gazetteer file, e.g. "kashf validate my-entries.jsonl"', 'validate');
  const file = positionals[0]!;
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${file} — check the path`, 'validate');
  });
  const format = detectFormat(text, file, values.format);
  const { entries, problems, ids } = findProblems(text, format);
  const unit = format === 'json' ? 'entry' : 'line';
  let report = '';
  for (const p of problems) {
    report += `${file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.field ? `field "${p.field}" ` : ''}${p.message}\n`;
  }
  for (const [id, lines] of ids) {
    if (lines.length > 1) report += `${file}: warning: ID ${id} is used by ${lines.length} entries (${unit} ${lines.join(', ')}); merge their aliases into one entry\n`;
  }
  report += problems.length === 0
    ? `${file}: ${entries} entries, no problems\n`
    : `${file}: ${entries} entries, ${problems.length} with problems — fix the fields named above (see gazetteers/README.md for the schema)\n`;
  await write(problems.length === 0 ? io.stdout : io.stderr, report);
  return problems.length === 0 ? EXIT.ok : EXIT.problems;
}

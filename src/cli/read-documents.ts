// Where documents come from: text files, folders of them, JSONL files (one document per
// line, streamed) and standard input. Yields documents one at a time so memory stays flat.

import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { UsageError } from './cli-io.js';

/** A document as read: `text` is checked by the extractor, so a bad one fails there. */
export interface SourceDocument {
  id: unknown;
  text: unknown;
  /** JSONL line number, for error records. */
  line?: number;
  /** Set when the document could not even be read or parsed. */
  error?: { code: string; message: string };
}

/** One input: a text file, a JSONL file, or standard input. */
export interface Input {
  kind: 'text' | 'jsonl';
  /** File path, or `-` for standard input. */
  path: string;
  /** Size in bytes (files only), for the progress bar's ETA. */
  size?: number;
}

const JSONL_EXT = /\.(jsonl|ndjson)$/i;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile() && /\.txt$/i.test(e.name)) out.push(path);
  }
}

/** Expands the command line's paths into inputs (folders recursively, sorted by name). */
export async function collectInputs(paths: readonly string[], stdinKind: 'text' | 'jsonl'): Promise<Input[]> {
  if (paths.length === 0) return [{ kind: stdinKind, path: '-' }];
  const inputs: Input[] = [];
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ kind: stdinKind, path });
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${path} — check the path`, 'extract');
    if (info.isDirectory()) {
      const files: string[] = [];
      await walk(path, files);
      if (files.length === 0) throw new UsageError(`the folder ${path} holds no .txt files`, 'extract');
      for (const f of files) inputs.push({ kind: 'text', path: f });
    } else {
      inputs.push({ kind: JSONL_EXT.test(path) ? 'jsonl' : 'text', path, size: info.size });
    }
  }
  return inputs;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses one JSONL line into a document; a bad line becomes a document with an error. */
export function parseJsonlDocument(raw: string, line: number): SourceDocument {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { id: null, text: undefined, line, error: { code: 'KASHF_INVALID_JSON', message: `line ${line} is not valid JSON: ${(err as Error).message}` } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { id: null, text: undefined, line, error: { code: 'KASHF_INVALID_INPUT', message: `line ${line} must be an object such as {"id": "…", "text": "…"}` } };
  }
  const record = value as Record<string, unknown>;
  const id = record.id ?? null;
  if (!('text' in record)) {
    return { id, text: undefined, line, error: { code: 'KASHF_INVALID_INPUT', message: `line ${line} has no "text" field` } };
  }
  return { id, text: record.text, line };
}

/** Reads every document of the inputs, in order; `onBytes` reports progress through files. */
export async function* readDocuments(inputs: readonly Input[], stdin: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<SourceDocument> {
  for (const input of inputs) {
    if (input.kind === 'text') {
      try {
        const text = input.path === '-' ? await readAll(stdin) : await readFile(input.path, 'utf8');
        onBytes?.(input.size ?? 0);
        yield { id: input.path === '-' ? 'stdin' : input.path, text };
      } catch (err) {
        yield { id: input.path, text: undefined, error: { code: 'KASHF_READ_ERROR', message: `cannot read ${input.path}: ${(err as Error).message}` } };
      }
      continue;
    }
    const source = input.path === '-' ? stdin : createReadStream(input.path);
    const lines = createInterface({ input: source, crlfDelay: Infinity });
    let line = 0;
    for await (const raw of lines) {
      line++;
      onBytes?.(Buffer.byteLength(raw) + 1);
      if (raw.trim() === '') continue;
      yield parseJsonlDocument(raw, line);
    }
  }
}

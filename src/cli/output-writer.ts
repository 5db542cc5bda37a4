// Writes extraction results in the chosen format, document by document, so output streams.
// Failed documents become error records in json/jsonl and a message on stderr otherwise.

import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Entity } from '../index.js';
import { renderBrat, renderConll, renderHtmlArticle, renderHtmlHead, renderTsv, HTML_TAIL, TSV_HEADER } from '../render/index.js';
import { write } from './cli-io.js';

/** Output formats of `kashf extract`. */
export const FORMATS = ['json', 'jsonl', 'conll', 'brat', 'html', 'tsv'] as const;
export type Format = (typeof FORMATS)[number];

/** One document's result. */
export type DocumentResult =
  | { id: unknown; text: string; entities: Entity[]; error?: undefined; line?: number }
  | { id: unknown; text?: unknown; entities?: undefined; error: { code: string; message: string }; line?: number };

/** Receives results in input order. */
export interface ResultWriter {
  write(result: DocumentResult): Promise<void>;
  end(): Promise<void>;
}

interface WriterOptions {
  format: Format;
  /** Output path; a folder for brat. Standard output when absent. */
  out?: string;
  stdout: Writable;
  stderr: Writable;
  /** JSONL: include each document's text. */
  includeText: boolean;
  /** More than one document may come (adds CoNLL -DOCSTART- lines). */
  many: boolean;
}

const idString = (id: unknown): string | undefined => (id === null || id === undefined ? undefined : String(id));

function errorRecord(r: DocumentResult & { error: object }): string {
  const record: Record<string, unknown> = { id: r.id ?? null };
  if (r.line !== undefined) record.line = r.line;
  record.error = r.error;
  return JSON.stringify(record);
}

function describeFailure(r: DocumentResult & { error: { message: string } }): string {
  const where = idString(r.id) ?? (r.line !== undefined ? `line ${r.line}` : 'a document');
  return `kashf: ${where} failed: ${r.error.message}\n`;
}

/** Opens the output and returns a writer for the format. */
export async function openWriter(options: WriterOptions): Promise<ResultWriter> {
  if (options.format === 'brat' && options.out !== undefined) return bratFolderWriter(options.out, options.stderr);
  const stream: Writable = options.out === undefined ? options.stdout : createWriteStream(options.out);
  const closeStream = (): Promise<void> =>
    options.out === undefined ? Promise.resolve() : new Promise((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  const fail = (r: DocumentResult & { error: { message: string } }): Promise<void> => write(options.stderr, describeFailure(r));
  let count = 0;
  const doc = (r: DocumentResult & { text: string; entities: Entity[] }) => {
    const id = idString(r.id);
    return id === undefined ? { text: r.text, entities: r.entities } : { id, text: r.text, entities: r.entities };
  };

  switch (options.format) {
    case 'json':
      return {
        async write(r) {
          const body = r.error
            ? errorRecord(r)
            : JSON.stringify({ ...(idString(r.id) !== undefined ? { id: r.id } : {}), text: r.text, entities: r.entities }, null, 2);
          await write(stream, `${count++ === 0 ? '[\n' : ',\n'}${body}`);
        },
        async end() {
          await write(stream, count === 0 ? '[]\n' : '\n]\n');
          await closeStream();
        },
      };
    case 'jsonl':
      return {
        async write(r) {
          if (r.error) await write(stream, `${errorRecord(r)}\n`);
          else {
            // Built here rather than with renderJsonl so the caller's ID keeps its type (a number stays a number).
            const record: Record<string, unknown> = {};
            if (r.id !== undefined && r.id !== null) record.id = r.id;
            if (options.includeText) record.text = r.text;
            record.entities = r.entities;
            await write(stream, `${JSON.stringify(record)}\n`);
          }
        },
        end: closeStream,
      };
    case 'tsv':
      await write(stream, `${TSV_HEADER.join('\t')}\n`);
      return {
        async write(r) {
          if (r.error) await fail(r);
          else await write(stream, renderTsv(doc(r)));
        },
        end: closeStream,
      };
    case 'conll':
      return {
        async write(r) {
          if (r.error) await fail(r);
          else await write(stream, renderConll(doc(r), { docstart: options.many }));
        },
        end: closeStream,
      };
    case 'html':
      await write(stream, renderHtmlHead(undefined, { title: 'kashf' }));
      return {
        async write(r) {
          if (r.error) await fail(r);
          else await write(stream, renderHtmlArticle(doc(r)));
        },
        async end() {
          await write(stream, HTML_TAIL);
          await closeStream();
        },
      };
    case 'brat':
      return {
        async write(r) {
          if (r.error) await fail(r);
          else await write(stream, renderBrat(doc(r)));
        },
        end: closeStream,
      };
  }
}

/** brat wants NAME.txt and NAME.ann side by side: one pair per document in `dir`. */
async function bratFolderWriter(dir: string, stderr: Writable): Promise<ResultWriter> {
  await mkdir(dir, { recursive: true });
  const used = new Map<string, number>();
  let n = 0;
  return {
    async write(r) {
      n++;
      if (r.error) {
        await write(stderr, describeFailure(r));
        return;
      }
      const id = idString(r.id);
      const stem = (id ? basename(id, extname(id)) : `doc-${n}`).replace(/[^\p{L}\p{N}._-]+/gu, '_') || `doc-${n}`;
      const seen = used.get(stem) ?? 0;
      used.set(stem, seen + 1);
      const name = seen === 0 ? stem : `${stem}-${seen + 1}`;
      await writeFile(join(dir, `${name}.txt`), r.text);
      await writeFile(join(dir, `${name}.ann`), renderBrat({ text: r.text, entities: r.entities }));
    },
    async end() {},
  };
}

// The text and the bare pass every speed script measures against: corpus sentences grouped
// into ~2 KB news documents, and the regex tokenization that kashf's throughput is compared
// with. One place, so every script times the same work.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSentenceText, parseConll } from '../src/eval/index.js';

/** The gold corpora beside the repository. */
export const CORPORA_DIR = fileURLToPath(new URL('../../shared/corpora', import.meta.url));

/** Corpus files the benchmark text is drawn from: raw-tokenized news first, clitic-split FANE last. */
const SOURCES = ['anercorp/train.conll', 'aqmar/dev.conll', 'wojood-sample/train.conll', 'wojood-sample/dev.conll', 'newsfane/all.conll', 'wikifane/all.conll'];

/** Size of one document, in UTF-8 bytes. */
const DOC_BYTES = 2048;

const bytesOf = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Documents built from corpus sentences. */
export interface Corpus {
  documents: string[];
  bytes: number;
  uniqueBytes: number;
  sentences: number;
}

/** The sentences of corpus files, each as its tokens joined by spaces. */
function sentencesOf(dir: string, files: readonly string[]): string[] {
  const sentences: string[] = [];
  for (const file of files) {
    const path = resolve(dir, file);
    if (!existsSync(path)) continue;
    for (const s of parseConll(readFileSync(path, 'utf8'))) sentences.push(buildSentenceText(s.tokens).text);
  }
  if (sentences.length === 0) throw new Error(`no corpus files found in ${dir}`);
  return sentences;
}

/** Groups corpus sentences into ~2 KB documents, cycling through the corpora until `targetBytes`. */
export function buildDocuments(dir: string, targetBytes: number): Corpus {
  const sentences = sentencesOf(dir, SOURCES);
  const uniqueBytes = sentences.reduce((n, s) => n + bytesOf(s) + 1, 0);
  const documents: string[] = [];
  let bytes = 0;
  let current: string[] = [];
  let currentBytes = 0;
  for (let i = 0; bytes < targetBytes; i = (i + 1) % sentences.length) {
    const sentence = sentences[i]!;
    current.push(sentence);
    currentBytes += bytesOf(sentence) + 1;
    if (currentBytes >= DOC_BYTES) {
      const doc = current.join(' ');
      documents.push(doc);
      bytes += bytesOf(doc);
      current = [];
      currentBytes = 0;
    }
  }
  return { documents, bytes, uniqueBytes, sentences: sentences.length };
}

/** The ANERcorp train sentences, once, as documents of a little over 2,000 characters (the stage scripts' text). */
export function anercorpDocuments(dir = CORPORA_DIR): string[] {
  const docs: string[] = [];
  let cur = '';
  for (const s of sentencesOf(dir, ['anercorp/train.conll'])) {
    cur += s + ' ';
    if (cur.length > 2000) {
      docs.push(cur);
      cur = '';
    }
  }
  return docs;
}

/** The bare pass kashf is compared with (plain JavaScript, for the benchmark's child processes). */
export { countBareTokens } from './bare-pass.mjs';

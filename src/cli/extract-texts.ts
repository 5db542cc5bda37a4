// Runs the extractor over a batch of texts with the library's `extractBatch`, so a text that
// throws becomes an error outcome and never stops the texts after it. Shared by the inline
// path and the worker threads.

import { extractBatch, type Entity, type ExtractOptions, type Extractor } from '../index.js';

/** The outcome for one document: its entities, or the error it raised. */
export type ExtractOutcome = { entities: Entity[]; error?: undefined } | { entities?: undefined; error: { code: string; message: string } };

/** Extracts entities from each text, one outcome per text, in order. */
export function extractTexts(extractor: Extractor, texts: readonly unknown[], options: ExtractOptions): ExtractOutcome[] {
  // Wrapped as {text} so any value, even an object, reaches the extractor as the text.
  const docs = texts.map((text) => ({ text: text as string }));
  return Array.from(extractBatch(extractor, docs, options), (r) => ('error' in r ? { error: r.error } : { entities: r.entities }));
}

// Runs the extractor on one document and turns any exception into an error record, so a
// document that throws never stops the documents after it. Shared by the inline path and
// the worker threads.

import type { Entity, ExtractOptions, Extractor } from '../index.js';

/** The outcome for one document: its entities, or the error it raised. */
export type ExtractOutcome = { entities: Entity[]; error?: undefined } | { entities?: undefined; error: { code: string; message: string } };

/** Extracts entities from `text`, catching every error. */
export function extractOne(extractor: Extractor, text: unknown, options: ExtractOptions): ExtractOutcome {
  try {
    return { entities: extractor.extract(text as string, options) };
  } catch (err) {
    const e = err as { code?: unknown; message?: unknown };
    return {
      error: {
        code: typeof e?.code === 'string' ? e.code : 'KASHF_INTERNAL',
        message: typeof e?.message === 'string' ? e.message : String(err),
      },
    };
  }
}

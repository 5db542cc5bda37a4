// Batch extraction over many documents: one document's failure never stops the others.
// A generator, so a stream of any length runs in constant memory.

import type { Extractor } from './extractor.js';
import type { ExtractOptions } from './options.js';
import type { Entity } from './types.js';

/** A document of a batch: plain text, or text with the caller's ID. */
export type BatchInput = string | { id?: string | number; text: string };

/** The result for one document, in input order. */
export type BatchResult =
  | { index: number; id?: string | number; entities: Entity[] }
  | { index: number; id?: string | number; error: { code: string; message: string } };

/**
 * Extracts entities from each document in turn, yielding one result per input, in order.
 * A document that fails (not a string, or any error) yields an error record instead.
 *
 * @example
 * ```ts
 * for (const r of extractBatch(createExtractor(), ['بايدن في روسيا', 42 as never])) {
 *   if ('error' in r) console.error(r.index, r.error.code); else console.log(r.entities.length);
 * }
 * ```
 */
export function* extractBatch(extractor: Extractor, docs: Iterable<BatchInput>, options?: ExtractOptions): Generator<BatchResult> {
  let index = 0;
  for (const doc of docs) {
    const id = doc !== null && typeof doc === 'object' ? (doc as { id?: string | number }).id : undefined;
    const text = doc !== null && typeof doc === 'object' ? (doc as { text: string }).text : doc;
    try {
      const entities = extractor.extract(text, options);
      yield id === undefined ? { index, entities } : { index, id, entities };
    } catch (err) {
      const e = err as { code?: unknown; message?: unknown };
      const error = { code: typeof e?.code === 'string' ? e.code : 'KASHF_INTERNAL', message: typeof e?.message === 'string' ? e.message : String(err) };
      yield id === undefined ? { index, error } : { index, id, error };
    }
    index++;
  }
}

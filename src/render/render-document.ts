// The input every renderer takes: one document's text and the entities found in it.
// Renderers are pure functions of this shape, so they run in browsers as well as in the CLI.

import type { Entity } from '../types.js';

/**
 * One document and its entities, as `extract` returned them.
 *
 * @example
 * ```ts
 * const text = 'زار بايدن روسيا';
 * const doc: RenderDocument = { id: 'news-1', text, entities: extract(text) };
 * ```
 */
export interface RenderDocument {
  /** Document ID (file name, JSONL `id`); optional for a single text. */
  id?: string;
  /** The original text the entities' offsets point into. */
  text: string;
  /** Entities of `text` (outermost, and inner ones when extracted with `nested`). */
  entities: readonly Entity[];
}

/**
 * Splits entities into outermost ones and the ones nested inside them, both sorted by
 * start (longer first on ties). An entity is nested when an earlier kept one contains it.
 *
 * @example
 * ```ts
 * const { outer, inner } = splitNested(extract('قال وزير الخارجية الأميركي', { nested: true }));
 * // outer: [OCC «وزير الخارجية الأميركي»], inner: [NORP «الأميركي»]
 * ```
 */
export function splitNested(entities: readonly Entity[]): { outer: Entity[]; inner: Entity[] } {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: Entity[] = [];
  const inner: Entity[] = [];
  let last: Entity | undefined;
  for (const e of sorted) {
    if (last && e.start >= last.start && e.end <= last.end) inner.push(e);
    else {
      outer.push(e);
      last = e;
    }
  }
  return { outer, inner };
}

// JSON and JSON Lines output: the extraction result as data, one object per document.

import type { RenderDocument } from './render-document.js';

/** Options of {@link renderJson}. */
export interface RenderJsonOptions {
  /** Indentation; 0 for one line (default 2). */
  indent?: number;
  /** Include the document text (default true). */
  includeText?: boolean;
}

function toRecord(doc: RenderDocument, includeText: boolean): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  if (doc.id !== undefined) record.id = doc.id;
  if (includeText) record.text = doc.text;
  record.entities = doc.entities;
  return record;
}

/**
 * Renders documents as one JSON array of `{id?, text, entities}` objects.
 *
 * @example
 * ```ts
 * const text = 'التقى بايدن بوتين';
 * renderJson([{ id: 'a', text, entities: extract(text) }]);
 * // '[\n  {\n    "id": "a",\n    "text": "التقى بايدن بوتين",\n    "entities": [ … ] } ]'
 * ```
 */
export function renderJson(docs: readonly RenderDocument[], options: RenderJsonOptions = {}): string {
  const includeText = options.includeText ?? true;
  return JSON.stringify(docs.map((d) => toRecord(d, includeText)), null, options.indent ?? 2);
}

/**
 * Renders one document as a single JSON Lines record (no trailing newline):
 * `{"id":…,"entities":[…]}`, without the text unless `includeText` is set.
 *
 * @example
 * ```ts
 * renderJsonl({ id: 'doc-1', text: 'زار بايدن روسيا', entities: extract('زار بايدن روسيا') });
 * // '{"id":"doc-1","entities":[{"start":4,"end":9,"text":"بايدن","label":"PERS",…},…]}'
 * ```
 */
export function renderJsonl(doc: RenderDocument, options: { includeText?: boolean } = {}): string {
  return JSON.stringify(toRecord(doc, options.includeText ?? false));
}

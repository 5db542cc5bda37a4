// Tab-separated output: one row per entity, for spreadsheets and `cut`/`awk` pipelines.

import type { RenderDocument } from './render-document.js';

/**
 * Column names of the TSV output, in order.
 *
 * @example
 * ```ts
 * const tsv = TSV_HEADER.join('\t') + '\n' + renderTsv({ id: 'a', text: 'زار بايدن روسيا', entities: extract('زار بايدن روسيا') });
 * ```
 */
export const TSV_HEADER = ['doc', 'start', 'end', 'label', 'text', 'id', 'canonical_ar', 'canonical_en', 'source'] as const;

/** Escapes backslash, tab and line breaks so every row stays one line with fixed columns. */
function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  return String(value).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/**
 * Renders a document's entities as TSV rows (no header; see {@link TSV_HEADER}).
 * Tabs, line breaks and backslashes inside values are escaped as `\t`, `\n`, `\r`, `\\`.
 *
 * @example
 * ```ts
 * renderTsv({ id: 'a.txt', text: 'قال بايدن', entities: extract('قال بايدن') });
 * // 'a.txt\t4\t9\tPERS\tبايدن\twd:Q6279\tجو بايدن\tJoe Biden\tgazetteer:wd:Q6279\n'
 * ```
 */
export function renderTsv(doc: RenderDocument): string {
  let out = '';
  for (const e of doc.entities) {
    const row = [doc.id, e.start, e.end, e.label, e.text, e.id, e.canonical?.ar, e.canonical?.en, `${e.source.kind}:${e.source.ref}`];
    out += `${row.map(cell).join('\t')}\n`;
  }
  return out;
}

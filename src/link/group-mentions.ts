// Groups linked mentions into entities: the input a user needs to build an index or a graph.

import type { CanonicalName, Entity, Label } from '../types.js';

/** One mention of a grouped entity. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** A real-world (or document-local) entity with all its mentions in one text. */
export interface EntityGroup {
  /** `wd:Q…`, `kashf:…` or `doc:N`. */
  id: string;
  label: Label;
  canonical?: CanonicalName;
  url?: string;
  /** Mentions in text order. */
  mentions: Mention[];
  /** Number of mentions. */
  count: number;
}

/**
 * Groups entities by identity. Entities without an ID (numbers, dates) are grouped by label
 * and normalized surface only when `includeUnlinked` is set.
 *
 * @example
 * ```ts
 * groupMentions(extract('بايدن … جو بايدن … الرئيس بايدن'));
 * // [{ id: 'wd:Q6279', label: 'PERS', count: 3, mentions: [...] }]
 * ```
 */
export function groupMentions(entities: readonly Entity[], options: { includeUnlinked?: boolean } = {}): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const e of entities) {
    const key = e.id ?? (options.includeUnlinked ? `${e.label}:${e.text}` : undefined);
    if (key === undefined) continue;
    let g = groups.get(key);
    if (!g) {
      g = { id: key, label: e.label, mentions: [], count: 0 };
      if (e.canonical) g.canonical = e.canonical;
      if (e.url) g.url = e.url;
      groups.set(key, g);
    }
    if (!g.canonical && e.canonical) g.canonical = e.canonical;
    g.mentions.push({ start: e.start, end: e.end, text: e.text });
    g.count++;
  }
  return [...groups.values()];
}

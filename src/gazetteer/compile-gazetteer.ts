// Compiles gazetteer entries into a token trie over normalized forms. Matching then costs a
// few hash look-ups per token of text, whatever the number of entries.

import { normalize, NORMALIZATION_PROFILE } from '../normalize/normalize.js';
import { tokenizeStream } from '../tokenize/tokenize.js';
import type { GazetteerEntry, Label } from '../types.js';
import { aliasVariants } from './alias-variants.js';
import { functionWords } from './function-words.js';
import { validateEntry } from './validate-entry.js';

/** How an alias names its entry: Strong names match on their own; Weak aliases are also
 * ordinary words and are kept only with supporting context; Demonym forms (NORP) point at it. */
export const HitKind = { Strong: 0, Weak: 1, Demonym: 2 } as const;
/** One of the {@link HitKind} values. */
export type HitKind = (typeof HitKind)[keyof typeof HitKind];

/** One entry reachable through an alias. */
export interface AliasHit {
  readonly entry: number;
  readonly kind: HitKind;
  readonly label: Label;
}

/** A trie node: the next token, and the entries whose alias ends here. */
export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  hits: AliasHit[] | undefined;
}

/** A compiled, immutable gazetteer. */
export interface CompiledGazetteer {
  /** Normalization profile the keys were built with; matching must use the same. */
  readonly profile: string;
  readonly entries: readonly GazetteerEntry[];
  readonly root: Map<string, TrieNode>;
  /** Number of distinct normalized aliases. */
  readonly aliasCount: number;
}

/** Options of {@link compileGazetteer}. */
export interface CompileGazetteerOptions {
  /** Validate every entry against the schema (default true; the shipped data is pre-validated). */
  validate?: boolean;
}

/** The normalized token keys of a name, or undefined when it has none. */
export function aliasKeys(name: string): string[] | undefined {
  const norm = normalize(name);
  const s = tokenizeStream(norm.text);
  if (s.count === 0) return undefined;
  const keys: string[] = new Array(s.count);
  for (let t = 0; t < s.count; t++) keys[t] = norm.text.slice(s.starts[t]!, s.ends[t]!);
  return keys;
}

/**
 * Compiles entries into a trie. Later entries sharing an alias become extra candidates of
 * that alias (the linker chooses among them by prior and context).
 *
 * @example
 * ```ts
 * const g = compileGazetteer([{ id: 'wd:Q159', label: 'GPE', ar: 'روسيا', en: 'Russia' }]);
 * g.aliasCount; // 1
 * ```
 */
export function compileGazetteer(entries: readonly GazetteerEntry[], options: CompileGazetteerOptions = {}): CompiledGazetteer {
  const validate = options.validate ?? true;
  const root = new Map<string, TrieNode>();
  let aliasCount = 0;
  const stop = functionWords();
  const add = (name: string, hit: AliasHit) => {
    const keys = aliasKeys(name);
    if (!keys) return;
    // A function word is never a name on its own, whatever a data source says.
    if (keys.length === 1 && stop.has(keys[0]!)) return;
    addKeys(keys, hit);
    for (const variant of aliasVariants(keys)) addKeys(variant, hit);
  };
  const addKeys = (keys: readonly string[], hit: AliasHit) => {
    let map = root;
    let node: TrieNode | undefined;
    for (const key of keys) {
      node = map.get(key);
      if (!node) {
        node = { next: undefined, hits: undefined };
        map.set(key, node);
      }
      map = node.next ??= new Map();
    }
    if (!node) return;
    if (!node.hits) {
      node.hits = [];
      aliasCount++;
    }
    // One hit per entry and alias: the strongest kind wins.
    const same = node.hits.findIndex((h) => h.entry === hit.entry && h.label === hit.label);
    if (same < 0) node.hits.push(hit);
    else if (hit.kind < node.hits[same]!.kind) node.hits[same] = hit;
  };
  const list = validate ? entries.map((e, i) => validateEntry(e, { line: i + 1 })) : entries;
  list.forEach((e, entry) => {
    add(e.ar, { entry, kind: HitKind.Strong, label: e.label });
    for (const a of e.aliases ?? []) add(a, { entry, kind: HitKind.Strong, label: e.label });
    for (const a of e.weakAliases ?? []) add(a, { entry, kind: HitKind.Weak, label: e.label });
    for (const a of e.demonyms ?? []) add(a, { entry, kind: HitKind.Demonym, label: 'NORP' });
  });
  pruneEmpty(root);
  return { profile: NORMALIZATION_PROFILE, entries: list, root, aliasCount };
}

/** Drops `next` maps that stayed empty, so matching stops without a failed look-up. */
function pruneEmpty(map: Map<string, TrieNode>): void {
  for (const node of map.values()) {
    if (node.next && node.next.size === 0) node.next = undefined;
    else if (node.next) pruneEmpty(node.next);
  }
}

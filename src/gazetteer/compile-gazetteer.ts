// Compiles gazetteer entries into a token trie over normalized forms. Matching then costs a
// few hash look-ups per token of text, whatever the number of entries.

import { normalizeText, NORMALIZATION_PROFILE } from '../normalize/normalize.js';
import { tokenTexts } from '../tokenize/tokenize.js';
import type { CanonicalName, EntitySource, GazetteerEntry, Label } from '../types.js';
import { aliasVariants, mayVary } from './alias-variants.js';
import { functionWords } from './function-words.js';
import { hashKey, hashString } from '../tokenize/token-hash.js';
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

/**
 * A trie node for one token: its normalized text, the entries whose alias ends here, and the
 * next tokens keyed by their hash. Nodes whose keys share a hash are chained through `alt`.
 */
export interface TrieNode {
  readonly key: string;
  next: TrieLevel | undefined;
  hits: AliasHit[] | undefined;
  alt: TrieNode | undefined;
  /**
   * The next level once compiled: `kidCount` hash keys, sorted ascending, from `kids` on in
   * the gazetteer's `childKeys`, beside their node chains in `childNodes`. Most levels hold
   * one to three keys, where a scan of a typed array beats a Map.
   */
  kids: number;
  kidCount: number;
  /** What a match ending here yields, settled at compile time (undefined without hits). */
  match: NodeMatch | undefined;
}

/**
 * The candidate fields of a node's match: its top-ranked hit (see rankHits) and, when the
 * alias names several entries, their IDs in rank order. Kept on the node, which matching has
 * just read, so a match reads no entry.
 */
export interface NodeMatch {
  readonly label: Label;
  readonly id: string;
  readonly source: Readonly<EntitySource>;
  readonly canonical: Readonly<CanonicalName>;
  readonly weak: boolean;
  readonly ids: string[] | undefined;
}

/** One level of the trie while it is built: token hash → node (with its `alt` chain). */
export type TrieLevel = Map<number, TrieNode>;

/** A compiled, immutable gazetteer. */
export interface CompiledGazetteer {
  /** Normalization profile the keys were built with; matching must use the same. */
  readonly profile: string;
  readonly entries: readonly GazetteerEntry[];
  /**
   * The root level of the trie as an open-addressing table (linear probing) over typed arrays:
   * slot keys hold 1 + the 30-bit hash key (0 = empty), slot nodes the node chains. One or two
   * array reads per look-up, where a Map costs a hash-table walk.
   */
  readonly rootSlots: Int32Array;
  readonly rootNodes: readonly (TrieNode | undefined)[];
  /**
   * One bit per value of the key's low ROOT_BITS bits, set for every root key: 8 KB that stay
   * in the fastest cache, where most tokens of a text (no alias starts with them) are turned
   * away before the larger table is read.
   */
  readonly rootBits: Uint32Array;
  /** Every level below the root, one after the other (see TrieNode.kids). */
  readonly childKeys: Int32Array;
  readonly childNodes: readonly TrieNode[];
  /** Number of distinct normalized aliases. */
  readonly aliasCount: number;
}

/**
 * Alias keys computed when the data was built: each form's normalized tokens joined by one
 * space; `s` strong forms (`ar` and `aliases`), `w` weak aliases, `d` demonyms.
 */
export interface PrecompiledKeys {
  s: string[];
  w?: string[];
  d?: string[];
}

/** An entry of the shipped data, with its precompiled keys. */
export type PrecompiledEntry = GazetteerEntry & { keys?: PrecompiledKeys };

/** Computes the precompiled keys of an entry (used by the data build). */
export function precompileKeys(e: GazetteerEntry): PrecompiledKeys {
  const forms = (names: readonly string[] | undefined) => [...new Set((names ?? []).map((n) => aliasKeys(n)?.join(' ')).filter((k): k is string => !!k))];
  const keys: PrecompiledKeys = { s: forms([e.ar, ...(e.aliases ?? [])]) };
  const w = forms(e.weakAliases);
  const d = forms(e.demonyms);
  if (w.length) keys.w = w;
  if (d.length) keys.d = d;
  return keys;
}

/** Options of {@link compileGazetteer}. */
export interface CompileGazetteerOptions {
  /** Validate every entry against the schema (default true; the shipped data is pre-validated). */
  validate?: boolean;
}

/** The normalized token keys of a name, or undefined when it has none. */
export function aliasKeys(name: string): string[] | undefined {
  const keys = tokenTexts(normalizeText(name));
  return keys.length > 0 ? keys : undefined;
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
  const root: TrieLevel = new Map();
  let aliasCount = 0;
  const stop = functionWords();
  const add = (name: string, hit: AliasHit) => addSplit(aliasKeys(name), hit);
  const addSplit = (keys: string[] | undefined, hit: AliasHit) => {
    if (!keys) return;
    // A function word is never a name on its own, whatever a data source says.
    if (keys.length === 1 && stop.has(keys[0]!)) return;
    addKeys(keys, hit);
    if (keys.some(mayVary)) for (const variant of aliasVariants(keys)) addKeys(variant, hit);
  };
  const addKeys = (keys: readonly string[], hit: AliasHit) => {
    let level = root;
    let node: TrieNode | undefined;
    const last = keys.length - 1;
    for (let i = 0; i <= last; i++) {
      node = childOf(level, keys[i]!);
      // Only inner nodes get a next level: most aliases are one or two tokens.
      if (i < last) level = node.next ??= new Map();
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
    const pre = (e as PrecompiledEntry).keys;
    if (pre) {
      // Shipped data carries its keys already normalized and tokenized (see build-data).
      const split = (k: string) => k.split(' ');
      for (const k of pre.s) addSplit(split(k), { entry, kind: HitKind.Strong, label: e.label });
      for (const k of pre.w ?? []) addSplit(split(k), { entry, kind: HitKind.Weak, label: e.label });
      for (const k of pre.d ?? []) addSplit(split(k), { entry, kind: HitKind.Demonym, label: 'NORP' });
      return;
    }
    add(e.ar, { entry, kind: HitKind.Strong, label: e.label });
    for (const a of e.aliases ?? []) add(a, { entry, kind: HitKind.Strong, label: e.label });
    for (const a of e.weakAliases ?? []) add(a, { entry, kind: HitKind.Weak, label: e.label });
    for (const a of e.demonyms ?? []) add(a, { entry, kind: HitKind.Demonym, label: 'NORP' });
  });
  // Per entry, its frozen source and canonical names, shared by every match of it.
  const sources = list.map((e) => Object.freeze({ kind: 'gazetteer' as const, ref: e.id }));
  const canonicals = list.map((e) => Object.freeze(e.en !== undefined ? { ar: e.ar, en: e.en } : { ar: e.ar }));
  const { childKeys, childNodes } = layOut(root, list, sources, canonicals);
  const { rootSlots, rootNodes, rootBits } = buildRootTable(root);
  return { profile: NORMALIZATION_PROFILE, entries: list, rootSlots, rootNodes, rootBits, childKeys, childNodes, aliasCount };
}

/** Bits of the root filter (see CompiledGazetteer.rootBits). */
export const ROOT_BITS = 16;

/** Lays the root level out as an open-addressing table at most half full, with its bit filter. */
function buildRootTable(root: TrieLevel): { rootSlots: Int32Array; rootNodes: (TrieNode | undefined)[]; rootBits: Uint32Array } {
  const rootBits = new Uint32Array(1 << (ROOT_BITS - 5));
  const bitMask = (1 << ROOT_BITS) - 1;
  let size = 16;
  while (size < root.size * 2) size *= 2;
  const mask = size - 1;
  const rootSlots = new Int32Array(size);
  const rootNodes: (TrieNode | undefined)[] = new Array(size).fill(undefined);
  for (const [key, node] of root) {
    let i = key & mask;
    while (rootSlots[i] !== 0) i = (i + 1) & mask;
    rootSlots[i] = key + 1;
    rootNodes[i] = node;
    const bit = key & bitMask;
    rootBits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return { rootSlots, rootNodes, rootBits };
}

/** Orders hits: strong before demonym before weak, then by prior, then by entry order. */
function rankHits(entries: readonly GazetteerEntry[], hits: readonly AliasHit[]): AliasHit[] {
  const order = (h: AliasHit) => (h.kind === HitKind.Strong ? 0 : h.kind === HitKind.Demonym ? 1 : 2);
  return [...hits].sort((a, b) => order(a) - order(b) || (entries[b.entry]!.prior ?? 0.5) - (entries[a.entry]!.prior ?? 0.5) || a.entry - b.entry);
}

/** What a node with hits yields (see NodeMatch). */
function nodeMatch(hits: readonly AliasHit[], entries: readonly GazetteerEntry[], sources: readonly Readonly<EntitySource>[], canonicals: readonly Readonly<CanonicalName>[]): NodeMatch {
  const ranked = hits.length > 1 ? rankHits(entries, hits) : hits;
  const top = ranked[0]!;
  let ids: string[] | undefined;
  if (ranked.length > 1) {
    const distinct = [...new Set(ranked.map((h) => entries[h.entry]!.id))];
    if (distinct.length > 1) ids = Object.freeze(distinct) as string[];
  }
  return { label: top.label, id: entries[top.entry]!.id, source: sources[top.entry]!, canonical: canonicals[top.entry]!, weak: top.kind === HitKind.Weak, ids };
}

/**
 * Compiles the trie below the root: ranks every node's hits once, and lays every next level
 * out in two shared arrays (sorted hash keys, node chains), so matching neither sorts nor
 * walks a Map, and compiling allocates two arrays rather than two per node.
 */
function layOut(root: TrieLevel, entries: readonly GazetteerEntry[], sources: readonly Readonly<EntitySource>[], canonicals: readonly Readonly<CanonicalName>[]): { childKeys: Int32Array; childNodes: TrieNode[] } {
  const nodes: TrieNode[] = [];
  let total = 0;
  const visit = (level: TrieLevel) => {
    for (const chain of level.values()) {
      for (let node: TrieNode | undefined = chain; node; node = node.alt) {
        if (node.hits) {
          node.match = nodeMatch(node.hits, entries, sources, canonicals);
          node.hits = undefined;
        }
        if (node.next) {
          nodes.push(node);
          total += node.next.size;
        }
      }
    }
  };
  visit(root);
  // `nodes` grows while it is walked: every level is visited once, breadth first.
  for (let i = 0; i < nodes.length; i++) visit(nodes[i]!.next!);
  const childKeys = new Int32Array(total);
  const childNodes: TrieNode[] = new Array(total);
  let at = 0;
  for (const node of nodes) {
    const keys = [...node.next!.keys()].sort((a, b) => a - b);
    node.kids = at;
    node.kidCount = keys.length;
    for (const k of keys) {
      childKeys[at] = k;
      childNodes[at++] = node.next!.get(k)!;
    }
  }
  // The build's Maps and hit lists are not read after this: let them go.
  for (const node of nodes) node.next = undefined;
  return { childKeys, childNodes };
}

/** The node for `key` in `level`, created when absent. */
function childOf(level: TrieLevel, key: string): TrieNode {
  const h = hashKey(hashString(key));
  let node = level.get(h);
  for (let n = node; n; n = n.alt) if (n.key === key) return n;
  const created: TrieNode = { key, next: undefined, hits: undefined, alt: node, kids: 0, kidCount: 0, match: undefined };
  level.set(h, created);
  return created;
}


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
 * A trie node while the trie is built: its token's normalized text, the entries whose alias
 * ends here, and the next tokens keyed by their hash. Nodes whose keys share a hash are
 * chained through `alt`. Compiling numbers the nodes and lays them out in typed arrays.
 */
interface BuildNode {
  readonly key: string;
  next: TrieLevel | undefined;
  hits: AliasHit[] | undefined;
  alt: BuildNode | undefined;
  /** Its number in the compiled gazetteer (see CompiledGazetteer.nodes). */
  id: number;
}

/**
 * The candidate fields of a node's match: its top-ranked hit (see rankHits) and, when the
 * alias names several entries, their IDs in rank order. Settled when compiled, so a match
 * reads no entry; laid out in CompiledGazetteer.matches.
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
type TrieLevel = Map<number, BuildNode>;

/** Int32 fields of a node's record in CompiledGazetteer.nodes, before its key's code units. */
export const NODE_FIELDS = 5;
/** Offsets of a node's fields: its key's length, its next level in `children`, its match in `matches`. */
export const NODE_KEY_LENGTH = 0;
export const NODE_KIDS = 1;
/** The number of children times two, plus one when an alias ends at the node. */
export const NODE_KID_COUNT_MATCH = 2;
export const NODE_MATCH = 3;
/**
 * One bit per child, at the top five bits of its key times ROOT_FILTER_MULTIPLIER: most next
 * tokens continue no alias (the function words that start many, such as ان, are followed by
 * anything), and a level of a few keys turns them away before its keys are read.
 */
export const NODE_KID_BITS = 4;

/** Offsets of a match's values in CompiledGazetteer.matches (see NodeMatch). */
export const MATCH_LABEL = 0;
export const MATCH_ID = 1;
export const MATCH_SOURCE = 2;
export const MATCH_CANONICAL = 3;
export const MATCH_IDS = 4;
export const MATCH_WEAK = 5;

/** Int32 values of the record of a node whose key has `length` code units. */
function recordSize(length: number): number {
  return NODE_FIELDS + ((length + 1) >> 1);
}

/** A compiled, immutable gazetteer. */
export interface CompiledGazetteer {
  /** Normalization profile the keys were built with; matching must use the same. */
  readonly profile: string;
  readonly entries: readonly GazetteerEntry[];
  /**
   * The trie's nodes, one record each, named by its offset: NODE_FIELDS Int32 values (see
   * NODE_KEY_LENGTH…), then the key's normalized code units, two to an Int32. A look-up reads
   * a node and its key from one or two cache lines rather than chasing objects and strings
   * about the heap, which the pipeline's other stages push out of the cache between documents.
   */
  readonly nodes: Int32Array;
  /** The same buffer as `nodes`, read as code units: node `n`'s key starts at (n + NODE_FIELDS) × 2. */
  readonly nodeChars: Uint16Array;
  /**
   * What a match ending at a node yields: the six fields of a NodeMatch (see MATCH_LABEL…)
   * from the offset in the node's NODE_MATCH field on. One array rather than an array of
   * objects: a match reads one place in memory, not two.
   */
  readonly matches: readonly unknown[];
  /**
   * The root level as an open-addressing table (linear probing), one Int32 per slot (0 =
   * empty): the top bits of the key's 30-bit hash (see rootTagOf) above 1 + the node. Half the
   * size of a table of whole keys and nodes, so more of it stays in the cache between
   * documents; the node's key is compared with the text anyway, so a key that differs is
   * probed past whether its hash bits agree or not.
   */
  readonly rootSlots: Int32Array;
  /** Bits of a root slot that hold 1 + the node (the rest hold the key's tag). */
  readonly rootNodeBits: number;
  /**
   * One bit per value of a ROOT_BITS-bit mix of the key (see ROOT_FILTER_MULTIPLIER), set for
   * every root key: 16 KB that stay in the fastest cache, where most tokens of a text (no alias
   * starts with them) are turned away before the larger table is read.
   */
  readonly rootBits: Uint32Array;
  /**
   * Every level below the root, one after the other, two Int32 values per child: its hash key
   * and its node, sorted by key (nodes sharing a key are adjacent). Most levels hold one to
   * three children, where a scan of a typed array beats a Map.
   */
  readonly children: Int32Array;
  /** Number of distinct normalized aliases. */
  readonly aliasCount: number;
  /**
   * One bit per pair of Arabic letters (see shortHeadBit) that is the whole first token of an
   * alias of two tokens or more (`بي` of `بي بي سي`): the matcher reads such a stem after a
   * preposition (`لبي بي سي`) only where its bit is set, not at every short token.
   */
  readonly shortHeads: Uint32Array;
}

/** First and number of the Arabic letters a short head's bit is kept for (ء … ي). */
const SHORT_HEAD_FIRST = 0x0621;
const SHORT_HEAD_LETTERS = 0x064a - 0x0621 + 1;

/** The bit of the two-letter token `c0 c1` in CompiledGazetteer.shortHeads, or -1 when either is no Arabic letter. */
export function shortHeadBit(c0: number, c1: number): number {
  const a = c0 - SHORT_HEAD_FIRST;
  const b = c1 - SHORT_HEAD_FIRST;
  return a >= 0 && a < SHORT_HEAD_LETTERS && b >= 0 && b < SHORT_HEAD_LETTERS ? a * SHORT_HEAD_LETTERS + b : -1;
}

/** The shortHeads bits of `root`'s two-letter keys that go on to a next level. */
function shortHeadsOf(root: TrieLevel): Uint32Array {
  const bits = new Uint32Array(Math.ceil((SHORT_HEAD_LETTERS * SHORT_HEAD_LETTERS) / 32));
  for (const first of root.values()) {
    // Keys sharing a hash are chained through `alt`.
    for (let node: BuildNode | undefined = first; node; node = node.alt) {
      if (node.key.length !== 2 || node.next === undefined) continue;
      const bit = shortHeadBit(node.key.charCodeAt(0), node.key.charCodeAt(1));
      if (bit >= 0) bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  return bits;
}

/**
 * Alias keys computed when the data was built: each form's normalized tokens joined by one
 * space; `s` strong forms (`ar` and `aliases`), `w` weak aliases, `d` demonyms.
 */
export interface PrecompiledKeys {
  s: string[];
  w?: string[];
  d?: string[];
  /** The English name's key, when it reads as a name written in Latin letters (see latinNameKeys). */
  l?: string;
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
  const latin = e.en !== undefined ? latinNameKeys(e.en) : undefined;
  if (latin) keys.l = latin.join(' ');
  return keys;
}

/** Options of {@link compileGazetteer}. */
export interface CompileGazetteerOptions {
  /** Validate every entry against the schema (default true; the shipped data is pre-validated). */
  validate?: boolean;
}

/** Latin words of a name: letters, two at least (`bin` and `al` included). */
const LATIN_WORD = /^[a-z]{2,}$/;

/**
 * The normalized keys of an English name of two words or more, all of them Latin words, or
 * undefined: one word is too often an ordinary English word (`Jordan`, `Chad`, `Will`), and a
 * name with a comma or brackets (`Catherine, Princess of Wales`) is a description.
 */
export function latinNameKeys(en: string): string[] | undefined {
  const keys = aliasKeys(en);
  return keys !== undefined && keys.length >= 2 && keys.every((k) => LATIN_WORD.test(k)) ? keys : undefined;
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
    let node: BuildNode | undefined;
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
    // The English name, as it is written in Latin letters inside Arabic text (`شفت مقابلة Elon
    // Musk`): precompiled in the shipped data, worked out here for the caller's entries.
    const latin = pre ? pre.l?.split(' ') : e.en !== undefined ? latinNameKeys(e.en) : undefined;
    if (latin) addKeys(latin, { entry, kind: HitKind.Strong, label: e.label });
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
  const { nodes, matches, children, rootCount } = layOut(root, list, sources, canonicals);
  const { rootSlots, rootNodeBits, rootBits } = buildRootTable(root, rootCount);
  const nodeChars = new Uint16Array(nodes.buffer);
  return { profile: NORMALIZATION_PROFILE, entries: list, nodes, nodeChars, matches, rootSlots, rootNodeBits, rootBits, children, aliasCount, shortHeads: shortHeadsOf(root) };
}

/** Bits of the root filter (see CompiledGazetteer.rootBits). */
export const ROOT_BITS = 17;
/**
 * The filter's bit is the top ROOT_BITS bits of the key times this odd constant (2^32 / the
 * golden ratio): the key's low bits, which pick its slot in the table, spread badly over the
 * keys of a text, and a filter on them passed a fifth of the tokens that start no alias.
 */
export const ROOT_FILTER_MULTIPLIER = 0x9e3779b1;

/**
 * The tag of a root key in a slot whose low `nodeBits` bits hold the node: the key's top bits,
 * as many as fit (its low bits pick the slot).
 */
export function rootTagOf(key: number, nodeBits: number): number {
  return (key >>> (30 - Math.min(30, 32 - nodeBits))) << nodeBits;
}

/** Lays the root level out as an open-addressing table at most half full, with its bit filter. */
function buildRootTable(root: TrieLevel, rootCount: number): { rootSlots: Int32Array; rootNodeBits: number; rootBits: Uint32Array } {
  const rootBits = new Uint32Array(1 << (ROOT_BITS - 5));
  let size = 16;
  while (size < rootCount * 2) size *= 2;
  const mask = size - 1;
  const rootSlots = new Int32Array(size);
  // Root nodes come first in `nodes` (see layOut): their offsets are below every other node's.
  let largest = 0;
  for (const chain of root.values()) for (let node: BuildNode | undefined = chain; node; node = node.alt) largest = Math.max(largest, node.id + 1);
  let nodeBits = 1;
  while (largest >= 2 ** nodeBits) nodeBits++;
  for (const [key, chain] of root) {
    for (let node: BuildNode | undefined = chain; node; node = node.alt) {
      let i = key & mask;
      while (rootSlots[i] !== 0) i = (i + 1) & mask;
      rootSlots[i] = rootTagOf(key, nodeBits) | (node.id + 1);
    }
    const bit = Math.imul(key, ROOT_FILTER_MULTIPLIER) >>> (32 - ROOT_BITS);
    rootBits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return { rootSlots, rootNodeBits: nodeBits, rootBits };
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
 * Compiles the trie: numbers its nodes breadth first (the root level first), ranks every
 * node's hits once, and lays nodes, keys and levels out in a few shared typed arrays, so
 * matching neither sorts nor walks a Map and compiling allocates a handful of arrays.
 */
function layOut(
  root: TrieLevel,
  entries: readonly GazetteerEntry[],
  sources: readonly Readonly<EntitySource>[],
  canonicals: readonly Readonly<CanonicalName>[],
): { nodes: Int32Array; matches: unknown[]; children: Int32Array; rootCount: number } {
  const order: BuildNode[] = [];
  let size = 0;
  const visit = (level: TrieLevel) => {
    for (const chain of level.values()) {
      for (let node: BuildNode | undefined = chain; node; node = node.alt) {
        node.id = size;
        size += recordSize(node.key.length);
        order.push(node);
      }
    }
  };
  visit(root);
  const rootCount = order.length;
  // `order` grows while it is walked: every level is visited once, breadth first.
  for (let i = 0; i < order.length; i++) if (order[i]!.next) visit(order[i]!.next!);
  const nodes = new Int32Array(size);
  const chars = new Uint16Array(nodes.buffer);
  const matches: unknown[] = [];
  const children = new Int32Array((order.length - rootCount) * 2);
  let kid = 0;
  for (const node of order) {
    const f = node.id;
    nodes[f + NODE_KEY_LENGTH] = node.key.length;
    for (let i = 0, at = (f + NODE_FIELDS) * 2; i < node.key.length; i++) chars[at + i] = node.key.charCodeAt(i);
    nodes[f + NODE_MATCH] = -1;
    if (node.hits) {
      nodes[f + NODE_MATCH] = matches.length;
      const m = nodeMatch(node.hits, entries, sources, canonicals);
      // In the order of MATCH_LABEL…MATCH_WEAK.
      matches.push(m.label, m.id, m.source, m.canonical, m.ids, m.weak);
    }
    let count = 0;
    if (node.next) {
      nodes[f + NODE_KIDS] = kid;
      const keys = [...node.next.keys()].sort((a, b) => a - b);
      for (const k of keys) {
        for (let n: BuildNode | undefined = node.next.get(k); n; n = n.alt) {
          children[kid * 2] = k;
          children[kid * 2 + 1] = n.id;
          nodes[f + NODE_KID_BITS]! |= 1 << (Math.imul(k, ROOT_FILTER_MULTIPLIER) >>> 27);
          kid++;
          count++;
        }
      }
    }
    nodes[f + NODE_KID_COUNT_MATCH] = (count << 1) | (node.hits ? 1 : 0);
  }
  return { nodes, matches, children, rootCount };
}

/** The node for `key` in `level`, created when absent. */
function childOf(level: TrieLevel, key: string): BuildNode {
  const h = hashKey(hashString(key));
  let node = level.get(h);
  for (let n = node; n; n = n.alt) if (n.key === key) return n;
  const created: BuildNode = { key, next: undefined, hits: undefined, alt: node, id: 0 };
  level.set(h, created);
  return created;
}


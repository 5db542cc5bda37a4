// In-document linking, after overlap resolution:
// 1. abbreviations given in «» or () right after an organisation name take its identity,
//    and so do their later uses;
// 2. a person named in full once (by gazetteer or by a title rule) links every mention of
//    the family name alone (or of its last two names) in the document, which become PERS
//    even where no rule would catch them alone;
// 3. names no gazetteer knows get a document-local ID (`doc:N`) so their mentions group;
// 4. an ambiguous alias prefers a candidate that the document names unambiguously elsewhere.
// Every step is deterministic and linear in the number of tokens.

import type { Doc } from '../doc.js';
import { ALEF, BA, cliticReadings, FA, KAF, LAM, WA as WAW } from '../tokenize/clitics.js';
import { ARABIC, LATIN } from '../tokenize/char-class.js';
import type { Candidate, CanonicalName, Label } from '../types.js';
import { hashKey, hashString, prependHash } from '../tokenize/token-hash.js';

/** Labels that name things (and so get document-local IDs); numbers and dates do not. */
const NAME_LABELS: ReadonlySet<Label> = new Set(['PERS', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'PRODUCT', 'NORP', 'LAW', 'LANGUAGE', 'WEBSITE']);

/** Priority of mentions added by coreference: below every rule and the gazetteer. */
export const COREF_PRIORITY = 10;

/** Shortest family name that may be linked on its own (shorter ones are too ambiguous). */
const MIN_FAMILY_NAME = 3;
/** Longest known form (in tokens) looked for again in the document. */
const MAX_FORM_TOKENS = 4;

interface Identity {
  id: string | undefined;
  label: Label;
  canonical?: CanonicalName;
  /** Where the identity was first named (its key is the full name). */
  ref: string;
}

/** Options of {@link linkDocument}. */
export interface LinkOptions {
  /** Add family-name mentions and abbreviations (default true). */
  coreference?: boolean;
  /**
   * Normalized words that are also given or family names (علي, حسن, محمود, الدين): never
   * looked for again on their own, since most of their uses are the ordinary word.
   */
  ambiguousNames?: ReadonlySet<string>;
}

/** Parts after which the last token is a compound given name, not a family name (أبو عبد الله). */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(['\u0639\u0628\u062f', '\u0627\u0628\u0648', '\u0627\u0628\u064a', '\u0627\u0645']); // عبد ابو ابي ام
/** Parts that make a family name with the next token (بن لادن, آل نهيان). */
const FAMILY_HEADS: ReadonlySet<string> = new Set(['\u0628\u0646', '\u0627\u0628\u0646', '\u0627\u0644']); // بن ابن ال

/** The normalized token keys of a candidate, without its proclitics. */
function tokenKeys(doc: Doc, c: Candidate): string[] {
  const { starts, ends, count } = doc.tokens;
  const text = doc.norm.text;
  const keys: string[] = [];
  // Tokens are sorted: binary search the first token ending after c.start.
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= c.start) lo = mid + 1;
    else hi = mid;
  }
  for (let t = lo; t < count && starts[t]! < c.end; t++) {
    keys.push(text.slice(Math.max(starts[t]!, c.start), Math.min(ends[t]!, c.end)));
  }
  return keys;
}

/** Bits of the first-token filter (a power of two). */
const FILTER_BITS = 1 << 16;

/**
 * The bit set over the hashes of the first tokens of known forms (see firstTokenFilter). One
 * buffer serves every document: it is set before the scan and cleared after it (linking
 * never runs inside itself), so no document pays for allocating and zeroing 8 KB.
 */
const FILTER = new Uint8Array(FILTER_BITS >> 3);

/**
 * Sets the filter's bits for the first tokens of known forms: one bit test then rejects most
 * tokens of a text. Returns the keys to clear with clearFilter.
 */
function firstTokenFilter(hashes: Iterable<number>): number[] {
  const set: number[] = [];
  for (const h of hashes) {
    const k = h & (FILTER_BITS - 1);
    FILTER[k >> 3]! |= 1 << (k & 7);
    set.push(k);
  }
  return set;
}

function clearFilter(set: readonly number[]): void {
  for (const k of set) FILTER[k >> 3] = 0;
}

/**
 * True when token `t`, or one of its proclitic readings (see cliticReadings: و/ف, then ب/ل/ك,
 * and the article restored after لل), may start a known form. Only readings the token's
 * letters allow are tested. May say yes wrongly (hash collision), never no.
 */
function anyReadingIn(bits: Uint8Array, doc: Doc, t: number): boolean {
  const { hash, hash1, hash2, starts } = doc.tokens;
  if (bitSet(bits, hash[t]!)) return true;
  const text = doc.norm.text;
  const s = starts[t]!;
  const c0 = text.charCodeAt(s);
  const conj = c0 === WAW || c0 === FA;
  if (conj && bitSet(bits, hash1[t]!)) return true;
  for (let i = 0; i <= (conj ? 1 : 0); i++) {
    const c = text.charCodeAt(s + i);
    if (c !== BA && c !== LAM && c !== KAF) continue;
    const h = i === 0 ? hash1[t]! : hash2[t]!;
    if (bitSet(bits, h)) return true;
    if (c === LAM && text.charCodeAt(s + i + 1) === LAM && bitSet(bits, prependHash(ALEF, h))) return true;
  }
  return false;
}

function bitSet(bits: Uint8Array, h: number): boolean {
  const a = h & (FILTER_BITS - 1);
  return (bits[a >> 3]! & (1 << (a & 7))) !== 0;
}

/** The exact check behind the bit filter (still by hash: the strings are compared later). */
function anySuffixExact(keys: ReadonlySet<number>, doc: Doc, t: number): boolean {
  const { hash, hash1, hash2 } = doc.tokens;
  for (let i = 0; i < 3; i++) {
    const h = i === 0 ? hash[t]! : i === 1 ? hash1[t]! : hash2[t]!;
    if (keys.has(h & 0x3fffffff) || keys.has(prependHash(ALEF, h) & 0x3fffffff)) return true;
  }
  return false;
}


/** Two lists sorted by start merged into one (on equal starts, `a` first, as a stable sort). */
function mergeByStart(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/** The first word of a space-joined form. */
function firstWord(form: string): string {
  const sp = form.indexOf(' ');
  return sp < 0 ? form : form.slice(0, sp);
}

/** Letters of a spelled-out abbreviation part (`إف`, `بي`, `آي`, `أ`). */
const SPELLED_PART = 3;

/**
 * Whether the words in brackets or quotes after an organisation can be its abbreviation:
 * one word of two letters or more (`«فاو»`, `(ICSS)`), or spelled-out letters (`«إف بي آي»`,
 * `أ.ف.ب`). Quoted words after an organisation are often a quotation instead
 * (`الإدارة الأميركية " بالعمل علي عرقلة الحوار "`), or a lone conjunction between two
 * quoted names (`" و "`), which must not become mentions of it.
 */
function abbreviationShape(parts: readonly string[]): boolean {
  const words = parts.filter((p) => p !== '.');
  if (words.length === 1) return words[0]!.length >= 2;
  return words.every((w) => w.length <= SPELLED_PART);
}

const OPEN = new Set(['«', '(', '"', '“']);
const CLOSE = new Set(['»', ')', '"', '”']);

/**
 * Links mentions within one document. Takes resolved candidates (sorted, non-overlapping) and
 * returns them with IDs filled in, plus the mentions coreference adds, still sorted and
 * non-overlapping.
 */
export function linkDocument(doc: Doc, resolved: readonly Candidate[], options: LinkOptions = {}): Candidate[] {
  const coreference = options.coreference ?? true;
  // The candidates are this call's own: linking fills their IDs in place.
  const out = resolved as Candidate[];
  // Several steps need a candidate's token texts and their space-joined form, the key of
  // most look-ups: computed once each.
  const memo = new Map<Candidate, { keys: string[]; form: string }>();
  const textsOf = (c: Candidate): { keys: string[]; form: string } => {
    let m = memo.get(c);
    if (!m) {
      const keys = tokenKeys(doc, c);
      memo.set(c, (m = { keys, form: keys.join(' ') }));
    }
    return m;
  };
  const keysOf = (c: Candidate): string[] => textsOf(c).keys;
  const formOf = (c: Candidate): string => textsOf(c).form;
  const { starts, ends, kinds, count } = doc.tokens;
  const text = doc.norm.text;

  // Ambiguous aliases: prefer a candidate named unambiguously elsewhere in the document.
  const ambiguous = out.some((c) => c.candidates);
  const sure = new Set<string>();
  if (ambiguous) for (const c of out) if (c.id !== undefined && !c.candidates) sure.add(c.id);
  if (ambiguous) for (const c of out) {
    if (!c.candidates) continue;
    const pick = c.candidates.find((id) => sure.has(id));
    if (pick && pick !== c.id) {
      c.id = pick;
      c.candidates = [pick, ...c.candidates.filter((x) => x !== pick)];
      delete c.canonical; // the canonical names were the first candidate's
    }
  }

  const byKey = new Map<string, Identity>(); // partial form → identity
  const fullKeys = new Map<string, Identity>(); // full form → identity
  let localIds = 0;
  const identityOf = (c: Candidate, key: string): Identity => {
    const known = fullKeys.get(key) ?? byKey.get(key);
    if (known && known.label === c.label) return known;
    const id: Identity = { id: c.id, label: c.label, ref: key };
    if (c.canonical) id.canonical = c.canonical;
    fullKeys.set(key, id);
    return id;
  };

  const ambiguousNames = options.ambiguousNames;
  const alone = (key: string): boolean => key.length >= MIN_FAMILY_NAME && !ambiguousNames?.has(key);

  // Full names first, so that a family name seen before the full name still links.
  for (const c of out) {
    if (c.label !== 'PERS') continue;
    const keys = keysOf(c);
    if (keys.length < 2) continue;
    const ident = identityOf(c, formOf(c));
    const family = keys[keys.length - 1]!;
    const head = keys[keys.length - 2]!;
    // The last token after عبد or أبو is part of a given name (أبو عبد الله); after بن or آل
    // the family name is both tokens (بن لادن).
    if (!COMPOUND_HEADS.has(head) && !FAMILY_HEADS.has(head) && alone(family) && !byKey.has(family)) byKey.set(family, ident);
    if (keys.length >= 3 && !COMPOUND_HEADS.has(head)) {
      const lastTwo = keys.slice(-2).join(' ');
      if (!byKey.has(lastTwo)) byKey.set(lastTwo, ident);
    }
  }

  // Names a rule found once (after a trigger noun, in quotes) are names wherever they recur;
  // a person named by one word only is too often a misread word to be looked for again.
  for (const c of out) {
    if (c.source.kind !== 'pattern' || !NAME_LABELS.has(c.label) || c.label === 'NORP') continue;
    const keys = keysOf(c);
    if (keys.length > MAX_FORM_TOKENS || (keys.length === 1 && (c.label === 'PERS' || !alone(keys[0]!)))) continue;
    const key = formOf(c);
    if (!byKey.has(key)) byKey.set(key, identityOf(c, key));
  }

  // Abbreviations in «» or () right after an organisation: «إف بي آي» after مكتب التحقيقات الفيدرالي.
  const abbreviations = new Map<string, Identity>();
  if (coreference) {
    let t = 0;
    for (const c of out) {
      if (c.label !== 'ORG') continue;
      while (t < count && starts[t]! < c.end) t++;
      if (t >= count || !OPEN.has(text.slice(starts[t]!, ends[t]!))) continue;
      let u = t + 1;
      while (u < count && u - t <= 5 && (kinds[u] === ARABIC || kinds[u] === LATIN || text[starts[u]!] === '.')) u++;
      if (u === t + 1 || u >= count || !CLOSE.has(text.slice(starts[u]!, ends[u]!))) continue;
      const parts: string[] = [];
      for (let v = t + 1; v < u; v++) parts.push(text.slice(starts[v]!, ends[v]!));
      if (!abbreviationShape(parts)) continue;
      abbreviations.set(parts.join(' '), identityOf(c, formOf(c)));
    }
  }

  // Mentions of known partial forms and abbreviations that no stage found.
  const added: Candidate[] = [];
  if (coreference && (byKey.size > 0 || abbreviations.size > 0)) {
    // First tokens of every known form: most tokens are rejected by one look-up.
    const firsts = new Set<string>();
    for (const form of byKey.keys()) firsts.add(firstWord(form));
    for (const form of abbreviations.keys()) firsts.add(firstWord(form));
    // Hashes of those first tokens: a token whose suffixes all miss is skipped without allocating.
    const firstKeys = new Set([...firsts].map((f) => hashKey(hashString(f))));
    const filterSet = firstTokenFilter(firstKeys);
    const firstHashes = FILTER;
    let r = 0; // next resolved candidate that may cover token t
    for (let t = 0; t < count; t++) {
      const kind = kinds[t]!;
      if (kind !== ARABIC && kind !== LATIN) continue;
      const s = starts[t]!;
      while (r < out.length && out[r]!.end <= s) r++;
      if (r < out.length && out[r]!.start < ends[t]!) continue; // covered
      const nextFree = r < out.length ? out[r]!.start : Infinity;
      if (!anyReadingIn(firstHashes, doc, t) || !anySuffixExact(firstKeys, doc, t)) continue;
      const token = text.slice(s, ends[t]!);
      const readings = kind === ARABIC ? cliticReadings(token) : [{ prefix: 0, key: token }];
      for (const reading of readings) {
        if (!firsts.has(reading.key)) continue;
        // Longest form first: up to MAX_FORM_TOKENS tokens, none of them already covered.
        let ident: Identity | undefined;
        let last = t;
        let key = reading.key;
        const forms: Array<[string, number]> = [[key, t]];
        for (let u = t + 1; u < count && u - t < MAX_FORM_TOKENS && ends[u]! <= nextFree; u++) {
          key += ' ' + text.slice(starts[u]!, ends[u]!);
          forms.push([key, u]);
        }
        for (let f = forms.length - 1; f >= 0 && !ident; f--) {
          const [form, u] = forms[f]!;
          ident = byKey.get(form) ?? abbreviations.get(form);
          last = u;
        }
        if (!ident) continue;
        const c: Candidate = {
          start: s + reading.prefix,
          end: ends[last]!,
          label: ident.label,
          priority: COREF_PRIORITY,
          source: { kind: 'coref', ref: ident.ref },
        };
        if (ident.id !== undefined) c.id = ident.id;
        if (ident.canonical) c.canonical = ident.canonical;
        added.push(c);
        t = last;
        break;
      }
    }
    clearFilter(filterSet);
  }
  const all = added.length > 0 ? mergeByStart(out, added) : out;

  // Document-local IDs for names no gazetteer knows, shared by their partial mentions.
  const local = new Map<Identity | string, string>();
  for (const c of all) {
    if (c.id !== undefined || !NAME_LABELS.has(c.label)) continue;
    const key = formOf(c);
    const ident = c.source.kind === 'coref' ? fullKeys.get(c.source.ref) : byKey.get(key) ?? fullKeys.get(key);
    const groupKey: Identity | string = ident && ident.label === c.label ? ident : `${c.label}:${key}`;
    let id = local.get(groupKey);
    if (id === undefined) {
      id = `doc:${++localIds}`;
      local.set(groupKey, id);
    }
    c.id = id;
  }
  return all;
}

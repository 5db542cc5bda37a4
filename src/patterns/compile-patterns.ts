// Validates compiled rule data and turns it into immutable, indexed matchers.
// Every error happens here, at load time, naming the rule and the field: never mid-document.

import { KashfError } from '../errors.js';
import { NORMALIZATION_PROFILE } from '../normalize/normalize.js';
import { LABELS, type Label } from '../types.js';
import { hashKey, hashString } from '../tokenize/token-hash.js';
import { EXTEND_KINDS, type CompiledRule, type CompiledRules, type ExtendKind, type NameLists, type NameTokenData } from './compiled.js';
import { nameScanner, type NameScanner } from './name-scan.js';

/** A rule ready to run: its sticky RegExp and the labels of its groups. */
export interface RuntimeRule {
  readonly index: number;
  readonly id: string;
  readonly label: Label | null;
  readonly priority: number;
  readonly re: RegExp;
  /**
   * The same RegExp without group indices, run first where a match is the exception: a
   * failed `test` builds nothing, while every `exec` with indices builds them. Null when the
   * rule has no labelled groups (then `re` has no indices) or reads a name after a title,
   * which matches at nearly every trigger.
   */
  readonly probe: RegExp | null;
  readonly groups: readonly (Label | null)[];
  /** True when some group has a label (the RegExp then records group indices). */
  readonly labelled: boolean;
  /** A person name read after the match by the token scan. */
  readonly name: { readonly label: Label; readonly optional: boolean; readonly before: ReadonlySet<number> | null; readonly minTokens: number; readonly strict: boolean; readonly knownFirst: boolean; readonly addressee: boolean; readonly definite: boolean; readonly apposition: boolean } | null;
  /** The name after a trigger noun, read by the token scan and added to the match. */
  readonly extend: ExtendKind | null;
  /** Hash keys of the tokens that may follow a number where the rule matches (null: any). */
  readonly follows: ReadonlySet<number> | null;
  /**
   * True when the source starts with `(?<![^\n])`: the rule matches only at the start of a
   * line, which one code unit tells before the RegExp runs.
   */
  readonly lineStart: boolean;
  /**
   * True when the source starts with AFTER_DEFINITE (`(?<!(?:^|\s)(?:[وفبك]?ال|لل)[^\s]*\s+)`):
   * the rule never matches after a word with the article, which the first letters of the word
   * before tell without running the RegExp (it fails there at most runs).
   */
  readonly notAfterDefinite: boolean;
  /** A string the document must contain for the rule to run (null: none). */
  readonly needs: string | null;
  /** The match ends before a definite word that no adjective is after a definite word (CompiledRule.constructEnd). */
  readonly constructEnd: boolean;
  /** At a digit: bit n set when a digit token of length n may start a match (0: any length). */
  readonly digitLengths: number;
  /** At a digit: hash keys of the tokens that may come right after the digit token (null: any). */
  readonly digitNext: ReadonlySet<number> | null;
  /** The characters one of which stands before the number, spaces skipped (0x0a also for the text's start), or null. */
  readonly digitAfter: readonly number[] | null;
  /** At a digit: one of the `within` tokens before must be one of `words` (by hash key, any proclitic reading). */
  readonly behind: { readonly within: number; readonly words: ReadonlySet<number>; readonly filter: Uint32Array } | null;
  /** 0: run the RegExp; 1: the match is the trigger token; 2: the same, unless it starts with ال. */
  readonly triggerOnly: 0 | 1 | 2;
  /** At a word trigger: one of the next `within` tokens must be a digit, Latin, or one of `words`. */
  readonly ahead: { readonly within: number; readonly digit: boolean; readonly latin: boolean; readonly words: ReadonlySet<number> } | null;
  /** The frozen source every candidate of the rule shares (one object per rule, not per match). */
  readonly source: Readonly<{ kind: 'pattern'; ref: string }>;
}

/** A trigger word and the rules it triggers, filed under the word's hash key. */
export interface TriggerEntry {
  readonly word: string;
  readonly rules: readonly RuntimeRule[];
  /**
   * Per rule, the hash keys of the tokens that must come next when the word only starts the
   * rule's trigger phrases (ما of ما يقارب); null where the word alone triggers the rule.
   */
  readonly next: readonly (ReadonlySet<number> | null)[];
  /**
   * Per rule, the hash keys of the tokens one of which must come first after the word, past
   * any number (the rule's `nextWord` at this word); null where the rule has none here.
   */
  readonly past: readonly (ReadonlySet<number> | null)[];
  /** True when the word is part of a number in words: rules with `follows` check them here too. */
  readonly numeric: boolean;
}

/** Rules indexed by what triggers them. */
export interface RuleIndex {
  readonly rules: readonly RuntimeRule[];
  /** Hash key of a normalized first token → the trigger words with that key and their rules. */
  readonly triggers: TriggerTable;
  readonly onDigit: readonly RuntimeRule[];
  /**
   * Hash key of the token after a number → bit `r` set when `onDigit[r]` may match before it
   * (for the first DIGIT_BITS digit rules; rules without `follows` have no bits: they
   * always run).
   */
  readonly digitFollows: ReadonlyMap<number, number>;
  readonly onLatin: readonly RuntimeRule[];
  /** The rules with `needs`, checked once per document. */
  readonly needy: readonly RuntimeRule[];
  /** Hash keys of the tokens of numbers in words (see CompiledRules.numberTokens); empty when absent. */
  readonly numberTokens: ReadonlySet<number>;
  readonly nameTokens?: {
    readonly tokens: ReadonlySet<string>;
    readonly stopwords: ReadonlySet<string>;
    readonly given: ReadonlySet<string>;
    readonly wordGiven: ReadonlySet<string>;
    /** Rare name tokens, for the name scan only. */
    readonly rare: readonly string[];
    /** Name tokens spelt with ه only (see NameTokenData.haOnly). */
    readonly haOnly: readonly string[];
  };
  /** Present when some rule reads a name after its match. */
  readonly names?: NameScanner;
}

/**
 * Trigger words by hash key in an open-addressing table: a token that is no trigger (most
 * of them) costs one typed-array read, with no Map look-up. Slots hold a key (or -1 when
 * empty) and the trigger words with that key.
 */
export interface TriggerTable {
  readonly mask: number;
  readonly keys: Int32Array;
  readonly entries: readonly (readonly TriggerEntry[])[];
  /**
   * One bit per value of a key's low TRIGGER_BITS bits, set for every trigger: 2 KB that stay
   * in the fastest cache and turn most tokens away before the table is read.
   */
  readonly bits: Uint32Array;
}

/** Bits of the trigger filter (see TriggerTable.bits). */
const TRIGGER_BITS = 14;
const TRIGGER_MASK = (1 << TRIGGER_BITS) - 1;

function triggerTable(byHash: ReadonlyMap<number, readonly TriggerEntry[]>): TriggerTable {
  // At most a quarter of the slots are used: probe runs stay short.
  let size = 16;
  while (size < byHash.size * 4) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size).fill(-1);
  const entries: (readonly TriggerEntry[])[] = new Array(size).fill(NO_ENTRIES);
  for (const [key, list] of byHash) {
    let i = key & mask;
    while (keys[i] !== -1) i = (i + 1) & mask;
    keys[i] = key;
    entries[i] = list;
  }
  return { mask, keys, entries, bits: keyFilter(byHash.keys(), TRIGGER_BITS) };
}

const NO_ENTRIES: readonly TriggerEntry[] = Object.freeze([]);

/** The trigger words with hash key `key` (30 bits, never negative); empty when there are none. */
export function triggersOf(table: TriggerTable, key: number): readonly TriggerEntry[] {
  const b = key & TRIGGER_MASK;
  if ((table.bits[b >>> 5]! & (1 << (b & 31))) === 0) return NO_ENTRIES;
  const { mask, keys } = table;
  let i = key & mask;
  for (;;) {
    const k = keys[i]!;
    if (k === key) return table.entries[i]!;
    if (k === -1) return NO_ENTRIES;
    i = (i + 1) & mask;
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LABEL_SET: ReadonlySet<string> = new Set(LABELS);

function invalid(id: string, field: string, message: string, value?: unknown): KashfError {
  return new KashfError('KASHF_INVALID_RULE', `kashf: pattern rule "${id}": ${field} ${message}`, {
    location: { field },
    value,
  });
}

function checkRule(rule: CompiledRule, seen: Set<string>): void {
  const id = typeof rule?.id === 'string' ? rule.id : String(rule?.id);
  if (typeof rule?.id !== 'string' || !ID.test(rule.id)) throw invalid(id, 'id', 'must be a kebab-case slug', rule?.id);
  if (seen.has(id)) throw invalid(id, 'id', 'is not unique', id);
  seen.add(id);
  if (rule.label !== null && !LABEL_SET.has(rule.label)) throw invalid(id, 'label', 'must be one of the 21 labels or null', rule.label);
  if (typeof rule.priority !== 'number' || !Number.isFinite(rule.priority)) throw invalid(id, 'priority', 'must be a finite number', rule.priority);
  if (typeof rule.source !== 'string' || rule.source.length === 0) throw invalid(id, 'source', 'must be a non-empty RegExp source', rule.source);
  if (!Array.isArray(rule.groups)) throw invalid(id, 'groups', 'must be an array', rule.groups);
  for (const g of rule.groups) {
    if (g !== null && !LABEL_SET.has(g)) throw invalid(id, 'groups', 'names an unknown label', g);
  }
  if (rule.name !== undefined && (typeof rule.name !== 'object' || rule.name === null || !LABEL_SET.has(rule.name.label) || typeof rule.name.optional !== 'boolean')) {
    throw invalid(id, 'name', 'must be { label, optional } with one of the 21 labels', rule.name);
  }
  if (rule.name?.before !== undefined && (!Array.isArray(rule.name.before) || !rule.name.before.every((w) => typeof w === 'string' && w.length > 0))) {
    throw invalid(id, 'name.before', 'must be an array of non-empty strings', rule.name.before);
  }
  if (rule.name?.minTokens !== undefined && !(Number.isInteger(rule.name.minTokens) && rule.name.minTokens >= 1 && rule.name.minTokens <= 4)) {
    throw invalid(id, 'name.minTokens', 'must be an integer from 1 to 4', rule.name.minTokens);
  }
  if (rule.name?.strict !== undefined && typeof rule.name.strict !== 'boolean') throw invalid(id, 'name.strict', 'must be a boolean', rule.name.strict);
  if (rule.name?.knownFirst !== undefined && typeof rule.name.knownFirst !== 'boolean') throw invalid(id, 'name.knownFirst', 'must be a boolean', rule.name.knownFirst);
  if (rule.name?.addressee !== undefined && typeof rule.name.addressee !== 'boolean') throw invalid(id, 'name.addressee', 'must be a boolean', rule.name.addressee);
  if (rule.name?.apposition !== undefined && typeof rule.name.apposition !== 'boolean') throw invalid(id, 'name.apposition', 'must be a boolean', rule.name.apposition);
  if (rule.name?.definite !== undefined && typeof rule.name.definite !== 'boolean') throw invalid(id, 'name.definite', 'must be a boolean', rule.name.definite);
  if (rule.extend !== undefined && (!(EXTEND_KINDS as readonly string[]).includes(rule.extend) || rule.label === null || rule.groups.some((g) => g !== null))) {
    throw invalid(id, 'extend', `must be one of ${EXTEND_KINDS.join(', ')}, in a labelled rule without labelled groups`, rule.extend);
  }
  if (rule.follows !== undefined && (!Array.isArray(rule.follows) || !rule.follows.every((w) => typeof w === 'string' && w.length > 0))) {
    throw invalid(id, 'follows', 'must be an array of non-empty strings', rule.follows);
  }
  const words = (v: unknown) => Array.isArray(v) && v.every((w) => typeof w === 'string' && w.length > 0);
  if (rule.triggerNext !== undefined && (typeof rule.triggerNext !== 'object' || rule.triggerNext === null || !Object.values(rule.triggerNext).every(words))) {
    throw invalid(id, 'triggerNext', 'must map trigger words to arrays of non-empty strings', rule.triggerNext);
  }
  if (rule.constructEnd !== undefined && (rule.constructEnd !== true || !rule.groups.some((g) => g !== null))) throw invalid(id, 'constructEnd', 'must be true, on a rule with labelled groups', rule.constructEnd);
  if (rule.needs !== undefined && (typeof rule.needs !== 'string' || rule.needs.length === 0)) throw invalid(id, 'needs', 'must be a non-empty string', rule.needs);
  if (rule.atDigit !== undefined) {
    const a = rule.atDigit;
    const ok =
      typeof a === 'object' &&
      a !== null &&
      (a.lengths === undefined || (Array.isArray(a.lengths) && a.lengths.every((n) => Number.isInteger(n) && n > 0 && n < 31))) &&
      (a.next === undefined || words(a.next)) &&
      (a.after === undefined || (Array.isArray(a.after) && a.after.length > 0 && a.after.every((c) => typeof c === 'string' && c.length === 1)));
    if (!ok || !rule.classes?.includes('digit')) throw invalid(id, 'atDigit', 'must be { lengths?: 1–30, next?: words, after?: characters } on a rule triggered by digits', a);
  }
  if (rule.behind !== undefined) {
    const b = rule.behind;
    if (typeof b !== 'object' || b === null || !Number.isInteger(b.within) || b.within < 1 || b.within > 30 || !words(b.words) || !rule.classes?.includes('digit')) {
      throw invalid(id, 'behind', 'must be { within: 1–30, words: non-empty strings } on a rule triggered by digits', b);
    }
  }
  if (rule.triggerOnly !== undefined && ((rule.triggerOnly !== 'word' && rule.triggerOnly !== 'noArticle') || rule.groups.some((g) => g !== null))) {
    throw invalid(id, 'triggerOnly', 'must be "word" or "noArticle", on a rule without labelled groups', rule.triggerOnly);
  }
  if (rule.ahead !== undefined) {
    const a = rule.ahead;
    if (typeof a !== 'object' || a === null || !Number.isInteger(a.within) || a.within < 1 || a.within > 30 || !words(a.tokens)) {
      throw invalid(id, 'ahead', 'must be { within: 1–30, tokens: non-empty strings }', a);
    }
  }
  if (rule.nextWord !== undefined) {
    const n = rule.nextWord;
    if (typeof n !== 'object' || n === null || !words(n.at) || !words(n.tokens) || !n.at.every((w) => rule.triggers.includes(w))) {
      throw invalid(id, 'nextWord', 'must be { at: trigger words of the rule, tokens: non-empty strings }', n);
    }
  }
  if (rule.label === null && !rule.name && !rule.groups.some((g) => g !== null)) {
    throw invalid(id, 'groups', 'must label at least one group when the rule has no label', rule.groups);
  }
  if (!Array.isArray(rule.triggers) || !rule.triggers.every((t) => typeof t === 'string' && t.length > 0)) {
    throw invalid(id, 'triggers', 'must be an array of non-empty strings', rule.triggers);
  }
  if (!Array.isArray(rule.classes) || !rule.classes.every((c) => c === 'digit' || c === 'latin')) {
    throw invalid(id, 'classes', 'must list only "digit" or "latin"', rule.classes);
  }
  if (rule.triggers.length === 0 && rule.classes.length === 0) throw invalid(id, 'triggers', 'must not be empty: a rule needs a trigger', []);
}

/** Hash keys of words. */
function keySet(words: readonly string[]): ReadonlySet<number> {
  return new Set(words.map((w) => hashKey(hashString(w))));
}

/** Bits of the `behind` gate's key filter (see keyFilter). */
export const KEY_FILTER_BITS = 10;

/**
 * One bit per value of a key's low `bits` bits, set for each of `keys`: a check that looks at
 * many tokens (the trigger table, the `behind` gate) turns most of them away with one read
 * instead of a table or Set look-up.
 */
function keyFilter(keys: Iterable<number>, bits: number): Uint32Array {
  const filter = new Uint32Array(1 << (bits - 5));
  const mask = (1 << bits) - 1;
  for (const k of keys) filter[(k & mask) >>> 5]! |= 1 << (k & 31);
  return filter;
}

/** The `behind` gate at run time: the words' hash keys, and a filter in front of them. */
function behindGate(behind: NonNullable<CompiledRule['behind']>): NonNullable<RuntimeRule['behind']> {
  const words = keySet(behind.words);
  return Object.freeze({ within: behind.within, words, filter: keyFilter(words, KEY_FILTER_BITS) });
}

/** Digit rules whose `follows` are also kept as bits of `digitFollows` (the rest use their Set). */
export const DIGIT_BITS = 30;

const LINE_START = '(?<![^\\n])';
const AFTER_DEFINITE = '(?<!(?:^|\\s)(?:[\u0648\u0641\u0628\u0643]?\u0627\u0644|\u0644\u0644)[^\\s]*\\s+)'; // [وفبك]?ال|لل

/** True when a RegExp source has a `|` outside every group and character class. */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

const FRAGMENT = /\{\{@(\w+)\}\}/g;

/** Expands `{{@name}}` references to shared fragments. */
function expandSource(rule: CompiledRule, fragments: Readonly<Record<string, string>>): string {
  return rule.source.replace(FRAGMENT, (_, name: string) => {
    const f = fragments[name];
    if (typeof f !== 'string') throw invalid(rule.id, 'source', `refers to unknown fragment {{@${name}}}`, name);
    return f;
  });
}

function toRegExp(rule: CompiledRule, source: string): RegExp {
  let re: RegExp;
  // Group indices cost an allocation per match: only rules with labelled groups ask for them.
  const flags = rule.groups.some((g) => g !== null) ? 'dy' : 'y';
  try {
    re = new RegExp(source, flags);
  } catch (err) {
    throw invalid(rule.id, 'source', `is not a valid RegExp: ${(err as Error).message}`, rule.source);
  }
  // A rule that matches nothing at all would "find" empty entities everywhere.
  if (new RegExp(`^(?:${source})$`).test('')) {
    throw invalid(rule.id, 'source', 'can match the empty string', rule.source);
  }
  // Capture groups are counted by running the source against nothing: `(?:re)|` always matches.
  const groupCount = (new RegExp(`(?:${source})|`).exec('') as RegExpExecArray).length - 1;
  if (groupCount !== rule.groups.length - 1) {
    throw invalid(rule.id, 'groups', `has ${rule.groups.length - 1} entries for ${groupCount} capture groups`, rule.groups);
  }
  return re;
}

function checkNameTokens(data: NameTokenData): NonNullable<RuleIndex['nameTokens']> {
  for (const field of ['tokens', 'stopwords'] as const) {
    if (!Array.isArray(data[field]) || !data[field].every((w) => typeof w === 'string')) {
      throw invalid('pers-name-tokens', `nameTokens.${field}`, 'must be an array of strings', data[field]);
    }
  }
  for (const field of ['given', 'wordGiven', 'rare', 'haOnly'] as const) {
    const words = data[field];
    if (words !== undefined && (!Array.isArray(words) || !words.every((w) => typeof w === 'string'))) {
      throw invalid('pers-name-tokens', `nameTokens.${field}`, 'must be an array of strings when present', words);
    }
  }
  return { tokens: new Set(data.tokens), stopwords: new Set(data.stopwords), given: new Set(data.given ?? []), wordGiven: new Set(data.wordGiven ?? []), rare: data.rare ?? [], haOnly: data.haOnly ?? [] };
}

function checkNameLists(data: NameLists): NameLists {
  for (const field of ['common', 'bound', 'notStart', 'notToken', 'waName', 'prefix', 'stop', 'notDef', 'numberWord', 'generic', 'modifier', 'nationality', 'orgCommon'] as const) {
    if (!Array.isArray(data?.[field]) || !data[field].every((w) => typeof w === 'string')) {
      throw new KashfError('KASHF_INVALID_RULE', `kashf: compiled patterns: nameLists.${field} must be an array of strings`, { location: { field: `nameLists.${field}` } });
    }
  }
  if (data.personNoun !== undefined && (!Array.isArray(data.personNoun) || !data.personNoun.every((w) => typeof w === 'string'))) {
    throw new KashfError('KASHF_INVALID_RULE', 'kashf: compiled patterns: nameLists.personNoun must be an array of strings', { location: { field: 'nameLists.personNoun' } });
  }
  return data;
}

/** Validates compiled rules and indexes them by trigger. Throws `KASHF_INVALID_RULE`. */
export function indexRules(compiled: CompiledRules): RuleIndex {
  if (!compiled || !Array.isArray(compiled.rules)) {
    throw new KashfError('KASHF_INVALID_RULE', 'kashf: compiled patterns must have a "rules" array', { location: { field: 'rules' } });
  }
  // Trigger words and literals only match text normalized the same way.
  if (compiled.profile !== NORMALIZATION_PROFILE) {
    throw new KashfError('KASHF_INVALID_RULE', `kashf: compiled patterns use normalization profile "${compiled.profile}", expected "${NORMALIZATION_PROFILE}"`, {
      location: { field: 'profile' },
      value: compiled.profile,
    });
  }
  const fragments = compiled.fragments ?? {};
  const seen = new Set<string>();
  const rules: RuntimeRule[] = [];
  const byWord = new Map<string, { rules: RuntimeRule[]; next: (ReadonlySet<number> | null)[]; past: (ReadonlySet<number> | null)[] }>();
  if (compiled.rules.some((r) => r?.name || r?.extend) && !compiled.nameLists) {
    throw new KashfError('KASHF_INVALID_RULE', 'kashf: compiled patterns read names but have no "nameLists"', { location: { field: 'nameLists' } });
  }
  const onDigit: RuntimeRule[] = [];
  const onLatin: RuntimeRule[] = [];
  compiled.rules.forEach((rule, index) => {
    checkRule(rule, seen);
    const re = toRegExp(rule, expandSource(rule, fragments));
    const rt: RuntimeRule = Object.freeze({
      index,
      id: rule.id,
      label: rule.label,
      priority: rule.priority,
      re,
      probe: re.hasIndices && !rule.name ? new RegExp(re.source, 'y') : null,
      groups: Object.freeze(rule.groups.slice()),
      labelled: rule.groups.some((g) => g !== null),
      name: rule.name
        ? Object.freeze({ label: rule.name.label, optional: rule.name.optional, before: rule.name.before ? new Set(rule.name.before.map((w) => hashKey(hashString(w)))) : null, minTokens: rule.name.minTokens ?? 1, strict: rule.name.strict === true, knownFirst: rule.name.knownFirst === true, addressee: rule.name.addressee === true, definite: rule.name.definite === true, apposition: rule.name.apposition === true })
        : null,
      extend: rule.extend ?? null,
      follows: rule.follows ? new Set(rule.follows.map((w) => hashKey(hashString(w)))) : null,
      lineStart: rule.source.startsWith(LINE_START) && !hasTopLevelAlternative(rule.source),
      notAfterDefinite: rule.source.startsWith(AFTER_DEFINITE) && !hasTopLevelAlternative(rule.source),
      needs: rule.needs ?? null,
      constructEnd: rule.constructEnd === true,
      digitLengths: (rule.atDigit?.lengths ?? []).reduce((bits, n) => bits | (1 << n), 0),
      digitNext: rule.atDigit?.next ? keySet(rule.atDigit.next) : null,
      digitAfter: rule.atDigit?.after ? rule.atDigit.after.map((c) => c.charCodeAt(0)) : null,
      behind: rule.behind ? behindGate(rule.behind) : null,
      triggerOnly: rule.triggerOnly === 'word' ? 1 : rule.triggerOnly === 'noArticle' ? 2 : 0,
      ahead: rule.ahead
        ? Object.freeze({
            within: rule.ahead.within,
            digit: rule.ahead.tokens.includes('#digit'),
            latin: rule.ahead.tokens.includes('#latin'),
            words: keySet(rule.ahead.tokens.filter((t) => t !== '#digit' && t !== '#latin')),
          })
        : null,
      source: Object.freeze({ kind: 'pattern' as const, ref: rule.id }),
    });
    rules.push(rt);
    const past = rule.nextWord ? keySet(rule.nextWord.tokens) : null;
    const pastAt = new Set(rule.nextWord?.at ?? []);
    for (const t of new Set(rule.triggers)) {
      let list = byWord.get(t);
      if (!list) byWord.set(t, (list = { rules: [], next: [], past: [] }));
      list.rules.push(rt);
      const then = rule.triggerNext?.[t];
      list.next.push(then ? keySet(then) : null);
      list.past.push(pastAt.has(t) ? past : null);
    }
    if (rule.classes.includes('digit')) onDigit.push(rt);
    if (rule.classes.includes('latin')) onLatin.push(rt);
  });
  const byHash = new Map<number, TriggerEntry[]>();
  if (compiled.numberTokens !== undefined && !(Array.isArray(compiled.numberTokens) && compiled.numberTokens.every((w) => typeof w === 'string' && w.length > 0))) {
    throw new KashfError('KASHF_INVALID_RULE', 'kashf: compiled patterns: "numberTokens" must be an array of non-empty strings', { location: { field: 'numberTokens' } });
  }
  const numberTokens = keySet(compiled.numberTokens ?? []);
  for (const [word, { rules: list, next, past }] of byWord) {
    const key = hashKey(hashString(word));
    const entry: TriggerEntry = { word, rules: list, next, past, numeric: numberTokens.has(key) };
    const entries = byHash.get(key);
    if (entries) entries.push(entry);
    else byHash.set(key, [entry]);
  }
  const digitFollows = new Map<number, number>();
  onDigit.forEach((rule, r) => {
    if (r < DIGIT_BITS) for (const key of rule.follows ?? []) digitFollows.set(key, (digitFollows.get(key) ?? 0) | (1 << r));
  });
  const needy = rules.filter((r) => r.needs !== null);
  let index: RuleIndex = { rules, triggers: triggerTable(byHash), onDigit, digitFollows, onLatin, needy, numberTokens };
  if (compiled.nameTokens) index = { ...index, nameTokens: checkNameTokens(compiled.nameTokens) };
  if (compiled.nameLists) {
    // The name scan trusts the rare name tokens too (see NameTokenData.rare).
    const tokens = index.nameTokens;
    index = { ...index, names: nameScanner(checkNameLists(compiled.nameLists), tokens?.tokens ?? null, tokens?.rare) };
  }
  return index;
}

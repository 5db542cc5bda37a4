// Composes the pattern rules in patterns/ into native RegExp sources and writes
// src/data/patterns.json. Word lists come from patterns/lexicon.json, patterns/stopwords.json
// and CLDR (month, weekday, currency and unit names); every literal is normalized with the
// same profile the matcher uses. xregexp is used here only: the runtime loads plain sources.
//
// Usage: npx tsx scripts/build-patterns.ts

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import XRegExp from 'xregexp';
import { normalizeKey, NORMALIZATION_PROFILE } from '../src/normalize/normalize.js';
import { tokenize } from '../src/tokenize/tokenize.js';
import { EXTEND_KINDS, type CompiledRule, type CompiledRules, type ExtendKind, type NameLists, type NameTokenData, type TriggerClass } from '../src/patterns/compiled.js';
import { LABELS, type Label } from '../src/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PATTERNS = join(ROOT, 'patterns');
const CLDR_MAIN = (pkg: string) => join(ROOT, 'node_modules', pkg, 'main');

/** Locales whose Gregorian month names are collected: Egyptian/Gulf, Levantine/Iraqi, Maghrebi. */
const MONTH_LOCALES = ['ar', 'ar-EG', 'ar-SA', 'ar-SY', 'ar-LB', 'ar-IQ', 'ar-JO', 'ar-PS', 'ar-DZ', 'ar-MA', 'ar-TN'];

/** A rule as written in patterns/*.jsonl. */
export interface RuleSource {
  id: string;
  label: Label | null;
  priority: number;
  pattern: string;
  /** Trigger words, `{{list}}` (every word of a list) or `#digit` / `#latin`. */
  triggers: string[];
  /**
   * A person name read after the match by the token scan (src/patterns/name-scan.ts); with
   * `before`, the name counts only where one of these words or `{{list}}`s comes right after it;
   * with `minTokens`, only a name of at least that many tokens counts; with `strict`, the name
   * stops before an unknown token that is seldom a family name; with `addressee`, a word with
   * the preposition ل glued to it after the name counts as one of the `before` words; with
   * `definite`, a family name with the article alone counts too; with `apposition`, a name
   * set off by commas counts where none follows the match directly.
   */
  name?: { label: Label; optional: boolean; before?: string[]; minTokens?: number; strict?: boolean; knownFirst?: boolean; addressee?: boolean; definite?: boolean; apposition?: boolean };
  /** The name after a trigger noun, read by the token scan and added to the match. */
  extend?: ExtendKind;
  /**
   * At a number, what must come next for the rule to match: words or `{{list}}`. The rule is
   * not run at numbers followed by anything else (most numbers are years and counts).
   */
  follows?: string[];
  /** A character the document must contain for the rule to run at all (`@` for e-mail). */
  needs?: string;
  /**
   * The match ends before a definite word that follows a definite word after the construct's
   * head and is no adjective (see constructEnd in compiled.ts).
   */
  constructEnd?: boolean;
  /**
   * At a digit trigger, what the digit token must look like before the RegExp runs: its
   * length, or the token right after it. Cheap checks that the RegExp would make anyway.
   */
  atDigit?: { lengths?: number[]; next?: string[]; after?: string[] };
  /**
   * At a word trigger, one of the next `within` tokens must be one of `tokens` (`#digit`,
   * `#latin` or words) for the rule to run: a date needs its digits, a quoted name its «.
   */
  ahead?: { within: number; tokens: string[] };
  /**
   * At the trigger words of `at` (lists or words), the first token after the trigger that is
   * no part of a number must be one of `tokens`: a period noun needs its adjective.
   */
  nextWord?: { at: string[]; tokens: string[] };
  /**
   * At a digit trigger, one of the `within` tokens before the number must be one of `words`,
   * whole or after one or two proclitic letters: an ordinal index needs its noun (رقم, بالمادة).
   */
  behind?: { within: number; words: string[] };
  examples: { match: string[]; noMatch: string[] };
  /** File and line, for error messages. */
  file?: string;
  line?: number;
}

const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

// ---------------------------------------------------------------- word lists

function cldrMonths(): string[] {
  const out: string[] = [];
  for (const loc of MONTH_LOCALES) {
    const path = join(CLDR_MAIN('cldr-dates-full'), loc, 'ca-gregorian.json');
    if (!existsSync(path)) continue;
    const months = readJson(path).main[loc].dates.calendars.gregorian.months;
    for (const ctx of ['format', 'stand-alone']) {
      for (const width of ['wide', 'abbreviated']) out.push(...Object.values<string>(months[ctx]?.[width] ?? {}));
    }
  }
  return out;
}

function cldrWeekdays(): string[] {
  const days = readJson(join(CLDR_MAIN('cldr-dates-full'), 'ar', 'ca-gregorian.json')).main.ar.dates.calendars.gregorian.days;
  return [...Object.values<string>(days.format.wide), ...Object.values<string>(days['stand-alone'].wide)];
}

/** Currency display names (all plural forms) and symbols that are not bare Latin codes. */
function cldrCurrencies(): { names: string[]; symbols: string[] } {
  const cur = readJson(join(CLDR_MAIN('cldr-numbers-full'), 'ar', 'currencies.json')).main.ar.numbers.currencies;
  const names: string[] = [];
  const symbols: string[] = [];
  for (const entry of Object.values<Record<string, string>>(cur)) {
    for (const [k, v] of Object.entries(entry)) {
      if (k.startsWith('displayName')) names.push(v);
      else if (k.startsWith('symbol') && !/^[A-Za-z]+$/.test(v) && !/^[A-Za-z]{1,3}\$?$/.test(v) && v.length <= 6) symbols.push(v);
    }
  }
  return { names, symbols };
}

/** Unit names in every plural form; durations are dates and times, not quantities. */
function cldrUnits(): string[] {
  const units = readJson(join(CLDR_MAIN('cldr-units-full'), 'ar', 'units.json')).main.ar.units.long;
  const out: string[] = [];
  for (const [key, entry] of Object.entries<Record<string, string>>(units)) {
    if (!/^(length|area|volume|mass|energy|power|speed|temperature|digital|pressure|frequency|electric|force)-/.test(key)) continue;
    // A typographic point (نقطة) and a generic degree are ordinary words far more often than units.
    if (key === 'temperature-generic' || key === 'length-point') continue;
    for (const [k, v] of Object.entries(entry)) {
      if (k === 'displayName' || k.startsWith('unitPattern-count')) out.push(v.replace('{0}', '').trim());
    }
  }
  return out;
}

/** Nationality adjectives with the article and in the feminine (روسي → الروسي, الروسية). */
function expandNationalities(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const [head, ...rest] = w.split(' ');
    const tail = rest.length ? ' ' + rest.join(' ') : '';
    const restAl = rest.map((r) => 'ال' + r).join(' ');
    for (const form of [head!, head + 'ة']) {
      out.push(form + tail, 'ال' + form + (rest.length ? ' ' + restAl : ''));
    }
    if (rest.length) out.push(head + 'ة ' + rest.map((r) => r + 'ة').join(' '), 'ال' + head + 'ة ' + rest.map((r) => 'ال' + r + 'ة').join(' '));
  }
  return out;
}

/** Every named word list, normalized, deduplicated, longest first. */
export function loadWordLists(): Map<string, string[]> {
  const lex = readJson(join(PATTERNS, 'lexicon.json'));
  const stop = readJson(join(PATTERNS, 'stopwords.json'));
  const cldrCur = cldrCurrencies();
  const raw: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(lex)) if (Array.isArray(v)) raw[k] = v as string[];
  const months = [...cldrMonths(), ...lex.monthExtra];
  const ambiguous = new Set((lex.monthNeedsContext as string[]).map(normalizeKey));
  raw.month = months;
  raw.monthSafe = months.filter((m) => !ambiguous.has(normalizeKey(m)));
  raw.weekday = [...cldrWeekdays(), ...lex.weekdayExtra];
  raw.currency = [...cldrCur.names, ...lex.currencyExtra, ...cldrCur.symbols, ...lex.currencySymbol];
  raw.unitName = [...cldrUnits(), ...lex.unitExtra];
  raw.nationality = expandNationalities(lex.nationality);
  const bound = new Set((lex.titleNeedsComplement as string[]).map(normalizeKey));
  raw.titleFree = (lex.titleHead as string[]).filter((t) => !bound.has(normalizeKey(t)));
  raw.titleBound = lex.titleNeedsComplement;
  // A place noun with the article names its place already (`رئيس وزراء الإقليم`): no name of
  // a place follows it in a title, so a name there is the holder's. The capital is the
  // exception, in apposition to its city's name (`محافظ العاصمة بغداد`).
  raw.locTriggerGpeDefinite = (lex.locTriggerGpe as string[]).filter((w) => w.startsWith('ال') && w !== 'العاصمة');
  // Indefinite occupations also appear in the accusative (عمل موظفاً، انتخب عضواً).
  raw.occupation = (lex.occupation as string[]).flatMap((w) => (/^ال|[ةه ]|ي$/.test(w) ? [w] : [w, w + 'ا']));
  const stopLists = Object.entries(stop).filter(([k]) => !k.startsWith('$')) as [string, string[]][];
  raw.stopword = stopLists.flatMap(([, v]) => v);
  // Without the adverbs and adjectives of how often: what {{nameStart}} turns away (see the
  // comment in stopwords.json).
  raw.stopwordCore = stopLists.filter(([k]) => k !== 'adverbs' && k !== 'periodic').flatMap(([, v]) => v);
  // What {{nameStart}} leaves out, for a rule that reads a name after it and needs them out too.
  raw.stopwordRest = [...(stop.adverbs as string[]), ...(stop.periodic as string[])];
  // Role nouns in apposition after a name (`وقال X مدرب …`), also a list of their own.
  raw.role = stop.roles as string[];
  // A title's complement in the construct state before a country (`وزير خارجية إسرائيل`,
  // `رئيس وزراء بريطانيا`): the one-word complements without their article.
  raw.titleComplementBare = (lex.titleComplement as string[]).filter((w) => w.startsWith('ال') && !w.includes(' ')).map((w) => w.slice(2));
  // Country names as the gazetteer writes them (names and aliases, not weak ones): a title
  // that names its country (`سفير اليابان`) is followed by its holder's name.
  raw.countryName = countryNames();
  const lists = new Map<string, string[]>();
  for (const [name, words] of Object.entries(raw)) {
    const norm = [...new Set(words.map(normalizeKey).filter((w) => w.length > 0))];
    norm.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    lists.set(name, norm);
  }
  return lists;
}

// ---------------------------------------------------------------- composition

const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&').replace(/ /g, '[^\\S\\n]+');

/** The article ال, normalized. */
const ARTICLE = '\u0627\u0644';

const BOUNDARY = '(?![0-9a-z\u00c0-\u024f\u0621-\u064a\u066e-\u06d3])';

/**
 * Writes `\\uXXXX` escapes of non-ASCII characters as the characters themselves, and drops
 * the group XRegExp puts around a whitespace run when no quantifier follows. Why it matters:
 * V8 skips its optimizations (quick checks of alternatives) for a RegExp whose source is longer
 * than 20 KB, which makes the largest rules several times slower per run; an escape is six
 * characters for one.
 */
export function compactSource(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const u = /^u([0-9a-fA-F]{4})/.exec(src.slice(i + 1, i + 6));
      const code = u ? parseInt(u[1]!, 16) : 0;
      if (u && code >= 0x80 && !(code >= 0xd800 && code <= 0xdfff)) {
        out += String.fromCharCode(code);
        i += 5;
      } else {
        out += c + (src[i + 1] ?? '');
        i++;
      }
      continue;
    }
    out += c;
  }
  return out.replace(/\(\?:(\[\^\\S\\n\][+*])\)(?![?*+{])/g, '$1');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** A word ends here. */
  end: boolean;
}

const escapeChar = (c: string): string => (c === ' ' ? '[^\\S\\n]+' : /[.*+?^${}()|[\]\\/-]/.test(c) ? '\\' + c : c);
const isWordChar = (c: string): boolean => /[0-9a-z\u0621-\u064a]/.test(c);

export function trie(words: string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const w of words) {
    let node = root;
    for (const c of w) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alts = [...node.next.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, child]) => escapeChar(c) + emit(child));
    // Shorter source for the same language: [ab] for (?:a|b), a? for (?:a|), see compactSource.
    if (alts.length === 0) return '';
    const single = alts.every((a) => a.length === 1 && /[\u0621-\u064a0-9a-z]/.test(a));
    if (node.end) {
      if (alts.length === 1 && single) return `${alts[0]}?`;
      if (single) return `[${alts.join('')}]?`;
      alts.push('');
    } else if (alts.length > 1 && single) return `[${alts.join('')}]`;
    if (alts.length === 1) return alts[0]!;
    return `(?:${alts.join('|')})`;
  };
  return emit(root);
}

/**
 * A word list as a prefix-factored alternation (a trie), so the engine branches on each
 * character instead of trying every word in turn. Longer words are tried first; words that
 * end in a letter or digit must end a word of the text (the engine backs off to a shorter
 * word when they do not, at most the length of one word).
 */
export function listSource(words: string[]): string {
  const wordy = words.filter((w) => isWordChar(w[w.length - 1]!));
  const other = words.filter((w) => !isWordChar(w[w.length - 1]!));
  const parts: string[] = [];
  if (wordy.length) parts.push(`(?:${articleFactored(wordy)})${BOUNDARY}`);
  if (other.length) parts.push(trie(other));
  return parts.length ? parts.join('|') : '(?!)';
}

/**
 * The trie of words that a word boundary follows, with the article factored out where the list
 * holds words both with and without it (مصري, المصري): `(?:ال)?` before one trie of the bare
 * words, then the words without such a pair. The words match as in one trie, longest first:
 * words of several tokens are tried first, and any other match ends where its token ends,
 * whichever path reads it. Lists of nationalities are half as long so, and the title rule
 * that reads them stays under V8's size limit (see compactSource).
 */
function articleFactored(words: string[]): string {
  // Words of several tokens (or with a mark inside: ر.س) come first, as the longest; every
  // other match ends with its token.
  const whole = (w: string): boolean => [...w].every(isWordChar);
  const multi = words.filter((w) => !whole(w));
  const single = words.filter(whole);
  const all = new Set(single);
  const paired = single.filter((w) => all.has(ARTICLE + w));
  if (paired.length < 2) return trie(words);
  const covered = new Set([...paired, ...paired.map((w) => ARTICLE + w)]);
  const rest = single.filter((w) => !covered.has(w));
  const factored = [multi.length ? trie(multi) : '', `(?:${ARTICLE})?(?:${trie(paired)})`, rest.length ? trie(rest) : ''].filter((x) => x !== '').join('|');
  const plain = trie(words);
  return factored.length < plain.length ? factored : plain;
}

/** Builds every fragment and list into XRegExp sub-patterns, resolving references recursively. */
export function buildSubpatterns(lists: Map<string, string[]>): Record<string, RegExp> {
  const fragments: Record<string, string> = readJson(join(PATTERNS, 'subpatterns.json'));
  const built: Record<string, RegExp> = {};
  const building = new Set<string>();
  const get = (name: string): RegExp => {
    if (built[name]) return built[name]!;
    const words = lists.get(name);
    if (words) return (built[name] = XRegExp(listSource(words)));
    // {{nameRaw}}: the list's words with no word boundary after them, for look-behinds and
    // words written together with what follows (ص212).
    const raw = name.endsWith('Raw') ? lists.get(name.slice(0, -3)) : undefined;
    if (raw) return (built[name] = XRegExp(`(?:${trie(raw)})`));
    // {{nameAl}} / {{nameNoAl}}: only the words that can match where the text starts with the
    // article / where it does not. Next to a (?!{{al}}) or before {{al}} the other words can
    // never match, so leaving them out keeps the meaning and shortens the source (see
    // compactSource for why length matters).
    const al = name.endsWith('NoAl') ? lists.get(name.slice(0, -4)) : name.endsWith('Al') ? lists.get(name.slice(0, -2)) : undefined;
    if (al) {
      const keep = name.endsWith('NoAl') ? (w: string) => !w.startsWith(ARTICLE) : (w: string) => w.startsWith(ARTICLE) || ARTICLE.startsWith(w);
      return (built[name] = XRegExp(listSource(al.filter(keep))));
    }
    const src = fragments[name];
    if (typeof src !== 'string' || name.startsWith('$')) throw new Error(`unknown sub-pattern {{${name}}}`);
    if (building.has(name)) throw new Error(`sub-pattern {{${name}}} refers to itself`);
    building.add(name);
    const subs: Record<string, RegExp> = {};
    for (const ref of src.matchAll(/\{\{(\w+)\}\}/g)) subs[ref[1]!] = get(ref[1]!);
    building.delete(name);
    return (built[name] = XRegExp.build(src, subs));
  };
  for (const name of [...lists.keys(), ...Object.keys(fragments).filter((k) => !k.startsWith('$'))]) get(name);
  for (const name of lists.keys()) get(`${name}Raw`);
  return built;
}

/** First token of a normalized word: what the matcher looks up. */
function firstToken(word: string): string {
  const t = tokenize(word)[0];
  return t ? word.slice(t.start, t.end) : word;
}

/**
 * The rule's trigger tokens and classes. A token that only ever starts a phrase of several
 * tokens (ما in ما يقارب) also gets the tokens that may follow it, so that the rule runs only
 * where the phrase goes on (`triggerNext`).
 */
/** Every text a trigger phrase stands for, its {{list}} references replaced by their words. */
function expandPhrase(rule: RuleSource, phrase: string, lists: Map<string, string[]>): string[] {
  const ref = /\{\{(\w+)\}\}/.exec(phrase);
  if (!ref) return [phrase];
  const words = lists.get(ref[1]!);
  if (!words) throw new Error(`${where(rule)}: trigger ${phrase} names no word list`);
  const rest = expandPhrase(rule, phrase.slice(ref.index + ref[0].length), lists);
  const head = phrase.slice(0, ref.index);
  return words.flatMap((w) => rest.map((r) => head + w + r));
}

function expandTriggers(rule: RuleSource, lists: Map<string, string[]>): { triggers: string[]; classes: TriggerClass[]; triggerNext?: Record<string, string[]> } {
  const triggers = new Set<string>();
  const classes = new Set<TriggerClass>();
  const alone = new Set<string>();
  const then = new Map<string, Set<string>>();
  const add = (word: string) => {
    const toks = tokenize(word);
    const first = toks[0] ? word.slice(toks[0].start, toks[0].end) : word;
    triggers.add(first);
    if (toks.length < 2) {
      alone.add(first);
      return;
    }
    const second = word.slice(toks[1]!.start, toks[1]!.end);
    let set = then.get(first);
    if (!set) then.set(first, (set = new Set()));
    set.add(second);
  };
  for (const t of rule.triggers) {
    if (t === '#digit' || t === '#latin') {
      classes.add(t.slice(1) as TriggerClass);
      continue;
    }
    // A trigger may be a phrase of words and lists (هذا {{periodNoun}}, {{dateLead}} {{month}}):
    // each list stands for each of its words.
    for (const phrase of expandPhrase(rule, t, lists)) add(normalizeKey(phrase));
  }
  const next = [...then].filter(([w]) => !alone.has(w)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out: { triggers: string[]; classes: TriggerClass[]; triggerNext?: Record<string, string[]> } = { triggers: [...triggers].sort(), classes: [...classes].sort() };
  if (next.length > 0) out.triggerNext = Object.fromEntries(next.map(([w, set]) => [w, [...set].sort()]));
  return out;
}

const where = (r: RuleSource): string => `${r.file ?? 'patterns'}:${r.line ?? '?'} (${r.id})`;

/** First tokens of words and `{{list}}`s, normalized, sorted and deduplicated. */
function firstTokens(rule: RuleSource, items: string[], lists: Map<string, string[]>, field: string): string[] {
  const words = new Set<string>();
  for (const f of items) {
    const ref = /^\{\{(\w+)\}\}$/.exec(f);
    const list = ref ? lists.get(ref[1]!) : [normalizeKey(f)];
    if (!list) throw new Error(`${where(rule)}: ${field} ${f} names no word list`);
    for (const w of list) words.add(firstToken(w));
  }
  return [...words].sort();
}

/**
 * Whether the rule's pattern is its trigger list and nothing else (`(?:{{sayVerb}})`, or with
 * `(?!{{al}})` before it) over a list of one-token words: its match is then the trigger token
 * itself, which the matcher knows without running the RegExp. `word` when it is, `noArticle`
 * when the token must not start with the article; undefined otherwise.
 */
function triggerOnly(rule: RuleSource, lists: Map<string, string[]>): 'word' | 'noArticle' | undefined {
  const m = /^(\(\?!\{\{al\}\}\))?\(\?:\{\{(\w+)\}\}\)$/.exec(rule.pattern);
  if (!m || rule.triggers.length !== 1 || rule.triggers[0] !== `{{${m[2]}}}`) return undefined;
  const words = lists.get(m[2]!);
  if (!words || !words.every((w) => /^[\u0621-\u064a]+$/.test(w))) return undefined;
  return m[1] ? 'noArticle' : 'word';
}

/** Compiles one rule; group names are labels, optionally with a digit suffix (CARDINAL2). */
export function compileRule(rule: RuleSource, subs: Record<string, RegExp>, lists: Map<string, string[]>): CompiledRule {
  const refs: Record<string, RegExp> = {};
  for (const ref of rule.pattern.matchAll(/\{\{(\w+)\}\}/g)) {
    const sub = subs[ref[1]!];
    if (!sub) throw new Error(`${where(rule)}: pattern refers to unknown {{${ref[1]}}}`);
    refs[ref[1]!] = sub;
  }
  // Literal Arabic in a pattern is written in ordinary spelling: normalize it like the text.
  const pattern = rule.pattern.replace(/[\u0621-\u065f\u0670-\u06d3]+/g, (w) => normalizeKey(w));
  const re = XRegExp.build(pattern, refs);
  const names: (string | null)[] = (re as any).xregexp?.captureNames ?? [];
  const groups: (Label | null)[] = [null];
  for (const n of names) {
    if (n === null) {
      groups.push(null);
      continue;
    }
    const label = n.replace(/\d+$/, '');
    if (!(LABELS as readonly string[]).includes(label)) throw new Error(`${where(rule)}: group <${n}> is not a label`);
    groups.push(label as Label);
  }
  const compiled: CompiledRule = { id: rule.id, label: rule.label, priority: rule.priority, source: compactSource(re.source), groups, ...expandTriggers(rule, lists) };
  const only = triggerOnly(rule, lists);
  if (only) compiled.triggerOnly = only;
  if (rule.name) {
    if (!(LABELS as readonly string[]).includes(rule.name.label)) throw new Error(`${where(rule)}: name label ${rule.name.label} is not a label`);
    compiled.name = { label: rule.name.label, optional: rule.name.optional === true };
    if (rule.name.before) compiled.name.before = firstTokens(rule, rule.name.before, lists, 'before');
    if (rule.name.minTokens !== undefined) compiled.name.minTokens = rule.name.minTokens;
    if (rule.name.strict) compiled.name.strict = true;
    if (rule.name.knownFirst) compiled.name.knownFirst = true;
    if (rule.name.addressee) compiled.name.addressee = true;
    if (rule.name.apposition) compiled.name.apposition = true;
    if (rule.name.definite) compiled.name.definite = true;
  }
  if (rule.follows) compiled.follows = firstTokens(rule, rule.follows, lists, 'follows');
  if (rule.constructEnd !== undefined) {
    if (rule.constructEnd !== true || !groups.some((g) => g !== null)) throw new Error(`${where(rule)}: constructEnd must be true, on a rule with labelled groups`);
    compiled.constructEnd = true;
  }
  if (rule.needs !== undefined) {
    if (typeof rule.needs !== 'string' || rule.needs.length === 0) throw new Error(`${where(rule)}: needs must be a non-empty string`);
    compiled.needs = rule.needs;
  }
  if (rule.atDigit) {
    if (!rule.triggers.includes('#digit')) throw new Error(`${where(rule)}: atDigit needs the #digit trigger`);
    const at: NonNullable<CompiledRule['atDigit']> = {};
    if (rule.atDigit.lengths) at.lengths = [...rule.atDigit.lengths].sort((a, b) => a - b);
    if (rule.atDigit.next) at.next = firstTokens(rule, rule.atDigit.next, lists, 'atDigit.next');
    if (rule.atDigit.after) at.after = [...rule.atDigit.after];
    compiled.atDigit = at;
  }
  if (rule.ahead) {
    const { within, tokens } = rule.ahead;
    if (!Number.isInteger(within) || within < 1 || within > 30 || !Array.isArray(tokens) || tokens.length === 0) {
      throw new Error(`${where(rule)}: ahead must be { within: 1–30, tokens: [...] }`);
    }
    const classes = tokens.filter((t) => t.startsWith('#'));
    const words = firstTokens(rule, tokens.filter((t) => !t.startsWith('#')), lists, 'ahead');
    compiled.ahead = { within, tokens: [...classes, ...words] };
  }
  if (rule.behind) {
    const { within, words } = rule.behind;
    if (!rule.triggers.includes('#digit') || !Number.isInteger(within) || within < 1 || within > 30 || !Array.isArray(words) || words.length === 0) {
      throw new Error(`${where(rule)}: behind must be { within: 1–30, words: [...] } on a rule triggered by digits`);
    }
    compiled.behind = { within, words: firstTokens(rule, words, lists, 'behind') };
  }
  if (rule.nextWord) {
    const { at, tokens } = rule.nextWord;
    if (!Array.isArray(at) || at.length === 0 || !Array.isArray(tokens) || tokens.length === 0) throw new Error(`${where(rule)}: nextWord must be { at: [...], tokens: [...] }`);
    // A word that also triggers the rule through another of its triggers may start a match
    // that needs no such next word: the check applies only to words that come from `at` alone.
    const others = rule.triggers.filter((t) => !at.includes(t) && !t.startsWith('#')).flatMap((t) => expandPhrase(rule, t, lists).map((w) => firstToken(normalizeKey(w))));
    const own = firstTokens(rule, at, lists, 'nextWord.at').filter((w) => !others.includes(w));
    compiled.nextWord = { at: own, tokens: firstTokens(rule, tokens, lists, 'nextWord.tokens') };
  }
  if (rule.extend) {
    if (!(EXTEND_KINDS as readonly string[]).includes(rule.extend)) throw new Error(`${where(rule)}: extend must be one of ${EXTEND_KINDS.join(', ')}`);
    if (rule.label === null) throw new Error(`${where(rule)}: a rule that extends its match needs a label`);
    compiled.extend = rule.extend;
  }
  return compiled;
}

/** Reads every rule file in patterns/ (JSONL, one rule per line). */
export function loadRuleSources(): RuleSource[] {
  const rules: RuleSource[] = [];
  for (const file of readdirSync(PATTERNS).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(PATTERNS, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let rule: RuleSource;
        try {
          rule = JSON.parse(line);
        } catch (err) {
          throw new Error(`patterns/${file}:${i + 1}: ${(err as Error).message}`);
        }
        rules.push({ ...rule, file: `patterns/${file}`, line: i + 1 });
      });
  }
  return rules;
}

/** The names and aliases of the countries in gazetteers/countries.jsonl, ordinary words left out. */
function countryNames(): string[] {
  const path = join(ROOT, 'gazetteers', 'countries.jsonl');
  if (!existsSync(path)) return [];
  const common = new Set(loadCommonWords());
  const out: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const e = JSON.parse(line) as { ar: string; aliases?: string[] };
    for (const name of [e.ar, ...(e.aliases ?? [])]) if (!common.has(normalizeKey(name))) out.push(name);
  }
  return out;
}

/** Common words that are also names (gazetteers/common-words.txt): never part of a name run. */
function loadCommonWords(): string[] {
  // Read once per build: the name lists, the name tokens and the country names all ask.
  if (commonWords) return commonWords;
  const path = join(ROOT, 'gazetteers', 'common-words.txt');
  if (!existsSync(path)) return (commonWords = []);
  return (commonWords = readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map(normalizeKey));
}

let commonWords: string[] | undefined;

/**
 * Person-name tokens (src/data/name-tokens.json, `[token, count]` pairs built from Wikidata),
 * when that file exists; without it the name-token rule is simply absent.
 */
function loadNameTokens(lists: Map<string, string[]>): NameTokenData | undefined {
  const path = join(ROOT, 'src', 'data', 'name-tokens.json');
  if (!existsSync(path)) return undefined;
  const data = readJson(path);
  if (!Array.isArray(data?.tokens)) return undefined;
  const pairs = (data.tokens as unknown[])
    .map((t): [unknown, number] => (Array.isArray(t) ? [t[0], Number(t[1]) || 0] : [t, Infinity]))
    .filter((t): t is [string, number] => typeof t[0] === 'string')
    .map(([w, n]): [string, number] => [normalizeKey(w), n])
    .filter(([w]) => w.length > 1 && !w.includes(' '));
  const tokens = pairs.filter(([, n]) => n >= NAME_TOKEN_MIN_COUNT).map(([w]) => w);
  if (tokens.length === 0) return undefined;
  const guard = ['stopword', 'nicknameIntro', 'dialectFunction', 'titleHead', 'titleComplement', 'honorific', 'occupation', 'month', 'weekday', 'nationality', 'orgTrigger', 'locTrigger', 'relativeDay', 'periodNoun', 'unit', 'tens', 'scale', 'ordinal'];
  const guardWords = new Set(guard.flatMap((name) => lists.get(name) ?? []));
  const stopwords = [...guardWords, ...loadCommonWords()].filter((w) => !w.includes(' '));
  // Common given names that no gazetteer person starts with (mostly women's names and names
  // of early Islamic history) are name tokens and given names too.
  // A given name of عبد and one of God's names is written as one word as often as two
  // (`عبدالله`, `عبدالعزيز`), and Wikidata's name tokens split it: the joined forms are added.
  const abd = normalizeKey('\u0639\u0628\u062f'); // عبد
  const extraGiven = [...(lists.get('givenNames') ?? []), ...(lists.get('abdNameHalves') ?? []).map((h) => abd + h)];
  const known = new Set([...tokens, ...extraGiven]);
  const stop = new Set(stopwords);
  // Given names that are also ordinary words or month names start no name alone.
  const homographs = new Set([...(lists.get('givenNameWords') ?? []), ...(lists.get('hijriMonth') ?? []), ...NAME_PREFIXES.map(normalizeKey)]);
  const firsts = [...loadGivenNames(), ...extraGiven].filter((w) => known.has(w) && !homographs.has(w));
  const given = firsts.filter((w) => !stop.has(w));
  // Given names that are also everyday words (صالح, منى, نبيل) join a name only next to it.
  const common = new Set(loadCommonWords());
  const wordGiven = firsts.filter((w) => common.has(w) && !guardWords.has(w));
  // Tokens seen in fewer names (foreign family names mostly: تورام, ساها, ليندون) do not start
  // or join a run, but the name scan takes them for names where a word's shape says verb or
  // noun. Three letters at least, and no stop word, title or common word; and none of the
  // shapes where a rare name and a common word share their letters once normalized: the
  // article (العثماني, an adjective as often), ة or ه (نظيرة, a name, is نظيره, "his
  // counterpart"), the accusative of a nisba (دوليا, "internationally").
  const rareShape = (w: string): boolean => !w.startsWith('\u0627\u0644') && !w.endsWith('\u0647') && !w.endsWith('\u064a\u0627');
  const rare = [...new Set(pairs.filter(([w, n]) => n < NAME_TOKEN_MIN_COUNT && w.length >= 3 && rareShape(w) && !known.has(w) && !stop.has(w)).map(([w]) => w))].sort();
  // Names spelt with ه only (نواه): in a text that writes ة (نواة) the word is the noun.
  const haOnly = Array.isArray(data.haOnly) ? (data.haOnly as unknown[]).filter((w): w is string => typeof w === 'string').map(normalizeKey).filter((w) => known.has(w)) : [];
  return {
    tokens: [...known].sort(),
    stopwords: [...stop].filter((w) => known.has(w)).sort(),
    given: [...new Set(given)].sort(),
    wordGiven: [...new Set(wordGiven)].sort(),
    rare,
    haOnly: [...new Set(haOnly)].sort(),
  };
}

/** Occurrences in Wikidata names that make a token part of the lexicon of names. */
const NAME_TOKEN_MIN_COUNT = 5;

/**
 * Given names: the first tokens of the full names in the shipped person gazetteers. A given
 * name the lexicon also knows may start a name whose family name no list holds.
 */
function loadGivenNames(): string[] {
  const out: string[] = [];
  for (const file of ['people-mena.jsonl', 'people-world.jsonl']) {
    const path = join(ROOT, 'gazetteers', file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const e = JSON.parse(line) as { ar: string; aliases?: string[] };
      for (const form of [e.ar, ...(e.aliases ?? [])]) {
        const toks = normalizeKey(form).split(' ');
        if (toks.length >= 2 && /^[\u0621-\u064a]{3,}$/.test(toks[0]!)) out.push(toks[0]!);
      }
    }
  }
  return out;
}

/** Name parts that join the next token (عبد الله, ابو مازن, علي بن أبي طالب, آل نهيان). */
const NAME_PREFIXES = ['عبد', 'ابو', 'أبي', 'ابن', 'بن', 'بنت', 'ام', 'ال'];

/**
 * The lists the name scan reads; the same lists the personName fragment once tested.
 * `names`: the name lexicon's tokens, when built in.
 */
function nameLists(lists: Map<string, string[]>, names: ReadonlySet<string>): NameLists {
  const union = (...names: string[]): string[] => {
    const out = new Set<string>();
    for (const n of names) {
      const words = lists.get(n);
      if (!words) throw new Error(`name lists: no word list {{${n}}}`);
      for (const w of words) out.add(w);
    }
    return [...out].sort();
  };
  const givenNames = new Set(loadGivenNames());
  return {
    // `ذات`, `ذوي` (possessing) open a description, never a name: `قرية ذات أهمية`; `ذو` is
    // also the first word of given names (`ذو الفقار`).
    common: union('stopword', 'nicknameIntro', 'dialectFunction', 'titleFree', 'occupation', 'leaderNisba', 'honorific', 'orgTrigger', 'locTrigger', 'placeNounDual', 'eventNoun', 'eventNounDefinite', 'possessiveNoun'),
    bound: union('titleBound'),
    // A title that needs a complement starts no name either (`نائب الرئيس رئيس مجلس الوزراء`),
    // unless it is also a given name (`أمين`, `أمير`, `مختار`).
    notStart: [
      ...union('nationality', 'titleComplement', 'month', 'weekday', 'yearWord', 'periodNoun', 'relativeDay', 'dateLead', 'ordinal'),
      ...union('titleBound').filter((w) => !names.has(w) && !givenNames.has(w)),
      // `رقم` and `نمرة` end a name before the number they introduce (`بلدية بيرزيت رقم 24`).
      // Not every index noun: `مشهد` is also a city and `كتاب` also writers.
      ...union('numberNoun'),
      // Numbers in words (ثلاث, خمسين, مليون, آلاف) count, never name: `وزار الرئيس مليون …`.
      // Fractions begin names of papers and groups (`مجلة نصف الدنيا`).
      ...union('unit', 'tens', 'hundreds', 'scale'),
    ].sort(),
    // An airport, a stadium or a prize named after a person goes on with an adjective of its
    // own, never a family name (`مطار الملك خالد الدولي`, `جائزة الملك فيصل العالمية`).
    // Nor a number in words after a name (`الناشط أحمد دومة ثلاث سنوات`), but `عشر` of a
    // regnal number (`لويس الرابع عشر`), and no tens: `ستون` is also Stone.
    notToken: [...union('nationality', 'titleComplement', 'relativeAdj', 'institutionAdj'), ...union('unit', 'hundreds', 'scale').filter((w) => !w.includes('عشر'))].sort(),
    waName: union('waName'),
    prefix: NAME_PREFIXES.map(normalizeKey),
    // A nickname's introduction ends a name (`عبد الفتاح الشهير بـ`, `أحمد الملقب بالحكيم`), and
    // so does a function word of the dialects (`منى قالتلي لازم`, `فتحي قدام المسجد`).
    stop: union('stopword', 'nicknameIntro', 'dialectFunction'),
    notDef: union('ordinal', 'relativeAdj', 'periodNoun'),
    numberWord: union('unit', 'tens', 'hundreds'),
    generic: union('placeGeneric'),
    modifier: union('placeModifier'),
    nationality: union('nationality'),
    personNoun: union('personNoun'),
    orgCommon: union('orgTriggerCommon'),
  };
}

/** Lists longer than this are stored once and referenced from rule sources. */
const SHARED_MIN = 200;

/**
 * Stores each long word list once: rule sources refer to it as `{{@name}}`, which the
 * runtime expands before compiling. Stopwords alone would otherwise repeat in a dozen rules.
 */
function shareFragments(rules: CompiledRule[], subs: Record<string, RegExp>, lists: Map<string, string[]>): Record<string, string> {
  const fragments: Record<string, string> = {};
  const shared = Object.keys(subs).filter((name) => lists.has(name) || lists.has(name.replace(/(No)?Al$/, '')));
  const byLength = shared.map((name) => [name, compactSource(subs[name]!.source)] as const).filter(([, src]) => src.length >= SHARED_MIN);
  byLength.sort((a, b) => b[1].length - a[1].length);
  for (const [name, src] of byLength) {
    let used = false;
    for (const rule of rules) {
      if (rule.source.includes(src)) {
        rule.source = rule.source.split(src).join(`{{@${name}}}`);
        used = true;
      }
    }
    if (used) fragments[name] = src;
  }
  return fragments;
}

/** Lists whose words make up a number in words ({{numberPhrase}}), besides عشر/عشرة. */
const NUMBER_LISTS = ['unit', 'tens', 'hundreds', 'teenHead', 'scale', 'fraction'];

/**
 * Every token a number in words can be made of, with the article, the conjunction, or both
 * (ثلاثة, الثلاثة, وثلاثة, والثلاثة), for the follows check at number words (see
 * CompiledRules.numberTokens). A superset is safe; a missing token would lose matches.
 */
function numberTokens(lists: Map<string, string[]>): string[] {
  const words = new Set<string>([normalizeKey('عشر'), normalizeKey('عشرة'), normalizeKey('و')]);
  for (const name of NUMBER_LISTS) {
    const list = lists.get(name);
    if (!list) throw new Error(`number tokens: no word list {{${name}}}`);
    for (const w of list) for (const prefix of ['', 'ال', 'و', 'وال']) words.add(normalizeKey(prefix + w));
  }
  return [...words].sort();
}

/** Builds all rules in patterns/ into the compiled form the runtime loads. */
export function buildPatterns(): CompiledRules {
  const lists = loadWordLists();
  const subs = buildSubpatterns(lists);
  const rules = loadRuleSources().map((r) => compileRule(r, subs, lists));
  const fragments = shareFragments(rules, subs, lists);
  const nameTokens = loadNameTokens(lists);
  const out: CompiledRules = { profile: NORMALIZATION_PROFILE, fragments, rules, numberTokens: numberTokens(lists) };
  if (rules.some((r) => r.name || r.extend)) out.nameLists = nameLists(lists, new Set(nameTokens?.tokens ?? []));
  return nameTokens ? { ...out, nameTokens } : out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const compiled = buildPatterns();
  const out = join(ROOT, 'src', 'data', 'patterns.json');
  writeFileSync(out, JSON.stringify(compiled) + '\n');
  console.log(`wrote ${out}: ${compiled.rules.length} rules, ${(JSON.stringify(compiled).length / 1024).toFixed(0)} KB${compiled.nameTokens ? ', with name tokens' : ''}`);
}

// Runs indexed rules over a prepared document: a rule runs only at tokens that trigger it
// (its trigger word, after proclitics are stripped, or a digit / Latin token), as a sticky
// RegExp anchored at that token. Cost grows with the text, not with the number of rules.

import { degreeAdverbAfter, procliticBeforeHamza, tokenAt, tokenText, type Doc } from '../doc.js';
import * as th from '../tokenize/token-hash.js';
import * as cc from '../tokenize/char-class.js';
import * as cl from '../tokenize/clitics.js';
import * as lt from '../tokenize/letters.js';
import { newCandidate } from '../candidate.js';
import type { Candidate, Label } from '../types.js';
import * as cp from './compile-patterns.js';
import type { RuleIndex, RuntimeRule, TriggerEntry, TriggerTable } from './compile-patterns.js';
import * as ns from './name-scan.js';
import { functionWords } from '../gazetteer/function-words.js';
import { titleAdjective } from './adjective-shape.js';
import { holdsMinisterWord } from '../resolve/minister-portfolios.js';

// Module-local copies: an imported binding is read through a getter on every use in some
// module formats, and these are read for every token.
const { ARABIC, DIGIT, LATIN } = cc;
const { ALEF, BA, FA, KAF, LAM, MIN_STEM, WA } = cl;
const { HA, MIM } = lt;
const { hashKey, hashRange, prependHash, sameText } = th;
const { DIGIT_BITS, triggersOf } = cp;
const { scanName, scanTriggerName } = ns;

/** How far past a لل token the restored-article window reaches; longer than any rule match. */
const WINDOW = 400;

/** A code unit that the rules' word boundary ({{B}}) forbids after a word: a letter or a digit. */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x621 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3);
}

/** . or , between the digit groups of one number. */
function isDecimalMark(c: number): boolean {
  return c === 0x2e || c === 0x2c;
}

/**
 * Whether tokens `u` (punctuation) and `u + 1` (digits) continue the number before them as
 * one more group, as {{num}} reads them: glued `.`/`,` groups (`3,512`, `1.5`), or, after a
 * group of at most three digits, a comma with single spaces and a three-digit group
 * (`1 , 787`), the form tokenized text gives `1,787`; a lone `0` after such a comma is a
 * collapsed `000` group (`2 , 0`).
 */
function continuesNumber(text: string, starts: Int32Array, ends: Int32Array, u: number): boolean {
  const p = starts[u]!;
  const d = starts[u + 1]!;
  const before = p - ends[u - 1]!;
  const after = d - ends[u]!;
  if (before === 0 && after === 0) return isDecimalMark(text.charCodeAt(p));
  if (before > 1 || after > 1 || text.charCodeAt(p) !== 0x2c || ends[u]! - p !== 1 || ends[u - 1]! - starts[u - 1]! > 3) return false;
  if ((before === 1 && text.charCodeAt(p - 1) === 0x0a) || (after === 1 && text.charCodeAt(d - 1) === 0x0a)) return false;
  const n = ends[u + 1]! - d;
  return n === 3 || (n === 1 && text.charCodeAt(d) === 0x30);
}

/** A hyphen or an en dash as token `u`, with at most one space on each side: a range's dash. */
function rangeDash(text: string, starts: Int32Array, ends: Int32Array, u: number): boolean {
  const p = starts[u]!;
  if (ends[u]! - p !== 1 || p - ends[u - 1]! > 1 || starts[u + 1]! - ends[u]! > 1) return false;
  const c = text.charCodeAt(p);
  return c === 0x2d || c === 0x2013;
}

/** A conjunction و as token `u`, after a space and glued to the number after it (at most one space): a range's و. */
function rangeWa(text: string, starts: Int32Array, ends: Int32Array, u: number): boolean {
  const p = starts[u]!;
  return ends[u]! - p === 1 && text.charCodeAt(p) === WA && p - ends[u - 1]! >= 1 && p - ends[u - 1]! <= 2 && starts[u + 1]! - ends[u]! <= 1;
}

/** The trigger entry equal to `text[s, e)` (optionally preceded by `lead`) among those with hash key `key`. */
function find(table: TriggerTable, key: number, text: string, s: number, e: number, lead = -1): TriggerEntry | undefined {
  const entries = triggersOf(table, key);
  for (let i = 0; i < entries.length; i++) if (sameText(entries[i]!.word, text, s, e, lead)) return entries[i];
  return undefined;
}

interface Span {
  start: number;
  end: number;
  label: Label;
  /** Spans nested inside; null until one is (most spans have none). */
  inner: Span[] | null;
}

/** Nests labelled group spans by containment (input sorted by start, then longest first). */
function nest(spans: Span[]): Span[] {
  const roots: Span[] = [];
  const stack: Span[] = [];
  for (const s of spans) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= s.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && s.end <= parent.end) (parent.inner ??= []).push(s);
    else roots.push(s);
    stack.push(s);
  }
  return roots;
}

function toCandidate(rule: RuntimeRule, s: Span): Candidate {
  const c = newCandidate(s.start, s.end, s.label, rule.priority, rule.source);
  if (s.inner !== null) c.inner = s.inner.map((i) => toCandidate(rule, i));
  return c;
}

/** Pushes the candidate of a rule without labelled groups, trimmed of spaces at both ends. */
function emitWhole(rule: RuntimeRule, label: Label, text: string, start: number, end: number, out: Candidate[]): void {
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  if (end > start) out.push(newCandidate(start, end, label, rule.priority, rule.source));
}

/**
 * Turns one match of a rule with labelled groups into candidates. `shift` maps match offsets
 * to document offsets and `floor` is the first document offset a span may cover (both only
 * differ from 0 in the restored-article window).
 */
function emitGroups(rule: RuntimeRule, m: RegExpExecArray, text: string, shift: number, floor: number, out: Candidate[], limit = Infinity): void {
  const indices = m.indices!;
  let groups: Span[] | null = null;
  for (let g = 1; g < rule.groups.length; g++) {
    const label = rule.groups[g];
    const at = indices[g];
    if (!label || !at) continue;
    let start = Math.max(floor, at[0] + shift);
    let end = Math.min(limit, at[1] + shift);
    while (start < end && text.charCodeAt(start) <= 0x20) start++;
    while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
    if (end > start) (groups ??= []).push({ start, end, label, inner: null });
  }
  if (groups !== null && groups.length > 1) groups.sort((a, b) => a.start - b.start || b.end - a.end);
  const tops = groups !== null && groups.length > 1 ? nest(groups) : groups;
  if (rule.label !== null) {
    let start = Math.max(floor, m.index + shift);
    let end = Math.min(limit, m.index + m[0].length + shift);
    while (start < end && text.charCodeAt(start) <= 0x20) start++;
    while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
    if (end > start) out.push(toCandidate(rule, { start, end, label: rule.label, inner: tops }));
  } else if (tops !== null) {
    for (const s of tops) out.push(toCandidate(rule, s));
  }
}

/**
 * Candidates of one match `[start, end)` (document offsets; `m` the match of a rule with
 * labelled groups, else null).
 */
function emit(rule: RuntimeRule, m: RegExpExecArray | null, text: string, start: number, end: number, shift: number, floor: number, out: Candidate[]): void {
  if (m !== null) emitGroups(rule, m, text, shift, floor, out);
  else if (rule.label !== null) emitWhole(rule, rule.label, text, Math.max(floor, start), end, out);
}

/** State of one document's run; nothing outlives the document. */
class Run {
  readonly text: string;
  readonly out: Candidate[] = [];
  /**
   * End of each rule's last match: a rule is not run again inside its own match. A plain
   * array: a typed array costs more to allocate than this short one is ever read.
   */
  readonly lastEnd: number[];
  /** Document offset where the token of the trigger being run ends (see triggerOnly). */
  triggerEnd = 0;

  constructor(
    readonly index: RuleIndex,
    readonly doc: Doc,
  ) {
    this.text = doc.norm.text;
    this.lastEnd = new Array<number>(index.rules.length).fill(0);
    // A rule whose document lacks what it needs (an @) never runs: as if matched to the end.
    for (const rule of index.needy) if (!this.text.includes(rule.needs!)) this.lastEnd[rule.index] = Infinity;
  }
}

/**
 * True when the token after normalized offset `pos` is one of `words` (by hash key), or, with
 * `addressee`, a preposition ل glued to a word (قال … لرويترز, للصحفيين).
 */
function followedBy(doc: Doc, pos: number, words: ReadonlySet<number>, addressee: boolean): boolean {
  const t = tokenAt(doc, pos);
  if (t >= doc.tokens.count) return false;
  if (words.has(hashKey(doc.tokens.hash[t]!))) return true;
  if (!addressee) return false;
  const s = doc.tokens.starts[t]!;
  return doc.tokens.kinds[t] === ARABIC && doc.norm.text.charCodeAt(s) === LAM && doc.tokens.ends[t]! - s >= 4;
}

/**
 * The end of the longest reading of the name at [start, nameEnd) that one of `words` follows
 * (see followedBy), or -1. The scan reads as far as name tokens go, and a word that may be a
 * name part ends a shorter name as often: `أكد نجاد علي ضرورة` is نجاد before على written
 * with ي, which the scan reads as the name علي. A reading never ends with a part that needs
 * the next token (عبد, بن).
 */
function endFollowedBy(names: ns.NameScanner, doc: Doc, start: number, nameEnd: number, words: ReadonlySet<number>, addressee: boolean): number {
  if (followedBy(doc, nameEnd, words, addressee)) return nameEnd;
  const first = tokenAt(doc, start);
  const last = tokenAt(doc, nameEnd) - 1;
  if (last <= first) return -1;
  const r = ns.nameReader(names, doc);
  for (let u = last - 1; u >= first; u--) {
    if (ns.isNamePrefix(r, u)) continue;
    const e = doc.tokens.ends[u]!;
    if (followedBy(doc, e, words, addressee)) return e;
  }
  return -1;
}

/**
 * The end of the name read over tokens [first, after) by a rule with `strict` names, whose
 * trigger says less than a title: the name stops before an unknown token that is seldom a
 * family name: one with the article, one in ة or ه, or one of three letters or fewer
 * (`رافايل نادال المصنف`, `إميلي لوا بطلة`, `لويس ساها كرة`). A compound part (`بن`, `عبد`)
 * keeps the token after it.
 */
function strictName(r: ns.NameReader, first: number, after: number): number {
  const text = r.text;
  let last = first;
  for (let u = first + 1; u < after; u++) {
    if (ns.isNamePrefix(r, u - 1) || r.known(u)) {
      last = u;
      continue;
    }
    const s = r.starts[u]!;
    const e = r.ends[u]!;
    const z = text.charCodeAt(e - 1);
    // The article as written: أل of a foreign name (ألكاراز) is no article.
    const article = text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM && r.doc.norm.input.charCodeAt(r.doc.norm.starts[s]!) === ALEF;
    if (e - s <= 3 || z === HA || article) break;
    last = u;
  }
  // A name never ends with a compound part that needs the next token.
  while (last > first && ns.isNamePrefix(r, last)) last--;
  return r.ends[last]!;
}

/** The imam's title alone or after a proclitic (normalized): a laqab alone may follow it (see scanLaqab). */
const IMAM_TITLES: ReadonlySet<string> = new Set(['الامام', 'والامام', 'فالامام', 'بالامام', 'كالامام', 'للامام']);

/** Whether the match ending at `end` ends with the word الإمام, alone or after a proclitic. */
function imamTitle(text: string, end: number): boolean {
  // Every such word ends in م: the last letter turns most matches away before a string is cut.
  if (text.charCodeAt(end - 1) !== MIM) return false;
  let s = end;
  while (s > 0 && end - s < 8 && text.charCodeAt(s - 1) !== 0x20) s--;
  return (s === 0 || text.charCodeAt(s - 1) === 0x20) && IMAM_TITLES.has(text.slice(s, end));
}

/**
 * A rule that reads a name: the name must follow (unless optional) and is emitted after the
 * match's own candidates. `start`/`end` are the match's document offsets. Returns the end of
 * the whole match, or -1 when it fails.
 */
function withName(run: Run, rule: RuntimeRule, m: RegExpExecArray | null, start: number, end: number, shift: number, floor: number): number {
  const names = run.index.names!;
  if (rule.extend === 'list') {
    // The places a noun in the dual names, each an entity without the noun.
    const places = ns.scanPlaceList(names, run.doc, end);
    if (places === null) return -1;
    for (let i = 0; i < places.length; i += 2) emitWhole(rule, rule.label!, run.text, places[i]!, places[i + 1]!, run.out);
    return places[places.length - 1]!;
  }
  if (rule.extend !== null) {
    // The trigger noun and the name after it are one entity.
    const text = run.text;
    // A match read with the article's alef restored after لل (للمنطقة) starts before `floor`.
    const definite = start < floor || (text.charCodeAt(start) === ALEF && text.charCodeAt(start + 1) === LAM);
    const nameEnd = scanTriggerName(names, run.doc, end, rule.extend, definite);
    if (nameEnd < 0) return -1;
    emitWhole(rule, rule.label!, run.text, Math.max(floor, start), nameEnd, run.out);
    return nameEnd;
  }
  let nameFrom = end;
  let nameEnd = scanName(names, run.doc, end);
  // A minister's name after portfolios joined by و, which a later step takes into the title
  // (`وزير النقل والخدمات اللوجستية صالح الجاسر`).
  if (nameEnd < 0 && rule.constructEnd && holdsMinisterWord(run.doc, start, end)) {
    const past = ns.pastPortfolios(run.doc, end);
    if (past > end) {
      const e = scanName(names, run.doc, past);
      if (e >= 0) [nameFrom, nameEnd] = [past, e];
    }
  }
  if (nameEnd < 0 && rule.name!.apposition) {
    const set = setOffAfter(names, run.doc, end) ?? afterPraise(names, run.doc, end);
    if (set !== null) [nameFrom, nameEnd] = set;
  }
  // A name in Latin letters after a title (`الوزيرة Nadia Fettah`), which the scan, reading
  // Arabic words, leaves: one to three capitalized words of three letters or more (not `Dr`),
  // after a definite word: after an indefinite one, Latin glosses the phrase (`منسق حزم
  // Package Manager`).
  if (nameEnd < 0 && rule.name!.apposition && rule.name!.label === 'PERS' && run.text.charCodeAt(end) === 0x20 && afterDefiniteWord(run.text, end + 1)) {
    const latin = latinNameAfter(run.doc, end);
    if (latin >= 0) nameEnd = latin;
  }
  // A name in quotation marks, for rules that need no word after the name (after a verb of
  // saying, quotation marks open what is said).
  if (nameEnd < 0 && rule.name!.before === null && rule.name!.label === 'PERS') {
    const quoted = quotedAfter(names, run.doc, end);
    if (quoted !== null) [nameFrom, nameEnd] = quoted;
  }
  if (nameEnd < 0 && rule.name!.definite) nameEnd = imamTitle(run.text, end) ? ns.scanLaqab(names, run.doc, end) : ns.scanDefiniteName(names, run.doc, end, rule.name!.before === null);
  if (nameEnd >= 0 && rule.name!.before !== null) nameEnd = endFollowedBy(names, run.doc, end, nameEnd, rule.name!.before, rule.name!.addressee);
  // After a verb of saying, لي alone is "to me" (قال لي إن), not the name Li, which a relative
  // pronoun may follow (ويقول لي الذي يصف).
  if (nameEnd >= 0 && rule.name!.addressee && toMe(run.doc, nameFrom, nameEnd)) nameEnd = -1;
  if (nameEnd >= 0 && rule.name!.before === null && shortUnknownWord(names, run.doc, nameFrom, nameEnd)) nameEnd = -1;
  // An adverb of degree after the name makes it an adjective (`وكان اللاعب سعيد جدا`).
  if (nameEnd >= 0 && degreeAdverbAfter(run.doc, nameEnd)) nameEnd = -1;
  if (nameEnd >= 0 && rule.name!.strict) nameEnd = strictName(ns.nameReader(names, run.doc), tokenAt(run.doc, nameFrom), tokenAt(run.doc, nameEnd));
  if (nameEnd >= 0 && rule.name!.knownFirst && !ns.nameReader(names, run.doc).known(tokenAt(run.doc, nameFrom))) nameEnd = -1;
  if (nameEnd >= 0 && rule.name!.minTokens > 1 && tokenAt(run.doc, nameEnd) - tokenAt(run.doc, nameFrom) < rule.name!.minTokens) nameEnd = -1;
  if (nameEnd < 0 && !rule.name!.optional) return -1;
  if (nameEnd < 0 && rule.name!.apposition && participleAfterDefinite(run.doc, start, end)) return -1;
  emit(rule, m, run.text, start, end, shift, floor, run.out);
  if (nameEnd < 0) return end;
  if (rule.name!.label === 'PERS') nameFrom = ns.pastGluedPreposition(names, run.doc, nameFrom, nameEnd);
  emitWhole(rule, rule.name!.label, run.text, nameFrom, nameEnd, run.out);
  return nameEnd;
}

/** Most capitalized Latin words read as a name after a title. */
const MAX_LATIN_NAME = 3;

/**
 * Whether token `t` is a capitalized Latin word as the text writes it (normalization lowers
 * the case): an upper-case letter, then a lower-case one (`Nadia`, `McCain`; not `IT`), three
 * letters or more (not `Dr`).
 */
function capitalized(doc: Doc, t: number): boolean {
  const s = doc.tokens.starts[t]!;
  if (doc.tokens.kinds[t] !== LATIN || doc.tokens.ends[t]! - s < 3) return false;
  const { input, starts } = doc.norm;
  const c0 = input.charCodeAt(starts[s]!);
  const c1 = input.charCodeAt(starts[s + 1]!);
  return c0 >= 0x41 && c0 <= 0x5a && c1 >= 0x61 && c1 <= 0x7a;
}

/**
 * The end of one to MAX_LATIN_NAME capitalized Latin words right after normalized offset
 * `pos`, one space apart, followed by no more Latin (a longer Latin run is a title or a
 * quotation); -1 when there are none.
 */
function latinNameAfter(doc: Doc, pos: number): number {
  const { starts, ends, count, kinds } = doc.tokens;
  const text = doc.norm.text;
  const t = tokenAt(doc, pos);
  if (t >= count || !lt.oneSpace(text, pos, starts[t]!) || !capitalized(doc, t)) return -1;
  let u = t;
  while (u + 1 < count && u - t + 1 < MAX_LATIN_NAME && lt.oneSpace(text, ends[u]!, starts[u + 1]!) && capitalized(doc, u + 1)) u++;
  if (u + 1 < count && kinds[u + 1] === LATIN && lt.oneSpace(text, ends[u]!, starts[u + 1]!)) return -1;
  return ends[u]!;
}

/**
 * Titles of the فاعل shape that are also adjectives after a noun: الرائد, a rank and
 * "pioneering" (`الدور الرائد`), and الحاكم, a governor and "ruling" (`الحزب الحاكم`).
 */
const ACTIVE_PARTICIPLE_TITLES: readonly string[] = ['\u0627\u0644\u0631\u0627\u0626\u062f', '\u0627\u0644\u062d\u0627\u0643\u0645'];

/**
 * Whether the match [start, end) is one definite word in م, the shape of a participle (المقدم,
 * المحافظ, المساعد), or الرائد or الحاكم, right after a definite word and with no name after it:
 * an adjective of that word (`التقرير المقدم إليه`, `التيار المحافظ`, `الدور الرائد`, `الحزب
 * الحاكم`), no title.
 */
function participleAfterDefinite(doc: Doc, start: number, end: number): boolean {
  const text = doc.norm.text;
  if (end - start < 5 || !lt.articleAt(text, start)) return false;
  if (text.charCodeAt(start + 2) !== 0x0645 && !ACTIVE_PARTICIPLE_TITLES.some((w) => end - start === w.length && text.startsWith(w, start))) return false; // م
  if (!lt.noSpace(text, start, end)) return false;
  const t = tokenAt(doc, start);
  if (t === 0 || doc.tokens.starts[t] !== start) return false;
  const ps = doc.tokens.starts[t - 1]!;
  const pe = doc.tokens.ends[t - 1]!;
  if (pe !== start - 1 || pe - ps < 4 || doc.tokens.kinds[t - 1] !== cc.ARABIC || !lt.articleAt(text, ps)) return false;
  return complementAfter(doc, t + 1);
}

/**
 * Whether token `u` goes on as an adjective's complement or the clause after it: a function
 * word (`المقدم من`, `الرائد الذي`), a word after ب, ل or و (`الممثلة بحزب`, `والعريق`),
 * punctuation or the end. A word that may be a name (`المهندس فالح`) says a title.
 */
function complementAfter(doc: Doc, u: number): boolean {
  if (u >= doc.tokens.count || doc.tokens.kinds[u] !== cc.ARABIC) return true;
  const s = doc.tokens.starts[u]!;
  const c = doc.norm.text.charCodeAt(s);
  return ((c === BA || c === LAM || c === WA) && doc.tokens.ends[u]! - s >= 4) || functionWords().has(tokenText(doc, u));
}

const LI = '\u0644\u064a'; // لي
const RELATIVES: readonly string[] = ['\u0627\u0644\u0630\u064a', '\u0627\u0644\u062a\u064a']; // الذي التي

/**
 * Whether the name read at [from, end) after a verb of saying begins with لي that is "to me":
 * alone (`قال لي إن`) unless a relative pronoun follows (`ويقول لي الذي`), or before the
 * definite subject (`قالت لي السمراء`).
 */
function toMe(doc: Doc, from: number, end: number): boolean {
  const { starts, ends } = doc.tokens;
  const t = tokenAt(doc, from);
  if (ends[t]! - starts[t]! !== 2 || !sameText(LI, doc.norm.text, starts[t]!, ends[t]!)) return false;
  if (ends[t] === end) return !relativeAfter(doc, end);
  const s = starts[t + 1]!;
  return doc.norm.text.charCodeAt(s) === 0x0627 && doc.norm.text.charCodeAt(s + 1) === 0x0644;
}

/** Whether the token after normalized offset `pos` is الذي or التي. */
function relativeAfter(doc: Doc, pos: number): boolean {
  const t = tokenAt(doc, pos);
  if (t >= doc.tokens.count) return false;
  const s = doc.tokens.starts[t]!;
  const e = doc.tokens.ends[t]!;
  return RELATIVES.some((w) => sameText(w, doc.norm.text, s, e));
}

/**
 * Whether the name at [from, end) is one unknown Arabic word of three letters or fewer: after
 * a title such a word is mostly a verb or noun (`الرئيس السوري سعى`, `اللاعب طعن`), while
 * short names (زيد, طه, بوش) are known name tokens. Rules with `before` words, which say
 * where a name ends, keep it.
 */
function shortUnknownWord(names: ns.NameScanner, doc: Doc, from: number, end: number): boolean {
  const t = tokenAt(doc, from);
  if (t >= doc.tokens.count || doc.tokens.ends[t]! !== end || end - doc.tokens.starts[t]! > 3) return false;
  return doc.tokens.kinds[t] === cc.ARABIC && !ns.nameReader(names, doc).known(t);
}

/**
 * Adjectives of praise or standing that come between a title and the name (normalized):
 * `الفنان السوري القدير رفيق سبيعي`, `اللاعب الشاب محمد`, `المطرب الكبير`.
 */
const PRAISE: ReadonlySet<string> = new Set(
  ['القدير', 'الكبير', 'الشهير', 'الشاب', 'الصاعد', 'الواعد', 'المعروف', 'البارز', 'المتالق', 'الموهوب', 'المعتزل', 'الفذ'].flatMap((w) => [w, w + '\u0647']),
);

/**
 * The name right after one adjective of praise that follows a title (see PRAISE), as
 * [start, end]; null otherwise.
 */
function afterPraise(names: ns.NameScanner, doc: Doc, pos: number): [number, number] | null {
  const { starts, ends, count } = doc.tokens;
  const t = tokenAt(doc, pos);
  if (t + 1 >= count || starts[t]! !== pos + 1 || !PRAISE.has(doc.norm.text.slice(starts[t]!, ends[t]!))) return null;
  const nameEnd = scanName(names, doc, ends[t]!);
  return nameEnd < 0 ? null : [starts[t + 1]!, nameEnd];
}

/** Commas, Arabic and Latin. */
const COMMAS: ReadonlySet<number> = new Set([0x060c, 0x2c]);
/** Marks that close a name set off by a comma: a comma, a colon, a full stop, a quotation mark. */
const CLOSERS: ReadonlySet<number> = new Set([0x060c, 0x2c, 0x3a, 0x2e, 0xab, 0x22]);

/**
 * A name set off by commas right after a title (`وقال وزير الخارجية، سيرجي لافروف، إن`): a
 * comma, the name, then a comma, a colon, a full stop or a quotation mark. Without the closing
 * mark the words after a comma are seldom the title's name. Returns where the name's text
 * starts (after the comma) and ends, or null.
 */
function setOffAfter(names: ns.NameScanner, doc: Doc, pos: number): [number, number] | null {
  return markedName(names, doc, pos, (open) => (COMMAS.has(open) ? CLOSERS : undefined));
}

/** Opening quotation marks and brackets, and the mark that closes each (" « “ ' (). */
const QUOTES: ReadonlyMap<number, ReadonlySet<number>> = new Map([
  [0x22, new Set([0x22])],
  [0xab, new Set([0xbb])],
  [0x201c, new Set([0x201d])],
  [0x27, new Set([0x27])],
  [0x28, new Set([0x29])],
]);

/**
 * The name in quotation marks or brackets right after a title or a nationality
 * (`الإمبراطور " هوانج تي "`, `الصربي " جافريلو برينسيب "`), as [start, end], when the
 * closing mark follows the name right away; null otherwise.
 */
function quotedAfter(names: ns.NameScanner, doc: Doc, pos: number): [number, number] | null {
  return markedName(names, doc, pos, (open) => QUOTES.get(open));
}

/**
 * The name between a mark right after `pos` and the mark that closes it right after the name,
 * on one line, as [start, end]; null otherwise. `closers` gives the marks that close an
 * opening mark, or undefined for a character that opens nothing.
 */
function markedName(names: ns.NameScanner, doc: Doc, pos: number, closers: (open: number) => ReadonlySet<number> | undefined): [number, number] | null {
  const { starts, ends, count } = doc.tokens;
  const text = doc.norm.text;
  const t = tokenAt(doc, pos);
  if (t >= count || ends[t]! - starts[t]! !== 1 || lineBreak(text, pos, starts[t]!)) return null;
  const close = closers(text.charCodeAt(starts[t]!));
  if (close === undefined) return null;
  const nameEnd = scanName(names, doc, ends[t]!);
  if (nameEnd < 0) return null;
  const u = tokenAt(doc, nameEnd);
  if (u >= count || ends[u]! - starts[u]! !== 1 || !close.has(text.charCodeAt(starts[u]!)) || lineBreak(text, nameEnd, starts[u]!)) return null;
  return [ends[t]!, nameEnd];
}

/** Whether a line break lies in text[from, to): a name set off by commas never spans lines. */
function lineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/** A code unit that the RegExp class \s matches. */
function isRegExpSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether the word before the spaces that end at `at` starts with the article, after at most
 * one of و ف ب ك, or with لل: what a rule's lookbehind AFTER_DEFINITE (see compile-patterns)
 * rejects, told from three code units instead of a RegExp run.
 */
function afterDefiniteWord(subject: string, at: number): boolean {
  let end = at;
  while (end > 0 && isRegExpSpace(subject.charCodeAt(end - 1))) end--;
  if (end === at) return false;
  let w = end;
  while (w > 0 && !isRegExpSpace(subject.charCodeAt(w - 1))) w--;
  const n = end - w;
  const c0 = subject.charCodeAt(w);
  const c1 = subject.charCodeAt(w + 1);
  if (n >= 2 && ((c0 === ALEF && c1 === LAM) || (c0 === LAM && c1 === LAM))) return true;
  return n >= 3 && (c0 === WA || c0 === FA || c0 === BA || c0 === KAF) && c1 === ALEF && subject.charCodeAt(w + 2) === LAM;
}

/**
 * Where a match over subject[from, to) of a rule with `constructEnd` ends: when its first
 * word is indefinite, the head of a construct (`وزير`, `رئيس`), before the first definite
 * word that follows a definite word and is no adjective of a title (`تفقد وزير الصحة
 * المستشفى الميداني`, `زار وزير الخارجية القاهرة`); `to` otherwise. A word in وال starts a
 * conjunct (`وزير الصحة والسكان`); one in لل is a complement with a preposition (`للشؤون`),
 * after which an adjective may come. A definite title (`الفريق أول الركن الطيار`) is no
 * construct, and a word that triggers `rule` starts another title of the same person
 * (`وزير الدفاع الفريق أول`), which the title steps split off.
 */
function constructCut(rule: RuntimeRule, triggers: TriggerTable, text: string, from: number, to: number): number {
  if (lt.articleAt(text, from)) return to;
  let definiteBefore = false;
  let prevEnd = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!lt.arabicLetter(c)) {
      if (c > 0x20) definiteBefore = false;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && lt.arabicLetter(text.charCodeAt(j))) j++;
    const definite = lt.articleAt(text, i);
    if (definite && definiteBefore && !titleAdjective(text, i, j) && !find(triggers, hashKey(hashRange(text, i, j)), text, i, j)?.rules.includes(rule)) return prevEnd;
    definiteBefore = definite || (c === WA && lt.articleAt(text, i + 1)) || (c === LAM && text.charCodeAt(i + 1) === LAM);
    prevEnd = j;
    i = j;
  }
  return to;
}

/**
 * Runs one rule sticky at `at` of `subject`, whose offsets are document offsets minus
 * `shift`; a match must be longer than `minLength`. Rules without labelled groups only need
 * the match's end, which a sticky `test` leaves in `lastIndex` without building a result.
 */
function runOne(run: Run, rule: RuntimeRule, subject: string, at: number, shift: number, floor: number, minLength: number): void {
  const re = rule.re;
  let m: RegExpExecArray | null = null;
  let end: number;
  if (rule.notAfterDefinite && afterDefiniteWord(subject, at)) return;
  if (rule.triggerOnly !== 0) {
    // The pattern is the trigger list alone: the match is the trigger token, as the RegExp
    // would find it (the list's boundary: no letter or digit right after it).
    end = run.triggerEnd - shift;
    if (end < subject.length && isWordChar(subject.charCodeAt(end))) return;
    if (rule.triggerOnly === 2 && subject.charCodeAt(at) === ALEF && subject.charCodeAt(at + 1) === LAM) return;
    if (end - at <= minLength) return;
  } else if (rule.labelled) {
    const probe = rule.probe;
    if (probe !== null) {
      probe.lastIndex = at;
      if (!probe.test(subject)) return;
    }
    re.lastIndex = at;
    m = re.exec(subject);
    if (m === null || m[0].length <= minLength) return;
    end = at + m[0].length;
    if (rule.constructEnd) {
      const cut = constructCut(rule, run.index.triggers, subject, at, end);
      if (cut < end) {
        // What follows the cut is the sentence's next phrase, no name of the title's, unless a
        // name follows the whole match: the words past the cut are then more titles of the
        // person (`نائب حاكم الهند اللورد هردنك`, `وزير الدفاع الكولونيل " كايمبي "`).
        const n = run.out.length;
        const named = rule.name !== null ? withName(run, rule, m, at + shift, end + shift, shift, floor) : -1;
        if (named > end + shift) {
          run.lastEnd[rule.index] = named;
          return;
        }
        run.out.length = n;
        run.lastEnd[rule.index] = cut + shift;
        emitGroups(rule, m, run.text, shift, floor, run.out, cut + shift);
        return;
      }
    }
  } else {
    re.lastIndex = at;
    if (!re.test(subject)) return;
    end = re.lastIndex;
    if (end - at <= minLength) return;
  }
  if (rule.name !== null || rule.extend !== null) {
    const e = withName(run, rule, m, at + shift, end + shift, shift, floor);
    if (e >= 0) run.lastEnd[rule.index] = e;
    return;
  }
  run.lastEnd[rule.index] = end + shift;
  emit(rule, m, run.text, at + shift, end + shift, shift, floor, run.out);
}

/** Runs the rules of one trigger at document offset `at`. */
function runRules(run: Run, rules: readonly RuntimeRule[], at: number): void {
  const lastEnd = run.lastEnd;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    if (at < lastEnd[rule.index]!) continue;
    runOne(run, rule, run.text, at, 0, 0, 0);
  }
}

/**
 * True when rule `r` of a trigger entry may match at token `t`: a word that only starts the
 * rule's trigger phrases (ما of ما يقارب) needs one of the phrases' next tokens after it.
 */
function phraseGoesOn(run: Run, entry: TriggerEntry, r: number, t: number): boolean {
  const next = entry.next[r];
  if (next === null || next === undefined) return true;
  const tokens = run.doc.tokens;
  return t + 1 < tokens.count && next.has(hashKey(tokens.hash[t + 1]!));
}

/** Longest run of number tokens looked through (a number in words has far fewer). */
const MAX_NUMBER_RUN = 24;

/**
 * True when one of the tokens after token `t`, up to and including the first that is no part
 * of a number, is one of `follows`: the check a rule's `follows` makes at digits, made at
 * number words (ثلاثة ملايين دولار) and for `nextWord` (العام الماضي, الأشهر الثلاثة الماضية).
 * A run longer than any number says yes.
 */
function numberFollowed(run: Run, follows: ReadonlySet<number>, t: number): boolean {
  const { count, starts, ends, kinds, hash } = run.doc.tokens;
  const numberTokens = run.index.numberTokens;
  const text = run.text;
  for (let u = t + 1; u < count; u++) {
    if (u - t > MAX_NUMBER_RUN) return true;
    const key = hashKey(hash[u]!);
    if (follows.has(key)) return true;
    if (kinds[u] === DIGIT || numberTokens.has(key) || (ends[u]! - starts[u]! === 1 && isDecimalMark(text.charCodeAt(starts[u]!)))) continue;
    return false;
  }
  return false;
}

/** True when one of the `within` tokens after token `t` is what the rule needs ahead. */
function aheadFound(run: Run, ahead: NonNullable<RuntimeRule['ahead']>, t: number): boolean {
  const { count, kinds, hash } = run.doc.tokens;
  const stop = Math.min(count, t + 1 + ahead.within);
  for (let u = t + 1; u < stop; u++) {
    const k = kinds[u]!;
    if ((ahead.digit && k === DIGIT) || (ahead.latin && k === LATIN) || ahead.words.has(hashKey(hash[u]!))) return true;
  }
  return false;
}

/** Runs the rules of trigger entry `entry` (found at token `t`) at document offset `at`. */
function runEntry(run: Run, entry: TriggerEntry, at: number, t: number): void {
  const rules = entry.rules;
  run.triggerEnd = run.doc.tokens.ends[t]!;
  const lastEnd = run.lastEnd;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    if (at < lastEnd[rule.index]! || !phraseGoesOn(run, entry, r, t)) continue;
    if (entry.numeric && rule.follows !== null && !numberFollowed(run, rule.follows, t)) continue;
    const past = entry.past[r]!;
    if (past !== null && !numberFollowed(run, past, t)) continue;
    if (rule.ahead !== null && !aheadFound(run, rule.ahead, t)) continue;
    runOne(run, rule, run.text, at, 0, 0, 0);
  }
}

const KEY_MASK = (1 << cp.KEY_FILTER_BITS) - 1;

/** False when `key` is in no set the filter was built from (see compile-patterns keyFilter). */
function inFilter(filter: Uint32Array, key: number): boolean {
  return (filter[(key & KEY_MASK) >>> 5]! & (1 << (key & 31))) !== 0;
}

/** True when one of the `within` tokens before token `t`, in any proclitic reading, is one of the rule's words. */
function behindFound(run: Run, behind: NonNullable<RuntimeRule['behind']>, t: number): boolean {
  const { hash, hash1, hash2 } = run.doc.tokens;
  const { words, filter } = behind;
  for (let u = Math.max(0, t - behind.within); u < t; u++) {
    const h0 = hashKey(hash[u]!);
    const h1 = hashKey(hash1[u]!);
    const h2 = hashKey(hash2[u]!);
    if ((inFilter(filter, h0) && words.has(h0)) || (inFilter(filter, h1) && words.has(h1)) || (inFilter(filter, h2) && words.has(h2))) return true;
  }
  return false;
}

/** Checks of a digit rule's `atDigit` at digit token `t`: cheaper than its RegExp failing. */
function digitShapeFits(run: Run, rule: RuntimeRule, t: number): boolean {
  const { count, starts, ends, hash } = run.doc.tokens;
  if (rule.digitLengths !== 0) {
    const n = ends[t]! - starts[t]!;
    if (n > 30 || (rule.digitLengths & (1 << n)) === 0) return false;
  }
  if (rule.digitNext !== null && (t + 1 >= count || !rule.digitNext.has(hashKey(hash[t + 1]!)))) return false;
  if (rule.digitAfter !== null && !rule.digitAfter.includes(charBefore(run.text, starts[t]!))) return false;
  return true;
}

/** Most spaces skipped before a number for its `atDigit.after` character. */
const AFTER_SPACES = 3;

/** The character before offset `at`, past up to AFTER_SPACES spaces; a line feed at the text's start. */
function charBefore(text: string, at: number): number {
  let i = at - 1;
  for (let k = 0; k < AFTER_SPACES && i >= 0 && lt.lineSpace(text.charCodeAt(i)); k++) i--;
  return i < 0 ? 0x0a : text.charCodeAt(i);
}

/**
 * The token after the digit groups that continue a number, from token `u` (the one after its
 * first group) on. A number has at most five groups ({{num}}): a bounded skip keeps 1.1.1.1…
 * linear.
 */
function pastGroups(run: Run, u: number): number {
  const { count, starts, ends, kinds } = run.doc.tokens;
  for (let g = 0; g < 4 && u + 1 < count && kinds[u + 1] === DIGIT && continuesNumber(run.text, starts, ends, u); g++) u += 2;
  return u;
}

/**
 * At a number, rules that say what must follow it run only when the token after the number
 * (past any . or , groups) is one of those words: one hash look-up instead of a RegExp each.
 */
function runAtNumber(run: Run, t: number): void {
  const { count, starts, ends, kinds, hash } = run.doc.tokens;
  const text = run.text;
  const onDigit = run.index.onDigit;
  const lastEnd = run.lastEnd;
  let u = pastGroups(run, t + 1);
  // A range's second number (`2 - 3 أيام`, `10 و15 في المئة`, {{amount}}): the word after it
  // is what follows.
  if (u + 1 < count && kinds[u + 1] === DIGIT && (rangeDash(text, starts, ends, u) || rangeWa(text, starts, ends, u))) u = pastGroups(run, u + 2);
  const nextKey = u < count ? hashKey(hash[u]!) : -1;
  const next = run.index.digitFollows.get(nextKey) ?? 0;
  const at = starts[t]!;
  const lineStart = at === 0 || text.charCodeAt(at - 1) === 0x0a;
  for (let r = 0; r < onDigit.length; r++) {
    const rule = onDigit[r]!;
    if (rule.follows !== null && (r < DIGIT_BITS ? (next & (1 << r)) === 0 : !rule.follows.has(nextKey))) continue;
    if (at < lastEnd[rule.index]! || (rule.lineStart && !lineStart)) continue;
    if ((rule.digitLengths !== 0 || rule.digitNext !== null || rule.digitAfter !== null) && !digitShapeFits(run, rule, t)) continue;
    if (rule.behind !== null && !behindFound(run, rule.behind, t)) continue;
    runOne(run, rule, text, at, 0, 0, 0);
  }
}

/**
 * After لل the article's alef is not written (للرئيس = ل + الرئيس): match against a short
 * window with the alef restored, then map back, the span starting at the article's lam.
 */
function runRestored(run: Run, entry: TriggerEntry, at: number, t: number): void {
  run.triggerEnd = run.doc.tokens.ends[t]!;
  const window = '\u0627' + run.text.slice(at, at + WINDOW); // ا
  const rules = entry.rules;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    if (at < run.lastEnd[rule.index]! || !phraseGoesOn(run, entry, r, t)) continue;
    const past = entry.past[r]!;
    if (past !== null && !numberFollowed(run, past, t)) continue;
    if (rule.ahead !== null && !aheadFound(run, rule.ahead, t)) continue;
    runOne(run, rule, window, 0, at - 1, at, 1);
  }
}

/** The underscore, which joins words and digits into one name: `@ahmed_99`, `#مصر_2024`. */
const UNDERSCORE = 0x5f;

/**
 * Whether the digits at [s, e) are glued by an underscore to what comes before or after them:
 * part of a handle, a hashtag or a file name, no number of the text.
 */
function inIdentifier(text: string, s: number, e: number): boolean {
  return (s > 0 && text.charCodeAt(s - 1) === UNDERSCORE) || text.charCodeAt(e) === UNDERSCORE;
}

/** Runs the compiled rules over a document and returns every candidate they produce. */
export function matchRules(index: RuleIndex, doc: Doc): Candidate[] {
  const run = new Run(index, doc);
  const text = run.text;
  const { count, starts, ends, kinds, hash, hash1, hash2 } = doc.tokens;
  const { triggers, onDigit, onLatin } = index;

  for (let t = 0; t < count; t++) {
    const kind = kinds[t]!;
    const s = starts[t]!;
    if (kind === DIGIT) {
      if (onDigit.length > 0 && !inIdentifier(text, s, ends[t]!)) runAtNumber(run, t);
      continue;
    }
    const e = ends[t]!;
    // The word after عبد is the second half of a given name, never a trigger.
    if (t > 0 && kind === ARABIC && lt.abdAt(text, starts[t - 1]!, ends[t - 1]!) && lt.spacesOnly(text, ends[t - 1]!, s)) continue;
    // Most tokens are no trigger, whole or after proclitics: one read of the table says so.
    const whole = find(triggers, hashKey(hash[t]!), text, s, e);
    // A proclitic before a word written with a hamza (وأدى: و + أدى) spells no trigger
    // (وادي, a valley), as in the gazetteer; its readings without the proclitic still count.
    if (whole !== undefined && !procliticBeforeHamza(doc, s, e)) runEntry(run, whole, s, t);
    if (kind === ARABIC) {
      // Proclitics, in the order of cliticReadings: و/ف, then ب/ل/ك (and لل with the
      // article's alef restored), with or without the conjunction.
      const n = e - s;
      const first = text.charCodeAt(s);
      const conj = first === WA || first === FA;
      if (conj && n - 1 >= MIN_STEM) {
        const x = find(triggers, hashKey(hash1[t]!), text, s + 1, e);
        if (x !== undefined) runEntry(run, x, s + 1, t);
      }
      for (let i = 0; i <= (conj ? 1 : 0); i++) {
        const c = text.charCodeAt(s + i);
        if ((c !== BA && c !== LAM && c !== KAF) || n - i - 1 < MIN_STEM) continue;
        const from = s + i + 1;
        const h = i === 0 ? hash1[t]! : hash2[t]!;
        const x = find(triggers, hashKey(h), text, from, e);
        if (x !== undefined) runEntry(run, x, from, t);
        // لل: the article's alef restored (ALEF, LAM, next letter) as the prefix.
        if (c === LAM && text.charCodeAt(from) === LAM && n - i - 1 > MIN_STEM) {
          const y = find(triggers, hashKey(prependHash(ALEF, h)), text, from, e, ALEF);
          if (y !== undefined) runRestored(run, y, from, t);
        }
      }
    } else if (kind === LATIN && onLatin.length > 0) {
      runRules(run, onLatin, s);
    }
  }
  return run.out;
}

// In-document linking, after overlap resolution:
// 1. abbreviations given in «» or () right after an organisation name take its identity,
//    and so do their later uses, as does a bare Latin acronym of its English name's initials
//    (acronym-initials.ts); a name no gazetteer knows takes the identity of a known
//    abbreviation after it;
// 2. a person named in full once (by gazetteer or by a title rule) links every mention of
//    the family name alone (or of its last two names) in the document, which become PERS
//    even where no rule would catch them alone, and takes that family name from a famous
//    namesake the gazetteer links it to (family-names.ts);
// 3. names no gazetteer knows get a document-local ID (`doc:N`) so their mentions group; a
//    city named with its noun (`مدينة حلب`) takes the ID of the city nested in it;
// 4. in a document about sport, a city named as a side in a match (`فاز على كوبنهاغن 1 - صفر`)
//    is its club: the gazetteer's club of that name, or an organisation it does not know;
// 5. an ambiguous alias prefers a candidate that the document names unambiguously elsewhere,
//    then, in a document about sport, the club a place shares its name with (the league's
//    country names the club's city too), then a place in a country the document names (or
//    a country one of whose places it names); so does a currency, nested in an amount too
//    (currency-country.ts).
// Every step is deterministic and linear in the number of tokens.

import { tokenAt, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { ALEF, cliticReadings } from '../tokenize/clitics.js';
import { ARABIC, LATIN } from '../tokenize/char-class.js';
import { arabicLetter, BA, spacesOnly } from '../tokenize/letters.js';
import type { Candidate, CanonicalName, GazetteerEntry, Label } from '../types.js';
import { hashRange, hashString, sameText } from '../tokenize/token-hash.js';
import { afterTeamNoun, isSportsDocument, SPORTS_EVIDENCE } from './sports-context.js';
import { idBit, mayBeIn } from '../resolve/id-bit.js';
import { factsOf, onlyOneInCountries, type EntryFacts, type EntryLookup, type FactsLookup } from './entry-facts.js';
import { teamRoleCues } from '../resolve/team-role.js';
import { newCandidate } from '../candidate.js';
import { mergeByStart } from '../resolve/sort-by-start.js';
import { afterOpeningVerb } from '../resolve/titled-persons.js';
import { namesOutlet } from '../resolve/media-names.js';
import { holdsOtherPerson, initialSound, namesOtherPerson } from './family-names.js';
import { currencyInContext } from './currency-country.js';
import { spellsInitials } from './acronym-initials.js';
import { nestedChoices, outerIdentity, takeNamedAfterNoun } from './nested-choices.js';
import { vocalizedPick } from './vocalized.js';
import { dropOtherPersonsInNames } from './inner-name-parts.js';

/** Labels that name things (and so get document-local IDs); numbers and dates do not. */
const NAME_LABELS: ReadonlySet<Label> = new Set(['PERS', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'PRODUCT', 'NORP', 'LAW', 'LANGUAGE', 'WEBSITE']);

/** Labels of places: only these choose among the places that share a name by country. */
const PLACE_LABELS: ReadonlySet<Label> = new Set(['GPE', 'LOC']);

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
  /**
   * The gazetteer entry of an ID. With it, an ambiguous alias prefers a place whose country
   * (the entry's `country`) the document names, or a country one of whose places it names
   * (`عمان` after `الأردنية` is Amman; after `مسقط`, Oman), and the entity chosen keeps its
   * canonical names.
   */
  entryOf?: (id: string) => Readonly<GazetteerEntry> | undefined;
}

/** Parts after which the last token is a compound given name, not a family name (أبو عبد الله). */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(['\u0639\u0628\u062f', '\u0627\u0628\u0648', '\u0627\u0628\u064a', '\u0627\u0645']); // عبد ابو ابي ام
/**
 * Last parts that make a name only with the token before them (عبيد الله, نصر الله, نور الدين):
 * alone they are God and religion (`رسول الله`), never a person.
 */
const COMPOUND_TAILS: ReadonlySet<string> = new Set(['\u0627\u0644\u0644\u0647', '\u0627\u0644\u062f\u064a\u0646']); // الله الدين
/** Parts that make a family name with the next token (بن لادن, آل نهيان). */
const FAMILY_HEADS: ReadonlySet<string> = new Set(['\u0628\u0646', '\u0627\u0628\u0646', '\u0627\u0644']); // بن ابن ال

/** Index of the first token ending after normalized offset `pos` (tokens are sorted). */
function firstTokenAfter(doc: Doc, pos: number): number {
  const { ends, count } = doc.tokens;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token from `first` on that starts before `end` (`first - 1` if none). */
function lastTokenBefore(doc: Doc, first: number, end: number): number {
  const { starts, count } = doc.tokens;
  let t = first;
  while (t < count && starts[t]! < end) t++;
  return t - 1;
}

/** The code unit that joins the tokens of a form. */
const SPACE = 0x20;

/**
 * The normalized token keys of `[start, end)` (without the proclitics `start` cuts off),
 * joined by single spaces: the key of most look-ups. Where the tokens are already separated
 * by single spaces, as in most text, that is one slice of the text.
 */
function formOf(doc: Doc, start: number, end: number): string {
  const first = firstTokenAfter(doc, start);
  return formOfTokens(doc, first, lastTokenBefore(doc, first, end), start, end);
}

/** formOf where the tokens `first..last` that `[start, end)` covers are known. */
function formOfTokens(doc: Doc, first: number, last: number, start: number, end: number): string {
  const { starts, ends } = doc.tokens;
  const text = doc.norm.text;
  if (last < first) return '';
  let t = first;
  while (t < last && starts[t + 1] === ends[t]! + 1 && text.charCodeAt(ends[t]!) === SPACE) t++;
  if (t === last) return text.slice(Math.max(starts[first]!, start), Math.min(ends[last]!, end));
  const keys: string[] = [];
  for (t = first; t <= last; t++) keys.push(text.slice(Math.max(starts[t]!, start), Math.min(ends[t]!, end)));
  return keys.join(' ');
}

/** Nouns of a city, town or village before its name (normalized). */
const CITY_NOUNS: ReadonlySet<string> = new Set(['مدينه', 'المدينه', 'بلده', 'البلده', 'قريه', 'القريه', 'العاصمه']);

/**
 * A city named with its noun (`مدينة مراكش`, `مدينة حلب`) is the city the gazetteer
 * knows by the name alone: the place nested over the rest of the span gives its identity
 * when it has one and no other reading. A governorate or a state named after its city
 * (`محافظة البصرة`, `ولاية الخرطوم`) is another entity and keeps none.
 */
function takeCityIdentity(text: string, c: Candidate): void {
  let inner: Candidate | undefined;
  for (const n of c.inner!) if (n.end === c.end && n.label === 'GPE' && n.id !== undefined && !n.candidates && (inner === undefined || n.start < inner.start)) inner = n;
  if (inner === undefined) return;
  let s = inner.start;
  while (s > c.start && text.charCodeAt(s - 1) === SPACE) s--;
  if (!CITY_NOUNS.has(text.slice(c.start, s))) return;
  c.id = inner.id;
  c.canonical = inner.canonical;
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
 * Sets the filter's bits for the first words of known forms, so that one test of a token's
 * three hashes (whole, without one and without two leading letters: see cliticReadings)
 * rejects most tokens of a text. A form starting with the alef of the article also sets the
 * bit of its first word without it, for the reading that restores the alef after لل.
 * Returns the keys to clear with clearFilter.
 */
function firstTokenFilter(...maps: ReadonlyArray<ReadonlyMap<string, unknown>>): number[] {
  const set: number[] = [];
  for (const map of maps) {
    for (const form of map.keys()) {
      const sp = form.indexOf(' ');
      const end = sp < 0 ? form.length : sp;
      setBit(hashRange(form, 0, end), set);
      if (form.charCodeAt(0) === ALEF) setBit(hashRange(form, 1, end), set);
    }
  }
  return set;
}

/** Sets the filter's bit for hash `h`, noting it in `set` for clearFilter. */
function setBit(h: number, set: number[]): void {
  const k = h & (FILTER_BITS - 1);
  FILTER[k >> 3]! |= 1 << (k & 7);
  set.push(k);
}

function clearFilter(set: readonly number[]): void {
  for (const k of set) FILTER[k >> 3] = 0;
}

/**
 * The first token from `t` on (`count` if none) whose text, or its text without one or two
 * leading letters (the proclitic readings, see cliticReadings), may start a known form. May
 * stop wrongly (a hash collision, or letters that are not proclitics), never pass one by.
 */
function nextInFilter(hash: Int32Array, hash1: Int32Array, hash2: Int32Array, t: number, count: number): number {
  for (; t < count; t++) if (inFilter(hash[t]!) || inFilter(hash1[t]!) || inFilter(hash2[t]!)) return t;
  return count;
}

/** True when the filter's bit for hash `h` is set: a word with that hash may start a known form. */
function inFilter(h: number): boolean {
  const k = h & (FILTER_BITS - 1);
  return (FILTER[k >> 3]! & (1 << (k & 7))) !== 0;
}

/** The organisation an office (OCC) ends with, nested in it (`مدير عام معهد أبحاث …`), if any. */
function officeOrganisation(c: Candidate): Candidate | undefined {
  if (c.label !== 'OCC' || !c.inner) return undefined;
  for (const x of c.inner) if (x.label === 'ORG' && x.end === c.end) return x;
  return undefined;
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

/**
 * Whether candidate `a`, the one after organisation `c`, is a Latin acronym at token `t` right
 * after it on the same line (`منظمة الصحة العالمية WHO`), spelling the initials of the English
 * name of the entry `c` links to (acronym-initials.ts).
 */
function bareAcronym(doc: Doc, c: Candidate, a: Candidate | undefined, t: number, entryOf: LinkOptions['entryOf']): boolean {
  if (a === undefined || a.label !== 'ORG' || a.id !== undefined || c.id === undefined || entryOf === undefined) return false;
  const { starts, ends } = doc.tokens;
  if (a.start !== starts[t] || a.end !== ends[t]) return false;
  const text = doc.norm.text;
  if (a.start !== c.end && !spacesOnly(text, c.end, a.start)) return false;
  const en = entryOf(c.id)?.en;
  return en !== undefined && spellsInitials(text.slice(a.start, a.end), en);
}

const OPEN = new Set(['«', '(', '"', '“']);
const CLOSE = new Set(['»', ')', '"', '”']);

// Roles of a resolved candidate in linking, as bits (see linkDocument).
/** Under a name label. */
const NAME = 1;
const PERSON = 2;
const ORGANISATION = 4;
/** Under a name label whose rule finds are looked for again (all but NORP). */
const RECURS = 8;
/** Found by a rule under such a label. */
const RULE_NAME = 16;
/** An ambiguous alias (has `candidates`). */
const AMBIGUOUS = 32;

/** Under a place label (GPE, LOC). */
const PLACE = 64;

/**
 * The roles a label gives (those of NAME_LABELS and PLACE_LABELS), compared outright: a map
 * look-up per candidate costs more than a few comparisons of interned strings. The commonest
 * labels come first.
 */
function labelRoles(label: Label): number {
  switch (label) {
    case 'PERS':
      return NAME | RECURS | PERSON;
    case 'GPE':
    case 'LOC':
      return NAME | RECURS | PLACE;
    case 'ORG':
      return NAME | RECURS | ORGANISATION;
    case 'NORP':
      return NAME;
    case 'FAC':
    case 'EVENT':
    case 'PRODUCT':
    case 'LAW':
    case 'LANGUAGE':
    case 'WEBSITE':
      return NAME | RECURS;
    default:
      return 0;
  }
}

/**
 * The first candidate of the ambiguous place `c` that lies in a country the document names
 * unambiguously, or is the country of a place it so names; undefined when none is. Only
 * places of the mention's own label compete: a club or a person named like a city
 * (ليفربول, موراي) keeps its reading in a document that names the city's country, and so
 * does a region (LOC, سيناء) against a town of the same name (GPE) elsewhere.
 */
/** `العاصمة ` (normalized, with its space): the capital, before the name of its city. */
const THE_CAPITAL = normalizeKey('العاصمة') + ' ';

/** ` العاصمة` (normalized, with its space) after a city's name: `الجزائر العاصمة`. */
const CAPITAL_AFTER = ' ' + normalizeKey('العاصمة');

/** Whether `العاصمة` stands right before the place `c` or right after it, a word of its own. */
function besideCapitalNoun(text: string, c: Candidate): boolean {
  if (c.start >= THE_CAPITAL.length && text.startsWith(THE_CAPITAL, c.start - THE_CAPITAL.length)) return true;
  const after = c.end + CAPITAL_AFTER.length;
  // The noun ends there: no Arabic letter goes on (`العاصمتين` is another word).
  return text.startsWith(CAPITAL_AFTER, c.end) && !arabicLetter(text.charCodeAt(after));
}

/**
 * The city among the candidates of a place right after or before `العاصمة` that lies in
 * another of them, the country of the same name (`العاصمة تونس`, `العاصمة الكويت`, `الجزائر
 * العاصمة`): a capital named as its country is. `عاصمة تونس` (the capital of Tunisia) is the
 * country, and is left alone.
 */
function capitalAfterNoun(text: string, c: Candidate, facts: FactsLookup): string | undefined {
  if (c.label !== 'GPE' || !besideCapitalNoun(text, c)) return undefined;
  const ids = c.candidates!;
  const list = facts.ofList(ids);
  for (let k = 0; k < ids.length; k++) {
    const f = list[k];
    if (f !== undefined && f.label === 'GPE' && f.country !== undefined && ids.includes(f.country)) return ids[k];
  }
  return undefined;
}

function inNamedCountry(c: Candidate, facts: FactsLookup, context: DocumentContext): string | undefined {
  if (c.label === 'ORG') return organisationOfNamedCountry(c, facts, context);
  if (c.label === 'CURR') return currencyInContext(c, facts, sureOrNestedIds(context), () => countriesOfNamedPlaces(facts, context));
  if (!PLACE_LABELS.has(c.label)) return undefined;
  const ids = c.candidates!;
  const list = facts.ofList(ids);
  // A nationality nested in a title or an organisation names its country as surely as the
  // country's name: `وزير الخارجية الأردني في عمان` is in Amman, not Oman. A country the
  // document names is itself the place, before a city of its name (`الجزائر`, `تونس`).
  const named = sureOrNestedIds(context);
  for (let k = 0; k < ids.length; k++) if (named.has(ids[k]!) && list[k]?.label === c.label && list[k]!.country === undefined) return ids[k];
  for (let k = 0; k < ids.length; k++) {
    const f = list[k];
    if (f === undefined || f.label !== c.label) continue;
    const id = ids[k]!;
    const country = f.country;
    if (country !== undefined && named.has(country)) return id;
    if (countriesOfNamedPlaces(facts, context).has(id)) return id;
  }
  // Then the one place of a country where the document surely names another (`عمان والزرقاء
  // وإربد`: Amman, among Jordan's cities, not Oman).
  const countries = countriesOfNamedPlaces(facts, context);
  let sibling: string | undefined;
  for (let k = 0; k < ids.length; k++) {
    const f = list[k];
    if (f === undefined || f.label !== c.label || f.country === undefined || !countries.has(f.country)) continue;
    if (sibling !== undefined) return undefined;
    sibling = ids[k];
  }
  return sibling;
}

/**
 * The one organisation among the candidates whose country (the gazetteer's `country`) the
 * document names, a nationality nested in a title included: `مجلس النواب` is the Egyptian
 * house after `وزير المالية المصري`. When the document names the countries of two of them,
 * it does not say which, and the prior stands.
 */
function organisationOfNamedCountry(c: Candidate, facts: FactsLookup, context: DocumentContext): string | undefined {
  return onlyOneInCountries(c.candidates!, facts, 'ORG', sureOrNestedIds(context));
}

/** What the ambiguous-alias choices ask of the document, worked out the first time one asks. */
interface DocumentContext {
  roles: readonly number[];
  ids: ReadonlyArray<string | undefined>;
  /** The resolved candidates, whose nested entities name things too (`وزير المالية المصري`). */
  out: readonly Candidate[];
  /** Whether the document is about sport. */
  sports?: boolean;
  /** The IDs of the mentions that are not ambiguous. */
  sure?: ReadonlySet<string>;
  /** Those and the IDs of the settled entities nested in mentions (see addNestedIds). */
  sureOrNested?: ReadonlySet<string>;
  /** The countries of the places among them. */
  countries?: ReadonlySet<string>;
}

/** The IDs the document names unambiguously (cached in `context`). */
function sureIds(context: DocumentContext): ReadonlySet<string> {
  if (context.sure) return context.sure;
  const { roles, ids } = context;
  const sure = new Set<string>();
  for (let i = 0; i < ids.length; i++) if (!(roles[i]! & AMBIGUOUS) && ids[i] !== undefined) sure.add(ids[i]!);
  return (context.sure = sure);
}

/** sureIds and the IDs of the settled nested entities (cached in `context`). */
function sureOrNestedIds(context: DocumentContext): ReadonlySet<string> {
  if (context.sureOrNested) return context.sureOrNested;
  const all = new Set(sureIds(context));
  for (const c of context.out) if (c.inner) addNestedIds(c.inner, all);
  return (context.sureOrNested = all);
}

/**
 * Adds the IDs of nested entities that are settled: unambiguous ones, and a nationality or a
 * country inside a title or an organisation, which its place there reads as one (`المصري` of
 * `وزير المالية المصري` is Egypt, not the club al-Masry).
 */
function addNestedIds(inner: readonly Candidate[], sure: Set<string>): void {
  for (const c of inner) {
    if (c.id !== undefined && (!c.candidates || c.label === 'NORP' || c.label === 'GPE')) sure.add(c.id);
    if (c.inner) addNestedIds(c.inner, sure);
  }
}

/** The countries of the places the document names unambiguously (cached in `context`). */
function countriesOfNamedPlaces(facts: FactsLookup, context: DocumentContext): ReadonlySet<string> {
  if (context.countries) return context.countries;
  const countries = new Set<string>();
  for (const s of sureIds(context)) {
    const k = facts.of(s)?.country;
    if (k !== undefined) countries.add(k);
  }
  return (context.countries = countries);
}

/** The first club among `ids`, if any. */
function firstClub(ids: readonly string[], facts: FactsLookup): string | undefined {
  const list = facts.ofList(ids);
  for (let k = 0; k < ids.length; k++) if (list[k]?.club) return ids[k];
  return undefined;
}

/** The normalized في (in). */
const IN = normalizeKey('في');

/** Verbs of playing for a club, after which في names the club (`يلعب في الرياض`), normalized. */
const PLAYS: ReadonlySet<string> = new Set(['لعب', 'يلعب', 'يلعبون', 'اللعب', 'احترف', 'يحترف', 'الاحتراف'].map(normalizeKey));

/**
 * Whether place `out[i]` is where something took place: after في, unless a verb of playing
 * for a club comes before it (`فاز المنتخب السعودي على الصين في الرياض`, `ملعب الأول بارك في
 * الرياض`), or after ب glued to it right after an entity (`ملعب الأمير فيصل بن فهد بالرياض`).
 * A venue, not a side: the place keeps its reading.
 */
function venueAfterEntity(doc: Doc, out: readonly Candidate[], i: number): boolean {
  if (i === 0) return false;
  const c = out[i]!;
  const before = out[i - 1]!;
  const { starts, ends } = doc.tokens;
  const text = doc.norm.text;
  const t = tokenAt(doc, c.start);
  if (starts[t] === c.start) return t >= 2 && sameText(IN, text, starts[t - 1]!, ends[t - 1]!) && !PLAYS.has(text.slice(starts[t - 2]!, ends[t - 2]!));
  return c.start === starts[t]! + 1 && text.charCodeAt(starts[t]!) === BA && t >= 1 && ends[t - 1] === before.end;
}

/** The club among the candidates of a place `out[i]`, after `فريق` or in a document about sport; undefined otherwise. */
function clubInSportsDocument(doc: Doc, out: readonly Candidate[], i: number, facts: FactsLookup, context: DocumentContext): string | undefined {
  const c = out[i]!;
  if (!PLACE_LABELS.has(c.label) || venueAfterEntity(doc, out, i)) return undefined;
  const club = firstClub(c.candidates!, facts);
  if (club === undefined) return undefined;
  if (afterTeamNoun(doc, c.start)) return club;
  // A club the document names for sure is a cue (`ماتش بين ريال مدريد وبرشلونة`).
  context.sports ??= isSportsDocument(doc, { cues: namedClubs(context.roles, context.ids, facts, SPORTS_EVIDENCE) });
  return context.sports ? club : undefined;
}

/**
 * How many mentions, up to `limit`, name a club by its own unambiguous name (`سلتيك`, `ريال
 * مدريد`): each is a cue that the document is about sport.
 */
function namedClubs(roles: readonly number[], ids: ReadonlyArray<string | undefined>, facts: FactsLookup, limit: number): number {
  let found = 0;
  for (let i = 0; i < ids.length && found < limit; i++) {
    const id = ids[i];
    if (id === undefined || roles[i]! & AMBIGUOUS || !(roles[i]! & ORGANISATION)) continue;
    if (facts.of(id)?.club) found++;
  }
  return found;
}

/**
 * The outlet among the candidates of a place `c` that stands where an outlet does (after a
 * reporter's noun, or as the addressee of a statement: `لـ«الشرق الأوسط» إن`, the newspaper,
 * not the region); undefined otherwise.
 */
function outletNamed(doc: Doc, c: Candidate, facts: FactsLookup): string | undefined {
  if (!PLACE_LABELS.has(c.label) || !namesOutlet(doc.norm.text, c.start, c.end)) return undefined;
  const ids = c.candidates!;
  const list = facts.ofList(ids);
  for (let k = 0; k < ids.length; k++) if (list[k]?.outlet) return ids[k];
  return undefined;
}

/** A city, as opposed to a country or a region: its entry names the country it lies in. */
function isCity(f: EntryFacts | undefined): boolean {
  return f !== undefined && f.label === 'GPE' && f.country !== undefined;
}

/**
 * The candidates of the document's ambiguous aliases, each true when the document also
 * names it unambiguously. The aliases have few candidates: the mask of their IDs turns
 * away most IDs of the document before any is hashed, where a set of them all would hash
 * each one.
 */
function namedCandidates(roles: readonly number[], ids: ReadonlyArray<string | undefined>, out: readonly Candidate[]): Map<string, boolean> {
  const named = new Map<string, boolean>();
  const n = ids.length;
  let mask = 0;
  for (let i = 0; i < n; i++) {
    if (!(roles[i]! & AMBIGUOUS)) continue;
    for (const id of out[i]!.candidates!) {
      named.set(id, false);
      mask |= 1 << idBit(id);
    }
  }
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (id !== undefined && !(roles[i]! & AMBIGUOUS) && mayBeIn(mask, id) && named.has(id)) named.set(id, true);
  }
  return named;
}

/** Gives candidate `c` the identity of gazetteer entry `pick`, among its candidates. */
function choose(c: Candidate, pick: string, entry: Readonly<GazetteerEntry> | undefined): void {
  c.id = pick;
  const ids = c.candidates!;
  const reordered = [pick];
  for (const x of ids) if (x !== pick) reordered.push(x);
  c.candidates = reordered;
  // The label (a club read where the place was the likelier form: برشلونة in a match
  // report), the canonical names and the source were the first candidate's.
  if (c.source.kind === 'gazetteer') c.source = { kind: 'gazetteer', ref: pick };
  if (entry) {
    c.label = entry.label;
    c.canonical = entry.en !== undefined ? { ar: entry.ar, en: entry.en } : { ar: entry.ar };
  } else c.canonical = undefined;
}

/**
 * The places of `out` named as sides in a match, made clubs when the document is about sport
 * (the sides' cues count towards that): the club among an ambiguous alias's candidates, else,
 * for a city, an organisation without a gazetteer ID. Countries keep their label: corpora
 * that tag clubs named by their city as organisations leave national sides as places.
 * Returns whether the document is about sport when it had to find out, else undefined.
 */
function clubsInTeamRoles(doc: Doc, out: Candidate[], roles: number[], ids: Array<string | undefined>, entryOf: EntryLookup, facts: FactsLookup): boolean | undefined {
  let cues = 0;
  let sides: number[] | undefined;
  const n = out.length;
  for (let i = 0; i < n; i++) {
    if (!(roles[i]! & PLACE) || ids[i] === undefined) continue;
    const c = out[i]!;
    const first = firstTokenAfter(doc, c.start);
    const k = teamRoleCues(doc, out, i, first, lastTokenBefore(doc, first, c.end));
    if (k === 0) continue;
    cues += k;
    (sides ??= []).push(i);
  }
  if (sides === undefined) return undefined;
  // Clubs the document names by their own names (`سلتيك`) are cues too.
  if (cues < SPORTS_EVIDENCE) cues += namedClubs(roles, ids, facts, SPORTS_EVIDENCE - cues);
  if (!isSportsDocument(doc, { cues })) return false;
  for (const i of sides) {
    const c = out[i]!;
    const club = c.candidates && firstClub(c.candidates, facts);
    if (club !== undefined) choose(c, club, entryOf(club));
    else if (isCity(facts.of(c.id!))) {
      c.label = 'ORG';
      c.id = undefined;
      c.canonical = undefined;
      c.candidates = undefined;
    } else continue;
    roles[i] = labelRoles('ORG') | (roles[i]! & RULE_NAME);
    ids[i] = c.id;
  }
  return true;
}

/**
 * Links mentions within one document. Takes resolved candidates (sorted, non-overlapping) and
 * returns them with IDs filled in, plus the mentions coreference adds, still sorted and
 * non-overlapping.
 */
export function linkDocument(doc: Doc, resolved: readonly Candidate[], options: LinkOptions = {}): Candidate[] {
  const coreference = options.coreference ?? true;
  // The candidates are this call's own: linking fills their IDs in place.
  const out = resolved as Candidate[];
  const n = out.length;
  const { starts, ends, kinds, count } = doc.tokens;
  const text = doc.norm.text;

  // Each candidate's label, source and ID are read and classified once, here, and the steps
  // below test these bits: candidates come from many stages in many shapes, so reading
  // their properties is slow, and a label test is a set look-up. (A plain array: making a
  // typed array per document costs more than it saves.)
  const roles: number[] = new Array<number>(n);
  const ids: Array<string | undefined> = new Array<string | undefined>(n);
  let ambiguous = false;
  for (let i = 0; i < n; i++) {
    const c = out[i]!;
    if (c.id === undefined && c.label === 'GPE' && c.inner) takeCityIdentity(text, c);
    const label = c.label;
    let role = labelRoles(label);
    if (role & RECURS && c.source.kind === 'pattern') role |= RULE_NAME;
    if (c.candidates) {
      role |= AMBIGUOUS;
      ambiguous = true;
    }
    roles[i] = role;
    ids[i] = c.id;
  }

  // Several steps look a candidate up by its form: computed once each.
  const forms: Array<string | undefined> = new Array<string | undefined>(n);
  const formAt = (i: number): string => (forms[i] ??= formOf(doc, out[i]!.start, out[i]!.end));

  // Cities named as sides in a match report: their clubs.
  const context: DocumentContext = { roles, ids, out };
  const entryOf = options.entryOf;
  const facts = entryOf && factsOf(entryOf);
  if (entryOf && facts) {
    const sports = clubsInTeamRoles(doc, out, roles, ids, entryOf, facts);
    if (sports !== undefined) context.sports = sports;
  }

  // Ambiguous aliases: prefer a candidate named unambiguously elsewhere in the document.
  if (ambiguous) {
    const named = namedCandidates(roles, ids, out);
    for (let i = 0; i < n; i++) {
      if (!(roles[i]! & AMBIGUOUS)) continue;
      const c = out[i]!;
      // A form the text writes with its marks (`عمّان`) names its entry; after العاصمة the
      // country's name is its capital's, whatever else the document names.
      let pick: string | undefined = vocalizedPick(doc, c, entryOf) ?? (facts ? capitalAfterNoun(text, c, facts) : undefined);
      for (const id of c.candidates!) {
        if (pick !== undefined) break;
        if (!named.get(id)) continue;
        pick = id;
        break;
      }
      if (pick === undefined && facts) pick = outletNamed(doc, c, facts) ?? clubInSportsDocument(doc, out, i, facts, context) ?? inNamedCountry(c, facts, context);
      if (pick && pick !== c.id) {
        choose(c, pick, entryOf?.(pick));
        ids[i] = pick;
      }
    }
  }
  // Nested ambiguous entities: one of its outer entity's label is that entity when it can be
  // (nested-choices.ts); a currency inside an amount (`950 مليون دينار`) is chosen as one
  // standing alone is: one the document names unambiguously (`دينار أردني` before it), else
  // by country.
  for (const choice of nestedChoices(out)) {
    const c = choice.inner;
    let pick = outerIdentity(choice);
    if (pick === undefined && facts && c.label === 'CURR') {
      const named = sureOrNestedIds(context);
      pick = c.candidates!.find((id) => named.has(id)) ?? inNamedCountry(c, facts, context);
    }
    if (pick && pick !== c.id) choose(c, pick, entryOf?.(pick));
  }
  // An organisation read after its trigger noun that holds a known one is that one (nested
  // in a title too: `رئيس نادي الترجي`).
  for (let i = 0; i < n; i++) {
    const c = out[i]!;
    if (ids[i] === undefined && takeNamedAfterNoun(doc, c)) ids[i] = c.id;
    if (c.inner) for (const m of c.inner) if (m.id === undefined) takeNamedAfterNoun(doc, m);
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
  /** Family names that are also words, looked for again only in a subject's place. */
  let subjectOnly: Set<string> | undefined;
  /** The gazetteer IDs of the persons the document names in full (two tokens or more). */
  const fullIds = new Set<string>();
  /** Full names (index in `out`, where the family name starts) by their family names. */
  let fullNames: Map<string, readonly [number, number]> | undefined;
  /** The sounds that begin the given-name words of `c` before normalized offset `before`. */
  const givenOf = (c: Candidate, before: number): Set<number> => {
    const sounds = new Set<number>();
    for (let t = firstTokenAfter(doc, c.start); t < count && ends[t]! <= before; t++) sounds.add(initialSound(text, Math.max(starts[t]!, c.start), ends[t]!));
    sounds.delete(-1);
    return sounds;
  };

  // Full names first, so that a family name seen before the full name still links.
  for (let i = 0; i < n; i++) {
    if (!(roles[i]! & PERSON)) continue;
    const c = out[i]!;
    const start = c.start;
    const end = c.end;
    const first = firstTokenAfter(doc, start);
    const last = lastTokenBefore(doc, first, end);
    if (last - first < 1) continue; // fewer than two tokens
    const ident = identityOf(c, (forms[i] ??= formOfTokens(doc, first, last, start, end)));
    if (c.id !== undefined) fullIds.add(c.id);
    const family = text.slice(starts[last]!, Math.min(ends[last]!, end));
    const head = text.slice(Math.max(starts[last - 1]!, start), ends[last - 1]!);
    // The last token after عبد or أبو is part of a given name (أبو عبد الله); after بن or آل
    // the family name is both tokens (بن لادن).
    if (!COMPOUND_HEADS.has(head) && !FAMILY_HEADS.has(head) && !COMPOUND_TAILS.has(family) && !byKey.has(family)) {
      if (!holdsOtherPerson(c, starts[last]!)) (fullNames ??= new Map()).set(family, [i, starts[last]!]);
      if (alone(family)) byKey.set(family, ident);
      // A family name that is also a word (فارس, الحكيم) names the person only as the subject
      // right after the verb that opens a sentence (`وتوقع فارس`); see subjectOnly below.
      else if (family.length >= MIN_FAMILY_NAME) {
        byKey.set(family, ident);
        (subjectOnly ??= new Set()).add(family);
      }
    }
    if (last - first >= 2 && !COMPOUND_HEADS.has(head)) {
      const lastTwo = head + ' ' + family;
      if (!byKey.has(lastTwo)) byKey.set(lastTwo, ident);
    }
  }

  // A family name alone that the gazetteer links to a namesake the document never names in
  // full is the person the document named in full (see family-names.ts). One named alone
  // before the full name is the famous person's throughout: a life of Einstein may name his
  // father `هيرمان أينشتاين` in full.
  if (fullNames !== undefined && entryOf) {
    for (let i = 0; i < n; i++) {
      if (!(roles[i]! & PERSON) || ids[i] === undefined) continue;
      const c = out[i]!;
      const full = fullNames.get(formAt(i));
      if (full === undefined || full[0] === i) continue;
      if (full[0] > i) {
        fullNames.delete(formAt(i));
        continue;
      }
      if (!namesOtherPerson(c, ids[full[0]], givenOf(out[full[0]]!, full[1]), fullIds, entryOf)) continue;
      const ident = byKey.get(formAt(i))!;
      c.id = ids[i] = ident.id;
      c.canonical = ident.canonical;
      c.source = { kind: 'coref', ref: ident.ref };
    }
  }

  // Names a rule found once (after a trigger noun, in quotes) are names wherever they recur;
  // a person named by one word only is too often a misread word to be looked for again.
  for (let i = 0; i < n; i++) {
    if (!(roles[i]! & RULE_NAME)) continue;
    const c = out[i]!;
    const start = c.start;
    const end = c.end;
    const first = firstTokenAfter(doc, start);
    const last = lastTokenBefore(doc, first, end);
    const tokens = last - first + 1;
    if (tokens > MAX_FORM_TOKENS) continue;
    const key = (forms[i] ??= formOfTokens(doc, first, last, start, end));
    if (tokens === 1 && (roles[i]! & PERSON || !alone(key))) continue;
    if (!byKey.has(key)) byKey.set(key, identityOf(c, key));
  }

  // Abbreviations in «» or () right after an organisation: «إف بي آي» after مكتب التحقيقات الفيدرالي.
  // A name the gazetteer lacks takes the identity of a known abbreviation after it (`وكالة
  // الأنباء الفلسطينية (وفا)`): the writer says both name one organisation.
  const abbreviations = new Map<string, Identity>();
  /** Gives the abbreviation `a`, at index `k`, the ID `id` of the organisation `c` and its names. */
  const lendIdentity = (c: Candidate, id: string, a: Candidate, k: number): void => {
    a.id = id;
    ids[k] = id;
    if (c.canonical) a.canonical = c.canonical;
  };
  /** Records `form` as an abbreviation of the organisation `c` (out[i] itself when `own`), for its later uses. */
  const abbreviate = (form: string, c: Candidate, own: boolean, i: number): void => {
    if (coreference) abbreviations.set(form, identityOf(c, own ? formAt(i) : formOf(doc, c.start, c.end)));
  };
  {
    let t = 0;
    for (let i = 0; i < n; i++) {
      // An organisation nested at the end of an office (`مدير عام معهد … (ماس)`) is followed
      // by its abbreviation as a bare one is.
      const own = (roles[i]! & ORGANISATION) !== 0;
      const c = own ? out[i]! : officeOrganisation(out[i]!);
      if (c === undefined) continue;
      const end = c.end;
      while (t < count && starts[t]! < end) t++;
      if (t >= count) continue;
      if (kinds[t] === LATIN) {
        if (bareAcronym(doc, c, i + 1 < n ? out[i + 1]! : undefined, t, entryOf)) {
          const a = out[i + 1]!;
          lendIdentity(c, c.id!, a, i + 1);
          abbreviate(text.slice(a.start, a.end), c, own, i);
        }
        continue;
      }
      if (!OPEN.has(text.slice(starts[t]!, ends[t]!))) continue;
      let u = t + 1;
      while (u < count && u - t <= 5 && (kinds[u] === ARABIC || kinds[u] === LATIN || text[starts[u]!] === '.')) u++;
      if (u === t + 1 || u >= count || !CLOSE.has(text.slice(starts[u]!, ends[u]!))) continue;
      const parts: string[] = [];
      for (let v = t + 1; v < u; v++) parts.push(text.slice(starts[v]!, ends[v]!));
      if (!abbreviationShape(parts)) continue;
      if (i + 1 < n && roles[i + 1]! & ORGANISATION && out[i + 1]!.start === starts[t + 1] && out[i + 1]!.end === ends[u - 1]) {
        const a = out[i + 1]!;
        const named = own ? ids[i] : c.id;
        if (named === undefined && ids[i + 1] !== undefined) {
          c.id = a.id;
          if (own) ids[i] = a.id;
          c.canonical = a.canonical;
        } else if (named !== undefined && ids[i + 1] === undefined) {
          // The abbreviation no gazetteer knows is the organisation's (`منظمة الصحة العالمية (WHO)`).
          lendIdentity(c, named, a, i + 1);
        }
      }
      abbreviate(parts.join(' '), c, own, i);
    }
  }

  // Mentions of known partial forms and abbreviations that no stage found.
  const added: Candidate[] = [];
  if (coreference && (byKey.size > 0 || abbreviations.size > 0)) {
    const filterSet = firstTokenFilter(byKey, abbreviations);
    const { hash, hash1, hash2 } = doc.tokens;
    // The resolved candidate r is the first that ends after token t; its bounds are read
    // once, not once per token.
    let r = 0;
    let rStart = n > 0 ? out[0]!.start : Infinity;
    let rEnd = n > 0 ? out[0]!.end : Infinity;
    // The filter first: it rejects most tokens.
    for (let t = nextInFilter(hash, hash1, hash2, 0, count); t < count; t = nextInFilter(hash, hash1, hash2, t + 1, count)) {
      const kind = kinds[t]!;
      if (kind !== ARABIC && kind !== LATIN) continue;
      const s = starts[t]!;
      while (rEnd <= s) {
        r++;
        rStart = r < n ? out[r]!.start : Infinity;
        rEnd = r < n ? out[r]!.end : Infinity;
      }
      if (rStart < ends[t]!) continue; // covered
      const nextFree = rStart;
      const token = text.slice(s, ends[t]!);
      const readings = kind === ARABIC ? cliticReadings(token) : [{ prefix: 0, key: token }];
      for (const reading of readings) {
        // A form is looked up only where a known form may start with the reading (the
        // filter's own test of it), so most readings cost no look-up.
        if (!inFilter(hashString(reading.key))) continue;
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
        if (last === t && subjectOnly?.has(reading.key) && !(reading.prefix === 0 && afterOpeningVerb(text, s))) continue;
        added.push(newCandidate(s + reading.prefix, ends[last]!, ident.label, COREF_PRIORITY, { kind: 'coref', ref: ident.ref }, ident.id, ident.canonical || undefined));
        t = last;
        break;
      }
    }
    clearFilter(filterSet);
  }
  const all = added.length > 0 ? mergeByStart(out, added) : out;

  // Document-local IDs for names no gazetteer knows, shared by their partial mentions.
  const local = new Map<Identity | string, string>();
  let next = 0; // index in `out` of the next resolved candidate in `all`
  for (const c of all) {
    let key: string;
    if (next < n && c === out[next]) {
      const own = next++;
      if (ids[own] !== undefined || !(roles[own]! & NAME)) continue;
      key = formAt(own);
    } else {
      if (c.id !== undefined || !NAME_LABELS.has(c.label)) continue;
      key = formOf(doc, c.start, c.end);
    }
    const ident = c.source.kind === 'coref' ? fullKeys.get(c.source.ref) : byKey.get(key) ?? fullKeys.get(key);
    // A later use of an organisation's abbreviation (`WHO`), found by a stage of its own, is
    // that organisation.
    const short = ident === undefined && c.label === 'ORG' ? abbreviations.get(key) : undefined;
    if (short?.id !== undefined && short.label === 'ORG') {
      c.id = short.id;
      if (short.canonical) c.canonical = short.canonical;
      continue;
    }
    const same = ident ?? short;
    const groupKey: Identity | string = same && same.label === c.label ? same : `${c.label}:${key}`;
    let id = local.get(groupKey);
    if (id === undefined) {
      id = `doc:${++localIds}`;
      local.set(groupKey, id);
    }
    c.id = id;
  }
  // The family name nested in a full name (`غويتا` in `برنارد غويتا`) is that person too.
  if (fullNames !== undefined && entryOf) {
    for (const [i] of fullNames.values()) {
      const c = out[i]!;
      for (const m of c.inner ?? []) {
        if (m.label !== 'PERS' || m.end !== c.end || m.start <= c.start) continue;
        // A nested name of two words or more (`محمد خاتمي` in `سيد محمد خاتمي`) may follow an
        // honorific: it is relinked only inside a full name the gazetteer knows.
        const first = firstTokenAfter(doc, m.start);
        if ((c.id === undefined || c.id.startsWith('doc:')) && lastTokenBefore(doc, first, m.end) !== first) continue;
        if (!namesOtherPerson(m, c.id, givenOf(c, m.start), fullIds, entryOf)) continue;
        m.id = c.id;
        m.canonical = c.canonical;
        m.source = { kind: 'coref', ref: formAt(i) };
      }
    }
  }
  dropOtherPersonsInNames(doc, all);
  return all;
}

// Builds the country, place, language and currency gazetteers (gazetteers/*.jsonl) from
// open data: dr5hn and mledoze country lists and dr5hn places (ODbL 1.0), Unicode CLDR
// names (Unicode License), and the hand-curated files in gazetteers/curated/.
//
// Usage: npx tsx scripts/build-places.ts
//
// The pure pieces (demonym generation, place filters) are exported for tests; the
// script body runs only when this file is executed directly.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GazetteerEntry } from '../src/types.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizeKey } from '../src/normalize/normalize.js';
import { functionWords } from '../src/gazetteer/function-words.js';
import { readCommonWords } from './build-data.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourcesDir = path.resolve(repoRoot, '..', 'shared', 'gazetteer-sources');
const gazDir = path.join(repoRoot, 'gazetteers');
const curatedDir = path.join(gazDir, 'curated');

export const DR5HN_SOURCE = 'dr5hn (ODbL 1.0)';

/** Arab League members: their places are kept generously, their `native` names are Arabic. */
export const ARAB_LEAGUE = new Set([
  'AE', 'BH', 'DJ', 'DZ', 'EG', 'IQ', 'JO', 'KM', 'KW', 'LB', 'LY',
  'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SO', 'SY', 'TN', 'YE',
]);

// ---------------------------------------------------------------------------
// Text helpers

// \u064B-\u065F harakat and Quranic marks, \u0670 superscript alef, \u0640 tatweel,
// zero-width and bidi controls.
const MARKS = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Removes harakat, tatweel and invisible characters, trims and collapses spaces, NFC. */
export function cleanName(s: string): string {
  return s.normalize('NFC').replace(MARKS, '').replace(/\s+/g, ' ').trim();
}

// Arabic letters \u0621-\u063A and \u0641-\u064A (ء..غ, ف..ي), alef wasla \u0671 and
// \u06A4 ڤ (Maghrebi spelling of v). Persian letters are excluded on purpose (hasPersianLetters).
const ARABIC_NAME = /^[\u0621-\u063A\u0641-\u064A\u0671\u06A4 ]+$/;

/** True when the name is written only with Arabic letters and single spaces. */
export function isArabicName(s: string): boolean {
  return ARABIC_NAME.test(s) && !s.startsWith(' ') && !s.endsWith(' ');
}

/** True when the name contains a Latin letter or a digit (any script's digits). */
export function hasLatinOrDigit(s: string): boolean {
  return /[A-Za-z\u00C0-\u024F0-9\u0660-\u0669\u06F0-\u06F9]/.test(s);
}

/** True when the name uses Persian/Urdu letters (پ چ ژ گ ک ی ہ): not an Arabic spelling. */
export function hasPersianLetters(s: string): boolean {
  // \u067E پ, \u0686 چ, \u0698 ژ, \u06AF گ, \u06A9 ک, \u06CC ی, \u06C1 ہ
  return /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C1]/.test(s);
}

/**
 * The Egyptian spelling of a transliterated foreign name, which writes the hard g as ج
 * where most of the press writes غ (`هونغ كونغ`/`هونج كونج`, `الكونغو`/`الكونجو`,
 * `هامبورغ`/`هامبورج`); undefined when the name has no غ. For names from outside the
 * Arab world only: Arabic names keep their غ (`بغداد`, `غزة`).
 */
export function hardGVariant(name: string): string | undefined {
  return name.includes('غ') ? name.replace(/غ/g, 'ج') : undefined;
}

/** Adds the definite article to a word that does not already carry it. */
export function withArticle(word: string): string {
  return word.startsWith('ال') ? word : `ال${word}`;
}

function uniqueByKey(forms: Iterable<string>, exclude: Iterable<string> = []): string[] {
  const seen = new Set<string>();
  for (const e of exclude) seen.add(normalizeKey(e));
  const out: string[] = [];
  for (const f of forms) {
    const c = cleanName(f);
    if (!c) continue;
    const k = normalizeKey(c);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Demonyms

/**
 * Generates the NORP forms of nationality adjectives from their masculine singular
 * bases (`روسي`, `كوري شمالي`, `جنوب أفريقي`) and curated broken plurals (`روس`).
 *
 * For every base: masculine and feminine singular (`-ة`), sound masculine plural in both
 * cases (`-ون`, `-ين`) and sound feminine plural (`-ات`), each with and without the article.
 * In a base where every word is a nisba adjective (`كوري شمالي`) each word agrees
 * (`الكورية الشمالية`); in a compound like `جنوب أفريقي` only the last word inflects and
 * the article goes on the first (`الجنوب أفريقية`). Broken plurals come with and
 * without the article (`روس`, `الروس`).
 */
export function demonymForms(bases: readonly string[], brokenPlurals: readonly string[] = []): string[] {
  const out: string[] = [];
  const suffixes = ['', 'ة', 'ون', 'ين', 'ات'];
  for (const base of bases) {
    const words = cleanName(base).split(' ');
    if (!words[words.length - 1]!.endsWith('ي')) {
      throw new Error(`demonymForms: base must end with a nisba ي: ${base}`);
    }
    const allNisba = words.every((w) => w.endsWith('ي'));
    for (const suf of suffixes) {
      const inflected = words.map((w, i) => (allNisba || i === words.length - 1 ? w + suf : w));
      out.push(inflected.join(' '));
      const definite = inflected.map((w, i) => (allNisba || i === 0 ? withArticle(w) : w));
      out.push(definite.join(' '));
    }
  }
  for (const p of brokenPlurals) {
    const c = cleanName(p);
    out.push(c, withArticle(c));
  }
  return uniqueByKey(out);
}

// ---------------------------------------------------------------------------
// Place filters: each returns true when the row should be dropped for that reason.

export interface PlaceRow {
  wikidata: string;
  country: string;
  state: string;
  en: string;
  ar: string;
  native: string;
  type: string;
  population: number;
}

/** Generic English words that machine translation renders word by word (`Belsize Park` → `حديقة بيلسايز`). */
const CALQUE_WORDS = new Set([
  'park', 'spa', 'green', 'heath', 'hill', 'hills', 'wood', 'woods', 'bridge', 'borough', 'market',
  'cross', 'common', 'garden', 'gardens', 'valley', 'bay', 'beach', 'springs', 'falls', 'heights',
  'lake', 'point', 'harbour', 'harbor', 'forest', 'castle', 'abbey', 'church', 'mill', 'mills',
  'bank', 'field', 'fields', 'estate', 'gap', 'drive', 'pen', 'land', 'street', 'village', 'port',
  'mount', 'island', 'islands', 'rock', 'end', 'creek', 'river', 'glen', 'grove',
]);

/** English name has a generic word that was probably translated, outside the Arab world. */
export function isLikelyCalque(row: Pick<PlaceRow, 'en' | 'country'>): boolean {
  if (ARAB_LEAGUE.has(row.country)) return false;
  return row.en.toLowerCase().split(/[^a-z]+/).some((w) => CALQUE_WORDS.has(w));
}

// First words that are leftovers of transliterated English articles ("Ash Shumaysi" → `أش الشميسي`).
const ARTICLE_LEFTOVERS = new Set(['اش', 'اد', 'اده', 'از', 'ات', 'اس', 'ار', 'اث', 'اذ', 'اظ', 'اض', 'ال']);

/** The Arabic name carries a transliteration artifact: a stray article or a one-letter word. */
export function hasTransliterationArtifact(ar: string): boolean {
  const words = normalizeKey(ar).split(' ');
  if (words.length > 1 && ARTICLE_LEFTOVERS.has(words[0]!)) return true;
  return words.some((w) => w.length === 1);
}

/** English names that begin with a transliterated Arabic article (At Tall, As Sūkī, An Nabk). */
const ENGLISH_ARTICLE = /^(?:a[lnrstdz]|ash|ath|adh|ad-|al-)[\s-]/i;

/**
 * The Arabic name translates the English transliteration of the article as an English word
 * (`At Tall` → `في التل`, `As Said` → `كما قيل`): a machine translation, no name. Caught when
 * the Arabic begins with a function word and the English with an article.
 */
export function hasTranslatedArticle(row: Pick<PlaceRow, 'ar' | 'en'>): boolean {
  const words = normalizeKey(row.ar).split(' ');
  return words.length > 1 && ENGLISH_ARTICLE.test(row.en) && functionWords().has(words[0]!);
}

/**
 * Titles of persons (the lexicon's definite titles and honorifics), normalized: a place
 * named with one (`الجنرال روكا`, `الأمير جورج`, `الأستاذ محمد`) is rarely written in Arabic
 * text, while the same words name the person often.
 */
let personTitles: ReadonlySet<string> | undefined;
function titlesOfPersons(): ReadonlySet<string> {
  if (!personTitles) {
    const lex = JSON.parse(readFileSync(path.join(repoRoot, 'patterns', 'lexicon.json'), 'utf8')) as Record<string, unknown>;
    const words = [...(lex.titleHead as string[]), ...(lex.honorific as string[])].filter((w) => !w.includes(' ')).map(normalizeKey);
    personTitles = new Set(words.filter((w) => w.startsWith('ال')));
  }
  return personTitles;
}

/** The Arabic name begins with a person's title and goes on (`الجنرال روكا`). */
export function isNamedWithTitle(ar: string): boolean {
  const words = normalizeKey(ar).split(' ');
  return words.length > 1 && titlesOfPersons().has(words[0]!);
}

/** Very short names (two letters or fewer) are mostly noise. */
export function isTooShort(ar: string): boolean {
  return normalizeKey(ar).replace(/ /g, '').length <= 2;
}

/** A long single-stretch transliteration for a small place outside the Arab world. */
export function isLongTransliteration(row: Pick<PlaceRow, 'ar' | 'country' | 'population'>): boolean {
  if (ARAB_LEAGUE.has(row.country)) return false;
  const letters = normalizeKey(row.ar).replace(/ /g, '').length;
  return letters >= 13 && row.population < 200_000;
}

/** Non-Arab places below this population are left out: their Arabic names are rarely attested. */
export const MIN_POPULATION_WORLD = 40_000;

/** A small place outside the Arab world (population unknown counts as small). */
export function isSmallWorldPlace(row: Pick<PlaceRow, 'country' | 'population' | 'type'>): boolean {
  if (ARAB_LEAGUE.has(row.country)) return false;
  if (row.type === 'adm1' && row.population >= 500_000) return false;
  return row.population < MIN_POPULATION_WORLD;
}

export interface FilterContext {
  /** IDs given to several differently named rows (findSharedIds). */
  sharedIds: ReadonlySet<string>;
  /** normalizeKey'd ordinary words (common-words.txt). */
  commonWords: ReadonlySet<string>;
  /** normalizeKey'd demonym and language forms, which must stay NORP/LANGUAGE. */
  reservedForms: ReadonlySet<string>;
  /** Rows that are kept whatever their size: capitals, big cities, Arab-world admin units. */
  isProtected: (row: PlaceRow) => boolean;
}

/**
 * Why a place row is dropped, or `null` to keep it. Checks run from the hardest (the name
 * is unusable) to the softest (the place is small); protected rows skip the soft ones.
 */
export function placeDropReason(row: PlaceRow, ctx: FilterContext): string | null {
  if (!/^Q[1-9][0-9]*$/.test(row.wikidata)) return 'no-wikidata-id';
  if (hasLatinOrDigit(row.ar)) return 'latin-or-digit';
  if (hasPersianLetters(row.ar)) return 'persian-letters';
  if (!isArabicName(row.ar)) return 'not-arabic-letters';
  if (hasTransliterationArtifact(row.ar)) return 'transliteration-artifact';
  if (hasTranslatedArticle(row)) return 'translated-article';
  if (isNamedWithTitle(row.ar)) return 'person-title';
  const key = normalizeKey(row.ar);
  if (ctx.reservedForms.has(key)) return 'demonym-or-language-form';
  // A protected row keeps a shared ID: it ranks first, and its namesakes are then dropped
  // as duplicates of the ID (rows are visited best first).
  if (ctx.isProtected(row)) return null;
  if (isTooShort(row.ar)) return 'too-short';
  if (ctx.sharedIds.has(row.wikidata)) return 'shared-wikidata-id';
  if (ctx.commonWords.has(key)) return 'common-word';
  if (isLikelyCalque(row)) return 'likely-calque';
  if (isLongTransliteration(row)) return 'long-transliteration';
  if (isSmallWorldPlace(row)) return 'small-population';
  return null;
}

/** Places this populous are kept whatever their name looks like (if the script is Arabic). */
export const PROTECTED_POPULATION = 500_000;

/** Outside the Arab world, one-word places below this population keep their bare name only weakly. */
export const STRONG_POPULATION_WORLD = 1_000_000;
/** In the Arab world the bar is lower: Arabic names are reliable there, but villages are often named with ordinary words. */
export const STRONG_POPULATION_ARAB = 100_000;

/**
 * True when a kept place's bare one-word name should match only with supporting context
 * (`مدينة X`, or a strong mention of the same place). Machine-made names of small places
 * collide with everyday words (`قراءة` Reading, `نهاية` Ende, `القوة` a Saudi village), and
 * a one-word name of a small place is rarely meant as that place in news. Multi-word names
 * rarely collide and stay strong; so do capitals, except very short names (three letters
 * or fewer, `لاي`), which are weak for every place under a million people.
 */
export function isWeakBareName(row: Pick<PlaceRow, 'ar' | 'country' | 'population'>, capital: boolean): boolean {
  const key = normalizeKey(row.ar);
  if (key.includes(' ')) return false;
  if (row.population >= STRONG_POPULATION_WORLD) return false;
  if (key.length <= 3) return true;
  if (capital) return false;
  return ARAB_LEAGUE.has(row.country) ? row.population < STRONG_POPULATION_ARAB : true;
}

/** Levenshtein distance, for short names. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** A variant spelling of the same name: Arabic, and within two edits once spaces are removed. */
export function isNearSpelling(variant: string, name: string): boolean {
  if (!isArabicName(variant)) return false;
  const a = normalizeKey(variant).replace(/ /g, '');
  const b = normalizeKey(name).replace(/ /g, '');
  return a !== b && editDistance(a, b) <= 2;
}

/** Prior for a place: capitals above big cities above the rest; all below countries. */
// Places below a million people sit at 0.32 / 0.27, under most curated person and
// organisation priors, so that `فوكوياما` or `يلدريم` link to the person before the town.
export function placePrior(row: Pick<PlaceRow, 'population'>, capital: boolean): number {
  if (capital) return 0.55;
  if (row.population >= 1_000_000) return 0.45;
  if (row.population >= 100_000) return 0.32;
  return 0.27;
}

/**
 * Wikidata IDs that the source gives to several differently named rows (`Q5582862` for
 * Cusco, Desaguadero and El Alto): the ID cannot be trusted for any of them.
 */
export function findSharedIds(rows: readonly Pick<PlaceRow, 'wikidata' | 'en'>[]): Set<string> {
  const firstName = new Map<string, string>();
  const shared = new Set<string>();
  for (const r of rows) {
    if (!r.wikidata) continue;
    const en = r.en.toLowerCase();
    const prev = firstName.get(r.wikidata);
    if (prev === undefined) firstName.set(r.wikidata, en);
    else if (prev !== en) shared.add(r.wikidata);
  }
  return shared;
}

// ---------------------------------------------------------------------------
// Reading sources

function readTsv(file: string): Record<string, string>[] {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
  const head = lines[0]!.split('\t');
  return lines.slice(1).map((l) => {
    const f = l.split('\t');
    return Object.fromEntries(head.map((h, i) => [h, f[i] ?? '']));
  });
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** Minimal RFC 4180 CSV reader (quoted fields, commas and newlines inside quotes). */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (ch !== '\r') field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const head = rows[0]!;
  return rows.slice(1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

function cldr<T>(rel: string): T {
  return JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', rel), 'utf8')) as T;
}

// ---------------------------------------------------------------------------
// Entries

/** A gazetteer entry as the shipped JSONL files hold it (the library's own schema). */
export type Entry = GazetteerEntry;

function finishEntry(e: Entry): Entry {
  const out: Entry = { id: e.id, label: e.label, ar: cleanName(e.ar) };
  if (e.en) out.en = e.en;
  const weak = uniqueByKey(e.weakAliases ?? [], [out.ar]);
  const aliases = uniqueByKey(e.aliases ?? [], [out.ar, ...weak]);
  if (aliases.length) out.aliases = aliases;
  if (weak.length) out.weakAliases = weak;
  if (e.demonyms?.length) out.demonyms = e.demonyms;
  // Kept as written: their marks are what they are for.
  if (e.vocalized?.length) out.vocalized = e.vocalized.map((v) => v.normalize('NFC'));
  if (e.prior !== undefined) out.prior = e.prior;
  if (e.iso2) out.iso2 = e.iso2;
  if (e.country) out.country = e.country;
  if (e.source) out.source = e.source;
  return out;
}

function writeJsonl(file: string, entries: Entry[]): void {
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  writeFileSync(file, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
  console.log(`wrote ${path.relative(repoRoot, file)}: ${entries.length} entries`);
}

interface CountryVariant {
  iso2: string;
  ar?: string;
  aliases?: string[];
  weakAliases?: string[];
  demonymBase?: string[];
  demonymPlurals?: string[];
  reject?: string[];
  prior?: number;
  vocalized?: string[];
}

/** A usable country-name form: Arabic letters and spaces only (drops `الكونغو - كينشاسا`, `(…)`). */
function usableForm(s: string | undefined): s is string {
  return !!s && isArabicName(cleanName(s));
}

// Country names that are also ordinary words or other entities. Reasoning:
// - `مالي` (Mali) is also "financial / my money" and `بنين` (Benin) is "sons": both are
//   weak aliases, and the canonical form is the unambiguous `جمهورية مالي` / `جمهورية بنين`.
//   Mali gets no demonym: `المالية` is "finance" (وزارة المالية).
// - `سورية` is a common spelling of Syria but also the feminine "Syrian": weak.
// - `عمان` is both Oman and Amman. Both stay strong, resolved by prior: a country (0.9)
//   outranks a capital (0.55), and `سلطنة عمان` is a strong alias for Oman only. The linker
//   should let context (`الأردنية`, a dateline) override the prior.
// - `الأردن` (Jordan, also the river), `مصر`, `تشاد`, `الجزائر` (also Algiers), `تونس` (also
//   Tunis), `الكويت` (also its capital): the country is the dominant sense in news; the
//   same-named capitals get lower priors.
// - `المغرب` is also the sunset prayer and "the Maghreb"; Morocco dominates in news: strong.
// - Comoros has no demonym: `قمري` is "lunar". Western Sahara's `صحراوي` is "desert
//   (adjective)": no demonym either.
function buildCountries(): { entries: Entry[]; demonymKeys: Set<string>; countryKeys: Set<string> } {
  const dr = readTsv(path.join(sourcesDir, 'dr5hn-countries-states-cities', 'countries_ar.tsv'));
  const ml = new Map(readTsv(path.join(sourcesDir, 'mledoze-countries', 'countries_ar.tsv')).map((r) => [r.cca2!, r]));
  const mlRaw = JSON.parse(readFileSync(path.join(sourcesDir, 'mledoze-countries', 'raw', 'countries.json'), 'utf8')) as {
    cca2: string; independent?: boolean; unMember?: boolean;
  }[];
  const sovereign = new Set(mlRaw.filter((c) => c.independent || c.unMember).map((c) => c.cca2));
  const terr = cldr<{ main: { ar: { localeDisplayNames: { territories: Record<string, string> } } } }>(
    'cldr-localenames-full/main/ar/territories.json',
  ).main.ar.localeDisplayNames.territories;
  const curated = new Map(readJsonl<CountryVariant>(path.join(curatedDir, 'country-variants.jsonl')).map((c) => [c.iso2, c]));

  const entries: Entry[] = [];
  const demonymKeys = new Set<string>();
  const countryKeys = new Set<string>();
  for (const r of dr) {
    const iso2 = r.iso2!;
    const m = ml.get(iso2);
    const cv = curated.get(iso2);
    const rejected = new Set((cv?.reject ?? []).map(normalizeKey));
    const weak = cv?.weakAliases ?? [];
    const weakKeys = new Set(weak.map(normalizeKey));
    const candidates = [
      // Order decides the canonical name (first) and which spelling of equivalent forms is
      // kept: curated, then CLDR, then the two ODbL lists.
      cv?.ar, terr[iso2], ...(cv?.aliases ?? []), terr[`${iso2}-alt-short`], terr[`${iso2}-alt-variant`],
      m?.name_ar, m?.official_ar, ...(ARAB_LEAGUE.has(iso2) ? (m?.native_ara_names ?? '').split('|') : []),
      r.name_ar, ARAB_LEAGUE.has(iso2) ? r.native : undefined,
    ].filter(usableForm).map(cleanName).filter((f) => !rejected.has(normalizeKey(f)) && !weakKeys.has(normalizeKey(f)));
    if (!ARAB_LEAGUE.has(iso2)) {
      for (const f of [...candidates]) {
        const v = hardGVariant(f);
        if (v && !rejected.has(normalizeKey(v))) candidates.push(v);
      }
    }
    const forms = uniqueByKey(candidates);
    if (forms.length === 0) throw new Error(`no usable Arabic name for ${iso2}`);
    const [ar, ...aliases] = forms as [string, ...string[]];
    const ownKeys = new Set([...forms, ...weak].map(normalizeKey));
    // A demonym form equal to the country's own name (`جيبوتي`, `السعودية`) stays a name.
    const demonyms = cv?.demonymBase
      ? demonymForms(cv.demonymBase, cv.demonymPlurals).filter((d) => !ownKeys.has(normalizeKey(d)))
      : [];
    for (const d of demonyms) demonymKeys.add(normalizeKey(d));
    for (const k of ownKeys) countryKeys.add(k);
    // Curated countries (aliases or demonyms written by hand) are the newsworthy ones.
    const newsworthy = !!(cv?.aliases?.length || cv?.demonymBase?.length);
    const prior = cv?.prior ?? (newsworthy ? 0.9 : sovereign.has(iso2) ? 0.75 : 0.6);
    const sources = ['dr5hn', 'mledoze (ODbL 1.0)', 'CLDR (Unicode License)'];
    if (newsworthy || cv?.reject) sources.push('curated');
    entries.push(finishEntry({
      // mledoze's English names are the cleaner ones ("Palestine", not "Palestinian Territory Occupied").
      id: `wd:${r.wikidata}`, label: 'GPE', ar, en: m?.name_en || r.name_en, aliases, weakAliases: weak, demonyms, vocalized: cv?.vocalized, prior, iso2,
      source: sources.join('; '),
    }));
  }
  return { entries, demonymKeys, countryKeys };
}

// ---------------------------------------------------------------------------
// Languages

// ISO 639 codes beyond the two-letter set that matter in Arabic news.
const EXTRA_LANGUAGES = ['ckb', 'arc', 'syr', 'tzm', 'zgh', 'kab', 'fil', 'cop'];

// Wikidata IDs vouched for; every other language gets `kashf:lang/<code>`.
const LANGUAGE_QIDS: Record<string, string> = {
  ar: 'Q13955', en: 'Q1860', fr: 'Q150', es: 'Q1321', de: 'Q188', ru: 'Q7737', zh: 'Q7850',
  fa: 'Q9168', tr: 'Q256', he: 'Q9288', it: 'Q652', ja: 'Q5287', pt: 'Q5146', hi: 'Q1568',
  ur: 'Q1617', ko: 'Q9176', nl: 'Q7411', pl: 'Q809', uk: 'Q8798', la: 'Q397',
};

/**
 * Language names from CLDR. `الإسبانية`, `الروسية`, `العربية` are also feminine demonyms
 * and adjectives (`الحكومة الإسبانية`, `الدول العربية`), so a bare name that equals a
 * demonym form, a country name or a common word is a weak alias, matched as LANGUAGE only
 * with context. The same holds for every nisba-shaped name (`الكردية`, `الإنجليزية`:
 * `القوات الكردية`, `الصحف الإنجليزية`), which in news is far more often an adjective. The
 * `اللغة …` form is always strong and is the canonical name when the bare one is weak.
 */
function buildLanguages(demonymKeys: ReadonlySet<string>, countryKeys: ReadonlySet<string>, commonWords: ReadonlySet<string>): Entry[] {
  const langs = cldr<{ main: { ar: { localeDisplayNames: { languages: Record<string, string> } } } }>(
    'cldr-localenames-full/main/ar/languages.json',
  ).main.ar.localeDisplayNames.languages;
  const en = cldr<{ main: { en: { localeDisplayNames: { languages: Record<string, string> } } } }>(
    'cldr-localenames-full/main/en/languages.json',
  ).main.en.localeDisplayNames.languages;
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const codes = Object.keys(langs).filter((c) => /^[a-z]{2}$/.test(c) || EXTRA_LANGUAGES.includes(c)).sort();
  for (const code of codes) {
    const names = [langs[code], langs[`${code}-alt-short`], langs[`${code}-alt-variant`]]
      .filter(usableForm).map(cleanName).filter((n) => n.startsWith('ال'));
    if (names.length === 0) continue;
    const ar = names[0]!;
    if (seen.has(normalizeKey(ar))) continue;
    seen.add(normalizeKey(ar));
    const strong: string[] = [];
    const weak: string[] = [];
    for (const n of names) {
      strong.push(`اللغة ${n}`);
      const k = normalizeKey(n);
      if (demonymKeys.has(k) || countryKeys.has(k) || commonWords.has(k) || k.endsWith('يه')) weak.push(n);
      else strong.push(n);
    }
    const qid = LANGUAGE_QIDS[code];
    // The canonical form must be matchable on its own: use `اللغة …` when the bare name is weak.
    const canonical = weak.includes(ar) ? `اللغة ${ar}` : ar;
    entries.push(finishEntry({
      id: qid ? `wd:${qid}` : `kashf:lang/${code}`, label: 'LANGUAGE', ar: canonical, en: en[code],
      aliases: strong, weakAliases: weak, source: 'CLDR (Unicode License)',
    }));
  }
  // Language families CLDR names no single locale for, though news names them as languages.
  for (const extra of FAMILY_LANGUAGES) {
    if (seen.has(normalizeKey(extra.name))) continue;
    seen.add(normalizeKey(extra.name));
    entries.push(finishEntry({
      id: `kashf:lang/${extra.code}`, label: 'LANGUAGE', ar: `اللغة ${extra.name}`, en: extra.en,
      aliases: [`اللغة ${extra.name}`], weakAliases: [extra.name], source: 'curated',
    }));
  }
  return entries;
}

/** Berber (`الأمازيغية`, Tamazight): Morocco's and Algeria's official language, a family in CLDR's codes. */
const FAMILY_LANGUAGES: ReadonlyArray<{ code: string; name: string; en: string }> = [{ code: 'ber', name: 'الأمازيغية', en: 'Berber (Tamazight)' }];

// ---------------------------------------------------------------------------
// Currencies

const CURRENCY_QIDS: Record<string, string> = {
  USD: 'Q4917', EUR: 'Q4916', GBP: 'Q25224', JPY: 'Q8146', CHF: 'Q25344', RUB: 'Q41044',
  CNY: 'Q39099', INR: 'Q80524',
};

/**
 * Bare currency nouns and their plurals, attached to the currency they most often mean in
 * Arabic news (`دولار` → USD, `جنيه` → EGP, `ريال` → SAR). Other dollars, pounds and riyals
 * are matched by their full names (`دولار كندي`). Curated.
 */
const BARE_CURRENCY_NOUNS: Record<string, string[]> = {
  USD: ['دولار', 'دولارات'],
  EUR: ['يورو'],
  EGP: ['جنيه', 'جنيهات'],
  SAR: ['ريال', 'ريالات'],
  IQD: ['دينار', 'دنانير'],
  AED: ['درهم', 'دراهم'],
  TRY: ['ليرة', 'ليرات'],
  RUB: ['روبل', 'روبلات'],
  JPY: ['ين'],
  CNY: ['يوان', 'رنمينبي'],
  INR: ['روبية', 'روبيات'],
  CHF: ['فرنك', 'فرنكات'],
  ILS: ['شيكل', 'شيقل', 'شواكل'],
  IRR: ['تومان'],
  GBP: ['إسترليني', 'جنيه إسترليني', 'الجنيه الإسترليني'],
};

/**
 * The currencies whose bare nouns other currencies of the same noun share: a bare `دينار` in a
 * Jordanian report is the Jordanian dinar, a bare `ليرة` in a Lebanese one the Lebanese pound.
 * The owner stays the reading without context (see SHARER_PRIOR). Dollars and euros are left
 * out: `دولار` in Arabic news is the US dollar whatever the country (`صادرات لبنان 3 مليارات
 * دولار`). Curated.
 */
const SHARED_NOUN_OWNERS: readonly string[] = ['IQD', 'SAR', 'AED', 'TRY', 'EGP'];
/** Below the default prior (0.5) of the noun's owner, which the sharers rank after. */
const SHARER_PRIOR = 0.4;
/** Names Arabic news uses that CLDR lacks: the Lebanese pound is `ليرة لبنانية` there. Curated. */
const EXTRA_CURRENCY_NAMES: Record<string, string[]> = {
  LBP: ['ليرة لبنانية', 'ليرات لبنانية', 'الليرة اللبنانية', 'الليرات اللبنانية'],
  // The Maghreb's euro: `الأورو`; bare, أورو also begins compounds (`أورو آسيوية`), and an
  // amount's rule reads it after a number.
  EUR: ['يورو', 'الأورو'],
  // Algerian prices are written with the abbreviation: `150 دج`.
  DZD: ['دينار جزائري', 'دج', 'د.ج'],
};

/**
 * The country of each currency that one country alone uses as its only currency (the
 * mledoze list): linking reads a bare `دينار` as the dinar of a country the document names.
 * Currencies of several countries (the euro, the CFA franc) have none.
 */
function currencyCountries(countryByIso: ReadonlyMap<string, string>): Map<string, string> {
  const users = new Map<string, string[]>();
  for (const r of readTsv(path.join(sourcesDir, 'mledoze-countries', 'countries_ar.tsv'))) {
    const codes = (r.currencies ?? '').split(/[|,; ]+/).filter((c) => c);
    const id = countryByIso.get(r.cca2 ?? '');
    if (codes.length !== 1 || !id) continue;
    users.set(codes[0]!, [...(users.get(codes[0]!) ?? []), id]);
  }
  const out = new Map<string, string>();
  for (const [code, ids] of users) if (ids.length === 1) out.set(code, ids[0]!);
  return out;
}

/**
 * Counted forms of the bare nouns, which take no article: the accusative after 11 to 99 (`84
 * دولارا`, `250 ريالا`) and the dual (`ديناران`, `دينارين`). Curated.
 */
const BARE_CURRENCY_COUNTED: Record<string, string[]> = {
  USD: ['دولارا', 'دولاران', 'دولارين'],
  EGP: ['جنيها', 'جنيهان', 'جنيهين'],
  SAR: ['ريالا', 'ريالان', 'ريالين'],
  IQD: ['دينارا', 'ديناران', 'دينارين'],
  AED: ['درهما', 'درهمان', 'درهمين'],
  TRY: ['ليرتان', 'ليرتين'],
  RUB: ['روبلا', 'روبلان', 'روبلين'],
  ILS: ['شيكلا', 'شيقلا', 'شيكلين', 'شيقلين'],
  CHF: ['فرنكا', 'فرنكان', 'فرنكين'],
};

/** Definite form of a multi-word currency name: every word takes the article (`الجنيه المصري`). */
function definite(name: string): string {
  return name.split(' ').map(withArticle).join(' ');
}

/**
 * Currency entries from CLDR. A form that equals a demonym (`أفغاني`, the afghani, is also
 * "Afghan") is weak, and the canonical name is then the first strong form.
 */
function buildCurrencies(demonymKeys: ReadonlySet<string>, countryByIso: ReadonlyMap<string, string>): Entry[] {
  const cur = cldr<{ main: { ar: { numbers: { currencies: Record<string, Record<string, string>> } } } }>(
    'cldr-numbers-full/main/ar/currencies.json',
  ).main.ar.numbers.currencies;
  const enCur = cldr<{ main: { en: { numbers: { currencies: Record<string, Record<string, string>> } } } }>(
    'cldr-numbers-full/main/en/currencies.json',
  ).main.en.numbers.currencies;
  // Current currencies only: the ones some country uses today (mledoze and dr5hn lists).
  const inUse = new Set<string>();
  for (const r of readTsv(path.join(sourcesDir, 'mledoze-countries', 'countries_ar.tsv'))) {
    for (const c of (r.currencies ?? '').split(/[|,; ]+/)) if (c) inUse.add(c);
  }
  for (const r of readTsv(path.join(sourcesDir, 'dr5hn-countries-states-cities', 'countries_ar.tsv'))) {
    if (r.currency) inUse.add(r.currency);
  }
  const countryOf = currencyCountries(countryByIso);
  // The bare nouns of each shared noun's owner, by the noun's first form (`دينار`).
  const sharedNouns = new Map(SHARED_NOUN_OWNERS.map((code) => [BARE_CURRENCY_NOUNS[code]![0]!, code]));
  const entries: Entry[] = [];
  const claimed = new Set<string>();
  for (const code of [...inUse].sort()) {
    const c = cur[code];
    if (!c?.displayName || !/^[A-Z]{3}$/.test(code)) continue;
    const raw = Object.entries(c)
      .filter(([k]) => k === 'displayName' || k.startsWith('displayName-count'))
      .map(([, v]) => v);
    const forms = raw.map(cleanName).filter(usableForm);
    // The accusative count form (`جنيهًا مصريًا`, with tanween \u064B) has no definite form.
    const definites = raw.filter((v) => !v.includes('\u064B')).map(cleanName).filter(usableForm).map(definite);
    if (forms.length === 0) continue;
    const ar = cleanName(c.displayName);
    if (!usableForm(ar)) continue;
    // Two current currencies sharing a display name would be ambiguous: first (by code) wins.
    if (claimed.has(normalizeKey(ar))) continue;
    const extra = EXTRA_CURRENCY_NAMES[code] ?? [];
    const all = uniqueByKey([...forms, ...definites, ...extra, ...(BARE_CURRENCY_NOUNS[code] ?? [])]);
    for (const f of all) claimed.add(normalizeKey(f));
    // Another country's currency of a shared noun (`دينار أردني`, `ليرة لبنانية`) takes the
    // bare noun too, for linking to pick by the country the document names. The names Arabic
    // news uses come first: the Lebanese pound is a ليرة there, though CLDR says جنيه.
    const owner = [...extra, ar].map((n) => sharedNouns.get(n.split(' ')[0]!)).find((n) => n !== undefined);
    const sharer = owner !== undefined && owner !== code && countryOf.has(code);
    const noun = sharer ? BARE_CURRENCY_NOUNS[owner]! : [];
    const bare = [...(BARE_CURRENCY_NOUNS[code] ?? []), ...noun];
    for (const b of bare) { if (!b.includes(' ')) all.push(withArticle(b)); }
    const qid = CURRENCY_QIDS[code];
    // Weak forms: a sharer's forms of the noun, which rank after the owner and after any
    // other entry the noun names (the club Real Madrid, `الريال`), for the document's other
    // names to pick as before; and every counted form, which alone is mostly something else
    // (the tennis player دينارا), while in an amount the amount's rule reads it as its currency.
    const counted = [...(BARE_CURRENCY_COUNTED[code] ?? []), ...(sharer ? (BARE_CURRENCY_COUNTED[owner] ?? []) : [])];
    const shared = new Set([...(sharer ? [...noun, ...noun.map(withArticle)] : []), ...counted].map(normalizeKey));
    all.push(...noun, ...counted);
    const isWeak = (f: string): boolean => demonymKeys.has(normalizeKey(f)) || shared.has(normalizeKey(f));
    const weak = all.filter(isWeak);
    const strong = all.filter((f) => !isWeak(f));
    const canonical = extra[0] ?? (demonymKeys.has(normalizeKey(ar)) ? strong[0] : ar);
    if (!canonical) continue;
    entries.push(finishEntry({
      id: qid ? `wd:${qid}` : `kashf:curr/${code.toLowerCase()}`, label: 'CURR', ar: canonical, en: enCur[code]?.displayName,
      aliases: strong, weakAliases: weak, prior: sharer ? SHARER_PRIOR : undefined, country: countryOf.get(code),
      source: extra.length > 0 ? 'CLDR (Unicode License); curated' : 'CLDR (Unicode License)',
    }));
  }
  return entries;
}

// ---------------------------------------------------------------------------
// Places

interface StateName { iso2: string; code: string; ar: string; aliases?: string[] }
interface AdditionalPlace { id: string; label?: 'GPE' | 'LOC'; iso2?: string; en: string; ar: string; aliases?: string[]; weakAliases?: string[]; demonyms?: string[]; capital?: boolean; prior?: number }
/**
 * A curated fix of a source row: its Arabic name, weak aliases, another ID, or none at all;
 * `strong`: its bare name matches alone though the place is small or its population unknown
 * (a province's seat that news names bare: `المنيا`, `زحلة`, `توزر`); `aliases`: other
 * spellings, as strong as the name; `vocalized`: forms with marks that tell it from a namesake
 * (see GazetteerEntry.vocalized).
 */
interface PlaceFix { id: string; ar?: string; weakAliases?: string[]; replaceId?: string; drop?: boolean; strong?: boolean; aliases?: string[]; vocalized?: string[] }

// The word Arabic uses before a first-level unit's name, per country.
const ADM1_KIND: Record<string, string> = {
  EG: 'محافظة', IQ: 'محافظة', SY: 'محافظة', JO: 'محافظة', YE: 'محافظة', PS: 'محافظة', LB: 'محافظة',
  KW: 'محافظة', BH: 'محافظة', OM: 'محافظة', SA: 'منطقة', DZ: 'ولاية', TN: 'ولاية', SD: 'ولاية',
  MR: 'ولاية', LY: 'بلدية', MA: 'جهة', AE: 'إمارة', QA: 'بلدية',
};

// The word for a second-level unit (district), where it differs from the first-level one.
const ADM2_KIND: Record<string, string> = {
  IQ: 'قضاء', LB: 'قضاء', YE: 'مديرية', SY: 'منطقة', JO: 'لواء', EG: 'مركز', SA: 'محافظة', MA: 'إقليم',
  DZ: 'دائرة', TN: 'معتمدية', OM: 'ولاية', SD: 'محلية',
};

// Outside the Arab world: the usual Arabic word for a first-level unit of some countries,
// then a generic word per unit type.
const WORLD_ADM1_KIND: Record<string, string> = {
  TR: 'ولاية', AF: 'ولاية', NG: 'ولاية', MY: 'ولاية', IR: 'محافظة', CN: 'مقاطعة', CA: 'مقاطعة',
  PK: 'إقليم', ID: 'مقاطعة', UA: 'مقاطعة', KZ: 'مقاطعة', JP: 'محافظة',
};
const GENERIC_KIND: Record<string, string> = {
  adm1: 'إقليم', adm2: 'مقاطعة', county: 'مقاطعة', prefecture: 'محافظة', province: 'مقاطعة',
  district: 'منطقة', adm3: 'منطقة', section: 'منطقة', town: 'مدينة', gov_seat: 'مدينة',
};

/**
 * The word Arabic puts before the name of a place of this kind: `مدينة` for cities, the
 * country's unit word for provinces and districts in the Arab world, a generic one
 * elsewhere; undefined for Arab-world units with no known word.
 */
export function kindWord(row: Pick<PlaceRow, 'type' | 'country'>): string | undefined {
  if (row.type === 'city' || row.type === 'capital') return 'مدينة';
  if (ARAB_LEAGUE.has(row.country)) {
    if (row.type === 'adm1') return ADM1_KIND[row.country];
    if (row.type === 'adm2') return ADM2_KIND[row.country] ?? ADM1_KIND[row.country];
    return undefined;
  }
  if (row.type === 'adm1' && WORLD_ADM1_KIND[row.country]) return WORLD_ADM1_KIND[row.country];
  return GENERIC_KIND[row.type];
}

/** The hard-g variants of foreign names that no other place owns yet (see hardGVariant). */
function hardGVariants(names: readonly string[], iso2: string | undefined, id: string, nameOwner: Map<string, string>): string[] {
  if (!iso2 || ARAB_LEAGUE.has(iso2)) return [];
  const out: string[] = [];
  for (const n of names) {
    const v = hardGVariant(n);
    if (!v) continue;
    const k = normalizeKey(v);
    if (nameOwner.has(k)) continue;
    nameOwner.set(k, id);
    out.push(v);
  }
  return out;
}

/**
 * Places from dr5hn and the curated lists. `countryByIso` maps an ISO code to the country's
 * ID: each place records its country (`country`), so that a document naming the country can
 * choose among places that share a name (`عمان` Amman against Oman).
 */
function buildPlaces(countryKeys: ReadonlySet<string>, countryByIso: ReadonlyMap<string, string>, reservedForms: ReadonlySet<string>): Entry[] {
  const countryIds = new Set(countryByIso.values());
  const countries = readTsv(path.join(sourcesDir, 'dr5hn-countries-states-cities', 'countries_ar.tsv'));
  const capitalOf = new Map(countries.map((c) => [c.iso2!, (c.capital_en ?? '').toLowerCase()]));
  const fixes = new Map(readJsonl<PlaceFix>(path.join(curatedDir, 'place-names.jsonl')).map((f) => [f.id, f]));
  const commonWords = readCommonWords();

  const rows: PlaceRow[] = readTsv(path.join(sourcesDir, 'dr5hn-countries-states-cities', 'cities_ar.tsv')).map((r) => ({
    wikidata: r.wikidata ?? '', country: r.country ?? '', state: r.state_code ?? '', en: r.name_en ?? '',
    ar: cleanName(r.name_ar ?? ''), native: cleanName(r.native ?? ''), type: r.type ?? '',
    population: Number(r.population) || 0,
  }));
  const sharedIds = findSharedIds(rows);
  for (const row of rows) {
    const fix = fixes.get(`wd:${row.wikidata}`);
    if (fix?.ar) row.ar = row.native = fix.ar;
    if (fix?.drop) row.wikidata = '';
    if (fix?.replaceId) row.wikidata = fix.replaceId.slice(3);
  }
  const isCapital = (row: PlaceRow): boolean =>
    row.type === 'capital' && capitalOf.get(row.country) === row.en.toLowerCase();
  const ctx: FilterContext = {
    sharedIds,
    commonWords,
    reservedForms,
    isProtected: (row) => isCapital(row) || row.population >= PROTECTED_POPULATION || ARAB_LEAGUE.has(row.country),
  };

  // Best rows first, so that duplicates (same ID, same name) keep the most important one.
  const rank = (r: PlaceRow): number => (isCapital(r) ? 1e12 : 0) + r.population;
  rows.sort((a, b) => rank(b) - rank(a) || (a.wikidata < b.wikidata ? -1 : a.wikidata > b.wikidata ? 1 : 0));

  const dropped = new Map<string, number>();
  const examples = new Map<string, string[]>();
  const drop = (reason: string, row?: PlaceRow): void => {
    dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
    const ex = examples.get(reason) ?? [];
    if (row && ex.length < 3) examples.set(reason, [...ex, `${row.en} → ${row.ar}`]);
  };
  const byId = new Map<string, Entry>();
  const nameOwner = new Map<string, string>();
  // Curated additions: US states and other first-level units of countries the source has
  // no places for (IDs from dr5hn states.csv), major cities of those countries, places the
  // source lacks (Gaza) and natural features (LOC). They go
  // first, so that smaller namesakes in the source (Washington, UK) do not take their names.
  const states = readCsv(path.join(sourcesDir, 'dr5hn-countries-states-cities', 'raw', 'states.csv'));
  const stateByCode = new Map(states.map((s) => [`${s.country_code}/${s.iso2}`, s]));
  for (const s of readJsonl<StateName>(path.join(curatedDir, 'state-names.jsonl'))) {
    const src = stateByCode.get(`${s.iso2}/${s.code}`);
    if (!src?.wikiDataId) throw new Error(`state ${s.iso2}/${s.code} has no Wikidata ID in states.csv`);
    const id = `wd:${src.wikiDataId}`;
    if (byId.has(id)) { drop('duplicate-id'); continue; }
    const names = [s.ar, ...(s.aliases ?? [])];
    for (const n of names) nameOwner.set(normalizeKey(n), id);
    const pop = Number(src.population) || 0;
    const aliases = [...(s.aliases ?? []), ...hardGVariants(names, s.iso2, id, nameOwner)];
    byId.set(id, finishEntry({
      id, label: 'GPE', ar: s.ar, en: src.name, aliases, prior: pop >= 1_000_000 ? 0.45 : 0.4,
      country: countryByIso.get(s.iso2), source: `${DR5HN_SOURCE}; Arabic names curated`,
    }));
  }
  for (const c of readJsonl<AdditionalPlace>(path.join(curatedDir, 'additional-places.jsonl'))) {
    const names = [c.ar, ...(c.aliases ?? [])];
    const taken = names.map(normalizeKey).find((k) => nameOwner.has(k) && nameOwner.get(k) !== c.id);
    if (taken) throw new Error(`curated place ${c.id} reuses a curated place name: ${taken}`);
    for (const n of [...names, ...(c.weakAliases ?? [])]) nameOwner.set(normalizeKey(n), c.id);
    const aliases = [...(c.aliases ?? []), ...hardGVariants(names, c.iso2, c.id, nameOwner)];
    byId.set(c.id, finishEntry({
      id: c.id, label: c.label ?? 'GPE', ar: c.ar, en: c.en, aliases, weakAliases: c.weakAliases, demonyms: c.demonyms,
      prior: c.prior ?? (c.capital ? 0.55 : 0.45), country: c.iso2 ? countryByIso.get(c.iso2) : undefined, source: 'curated',
    }));
  }

  let weakened = 0;
  // A shared ID whose best row is a machine translation is trusted for no row: the others
  // only share it because the source gave it to them too (As Salt's ID on Ash Shajarah).
  const distrusted = new Set<string>();
  for (const row of rows) {
    const reason = placeDropReason(row, ctx);
    if (reason === 'translated-article' && sharedIds.has(row.wikidata)) distrusted.add(row.wikidata);
    if (reason) { drop(reason, row); continue; }
    if (distrusted.has(row.wikidata)) { drop('duplicate-id', row); continue; }
    const id = `wd:${row.wikidata}`;
    // A row carrying a country's ID (Woodlands, Singapore: Q334) names another place.
    if (countryIds.has(id)) { drop('country-id', row); continue; }
    const key = normalizeKey(row.ar);
    if (byId.has(id)) { drop('duplicate-id', row); continue; }
    // One place per name: the best-ranked keeps it, smaller namesakes are left out.
    if (nameOwner.has(key)) { drop('duplicate-name', row); continue; }
    nameOwner.set(key, id);
    const capital = isCapital(row);
    const aliases: string[] = [...(fixes.get(id)?.aliases ?? [])];
    const weakAliases: string[] = [...(fixes.get(id)?.weakAliases ?? [])];
    for (const a of aliases) nameOwner.set(normalizeKey(a), id);
    let ar = row.ar;
    // A place named with an ordinary word (`الخبر` Khobar, `الشرقية` Sharqia), or a small
    // place with a one-word name, is matched strongly only with its kind word
    // (`مدينة الخبر`); the bare word is weak.
    const common = commonWords.has(key);
    const madeStrong = !common && fixes.get(id)?.strong === true && isWeakBareName(row, capital);
    const weakBare = common || (isWeakBareName(row, capital) && !madeStrong);
    // A name made strong keeps its kind word's form too (`ولاية القصرين`).
    const kindForm = madeStrong && kindWord(row) ? `${kindWord(row)} ${row.ar}` : undefined;
    if (kindForm && !nameOwner.has(normalizeKey(kindForm))) {
      aliases.push(kindForm);
      nameOwner.set(normalizeKey(kindForm), id);
    }
    if (weakBare) {
      const kind = kindWord(row);
      if (!kind) { drop(common ? 'common-word' : 'weak-name-no-kind-word', row); continue; }
      ar = `${kind} ${row.ar}`;
      if (nameOwner.has(normalizeKey(ar))) { drop('duplicate-name', row); continue; }
      nameOwner.set(normalizeKey(ar), id);
      weakAliases.push(row.ar);
      if (!common) weakened++;
    }
    // In the Arab world the `native` column is usually the local spelling (`بورسعيد`), but
    // sometimes an unrelated word (Sur, Oman: `على`): only near spellings are kept, and only
    // as strongly as the name itself.
    if (ARAB_LEAGUE.has(row.country) && isNearSpelling(row.native, row.ar) && !nameOwner.has(normalizeKey(row.native))) {
      (weakBare || commonWords.has(normalizeKey(row.native)) ? weakAliases : aliases).push(row.native);
      nameOwner.set(normalizeKey(row.native), id);
    }
    for (const v of hardGVariants([row.ar], row.country, id, nameOwner)) (weakBare ? weakAliases : aliases).push(v);
    // A capital named like its country (`الكويت`, `جيبوتي`) keeps a lower prior than the country.
    byId.set(id, finishEntry({
      id, label: 'GPE', ar, en: row.en, aliases, weakAliases, vocalized: fixes.get(id)?.vocalized, prior: placePrior(row, capital), country: countryByIso.get(row.country), source: DR5HN_SOURCE,
    }));
  }

  const entries = [...byId.values()];
  const sameAsCountry = entries.filter((e) => countryKeys.has(normalizeKey(e.ar))).length;
  console.log(`places: kept ${entries.length} (${sameAsCountry} share a name with a country, resolved by prior)`);
  console.log(`places: ${weakened} one-word names of small places made weak (strong only as \`<kind> X\`)`);
  console.log('places dropped, by reason:');
  for (const [reason, n] of [...dropped].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${reason.padEnd(26)} ${String(n).padStart(6)}   e.g. ${(examples.get(reason) ?? []).join('; ')}`);
  }
  return entries;
}

// ---------------------------------------------------------------------------

function main(): void {
  const { entries: countries, demonymKeys, countryKeys } = buildCountries();
  const languages = buildLanguages(demonymKeys, countryKeys, readCommonWords());
  const countryByIso = new Map(countries.filter((c) => c.iso2).map((c) => [c.iso2!, c.id]));
  const currencies = buildCurrencies(demonymKeys, countryByIso);
  const reserved = new Set([...demonymKeys, ...languages.flatMap((l) => [l.ar, ...(l.aliases ?? []), ...(l.weakAliases ?? [])].map(normalizeKey))]);
  const places = buildPlaces(countryKeys, countryByIso, reserved);
  const withDemonyms = countries.filter((c) => c.demonyms?.length).length;
  console.log(`countries: ${countries.length} (${withDemonyms} with demonyms)`);
  writeJsonl(path.join(gazDir, 'countries.jsonl'), countries);
  writeJsonl(path.join(gazDir, 'places.jsonl'), places);
  writeJsonl(path.join(gazDir, 'languages.jsonl'), languages);
  writeJsonl(path.join(gazDir, 'currencies.jsonl'), currencies);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

// Compiles gazetteers/*.jsonl and gazetteers/place-idioms.txt into the data the library loads
// (src/data/default-gazetteer.json, src/data/name-tokens.json) and writes
// gazetteers/manifest.json (counts, hashes, sources, licenses, data version, gzipped sizes).
//
// Usage: npx tsx scripts/build-data.ts           write the derived files
//        npx tsx scripts/build-data.ts --check   write nothing; exit 1 when any would change
//
// Every line is validated first; a bad line stops the build with its file and line number.
// Entries sharing an ID are merged (union of aliases); aliases that are ordinary words
// (gazetteers/common-words.txt) become weak aliases.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { NORMALIZATION_PROFILE, normalizeKey } from '../src/normalize/normalize.js';
import { LABELS, type GazetteerEntry } from '../src/types.js';
import { aliasKeys, precompileKeys, type PrecompiledKeys } from '../src/gazetteer/compile-gazetteer.js';
import { PLACE_LABELS } from '../src/gazetteer/validate-entry.js';
import { parsePlaceIdiom } from '../src/resolve/place-idioms.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const gazDir = path.join(repoRoot, 'gazetteers');
const dataDir = path.join(repoRoot, 'src', 'data');
const nameTokensSource = path.resolve(
  repoRoot, '..', 'shared', 'gazetteer-sources', 'wikidata-person-name-tokens', 'person_name_tokens_ar_en.tsv',
);

export const ID_PATTERN = /^(wd:Q[1-9][0-9]*|kashf:[a-z]+\/[a-z0-9-]+)$/;
const FIELDS = new Set(['id', 'label', 'ar', 'en', 'aliases', 'weakAliases', 'demonyms', 'vocalized', 'prior', 'iso2', 'country', 'placeLabel', 'source']);
const LIST_FIELDS = ['aliases', 'weakAliases', 'demonyms'] as const;
// Harakat and Quranic marks \u064B-\u065F, superscript alef \u0670, tatweel \u0640,
// zero-width and bidi controls, BOM, soft hyphen \u00AD.
const FORBIDDEN = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/;

/** Name-token list size: the most frequent tokens seen at least this often. */
/**
 * Every token goes into name-tokens.json with its count; the pattern build makes the frequent
 * ones (see NAME_TOKEN_MIN_COUNT in build-patterns.ts) the lexicon of names and the others the
 * rare name tokens that the name scan trusts over a word's shape.
 */
const NAME_TOKEN_MIN_COUNT = 1;

export interface LineError { file: string; line: number; message: string }

/** Problems with one text value (alias, name), or an empty list when it is clean. */
export function textProblems(s: unknown): string[] {
  if (typeof s !== 'string') return ['not a string'];
  const out: string[] = [];
  if (s.trim() === '' || s !== s.trim()) out.push('empty or padded');
  if (s !== s.normalize('NFC')) out.push('not NFC');
  if (FORBIDDEN.test(s)) out.push('contains harakat, tatweel or an invisible character');
  if (/\s{2,}|[\t\n\r]/.test(s)) out.push('irregular whitespace');
  return out;
}

/** Validates one parsed gazetteer line; returns the problems found (empty when valid). */
export function validateEntry(e: unknown): string[] {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return ['not a JSON object'];
  const o = e as Record<string, unknown>;
  const errs: string[] = [];
  for (const k of Object.keys(o)) if (!FIELDS.has(k)) errs.push(`unknown field "${k}"`);
  if (typeof o.id !== 'string' || !ID_PATTERN.test(o.id)) errs.push(`bad id ${JSON.stringify(o.id)}`);
  if (typeof o.label !== 'string' || !(LABELS as readonly string[]).includes(o.label)) errs.push(`bad label ${JSON.stringify(o.label)}`);
  for (const p of textProblems(o.ar)) errs.push(`ar: ${p}`);
  if (o.en !== undefined) for (const p of textProblems(o.en)) errs.push(`en: ${p}`);
  for (const f of LIST_FIELDS) {
    const v = o[f];
    if (v === undefined) continue;
    if (!Array.isArray(v)) { errs.push(`${f}: not an array`); continue; }
    v.forEach((a, i) => { for (const p of textProblems(a)) errs.push(`${f}[${i}] ${JSON.stringify(a)}: ${p}`); });
  }
  // A vocalized form has its marks (what it is for) and spells one of the entry's names.
  if (o.vocalized !== undefined) {
    const names = new Set([o.ar, ...(Array.isArray(o.aliases) ? o.aliases : []), ...(Array.isArray(o.weakAliases) ? o.weakAliases : [])].filter((x): x is string => typeof x === 'string').map(normalizeKey));
    if (!Array.isArray(o.vocalized)) errs.push('vocalized: not an array');
    else o.vocalized.forEach((v, i) => {
      if (typeof v !== 'string' || !FORBIDDEN.test(v) || v !== v.normalize('NFC')) errs.push(`vocalized[${i}] ${JSON.stringify(v)}: not an NFC form with marks`);
      else if (!names.has(normalizeKey(v))) errs.push(`vocalized[${i}] ${JSON.stringify(v)}: spells none of the entry's names`);
    });
  }
  if (o.prior !== undefined && (typeof o.prior !== 'number' || !(o.prior >= 0 && o.prior <= 1))) errs.push(`bad prior ${JSON.stringify(o.prior)}`);
  if (o.iso2 !== undefined && (typeof o.iso2 !== 'string' || !/^[A-Z]{2}$/.test(o.iso2))) errs.push(`bad iso2 ${JSON.stringify(o.iso2)}`);
  if (o.country !== undefined && (typeof o.country !== 'string' || !/^wd:Q[0-9]+$/.test(o.country))) errs.push(`bad country ${JSON.stringify(o.country)}`);
  if (o.placeLabel !== undefined && !(PLACE_LABELS as readonly unknown[]).includes(o.placeLabel)) errs.push(`bad placeLabel ${JSON.stringify(o.placeLabel)}`);
  if (o.source !== undefined && typeof o.source !== 'string') errs.push('source: not a string');
  return errs;
}

export interface GazetteerFile { name: string; entries: GazetteerEntry[]; text: string }

/** Reads and validates every gazetteers/*.jsonl; throws with file:line on the first bad file. */
export function readGazetteers(dir = gazDir): GazetteerFile[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const errors: LineError[] = [];
  const out: GazetteerFile[] = [];
  for (const name of files) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const entries: GazetteerEntry[] = [];
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let parsed: unknown;
      try { parsed = JSON.parse(line); } catch (err) {
        errors.push({ file: name, line: i + 1, message: `invalid JSON: ${(err as Error).message}` });
        return;
      }
      const problems = validateEntry(parsed);
      if (problems.length) errors.push(...problems.map((message) => ({ file: name, line: i + 1, message })));
      else entries.push(parsed as GazetteerEntry);
    });
    out.push({ name, entries, text });
  }
  if (errors.length) {
    const shown = errors.slice(0, 30).map((e) => `  ${e.file}:${e.line}: ${e.message}`).join('\n');
    throw new Error(`invalid gazetteer lines (${errors.length}):\n${shown}`);
  }
  return out;
}

/** Reads common-words.txt as normalized keys. */
export function readCommonWords(file = path.join(gazDir, 'common-words.txt')): Set<string> {
  const words = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const w = line.replace(/#.*/, '').trim();
    if (w) words.add(normalizeKey(w));
  }
  return words;
}

/**
 * Reads place-idioms.txt: the expressions, comments and blank lines left out, each checked
 * by parsePlaceIdiom; throws with file:line on a bad one.
 */
export function readPlaceIdioms(file = path.join(gazDir, 'place-idioms.txt')): string[] {
  const out: string[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    const l = line.replace(/#.*/, '').trim();
    if (!l) return;
    try { parsePlaceIdiom(l); } catch (err) {
      throw new Error(`${path.basename(file)}:${i + 1}: ${(err as Error).message}`);
    }
    out.push(l.replace(/\s+/g, ' '));
  });
  return out;
}

function uniqueByKey(forms: Iterable<string>, exclude: ReadonlySet<string>): string[] {
  const seen = new Set(exclude);
  const out: string[] = [];
  for (const f of forms) {
    const k = normalizeKey(f);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}

export interface MergeReport {
  merged: number;
  labelConflicts: string[];
  movedToWeak: number;
  demonymsDropped: number;
  canonicalCommonWords: string[];
  titlesStripped: number;
}

/** Titles that open some curated aliases (`الملك عبد الله`); compared after normalization. */
const TITLES = ['الملك', 'الملكة', 'الأمير', 'الأميرة', 'الرئيس', 'الشيخ', 'الشيخة', 'السلطان', 'الإمام', 'السيد', 'السيدة',
  'الدكتور', 'الدكتورة', 'الجنرال', 'المشير', 'العماد', 'العاهل', 'البابا', 'الرئيسة', 'المستشار', 'المستشارة', 'ولي العهد', 'خادم الحرمين الشريفين',
  'شيخ الأزهر',
  // Military ranks; `الفريق أول` before `الفريق`, the first title that opens an alias is removed.
  'الفريق أول', 'الفريق', 'اللواء', 'العميد', 'العقيد'].map(normalizeKey);

/**
 * The keys an entry ships with: a person's canonical name that opens with a title is no key
 * (mergeEntries gave the name without it as an alias), so that the title stays outside the
 * person's span, as the conventions have it.
 */
export function shippedKeys(e: GazetteerEntry): PrecompiledKeys {
  const keys = precompileKeys(e);
  if (e.label !== 'PERS' || !withoutTitle(e.ar).titled) return keys;
  const titled = aliasKeys(e.ar)?.join(' ');
  return { ...keys, s: keys.s.filter((k) => k !== titled) };
}

/** An alias without a leading title, and whether one was removed. */
export function withoutTitle(alias: string): { name: string; titled: boolean } {
  const key = normalizeKey(alias);
  for (const t of TITLES) {
    if (key.startsWith(t + ' ')) {
      const words = alias.trim().split(/\s+/);
      return { name: words.slice(t.split(' ').length).join(' '), titled: true };
    }
  }
  return { name: alias, titled: false };
}

/**
 * Merges entries sharing an ID (first file in name order gives `ar`, `label`, `en`; aliases
 * are united; the highest prior wins), moves ordinary-word aliases to `weakAliases`, drops
 * ordinary-word demonyms (a demonym has no weak form), and strips `source`.
 */
export function mergeEntries(files: readonly GazetteerFile[], commonWords: ReadonlySet<string>): { entries: GazetteerEntry[]; report: MergeReport } {
  const byId = new Map<string, GazetteerEntry>();
  const report: MergeReport = { merged: 0, labelConflicts: [], movedToWeak: 0, demonymsDropped: 0, canonicalCommonWords: [], titlesStripped: 0 };
  for (const f of files) {
    for (const e of f.entries) {
      const prev = byId.get(e.id);
      if (!prev) { byId.set(e.id, { ...e }); continue; }
      report.merged++;
      if (prev.label !== e.label) report.labelConflicts.push(`${e.id}: ${prev.label} vs ${e.label} (${f.name})`);
      prev.en ??= e.en;
      prev.iso2 ??= e.iso2;
      prev.country ??= e.country;
      prev.placeLabel ??= e.placeLabel;
      if (e.prior !== undefined) prev.prior = Math.max(prev.prior ?? 0, e.prior);
      const extra = e.ar !== prev.ar ? [e.ar] : [];
      prev.aliases = [...(prev.aliases ?? []), ...extra, ...(e.aliases ?? [])];
      prev.weakAliases = [...(prev.weakAliases ?? []), ...(e.weakAliases ?? [])];
      prev.demonyms = [...(prev.demonyms ?? []), ...(e.demonyms ?? [])];
    }
  }
  const entries: GazetteerEntry[] = [];
  for (const e of [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const arKey = normalizeKey(e.ar);
    if (commonWords.has(arKey)) report.canonicalCommonWords.push(`${e.id} ${e.ar}`);
    const strong: string[] = [];
    const weak = [...(e.weakAliases ?? [])];
    // A canonical name with a title (`الملك خوان كارلوس`) is matched without it, as a titled alias
    // is (see shippedKeys): the title is an OCC of its own.
    const titledAr = e.label === 'PERS' && withoutTitle(e.ar).titled;
    for (const raw of titledAr ? [e.ar, ...(e.aliases ?? [])] : e.aliases ?? []) {
      // A title is not part of a name (it is OCC, found by the title rules): `الملك حمد`
      // becomes `حمد`, weak when one token is left (the title rule gives the context).
      const { name: a, titled } = e.label === 'PERS' ? withoutTitle(raw) : { name: raw, titled: false };
      if (a === '') continue;
      if (titled) report.titlesStripped++;
      if (commonWords.has(normalizeKey(a)) || (titled && !a.includes(' '))) { weak.push(a); report.movedToWeak++; } else strong.push(a);
    }
    const demonyms = (e.demonyms ?? []).filter((d) => {
      const drop = commonWords.has(normalizeKey(d));
      if (drop) report.demonymsDropped++;
      return !drop;
    });
    // A form listed as a strong alias stays strong, though a titled alias reduces to it too
    // (`الخميني` beside `الإمام الخميني`).
    const strongKeys = new Set(strong.map(normalizeKey));
    const weakU = uniqueByKey(
      weak.filter((w) => !strongKeys.has(normalizeKey(w))),
      new Set([arKey]),
    );
    const strongU = uniqueByKey(strong, new Set([arKey, ...weakU.map(normalizeKey)]));
    const out: GazetteerEntry = { id: e.id, label: e.label, ar: e.ar };
    if (e.en) out.en = e.en;
    if (strongU.length) out.aliases = strongU;
    if (weakU.length) out.weakAliases = weakU;
    const demU = uniqueByKey(demonyms, new Set());
    if (demU.length) out.demonyms = demU;
    if (e.vocalized?.length) out.vocalized = e.vocalized;
    if (e.prior !== undefined) out.prior = e.prior;
    if (e.iso2) out.iso2 = e.iso2;
    if (e.country) out.country = e.country;
    if (e.placeLabel) out.placeLabel = e.placeLabel;
    entries.push(out);
  }
  return { entries, report };
}

export interface Collision { key: string; ids: { id: string; prior: number; weak: boolean }[]; resolved: boolean }

/**
 * Forms shared by different IDs after normalization. A collision is resolved when at most
 * one entry matches the form strongly, or when the strong entries have distinct priors.
 */
export function findCollisions(entries: readonly GazetteerEntry[]): Collision[] {
  const byKey = new Map<string, Map<string, { prior: number; weak: boolean }>>();
  const add = (form: string, id: string, prior: number, weak: boolean): void => {
    const k = normalizeKey(form);
    let m = byKey.get(k);
    if (!m) byKey.set(k, (m = new Map()));
    const prev = m.get(id);
    m.set(id, { prior, weak: prev ? prev.weak && weak : weak });
  };
  for (const e of entries) {
    const prior = e.prior ?? 0.5;
    for (const f of [e.ar, ...(e.aliases ?? []), ...(e.demonyms ?? [])]) add(f, e.id, prior, false);
    for (const f of e.weakAliases ?? []) add(f, e.id, prior, true);
  }
  const out: Collision[] = [];
  for (const [key, m] of byKey) {
    if (m.size < 2) continue;
    const ids = [...m].map(([id, v]) => ({ id, ...v })).sort((a, b) => b.prior - a.prior || (a.id < b.id ? -1 : 1));
    const strongPriors = ids.filter((x) => !x.weak).map((x) => x.prior);
    const resolved = strongPriors.length <= 1 || new Set(strongPriors).size === strongPriors.length;
    out.push({ key, ids, resolved });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The most frequent person-name tokens, normalized and summed, as `[token, count]` pairs. */
export function buildNameTokens(tsv: string, minCount = NAME_TOKEN_MIN_COUNT): [string, number][] {
  return nameTokenCounts(tsv, minCount).tokens;
}

/**
 * The name tokens with their counts, and those that end in ه in every spelling the source
 * gives (`نواه` Noah, `شاه`, `ربه`): normalization folds ة into ه, so such a name reads the same
 * as a noun in ة (`نواة`, `شاة`, `ربة`), which the text tells apart by its ة.
 */
export function nameTokenCounts(tsv: string, minCount = NAME_TOKEN_MIN_COUNT): { tokens: [string, number][]; haOnly: string[] } {
  const counts = new Map<string, number>();
  const withTa = new Set<string>();
  for (const line of tsv.split('\n').slice(1)) {
    const [ar, , count] = line.split('\t');
    if (!ar) continue;
    const k = normalizeKey(ar);
    // Arabic letters only (\u0621-\u064A), at least two of them.
    if (!/^[\u0621-\u064A]{2,}$/.test(k)) continue;
    counts.set(k, (counts.get(k) ?? 0) + (Number(count) || 0));
    if (ar.trim().endsWith('\u0629')) withTa.add(k); // ة
  }
  const tokens = [...counts].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const haOnly = tokens.filter(([w]) => w.endsWith('\u0647') && !withTa.has(w)).map(([w]) => w).sort(); // ه
  return { tokens, haOnly };
}

const sha256 = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

// Provenance and license per gazetteer file; files written by hand default to curated/MIT.
const FILE_LICENSES: Record<string, { source: string; license: string }> = {
  'countries.jsonl': { source: 'dr5hn/countries-states-cities-database, mledoze/countries, Unicode CLDR, curated variants', license: 'ODbL-1.0 (dr5hn, mledoze); Unicode-3.0 (CLDR); MIT (curated)' },
  'places.jsonl': { source: 'dr5hn/countries-states-cities-database (filtered), curated state and city names', license: 'ODbL-1.0 (dr5hn); MIT (curated)' },
  'languages.jsonl': { source: 'Unicode CLDR (cldr-localenames-full)', license: 'Unicode-3.0' },
  'currencies.jsonl': { source: 'Unicode CLDR (cldr-numbers-full)', license: 'Unicode-3.0' },
};

interface Outputs { files: Map<string, string>; summary: string[]; collisions: Collision[] }

/** Computes every derived file in memory: path (relative to the repo) → content. */
export function computeOutputs(): Outputs {
  const gaz = readGazetteers();
  const commonWords = readCommonWords();
  const { entries, report } = mergeEntries(gaz, commonWords);
  const collisions = findCollisions(entries);

  const files = new Map<string, string>();
  const tokensPath = 'src/data/name-tokens.json';
  let tokensJson: string;
  if (existsSync(nameTokensSource)) {
    const { tokens, haOnly } = nameTokenCounts(readFileSync(nameTokensSource, 'utf8'));
    tokensJson = `{"profile":"${NORMALIZATION_PROFILE}","kind":"person-name-tokens","minCount":${NAME_TOKEN_MIN_COUNT},"haOnly":${JSON.stringify(haOnly)},"tokens":[\n`
      + tokens.map((t) => JSON.stringify(t)).join(',\n') + '\n]}\n';
  } else {
    // The raw source lives outside the repository; without it the committed list stands.
    tokensJson = readFileSync(path.join(repoRoot, tokensPath), 'utf8');
  }

  const idioms = readPlaceIdioms();
  const version = `${NORMALIZATION_PROFILE}+${sha256(JSON.stringify(entries) + JSON.stringify(idioms) + tokensJson).slice(0, 12)}`;
  // Each entry ships with its alias keys already normalized and tokenized, so loading the
  // default gazetteer needs no normalization pass (compileGazetteer uses `keys` when present).
  // The place idioms ship as written: a few dozen short lines, parsed when an extractor is built.
  const gazJson = `{"profile":"${NORMALIZATION_PROFILE}","version":"${version}","idioms":${JSON.stringify(idioms)},"entries":[\n`
    + entries.map((e) => JSON.stringify({ ...e, keys: shippedKeys(e) })).join(',\n') + '\n]}\n';
  files.set('src/data/default-gazetteer.json', gazJson);
  files.set(tokensPath, tokensJson);

  const manifestFiles: Record<string, unknown> = {};
  for (const f of gaz) {
    const sources = [...new Set(f.entries.map((e) => e.source).filter(Boolean))];
    const known = FILE_LICENSES[f.name];
    manifestFiles[f.name] = {
      count: f.entries.length,
      sha256: sha256(f.text),
      source: known?.source ?? (sources.length ? sources.slice(0, 5).join('; ') : 'curated'),
      license: known?.license ?? 'MIT',
    };
  }
  const cw = readFileSync(path.join(gazDir, 'common-words.txt'), 'utf8');
  manifestFiles['common-words.txt'] = {
    count: commonWords.size, sha256: sha256(cw), source: 'hand-written list of ordinary words', license: 'MIT',
  };
  const pi = readFileSync(path.join(gazDir, 'place-idioms.txt'), 'utf8');
  manifestFiles['place-idioms.txt'] = {
    count: idioms.length, sha256: sha256(pi), source: 'hand-written list of expressions in which a place name names no place', license: 'MIT',
  };
  const derived: Record<string, unknown> = {};
  for (const [p, content] of files) {
    const buf = Buffer.from(content, 'utf8');
    derived[p] = { bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length, sha256: sha256(buf) };
  }
  const byLabel: Record<string, number> = {};
  for (const e of entries) byLabel[e.label] = (byLabel[e.label] ?? 0) + 1;
  const manifest = {
    profile: NORMALIZATION_PROFILE,
    dataVersion: version,
    entries: entries.length,
    byLabel: Object.fromEntries(Object.entries(byLabel).sort()),
    files: manifestFiles,
    derived,
  };
  files.set('gazetteers/manifest.json', JSON.stringify(manifest, null, 2) + '\n');

  const unresolved = collisions.filter((c) => !c.resolved);
  const summary = [
    `entries: ${entries.length} (${Object.entries(byLabel).sort().map(([l, n]) => `${l} ${n}`).join(', ')})`,
    `merged duplicate IDs: ${report.merged}; aliases moved to weak: ${report.movedToWeak}; ordinary-word demonyms dropped: ${report.demonymsDropped}; titles stripped from aliases: ${report.titlesStripped}`,
    `collisions across IDs: ${collisions.length} (${unresolved.length} unresolved)`,
    ...report.labelConflicts.map((c) => `label conflict: ${c}`),
    ...report.canonicalCommonWords.slice(0, 20).map((c) => `canonical name is an ordinary word: ${c}`),
    ...unresolved.slice(0, 40).map((c) => `unresolved collision "${c.key}": ${c.ids.map((x) => `${x.id}@${x.prior}${x.weak ? ' weak' : ''}`).join(', ')}`),
    `data version: ${version}`,
  ];
  for (const [p, d] of Object.entries(derived)) {
    const { bytes, gzipBytes } = d as { bytes: number; gzipBytes: number };
    summary.push(`${p}: ${bytes} bytes, ${gzipBytes} gzipped`);
  }
  return { files, summary, collisions };
}

function main(): void {
  const check = process.argv.includes('--check');
  const { files, summary } = computeOutputs();
  for (const line of summary) console.log(line);
  const stale: string[] = [];
  for (const [rel, content] of files) {
    const abs = path.join(repoRoot, rel);
    const current = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
    if (current === content) continue;
    stale.push(rel);
    if (!check) writeFileSync(abs, content);
  }
  if (check) {
    if (stale.length) {
      console.error(`stale derived data (run npm run data:build): ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log('derived data is up to date');
  } else {
    console.log(stale.length ? `wrote ${stale.join(', ')}` : 'nothing to write');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

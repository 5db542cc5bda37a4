// The extractor: compiles gazetteers and rules once, then runs the pipeline per text —
// normalize → tokenize → gazetteer and pattern matching → context filter → overlap resolution
// → linking → offsets mapped back to the caller's string.

import { prepareDoc, type Doc } from './doc.js';
import { KashfInputError } from './errors.js';
import { compileGazetteer } from './gazetteer/compile-gazetteer.js';
import { defaultEntries, defaultPlaceIdioms } from './gazetteer/default-gazetteer.js';
import { extendOverGluedDigits, extendOverModelNumbers, joinChainedAliases, matchGazetteer } from './gazetteer/match-gazetteer.js';
import { validateEntry } from './gazetteer/validate-entry.js';
import { toOriginalSpan } from './normalize/normalize.js';
import { checkExtractOptions, checkExtractorOptions, labelFilter, type ExtractOptions, type ExtractorOptions } from './options.js';
import { adjectiveNamesOf, readCountryAdjectives } from './resolve/country-adjectives.js';
import { dropDescriptiveAdjectives } from './resolve/descriptive-adjectives.js';
import { extendGeneralOffices, joinTitlePlaces } from './resolve/title-place.js';
import { splitTrailingRanks } from './resolve/title-ranks.js';
import { joinStackedTitles } from './resolve/stacked-titles.js';
import { joinEventEditions } from './resolve/event-edition.js';
import { cityIdsOf, joinTreatyPlaces } from './resolve/treaty-places.js';
import { joinNamedEvents } from './resolve/named-events.js';
import { joinCityOrganisations } from './resolve/city-organisations.js';
import { joinGroupMembers } from './resolve/group-members.js';
import { readLanguageObjects } from './resolve/language-names.js';
import { joinPlaceNouns } from './resolve/place-nouns.js';
import { joinNewCities } from './resolve/new-cities.js';
import { joinRoadPlaces } from './resolve/road-places.js';
import { joinRulerTitles } from './resolve/ruler-titles.js';
import { idBit, mayBeIn } from './resolve/id-bit.js';
import { compilePlaceIdioms, dropIdiomPlaces } from './resolve/place-idioms.js';
import { placeLabelsOf, relabelPlaces } from './resolve/relabel-places.js';
import { strengthenCountryNames, weakCountryFormsOf } from './resolve/weak-country-names.js';
import { strengthenListedPlaces } from './resolve/listed-places.js';
import { strengthenMediaNames } from './resolve/media-names.js';
import { strengthenCompanySubjects } from './resolve/company-subjects.js';
import { clubIdsOf, dropBilateralClubs, strengthenClubNames } from './resolve/club-names.js';
import { joinPortfolios } from './resolve/minister-portfolios.js';
import { lifeYears } from './resolve/life-years.js';
import { strengthenTitledPersons } from './resolve/titled-persons.js';
import { resolveOverlaps } from './resolve/resolve-overlaps.js';
import { dropRetweetMarkers } from './resolve/retweet-marker.js';
import { trimReportedSources } from './resolve/reported-sources.js';
import { trimLanguageNoun } from './resolve/trim-language-noun.js';
import { knownNames, trimToKnownNames } from './resolve/trim-to-known-names.js';
import { procliticLetter } from './tokenize/letters.js';
import { LABELS, type Candidate, type Entity, type GazetteerEntry, type Label } from './types.js';

/** A stage that proposes candidates for a document (normalized offsets). */
export type CandidateStage = (doc: Doc) => Candidate[];

/** A compiled, reusable extractor. Safe to share: it keeps no state between calls. */
export interface Extractor {
  /**
   * Finds the entities of `text`: non-overlapping and sorted by `start` (with `nested`, inner
   * entities follow their outer entity).
   */
  extract(text: string, options?: ExtractOptions): Entity[];
  /** Facts about the compiled data. */
  readonly info: ExtractorInfo;
}

/** Facts about a compiled extractor. */
export interface ExtractorInfo {
  /** Number of gazetteer entries. */
  entries: number;
  /** Number of distinct normalized aliases. */
  aliases: number;
}

const WIKIDATA_URL = 'https://www.wikidata.org/wiki/';
const LABEL_SET: ReadonlySet<string> = new Set(LABELS);

/** Whether a stage's candidate (from `from` on) is a weak one of a pattern (a plugin's). */
function weakRuleCandidate(cands: readonly Candidate[], from: number): boolean {
  for (let i = from; i < cands.length; i++) if (cands[i]!.weak && cands[i]!.source.kind === 'pattern') return true;
  return false;
}

/** Most weak candidates compared with each strong one by scanning them, without a set. */
const SCANNED_WEAK = 16;

/** The IDs of `cands`. */
function idsOf(cands: readonly Candidate[]): Set<string> {
  const ids = new Set<string>();
  for (const c of cands) if (c.id !== undefined) ids.add(c.id);
  return ids;
}

/**
 * Weak aliases (ordinary words) count where the document names the same entry by a strong
 * form (`known`: the strong gazetteer matches, see knownNames). The others stay weak: overlap
 * resolution keeps them only to lend their ID to another stage's candidate of the same span (a
 * title rule found the person), then drops them. `weak`: the weak candidates.
 */
function applyContext(weak: readonly Candidate[], known: readonly Candidate[]): void {
  if (weak.length === 0) return;
  // Most strong candidates name other entries than the few weak ones: the weak IDs' mask turns
  // them away before any comparison. A long list of weak candidates is looked up in a set.
  let mask = 0;
  for (const c of weak) if (c.id !== undefined) mask |= 1 << idBit(c.id);
  if (mask === 0) return;
  let weakIds: Set<string> | undefined;
  for (const k of known) {
    const id = k.id;
    if (id === undefined || !mayBeIn(mask, id)) continue;
    if (weak.length > SCANNED_WEAK) {
      weakIds ??= idsOf(weak);
      if (!weakIds.delete(id)) continue;
    }
    for (const c of weak) if (c.id === id) c.weak = false;
  }
}

function toEntity(doc: Doc, c: Candidate): Entity {
  const span = toOriginalSpan(doc.norm, c.start, c.end);
  const e: Entity = {
    start: span.start,
    end: span.end,
    text: doc.norm.input.slice(span.start, span.end),
    label: c.label,
    source: c.source,
  };
  if (c.id !== undefined) {
    e.id = c.id;
    if (c.id.startsWith('wd:Q')) e.url = WIKIDATA_URL + c.id.slice(3);
  }
  if (c.canonical) e.canonical = c.canonical;
  if (c.candidates) e.candidates = c.candidates.slice(); // the compiled list is shared
  return e;
}

/**
 * Whether `c` is the first word of `outer`, which holds it, read again after one or two of its
 * letters taken for proclitics (`ايدن` in `بايدن`, `اين روني` in `واين روني`, `اول` in
 * `باول`): no entity, since `outer` read the word whole.
 */
function procliticMisreading(text: string, outer: Candidate, c: Candidate): boolean {
  const n = c.start - outer.start;
  if (n < 1 || n > 2) return false;
  for (let i = outer.start; i < c.start; i++) if (!procliticLetter(text.charCodeAt(i))) return false;
  return true;
}

/** Appends the inner entities of `outer` after it, each followed by its own. */
function pushInner(doc: Doc, outer: Candidate, filter: ((label: Label) => boolean) | undefined, out: Entity[]): void {
  for (const c of outer.inner!) {
    if (procliticMisreading(doc.norm.text, outer, c)) continue;
    if (!filter || filter(c.label)) out.push(toEntity(doc, c));
    if (c.inner) pushInner(doc, c, filter, out);
  }
}

/** Internal hooks for stages that live in later layers (patterns, linking). */
export interface PipelineParts {
  stages: CandidateStage[];
  /**
   * Runs right after overlap resolution: adds, trims or relabels candidates that need the
   * resolved ones (sorted, non-overlapping) and returns them so.
   */
  complete?: (doc: Doc, resolved: Candidate[]) => Candidate[];
  /**
   * Runs after overlap resolution, before offsets are mapped back (coreference, linking);
   * `entryOf` gives the gazetteer entry of an ID.
   */
  link?: (doc: Doc, resolved: Candidate[], entryOf: (id: string) => Readonly<GazetteerEntry> | undefined) => Candidate[];
}

/** Builds an extractor from validated options and pipeline parts. */
export function buildExtractor(options: ExtractorOptions, parts: PipelineParts): Extractor {
  const opts = checkExtractorOptions(options);
  // No spread of the shipped entries into push(): argument lists have a size limit.
  const entries: GazetteerEntry[] = opts.defaultGazetteer !== false ? defaultEntries().slice() : [];
  // User entries are validated one by one so an error names the bad entry; the shipped data
  // was validated when it was built.
  (opts.entries ?? []).forEach((e, i) => entries.push(validateEntry(e, { file: 'options.entries', line: i + 1 })));
  const full = compileGazetteer(entries, { validate: false });
  // Entries by ID, built the first time linking asks (an ambiguous alias in some document).
  let byId: Map<string, GazetteerEntry> | undefined;
  const entryOf = (id: string): GazetteerEntry | undefined => (byId ??= new Map(entries.map((e) => [e.id, e]))).get(id);
  const { stages, complete, link } = parts;
  const extractorFilter = labelFilter(opts);
  const placeLabels = placeLabelsOf(entries);
  const adjectiveNames = adjectiveNamesOf(entries);
  const weakCountryForms = weakCountryFormsOf(entries);
  const placeIdioms = compilePlaceIdioms(defaultPlaceIdioms());
  const cities = cityIdsOf(entries);
  const clubs = clubIdsOf(entries);

  const extract = (text: string, callOptions?: ExtractOptions): Entity[] => {
    if (typeof text !== 'string') throw new KashfInputError(text);
    const call = checkExtractOptions(callOptions);
    if (text.length === 0) return [];
    const doc = prepareDoc(text);
    // A place in a fixed expression (مسقط رأسه, أحمد أبو غزة) goes before any stage reads it.
    // The gazetteer's candidates come first; their number lets the steps below tell them from
    // the stages' without reading their sources, one object per entry spread over memory.
    let cands = dropIdiomPlaces(doc, joinChainedAliases(extendOverModelNumbers(doc, extendOverGluedDigits(doc, matchGazetteer(full, doc)))), placeIdioms);
    const fromGazetteer = cands.length;
    const limit = doc.norm.text.length;
    for (const stage of stages) {
      // Stages include users' plugins: a candidate outside the text or with an unknown label
      // is dropped here rather than turned into a broken entity.
      for (const c of stage(doc)) if (c.start >= 0 && c.end > c.start && c.end <= limit && LABEL_SET.has(c.label)) cands.push(c);
    }
    cands = dropIdiomPlaces(doc, cands, placeIdioms, fromGazetteer);
    const weak: Candidate[] = [];
    const known = knownNames(cands, weak, fromGazetteer);
    // Trimming copies, drops or names the pattern candidates it cuts: when one is weak (a
    // plugin's), the weak candidates are looked for again in what it returned. The others
    // pass through as they are.
    const weakRule = weakRuleCandidate(cands, fromGazetteer);
    cands = trimToKnownNames(doc, cands, known, fromGazetteer);
    applyContext(weakRule ? cands.filter((c) => c.weak) : weak, known);
    if (weak.length > 0 && weakCountryForms.ids.size > 0) strengthenCountryNames(doc, weak, known, weakCountryForms);
    if (weak.length > 0) strengthenListedPlaces(doc, weak, known, entryOf);
    if (weak.length > 0) strengthenTitledPersons(doc, weak, cands);
    if (weak.length > 0) strengthenMediaNames(doc, weak);
    if (weak.length > 0) strengthenCompanySubjects(doc, weak, clubs);
    if (weak.length > 0 && clubs.size > 0) strengthenClubNames(doc, weak, cands, clubs, entryOf);
    readLanguageObjects(doc, cands, entryOf);
    let resolved = dropRetweetMarkers(doc, resolveOverlaps(cands));
    if (complete) resolved = complete(doc, resolved);
    // Before linking, so that what a dropped title held is linked as any other entity.
    resolved = trimReportedSources(doc, resolved);
    if (adjectiveNames.ids.size > 0) readCountryAdjectives(doc, resolved, adjectiveNames);
    trimLanguageNoun(doc, resolved);
    // Before linking, so that the road is grouped with its other mentions as any facility is.
    resolved = joinRoadPlaces(doc, resolved);
    if (link) resolved = link(doc, resolved, entryOf);
    if (clubs.size > 0) resolved = dropBilateralClubs(doc, resolved, clubs);
    // Before descriptive adjectives are dropped: the minister's nationality is nested in the title.
    resolved = lifeYears(doc, dropDescriptiveAdjectives(doc, joinPortfolios(doc, resolved)));
    resolved = joinRulerTitles(doc, extendGeneralOffices(doc, joinTitlePlaces(doc, joinStackedTitles(doc, splitTrailingRanks(doc, resolved)))));
    resolved = joinCityOrganisations(doc, joinEventEditions(doc, joinNamedEvents(doc, cities.size > 0 ? joinTreatyPlaces(doc, resolved, cities) : resolved)));
    if (cities.size > 0) resolved = joinNewCities(doc, joinPlaceNouns(doc, resolved, cities), cities);
    resolved = joinGroupMembers(doc, resolved);
    // After linking, so later mentions it links (and IDs it settles) are read as places too.
    if (placeLabels.size > 0) relabelPlaces(doc, resolved, placeLabels);
    const filter = call.labels || call.excludeLabels ? labelFilter(opts, call) : extractorFilter;
    const out: Entity[] = [];
    for (const c of resolved) {
      if (!filter || filter(c.label)) out.push(toEntity(doc, c));
      if (call.nested && c.inner) pushInner(doc, c, filter, out);
    }
    return out;
  };

  return { extract, info: { entries: full.entries.length, aliases: full.aliasCount } };
}


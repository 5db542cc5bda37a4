// kashf's public API. Everything exported here is documented and typed; nothing else is public.

import { buildExtractor, type CandidateStage, type Extractor } from './extractor.js';
import { matchAcronyms } from './latin/acronyms.js';
import { defaultPatternMatcher } from './patterns/index.js';
import { PEOPLE_GROUP_RULE } from './resolve/resolve-overlaps.js';
import { groupMentions, type EntityGroup } from './link/group-mentions.js';
import { linkDocument, type LinkOptions } from './link/link-document.js';
import type { ExtractOptions, ExtractorOptions } from './options.js';
import type { Candidate, Entity } from './types.js';
import type { Doc } from './doc.js';

export type { Candidate, CanonicalName, Entity, EntitySource, GazetteerEntry, Label, PlaceLabel, Token, TokenKind } from './types.js';
export { LABELS } from './types.js';
export { KashfError, KashfInputError, KashfOptionsError, type KashfErrorCode } from './errors.js';
export type { ExtractOptions, ExtractorOptions } from './options.js';
export type { Extractor, ExtractorInfo } from './extractor.js';
export type { KashfPlugin } from './plugin.js';
export { prepareDoc, tokenText, type Doc } from './doc.js';
export type { TokenStream } from './tokenize/tokenize.js';
export { normalize, toOriginalSpan, NORMALIZATION_PROFILE, type NormalizedText } from './normalize/normalize.js';
export { tokenize } from './tokenize/tokenize.js';
export { parseGazetteer, type GazetteerFormat, type ParseGazetteerOptions } from './gazetteer/parse-entries.js';
export { validateEntry, type EntryLocation } from './gazetteer/validate-entry.js';
export {
  renderJson, renderJsonl, renderConll, tagTokens, renderBrat, renderTsv, TSV_HEADER,
  renderHtml, renderHtmlFragment, renderLegend, HTML_STYLE, LABEL_COLORS,
  type RenderDocument, type RenderJsonOptions, type RenderHtmlOptions, type TaggedToken,
} from './render/index.js';
export { GAZETTEER_VERSION } from './gazetteer/default-gazetteer.js';
export { extractBatch, type BatchInput, type BatchResult } from './batch.js';
export { groupMentions, type EntityGroup, type Mention } from './link/group-mentions.js';

/**
 * Compiles gazetteers and rules once and returns a reusable extractor.
 *
 * @example
 * ```ts
 * import { createExtractor } from 'kashf';
 * const kashf = createExtractor({
 *   entries: [{ id: 'kashf:org/acme', label: 'ORG', ar: 'شركة أكمي', aliases: ['أكمي'] }],
 *   excludeLabels: ['CARDINAL'],
 * });
 * kashf.extract('أعلنت أكمي عن أرباحها'); // [{ start: 6, end: 10, text: 'أكمي', label: 'ORG', id: 'kashf:org/acme', … }]
 * ```
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const coreference = options.coreference ?? true;
  const stages: CandidateStage[] = [];
  let ambiguousNames: ReadonlySet<string> | undefined;
  let complete: ((doc: Doc, resolved: Candidate[]) => Candidate[]) | undefined;
  if (options.patterns ?? true) {
    const patterns = defaultPatternMatcher();
    if (options.peopleGroups ?? true) stages.push((doc) => patterns.match(doc));
    else stages.push((doc) => patterns.match(doc).filter((c) => c.source.ref !== PEOPLE_GROUP_RULE));
    complete = patterns.complete;
    ambiguousNames = patterns.ambiguousNames;
  }
  if (options.acronyms ?? true) stages.push(matchAcronyms);
  for (const plugin of options.plugins ?? []) stages.push((doc) => plugin.match(doc));
  // Built once, on the first document: not an object (and a spread) per document.
  let linkOptions: LinkOptions | undefined;
  return buildExtractor(options, {
    stages,
    ...(complete ? { complete } : {}),
    link: (doc, resolved, entryOf) => linkDocument(doc, resolved, (linkOptions ??= { coreference, entryOf, ...(ambiguousNames ? { ambiguousNames } : {}) })),
  });
}

let defaultExtractor: Extractor | undefined;

/**
 * Finds the named entities of Arabic text with the default extractor (built on first call).
 * Returns entities sorted by `start`, non-overlapping, with exact offsets into `text`.
 *
 * @example
 * ```ts
 * import { extract } from 'kashf';
 * extract('وشدد بايدن على ضرورة اتخاذ روسيا إجراءات');
 * // [{ start: 5, end: 10, text: 'بايدن', label: 'PERS', id: 'wd:Q6279', … },
 * //  { start: 27, end: 32, text: 'روسيا', label: 'GPE', id: 'wd:Q159', … }]
 * ```
 */
export function extract(text: string, options?: ExtractOptions): Entity[] {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, options);
}

/** The result of {@link analyze}: entities and the real-world entities they mention. */
export interface Analysis {
  /** As returned by `extract`. */
  entities: Entity[];
  /** One group per linked identity (Wikidata, curated or document-local), in order of first mention. */
  groups: EntityGroup[];
}

/**
 * Extracts entities and groups their mentions by identity, with mention counts.
 *
 * @example
 * ```ts
 * import { analyze } from 'kashf';
 * const { groups } = analyze('قال بايدن إن الرئيس جو بايدن …');
 * groups[0]; // { id: 'wd:Q6279', label: 'PERS', count: 2, mentions: [...] , … }
 * ```
 */
export function analyze(text: string, options?: ExtractOptions): Analysis {
  const entities = extract(text, options);
  return { entities, groups: groupMentions(entities) };
}

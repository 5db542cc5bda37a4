// kashf's public API. Everything exported here is documented and typed; nothing else is public.

import { buildExtractor, type Extractor } from './extractor.js';
import type { ExtractOptions, ExtractorOptions } from './options.js';
import type { Entity } from './types.js';

export type { Candidate, CanonicalName, Entity, EntitySource, GazetteerEntry, Label, Token, TokenKind } from './types.js';
export { LABELS } from './types.js';
export { KashfError, KashfInputError, KashfOptionsError, type KashfErrorCode } from './errors.js';
export type { ExtractOptions, ExtractorOptions } from './options.js';
export type { Extractor, ExtractorInfo } from './extractor.js';
export { normalize, toOriginalSpan, NORMALIZATION_PROFILE, type NormalizedText } from './normalize/normalize.js';
export { tokenize } from './tokenize/tokenize.js';
export { parseGazetteer, type GazetteerFormat, type ParseGazetteerOptions } from './gazetteer/parse-entries.js';
export { validateEntry } from './gazetteer/validate-entry.js';
export { GAZETTEER_VERSION } from './gazetteer/default-gazetteer.js';

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
  return buildExtractor(options, () => ({ stages: [] }));
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

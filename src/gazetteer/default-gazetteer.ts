// The shipped default gazetteer: data compiled from gazetteers/*.jsonl by scripts/build-data.ts,
// bundled as JSON so browsers load it without any Node API.

import data from '../data/default-gazetteer.json';
import { NORMALIZATION_PROFILE } from '../normalize/normalize.js';
import type { GazetteerEntry } from '../types.js';
import type { PrecompiledEntry } from './compile-gazetteer.js';

/**
 * Version of the shipped gazetteer data: the normalization profile and a content hash.
 *
 * @example
 * ```ts
 * GAZETTEER_VERSION; // e.g. 'kashf-ar-2+5f4ad6cc05f6' — the data that knows روسيا and بايدن
 * ```
 */
export const GAZETTEER_VERSION: string = data.version;

/**
 * The shipped entries (validated at build time), with precompiled alias keys when the data
 * was built with this normalization profile.
 */
export function defaultEntries(): readonly GazetteerEntry[] {
  if (data.profile === NORMALIZATION_PROFILE) return data.entries;
  return data.entries.map(({ keys: _stale, ...e }: PrecompiledEntry) => e);
}

/** The shipped expressions in which a known place name names no place (see compilePlaceIdioms). */
export function defaultPlaceIdioms(): readonly string[] {
  return data.idioms;
}

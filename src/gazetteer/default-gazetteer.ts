// The shipped default gazetteer: data compiled from gazetteers/*.jsonl by scripts/build-data.ts,
// bundled as JSON so browsers load it without any Node API.

import data from '../data/default-gazetteer.json';
import type { GazetteerEntry } from '../types.js';

/** Version of the shipped gazetteer data. */
export const GAZETTEER_VERSION: string = data.version;

/** The shipped entries (already validated at build time). */
export function defaultEntries(): readonly GazetteerEntry[] {
  return data.entries;
}

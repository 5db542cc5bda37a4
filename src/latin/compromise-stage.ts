// Latin-script names inside Arabic text, recognised by compromise (people, places,
// organisations). Shipped as the separate entry point `kashf/latin` because compromise costs
// about 0.4 s to load and ~350 KB in a bundle: users who need it opt in.

import nlp from 'compromise';
import type { Doc } from '../doc.js';
import type { Candidate, Label } from '../types.js';
import { findLatinRuns, toNormalizedOffset, type LatinRun } from './latin-runs.js';
import type { KashfPlugin } from '../plugin.js';

/** Priority of compromise candidates: below the gazetteer (50), above acronyms. */
const LATIN_PRIORITY = 35;
const SEPARATOR = '\n\n';
const TRAILING = /[^\p{L}\p{N}]+$/u;
const LEADING = /^[^\p{L}\p{N}]+/u;

interface Found {
  text: string;
  offset: { start: number; length: number };
}

/**
 * A plugin that finds people, places and organisations written in Latin script inside Arabic
 * text, with compromise. Offsets map back exactly.
 *
 * @example
 * ```ts
 * import { createExtractor } from 'kashf';
 * import { latinEntities } from 'kashf/latin';
 * const kashf = createExtractor({ plugins: [latinEntities()] });
 * kashf.extract('التقى Joe Biden مع نظيره'); // [{ text: 'Joe Biden', label: 'PERS', … }]
 * ```
 */
export function latinEntities(): KashfPlugin {
  return { name: 'compromise', match: matchLatin };
}

function matchLatin(doc: Doc): Candidate[] {
  const runs = findLatinRuns(doc).filter((r) => /[A-Z]/.test(r.text));
  if (runs.length === 0) return [];
  // One compromise call per document: runs joined by blank lines, which it never crosses.
  const offsets: number[] = [];
  let joined = '';
  for (const r of runs) {
    if (joined) joined += SEPARATOR;
    offsets.push(joined.length);
    joined += r.text;
  }
  const d = nlp(joined);
  const out: Candidate[] = [];
  const add = (list: Found[], label: Label, ref: string) => {
    for (const f of list) {
      const lead = LEADING.exec(f.text)?.[0].length ?? 0;
      const trail = TRAILING.exec(f.text)?.[0].length ?? 0;
      const from = f.offset.start + lead;
      const to = f.offset.start + f.offset.length - trail;
      if (to <= from) continue;
      const i = runIndex(offsets, from);
      const run: LatinRun = runs[i]!;
      const start = toNormalizedOffset(doc, run.start + (from - offsets[i]!));
      const end = toNormalizedOffset(doc, run.start + (to - offsets[i]!));
      if (end > start) out.push({ start, end, label, priority: LATIN_PRIORITY, source: { kind: 'latin', ref } });
    }
  };
  add(d.people().json({ offset: true }) as Found[], 'PERS', 'compromise-people');
  add(d.places().json({ offset: true }) as Found[], 'GPE', 'compromise-places');
  add(d.organizations().json({ offset: true }) as Found[], 'ORG', 'compromise-organizations');
  return out;
}

function runIndex(offsets: readonly number[], pos: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

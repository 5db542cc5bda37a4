// Option types and their validation: invalid options fail at once with a typed error that
// names the option, never later inside matching.

import { KashfOptionsError } from './errors.js';
import type { KashfPlugin } from './plugin.js';
import { LABELS, type GazetteerEntry, type Label } from './types.js';

/** Options of {@link createExtractor}. */
export interface ExtractorOptions {
  /** Extra gazetteer entries (validated when the extractor is built). */
  entries?: readonly GazetteerEntry[];
  /** Include the shipped default gazetteer (default true). */
  defaultGazetteer?: boolean;
  /** Run the pattern rules: titles, trigger nouns, dates, amounts, numbers (default true). */
  patterns?: boolean;
  /** Link later partial mentions (family name alone) to earlier full names (default true). */
  coreference?: boolean;
  /** Tag all-capital Latin acronyms (CNN, FBI, NATO) as organisations (default true). */
  acronyms?: boolean;
  /**
   * Tag groups of people named by a plural noun (`الناخبون`, `اللاجئين الفلسطينيين`,
   * `الأطفال`) as NORP, as Wojood annotates them (default true). Nationalities stay NORP
   * either way.
   */
  peopleGroups?: boolean;
  /** Extra stages, such as `latinEntities()` from `kashf/latin`, or your own. */
  plugins?: readonly KashfPlugin[];
  /** Keep only these labels. */
  labels?: readonly Label[];
  /** Drop these labels. */
  excludeLabels?: readonly Label[];
}

/** Options of a single `extract` call. */
export interface ExtractOptions {
  /** Keep only these labels (on top of the extractor's own filter). */
  labels?: readonly Label[];
  /** Drop these labels. */
  excludeLabels?: readonly Label[];
  /** Also return inner entities (NORP inside OCC, CARDINAL and CURR inside MONEY), as Wojood annotates. */
  nested?: boolean;
}

const LABEL_SET: ReadonlySet<string> = new Set(LABELS);

function checkObject(options: unknown, name: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new KashfOptionsError(name, 'options must be an object');
  }
  return options as Record<string, unknown>;
}

function checkLabels(value: unknown, field: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new KashfOptionsError(field, 'must be an array of labels');
  for (const l of value) {
    if (typeof l !== 'string' || !LABEL_SET.has(l)) {
      throw new KashfOptionsError(field, `unknown label ${JSON.stringify(l)}; expected one of ${LABELS.join(', ')}`);
    }
  }
}

function checkBoolean(value: unknown, field: string): void {
  if (value !== undefined && typeof value !== 'boolean') throw new KashfOptionsError(field, 'must be a boolean');
}

/** Validates extractor options (throws `KashfOptionsError`). */
export function checkExtractorOptions(options: unknown): ExtractorOptions {
  const o = checkObject(options, 'options');
  if (o.entries !== undefined && !Array.isArray(o.entries)) throw new KashfOptionsError('entries', 'must be an array of gazetteer entries');
  for (const f of ['defaultGazetteer', 'patterns', 'coreference', 'acronyms', 'peopleGroups']) checkBoolean(o[f], f);
  if (o.plugins !== undefined) {
    if (!Array.isArray(o.plugins)) throw new KashfOptionsError('plugins', 'must be an array of plugins');
    o.plugins.forEach((p: unknown, i) => {
      const ok = p !== null && typeof p === 'object' && typeof (p as KashfPlugin).name === 'string' && typeof (p as KashfPlugin).match === 'function';
      if (!ok) throw new KashfOptionsError(`plugins[${i}]`, 'must be an object with a "name" string and a "match" function');
    });
  }
  checkLabels(o.labels, 'labels');
  checkLabels(o.excludeLabels, 'excludeLabels');
  return o as ExtractorOptions;
}

/** Validates per-call options (throws `KashfOptionsError`). */
export function checkExtractOptions(options: unknown): ExtractOptions {
  const o = checkObject(options, 'options');
  checkBoolean(o.nested, 'nested');
  checkLabels(o.labels, 'labels');
  checkLabels(o.excludeLabels, 'excludeLabels');
  return o as ExtractOptions;
}

/** A label filter combining keep and drop lists, or undefined when everything passes. */
export function labelFilter(...sets: Array<{ labels?: readonly Label[]; excludeLabels?: readonly Label[] }>): ((l: Label) => boolean) | undefined {
  const keeps = sets.filter((s) => s.labels).map((s) => new Set(s.labels));
  const drops = new Set(sets.flatMap((s) => s.excludeLabels ?? []));
  if (keeps.length === 0 && drops.size === 0) return undefined;
  return (l) => !drops.has(l) && keeps.every((k) => k.has(l));
}

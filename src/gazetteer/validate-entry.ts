// Schema check for one gazetteer entry: every problem names the field (and, when the entry
// came from a file, the file and line), so a bad entry fails at load time, never mid-document.

import { KashfError } from '../errors.js';
import { LABELS, type GazetteerEntry, type Label, type PlaceLabel } from '../types.js';

const LABEL_SET: ReadonlySet<string> = new Set(LABELS);
/** `wd:Q…`, `kashf:<kind>/<slug>`, or a user namespace `<ns>:<anything without spaces>`. */
const ID_PATTERN = /^(wd:Q[1-9][0-9]*|[a-z][a-z0-9_-]*:[^\s]+)$/;
/** Values of `placeLabel`: the labels of places. */
export const PLACE_LABELS: readonly PlaceLabel[] = ['GPE', 'LOC', 'FAC'];
const STRING_LIST_FIELDS = ['aliases', 'weakAliases', 'demonyms', 'vocalized'] as const;

/** Where an entry came from, for error messages. */
export interface EntryLocation {
  file?: string;
  line?: number;
}

function fail(message: string, field: string, where: EntryLocation, value?: unknown): never {
  const at = [where.file, where.line !== undefined ? `line ${where.line}` : undefined].filter(Boolean).join(', ');
  throw new KashfError('KASHF_INVALID_ENTRY', `kashf: invalid gazetteer entry${at ? ` (${at})` : ''}: field "${field}" ${message}`, {
    location: { ...where, field },
    value,
  });
}

function checkName(value: unknown, field: string, where: EntryLocation): string {
  if (typeof value !== 'string') fail(`must be a string, got ${value === null ? 'null' : typeof value}`, field, where, value);
  if (value.trim().length === 0) fail('must not be empty', field, where, value);
  return value;
}

/**
 * Checks an unknown value against the entry schema and returns it typed.
 * Throws a `KashfError` with code `KASHF_INVALID_ENTRY` naming the field.
 *
 * @example
 * ```ts
 * validateEntry({ id: 'wd:Q159', label: 'GPE', ar: 'روسيا' });   // ok
 * validateEntry({ id: 'wd:Q159', label: 'GPE', ar: '' });        // throws: field "ar" must not be empty
 * ```
 */
export function validateEntry(value: unknown, where: EntryLocation = {}): GazetteerEntry {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('entry must be an object', '(entry)', where, value);
  const e = value as Record<string, unknown>;
  if (typeof e.id !== 'string' || !ID_PATTERN.test(e.id)) {
    fail('must be an ID such as "wd:Q6279" or "kashf:pers/some-name"', 'id', where, e.id);
  }
  if (typeof e.label !== 'string' || !LABEL_SET.has(e.label)) {
    fail(`must be one of ${LABELS.join(', ')}`, 'label', where, e.label);
  }
  checkName(e.ar, 'ar', where);
  if (e.en !== undefined) checkName(e.en, 'en', where);
  for (const field of STRING_LIST_FIELDS) {
    const list = e[field];
    if (list === undefined) continue;
    if (!Array.isArray(list)) fail('must be an array of strings', field, where, list);
    list.forEach((item, i) => checkName(item, `${field}[${i}]`, where));
  }
  if (e.prior !== undefined && (typeof e.prior !== 'number' || !(e.prior >= 0 && e.prior <= 1))) {
    fail('must be a number from 0 to 1', 'prior', where, e.prior);
  }
  if (e.iso2 !== undefined && (typeof e.iso2 !== 'string' || !/^[A-Z]{2}$/.test(e.iso2))) {
    fail('must be a two-letter upper-case ISO code', 'iso2', where, e.iso2);
  }
  if (e.country !== undefined && (typeof e.country !== 'string' || !ID_PATTERN.test(e.country))) {
    fail('must be the ID of a country, such as "wd:Q810"', 'country', where, e.country);
  }
  if (e.placeLabel !== undefined && !PLACE_LABELS.includes(e.placeLabel as PlaceLabel)) {
    fail(`must be one of ${PLACE_LABELS.join(', ')}`, 'placeLabel', where, e.placeLabel);
  }
  if (e.source !== undefined && typeof e.source !== 'string') fail('must be a string', 'source', where, e.source);
  return e as unknown as GazetteerEntry & { label: Label };
}

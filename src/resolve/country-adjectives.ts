// A few countries are named by their own nationality adjective in the feminine: السعودية is
// Saudi Arabia (`زار السعودية`) and the Saudi of `الحكومة السعودية`, `الشركات السعودية`. The
// gazetteer can hold the form once, as the country's name; after a definite noun that it
// describes, the form is the adjective, which Wojood tags NORP (with the country's ID, as every
// nationality here carries it).

import { tokenAt, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { ALEF, LAM } from '../tokenize/letters.js';
import type { Candidate, GazetteerEntry } from '../types.js';
import { idMask, mayBeIn } from './id-bit.js';
import { copyCandidate } from './resolve-overlaps.js';

/**
 * The country names that are also the definite feminine of the country's own nationality
 * adjective (`السعودية` of `سعودي`), normalized, with the country's ID. Computed once per
 * extractor; empty when no entry has such a name.
 */
export interface AdjectiveNames {
  /** Normalized form → the country's ID. */
  forms: ReadonlyMap<string, string>;
  ids: ReadonlySet<string>;
  /** The mask of `ids` (see idMask). */
  mask: number;
}

export function adjectiveNamesOf(entries: readonly GazetteerEntry[]): AdjectiveNames {
  const out = new Map<string, string>();
  for (const e of entries) {
    if (e.label !== 'GPE' || !e.demonyms) continue;
    const names = new Set([e.ar, ...(e.aliases ?? [])].map(normalizeKey));
    for (const d of e.demonyms) {
      const k = normalizeKey(d);
      if (k.startsWith('ال') || !k.endsWith('ي')) continue;
      const feminine = `ال${k}ه`; // ة normalizes to ه
      if (names.has(feminine)) out.set(feminine, e.id);
    }
  }
  const ids = new Set(out.values());
  return { forms: out, ids, mask: idMask(ids) };
}

/** Whether the token right before normalized offset `start` is a definite word (ال…). */
function afterDefiniteWord(doc: Doc, start: number): boolean {
  const t = tokenAt(doc, start);
  // A name that starts inside its token follows a proclitic (بالسعودية): a preposition, no noun.
  if (t === 0 || t > doc.tokens.count || (t < doc.tokens.count && doc.tokens.starts[t] !== start)) return false;
  const s = doc.tokens.starts[t - 1]!;
  const text = doc.norm.text;
  return doc.tokens.ends[t - 1]! - s >= 4 && text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM;
}

function isAdjective(doc: Doc, c: Candidate, names: AdjectiveNames): boolean {
  // A rule's nationality (`الحكومة السعودية` read by org-state-institution) is the adjective
  // already, and lacks only the country's ID.
  if (c.label === 'NORP') return c.id === undefined && names.forms.has(doc.norm.text.slice(c.start, c.end));
  // The ID first: it rules out almost every candidate without cutting a string.
  if (c.label !== 'GPE' || c.id === undefined || !mayBeIn(names.mask, c.id) || !names.ids.has(c.id)) return false;
  const id = names.forms.get(doc.norm.text.slice(c.start, c.end));
  return id === c.id && afterDefiniteWord(doc, c.start);
}

/** The adjective `c` (see isAdjective) as a NORP with its country's ID. */
function asAdjective(doc: Doc, c: Candidate, names: AdjectiveNames): Candidate {
  const norp = copyCandidate(c);
  norp.label = 'NORP';
  norp.id ??= names.forms.get(doc.norm.text.slice(c.start, c.end));
  return norp;
}

/** Whether an inner candidate of `c`, other than `c`'s own name, is an adjective here. */
function innerAdjective(doc: Doc, c: Candidate, names: AdjectiveNames): boolean {
  const inner = c.inner!;
  for (let k = 0; k < inner.length; k++) if (inner[k]!.id !== c.id && isAdjective(doc, inner[k]!, names)) return true;
  return false;
}

/**
 * Relabels NORP the country names of `names` (adjectiveNamesOf) that follow a definite noun,
 * outermost or nested (`الحكومة السعودية` keeps its nested السعودية as NORP). Inside the
 * country's own full name (`المملكة العربية السعودية`) the word stays the name.
 *
 * @example
 * ```ts
 * readCountryAdjectives(prepareDoc('الشركات السعودية'), resolved, names); // السعودية: NORP
 * readCountryAdjectives(prepareDoc('زار السعودية'), resolved, names);     // stays GPE
 * ```
 */
export function readCountryAdjectives(doc: Doc, resolved: Candidate[], names: AdjectiveNames): void {
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    if (isAdjective(doc, c, names)) resolved[i] = asAdjective(doc, c, names);
    else if (c.inner !== undefined && innerAdjective(doc, c, names)) {
      const outer = copyCandidate(c);
      outer.inner = c.inner.map((n) => (n.id !== c.id && isAdjective(doc, n, names) ? asAdjective(doc, n, names) : n));
      resolved[i] = outer;
    }
  }
}

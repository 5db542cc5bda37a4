// A few countries have a name that is also an everyday word: سورية (Syria, and "Syrian" in
// the feminine: قوات سورية), مالي (Mali, and "financial": دعم مالي), بنين (Benin, and "boys").
// The gazetteer holds these forms as weak aliases, which count only where the document also
// names the country by a strong form. The word is the country where a preposition governs it
// (في سورية, بسورية, بين سورية), where it is joined by و to another country (إيران وسورية),
// or where a verb in the feminine past comes right before it (شرعت سورية): the adjective
// follows a noun and the noun needs no preposition of its own.

import { tokenHolding, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { BA, KAF, LAM, WA, FA } from '../tokenize/clitics.js';
import type { Candidate, GazetteerEntry } from '../types.js';

/** Words that govern a country's name as a noun (normalized). */
const GOVERNING: ReadonlySet<string> = new Set(
  ['في', 'إلى', 'من', 'عن', 'على', 'مع', 'بين', 'نحو', 'حول', 'ضد', 'عبر', 'داخل', 'خارج', 'لدى', 'تجاه', 'إن', 'أن', 'لأن', 'بأن', 'زار', 'زيارة'].map(normalizeKey),
);

/** The weak aliases of countries (entries with an ISO code), normalized, with the countries' IDs. */
export interface WeakCountryForms {
  forms: ReadonlySet<string>;
  ids: ReadonlySet<string>;
}

/** The weak aliases of countries (entries with an ISO code), and those countries' IDs. */
export function weakCountryFormsOf(entries: readonly GazetteerEntry[]): WeakCountryForms {
  const forms = new Set<string>();
  const ids = new Set<string>();
  for (const e of entries) {
    if (e.iso2 === undefined || !e.weakAliases?.length) continue;
    ids.add(e.id);
    for (const w of e.weakAliases) forms.add(normalizeKey(w));
  }
  return { forms, ids };
}

/** Whether the strong candidates `known` (sorted by start) hold a GPE ending at `end`. */
function countryEndsAt(known: readonly Candidate[], end: number): boolean {
  for (const k of known) {
    if (k.start >= end) return false;
    if (k.end === end && k.label === 'GPE') return true;
  }
  return false;
}

/** Whether the country name at normalized [start, end) reads as a noun here (see above). */
function governed(doc: Doc, start: number, known: readonly Candidate[]): boolean {
  const { starts, ends } = doc.tokens;
  const text = doc.norm.text;
  const t = tokenHolding(doc, start);
  if (t < 0) return false;
  const s = starts[t]!;
  if (s < start) {
    // Proclitics glued to the name: a preposition governs it; و/ف alone join it to what
    // comes before, a country for a country.
    for (let i = s; i < start; i++) {
      const c = text.charCodeAt(i);
      if (c === BA || c === LAM || c === KAF) return true;
      if (c !== WA && c !== FA) return false;
    }
    return t > 0 && countryEndsAt(known, ends[t - 1]!);
  }
  if (t === 0) return false;
  const word = text.slice(starts[t - 1]!, ends[t - 1]!);
  return GOVERNING.has(word) || feminineVerb(word);
}

/**
 * Whether `word` (normalized) ends like a verb in the feminine past (`شرعت`, `أعلنت`,
 * `وقعت`): ت after a letter other than ا. A noun that a feminine adjective follows ends in ة
 * (normalized ه) or is a plural in ات (`قوات سورية`); the country is the verb's subject.
 */
function feminineVerb(word: string): boolean {
  return word.length >= 3 && word.charCodeAt(word.length - 1) === TA && word.charCodeAt(word.length - 2) !== ALEF;
}

const TA = 0x062a;
const ALEF = 0x0627;

/**
 * Makes the weak candidates of country forms (`countries`: weakCountryFormsOf) strong where the
 * word reads as a noun: after a preposition or a particle that governs it, with a preposition
 * glued to it, or joined by و to a country named right before it.
 *
 * @example
 * ```ts
 * // 'وصل إلى سورية': the weak سورية becomes strong; 'قوات سورية': it stays weak.
 * strengthenCountryNames(doc, weak, known, forms);
 * ```
 */
export function strengthenCountryNames(doc: Doc, weak: readonly Candidate[], known: readonly Candidate[], countries: WeakCountryForms): void {
  for (const c of weak) {
    // The ID first: most weak candidates are other entries', and it costs no string.
    if (!c.weak || c.label !== 'GPE' || c.id === undefined || !countries.ids.has(c.id)) continue;
    if (!countries.forms.has(doc.norm.text.slice(c.start, c.end))) continue;
    if (governed(doc, c.start, known)) c.weak = false;
  }
}

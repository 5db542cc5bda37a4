// A place whose name is also an everyday word (`الزرقاء`, "the blue": Zarqa) is held by the
// gazetteer as a weak alias, which counts only where the document names it by a strong form.
// In a list of places of one country (`في عمان والزرقاء وإربد`) the word is that place too:
// another place of the same country named right before or after it, joined by و or a comma,
// says what kind of word it is. Places of different countries prove nothing (a colour may
// follow a city: `عمان الزرقاء`, which has no و anyway). A place right after the word is its
// genitive (`وموسم جدة`): then the word is a noun.

import { tokenHolding, type Doc } from '../doc.js';
import { WA } from '../tokenize/clitics.js';
import type { Candidate, GazetteerEntry } from '../types.js';
import { firstStartingAt } from './sort-by-start.js';

/** Labels of the places a list may join. */
const PLACES: ReadonlySet<string> = new Set(['GPE', 'LOC']);

/** Arabic and Latin commas. */
const COMMA = new Set([0x060c, 0x2c]);

/** How many candidates before a position are looked at for one ending there (nested ones too). */
const LOOK_BACK = 4;

/** Whether normalized text[from, to) holds only spaces and at most one comma. */
function listGap(text: string, from: number, to: number, comma: boolean): boolean {
  let commas = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (COMMA.has(c)) commas++;
    else if (c !== 0x20) return false;
  }
  return comma ? commas === 1 : commas === 0;
}

/**
 * The strong candidates that stand next to `c` in a list: the place before it when و is glued
 * to `c` or a comma parts them, and the place after it when و is glued to that one or a comma
 * parts them.
 */
function neighbours(doc: Doc, c: Candidate, known: readonly Candidate[]): Candidate[] {
  const { starts, ends, count } = doc.tokens;
  const text = doc.norm.text;
  const t = tokenHolding(doc, c.start);
  if (t < 0 || ends[t] !== c.end) return [];
  const out: Candidate[] = [];
  const glued = starts[t]! === c.start - 1 && text.charCodeAt(starts[t]!) === WA;
  if (glued || starts[t] === c.start) {
    // Before: `عمان والزرقاء` (و glued) or `عمان، الزرقاء` (a comma token between).
    const p = glued ? t - 1 : t - 2;
    if (p >= 0) {
      const first = firstStartingAt(known, starts[t]!);
      for (let i = first - 1; i >= 0 && i >= first - LOOK_BACK; i--) {
        const k = known[i]!;
        if (k.end === ends[p] && listGap(text, k.end, starts[t]!, !glued)) out.push(k);
      }
    }
  }
  // After: `الزرقاء وإربد` (و glued to the next token) or `الزرقاء، إربد`.
  const u = t + 1;
  if (u < count) {
    const wa = text.charCodeAt(starts[u]!) === WA && ends[u]! - starts[u]! > 2;
    const after = wa ? knownAfter(known, starts[u]! + 1) : undefined;
    if (after !== undefined && listGap(text, c.end, starts[u]!, false)) out.push(after);
    else if (u + 1 < count && listGap(text, c.end, starts[u + 1]!, true)) {
      const k = knownAfter(known, starts[u + 1]!);
      if (k !== undefined) out.push(k);
    }
  }
  return out;
}

/** The strong candidate of `known` starting at `start`, if any. */
function knownAfter(known: readonly Candidate[], start: number): Candidate | undefined {
  const k = known[firstStartingAt(known, start)];
  return k !== undefined && k.start === start ? k : undefined;
}

/**
 * Whether the text around `c` may join it to a list: و glued to it or to the next word, or a
 * comma before or after it. Told from a few code units, before any look-up: most weak
 * candidates stand in no list.
 */
function listContext(text: string, c: Candidate): boolean {
  if (c.start > 0 && text.charCodeAt(c.start - 1) === WA) return true;
  let p = c.start - 1;
  while (p >= 0 && text.charCodeAt(p) === 0x20) p--;
  if (p >= 0 && COMMA.has(text.charCodeAt(p))) return true;
  let q = c.end;
  while (q < text.length && text.charCodeAt(q) === 0x20) q++;
  return q < text.length && (COMMA.has(text.charCodeAt(q)) || (q > c.end && text.charCodeAt(q) === WA));
}

/** Whether `k` names a place in `country`, by its ID or, when ambiguous, one of its candidates (`عمان`: Oman or Amman). */
function inCountry(k: Candidate, country: string, entryOf: (id: string) => Readonly<GazetteerEntry> | undefined): boolean {
  if (k.id !== undefined && entryOf(k.id)?.country === country) return true;
  return k.candidates?.some((id) => entryOf(id)?.country === country) ?? false;
}

/**
 * Makes the weak place candidates strong where a strong place of the same country stands next
 * to them in a list (see above). `entryOf` gives an ID's gazetteer entry; `known` are the
 * strong gazetteer candidates, sorted by start.
 *
 * @example
 * ```ts
 * // 'في عمان والزرقاء وإربد': the weak الزرقاء (Zarqa, Jordan) becomes strong.
 * strengthenListedPlaces(doc, weak, known, entryOf);
 * ```
 */
export function strengthenListedPlaces(doc: Doc, weak: readonly Candidate[], known: readonly Candidate[], entryOf: (id: string) => Readonly<GazetteerEntry> | undefined): void {
  const text = doc.norm.text;
  for (const c of weak) {
    if (!c.weak || (c.label !== 'GPE' && c.label !== 'LOC') || c.id === undefined || !listContext(text, c)) continue;
    // A place right after the word, with no و or comma between, is its genitive: the word is
    // a noun (`موسم الرياض وموسم جدة`, the season of Jeddah).
    if (text.charCodeAt(c.end) === 0x20) {
      const next = knownAfter(known, c.end + 1);
      if (next !== undefined && PLACES.has(next.label)) continue;
    }
    const country = entryOf(c.id)?.country;
    if (country === undefined) continue;
    for (const k of neighbours(doc, c, known)) {
      if (PLACES.has(k.label) && inCountry(k, country, entryOf)) {
        c.weak = false;
        break;
      }
    }
  }
}

// An institution named after its building (البيت الأبيض, الكرملين) is ORG where it acts
// (`قال البيت الأبيض`) and a place where the text puts someone in, at or towards it
// (`في البيت الأبيض`, `بالبيت الأبيض`): there it takes its entry's `placeLabel` (FAC).
// Only a locative preposition right before the name reads it as a place; `من` and `ل` are
// left out because they mostly introduce the institution as a source or an addressee
// (`بيان من البيت الأبيض`, `رسالة للبيت الأبيض`).

import { tokenAt, tokenText, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { BA, FA, WA } from '../tokenize/clitics.js';
import type { Candidate, GazetteerEntry, PlaceLabel } from '../types.js';
import { idMask, mayBeIn } from './id-bit.js';
import { copyCandidate } from './resolve-overlaps.js';

/** Prepositions that put the name in the place (normalized; a leading و/ف is read off). */
const LOCATIVES: ReadonlySet<string> = new Set(['في', 'داخل', 'إلى', 'أمام', 'خارج', 'قرب', 'عند', 'بجوار'].map(normalizeKey));

/**
 * The place labels of the entries that have one, by ID: computed once per extractor, and
 * empty for most gazetteers, so the step costs nothing then.
 */
export function placeLabelsOf(entries: readonly GazetteerEntry[]): ReadonlyMap<string, PlaceLabel> {
  const out = new Map<string, PlaceLabel>();
  for (const e of entries) if (e.placeLabel !== undefined) out.set(e.id, e.placeLabel);
  return out;
}

/** Whether the candidate starting at normalized offset `start` follows a locative preposition. */
function afterLocative(doc: Doc, start: number): boolean {
  const t = tokenAt(doc, start);
  const { starts } = doc.tokens;
  if (t > 0 && (t === doc.tokens.count || starts[t]! !== start)) {
    // The name starts inside a token: its proclitics are the glued ب, with or without و/ف.
    const from = starts[t - 1]!;
    const n = start - from;
    const text = doc.norm.text;
    const conj = n === 2 && (text.charCodeAt(from) === WA || text.charCodeAt(from) === FA);
    return (n === 1 || conj) && text.charCodeAt(start - 1) === BA;
  }
  if (t === 0) return false;
  const prev = tokenText(doc, t - 1);
  if (LOCATIVES.has(prev)) return true;
  const c = prev.charCodeAt(0);
  return (c === WA || c === FA) && LOCATIVES.has(prev.slice(1));
}

/** The ID mask of each map of place labels (see relabelPlaces). */
const masks = new WeakMap<ReadonlyMap<string, PlaceLabel>, number>();

/**
 * Gives the resolved candidates of entries with a place label that label where a locative
 * preposition precedes them (`في البيت الأبيض` → FAC); the others are left as they are.
 *
 * @example
 * ```ts
 * // with placeLabels = placeLabelsOf(entries) holding البيت الأبيض → FAC:
 * relabelPlaces(prepareDoc('اجتماع في البيت الأبيض'), resolved, placeLabels); // البيت الأبيض: FAC
 * relabelPlaces(prepareDoc('قال البيت الأبيض'), resolved, placeLabels);       // stays ORG
 * ```
 */
export function relabelPlaces(doc: Doc, resolved: Candidate[], placeLabels: ReadonlyMap<string, PlaceLabel>): void {
  // The few IDs' mask first: it turns away the other candidates without hashing their IDs.
  // Computed once per map (per extractor), not per document.
  let mask = masks.get(placeLabels);
  if (mask === undefined) masks.set(placeLabels, (mask = idMask(placeLabels.keys())));
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    const id = c.id;
    if (id === undefined || !mayBeIn(mask, id)) continue;
    const label = placeLabels.get(id);
    if (label === undefined || label === c.label || !afterLocative(doc, c.start)) continue;
    const place = copyCandidate(c);
    place.label = label;
    resolved[i] = place;
  }
}

// A known place after the noun of its kind is one place with that noun, as the trigger-noun
// rules read most of them (`مدينة طولكرم`, `قرية اليامون`), and a known place after
// `بلدية` is the municipality, an organisation (`بلدية نابلس`). The rules read no name whose
// shape is an adjective's (a nisba in ية: `مدينة ساحلية`), so a place named so (`قلقيلية`,
// `سورية`) is joined here, where the gazetteer says it is a place. The Levantine `مرفأ`
// (port) is no rule's trigger, for an indefinite adjective follows it as often as a name
// (`مرفأ تجاريا`, `مرفأ آمنا`): a known city after it is its port, a facility (`مرفأ بيروت`).
// So is a known city in ي after an airport's or a port's noun, which the
// facility rule reads as an adjective (`مطار دولي`): `مطار دبي الدولي`, `مطار أبو ظبي`.

import { tokenAfterSpace, tokenHolding, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { newCandidate } from '../candidate.js';
import { sameText } from '../tokenize/token-hash.js';
import { ALEF, HA, YA } from '../tokenize/letters.js';
import type { Candidate } from '../types.js';
import { nounAt, nounBefore, nounWords, type NounWords } from './noun-words.js';

/** Nouns of a place's kind (indefinite): the place is a GPE with them, and an ORG after بلدية. */
const PLACE_NOUNS: NounWords = nounWords(['مدينة', 'بلدة', 'قرية', 'محافظة', 'ولاية', 'مقاطعة', 'إقليم', 'مخيم', 'ناحية', 'قضاء', 'بلدية']);
const MUNICIPALITY = normalizeKey('بلدية');
/** The nouns of PLACE_NOUNS that name the city itself. */
const CITY_NOUNS: ReadonlySet<string> = new Set(['مدينة', 'بلدة', 'قرية', 'مخيم'].map(normalizeKey));
/** The Levantine port, no rule's trigger, before any known city (`مرفأ بيروت`): a FAC over both. */
const FACILITY_NOUNS: NounWords = nounWords(['مرفأ']);
/**
 * Nouns of a facility named after its city (`مطار دبي الدولي`, `مطار نيودلهي`) that the
 * facility rule reads, but not before a city in ي, which it takes for an adjective (`مطار
 * دولي`): known, the city is its name. مرفأ too, for a city in ي.
 */
const CITY_FACILITY_NOUNS: NounWords = nounWords(['مطار', 'ميناء', 'مرفأ', 'متحف', 'معبر', 'فندق', 'استاد', 'جسر']);
/** The facility's own adjectives, one of which may follow the city (`مطار دبي الدولي`). */
const FACILITY_ADJECTIVES: readonly string[] = ['الدولي', 'الجوي', 'البحري', 'الوطني', 'المركزي', 'الجامعي', 'التخصصي', 'الحدودي', 'الرئيسي', 'القديم', 'الجديد'].map(normalizeKey);
const FAC_SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'fac-trigger-name' });
const FAC_PRIORITY = 33;
const GPE_SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'gpe-trigger-name' });
const ORG_SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'org-municipality' });
/** The trigger-noun rules' priorities, whose reading this completes. */
const GPE_PRIORITY = 35;
const ORG_PRIORITY = 36;

/**
 * `resolved` (sorted, non-overlapping) with each known city (`cities`: their IDs; a country's
 * name in ية is also its nisba: `قرية سورية`, a Syrian village) whose token ends in ية right
 * after a noun of its kind (after at most one proclitic, outside the span) taken into one
 * entity over both, the place nested: a GPE, or after `بلدية` an ORG.
 *
 * @example
 * ```ts
 * joinPlaceNouns(prepareDoc('رسالة إلى بلدية قلقيلية'), resolved, cities); // ORG ⊃ GPE
 * ```
 */
export function joinPlaceNouns(doc: Doc, resolved: Candidate[], cities: ReadonlySet<string>): Candidate[] {
  const { ends } = doc.tokens;
  const text = doc.norm.text;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    let joined: Candidate | undefined;
    // Only names of the shape the rules turn away: one token in ية (normalized يه).
    const shaped = c.label === 'GPE' && c.id !== undefined && !c.weak && c.end - c.start >= 5 && text.charCodeAt(c.end - 1) === HA && text.charCodeAt(c.end - 2) === YA;
    const from = shaped ? nounBefore(doc, resolved, i, PLACE_NOUNS) : -1;
    // The place is one token (`قلقيلية`), the noun the word before it. The set of cities is
    // looked in last: it is large, and a look-up in it misses the cache.
    if (from >= 0 && ends[tokenHolding(doc, c.start)] === c.end && cities.has(c.id!)) {
      const municipality = nounAt(PLACE_NOUNS, text, from, c.start - 1) === MUNICIPALITY;
      joined = municipality ? newCandidate(from, c.end, 'ORG', ORG_PRIORITY, ORG_SOURCE) : newCandidate(from, c.end, 'GPE', GPE_PRIORITY, GPE_SOURCE);
      joined.inner = [c];
      // The city with its noun is the city, as linking gives `مدينة حلب` the ID of حلب; a
      // province named after its city (`محافظة البصرة`) is another entity.
      if (c.candidates === undefined && CITY_NOUNS.has(nounAt(PLACE_NOUNS, text, from, c.start - 1)!)) {
        joined.id = c.id;
        if (c.canonical) joined.canonical = c.canonical;
      }
    } else if (c.label === 'GPE' && c.id !== undefined && !c.weak) {
      // A facility named after its city: the facility nouns before a city in ي, and مرفأ before
      // any city (it ends in ا, normalized مرفا, right before the space: most places follow none).
      const nouns = text.charCodeAt(c.end - 1) === YA ? CITY_FACILITY_NOUNS : c.start > 2 && text.charCodeAt(c.start - 2) === ALEF ? FACILITY_NOUNS : null;
      const noun = nouns === null ? -1 : nounBefore(doc, resolved, i, nouns);
      if (noun >= 0 && cities.has(c.id)) {
        joined = newCandidate(noun, facilityAdjectiveEnd(doc, resolved[i + 1], c.end), 'FAC', FAC_PRIORITY, FAC_SOURCE);
        joined.inner = [c];
      }
    }
    if (joined !== undefined) (out ??= resolved.slice(0, i)).push(joined);
    else if (out) out.push(c);
  }
  return out ?? resolved;
}

/**
 * The end of the facility's adjective one space after `end` (`الدولي` in `مطار دبي الدولي`),
 * or `end`; `next` is the candidate after the city, which the adjective must not be.
 */
function facilityAdjectiveEnd(doc: Doc, next: Candidate | undefined, end: number): number {
  const t = tokenAfterSpace(doc, end);
  if (t < 0 || (next !== undefined && next.start < doc.tokens.ends[t]!)) return end;
  const s = doc.tokens.starts[t]!;
  const e = doc.tokens.ends[t]!;
  return FACILITY_ADJECTIVES.some((w) => sameText(w, doc.norm.text, s, e)) ? e : end;
}

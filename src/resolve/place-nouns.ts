// A known place after the noun of its kind is one place with that noun, as the trigger-noun
// rules read most of them (`مدينة طولكرم`, `قرية اليامون`), and a known place after
// `بلدية` is the municipality, an organisation (`بلدية نابلس`). The rules read no name whose
// shape is an adjective's (a nisba in ية: `مدينة ساحلية`), so a place named so (`قلقيلية`,
// `سورية`) is joined here, where the gazetteer says it is a place.

import { tokenHolding, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { newCandidate } from '../candidate.js';
import { HA, oneSpace, procliticLetter, YA } from '../tokenize/letters.js';
import { hashKey, hashString, sameText } from '../tokenize/token-hash.js';
import type { Candidate, Label } from '../types.js';

/** Nouns of a place's kind (normalized, indefinite), and what the place is with them. */
const PLACE_NOUNS: ReadonlyMap<string, Label> = new Map([
  ...['مدينة', 'بلدة', 'قرية', 'محافظة', 'ولاية', 'مقاطعة', 'إقليم', 'مخيم', 'ناحية', 'قضاء'].map((w): [string, Label] => [normalizeKey(w), 'GPE']),
  [normalizeKey('بلدية'), 'ORG'],
]);
const NOUN_KEYS: ReadonlySet<number> = new Set([...PLACE_NOUNS.keys()].map((w) => hashKey(hashString(w))));
const GPE_SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'gpe-trigger-name' });
const ORG_SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'org-municipality' });
/** The trigger-noun rules' priorities, whose reading this completes. */
const GPE_PRIORITY = 35;
const ORG_PRIORITY = 36;

/** The label of the place noun at text[s, e), or undefined. */
function nounLabel(text: string, s: number, e: number): Label | undefined {
  for (const [w, label] of PLACE_NOUNS) if (sameText(w, text, s, e)) return label;
  return undefined;
}

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
  const { starts, ends, hash, hash1 } = doc.tokens;
  const text = doc.norm.text;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    let joined: Candidate | undefined;
    // Only names of the shape the rules turn away: one token in ية (normalized يه).
    if (c.label === 'GPE' && c.id !== undefined && cities.has(c.id) && !c.weak && c.end - c.start >= 5 && text.charCodeAt(c.end - 1) === HA && text.charCodeAt(c.end - 2) === YA) {
      const t = tokenHolding(doc, c.start);
      const floor = i > 0 ? resolved[i - 1]!.end : 0;
      if (t >= 1 && starts[t] === c.start && ends[t] === c.end && oneSpace(text, ends[t - 1]!, starts[t]!) && starts[t - 1]! >= floor) {
        const u = t - 1;
        let from = -1;
        if (NOUN_KEYS.has(hashKey(hash[u]!))) from = starts[u]!;
        else if (ends[u]! - starts[u]! > 4 && procliticLetter(text.charCodeAt(starts[u]!)) && NOUN_KEYS.has(hashKey(hash1[u]!))) from = starts[u]! + 1;
        const label = from >= 0 ? nounLabel(text, from, ends[u]!) : undefined;
        if (label !== undefined) {
          joined = label === 'ORG' ? newCandidate(from, c.end, 'ORG', ORG_PRIORITY, ORG_SOURCE) : newCandidate(from, c.end, 'GPE', GPE_PRIORITY, GPE_SOURCE);
          joined.inner = [c];
        }
      }
    }
    if (joined !== undefined) (out ??= resolved.slice(0, i)).push(joined);
    else if (out) out.push(c);
  }
  return out ?? resolved;
}

// A company, bank, university or municipality named after its city is an organisation, the
// city nested: `بنك دبي التجاري`, `جامعة غزة`, `شركة جدة للتنمية`, `بلدية دبي`. The
// trigger-noun rule reads such names itself, but not a city whose name ends like an adjective
// (دبي, in ي) or a feminine noun (جدة, غزة, in ة): the gazetteer's place is read instead, and
// this step puts the noun before it back. The name takes the
// organisation's adjectives after the city (`التجاري`, `القابضة`) and its purpose with ل and
// the article (`للاستثمار`), as an event named after its place does (name-tail.ts).

import { tokenHolding, type Doc } from '../doc.js';
import { newCandidate } from '../candidate.js';
import { definiteAdjective } from '../patterns/adjective-shape.js';
import { nounBefore, nounWords, type NounWords } from './noun-words.js';
import { tailEnd } from './name-tail.js';
import type { Candidate } from '../types.js';

/**
 * Nouns of bodies named after their city, indefinite, in the construct state with it, the
 * municipality too, as Wojood tags it (`بلدية عصيرة الشمالية`). A city's police and stock
 * exchange (`شرطة دبي`, `بورصة لندن`) are left to the trigger-noun rule: the corpora tag the
 * city alone there as often as the body.
 */
const ORG_NOUNS: NounWords = nounWords([
  ...['شركة', 'بنك', 'مصرف', 'مجموعة', 'مؤسسة', 'صندوق', 'هيئة', 'جمعية', 'غرفة'],
  ...['جامعة', 'كلية', 'معهد', 'أكاديمية', 'بلدية', 'أمانة'],
]);
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'org-city-named' });
const PRIORITY = 38;
/** Adjectives after the city at most: `مجموعة دبي القابضة`, `بنك دبي الإسلامي الدولي`. */
const MAX_ADJECTIVES = 2;

/**
 * `resolved` (sorted, non-overlapping) with each known city or country (GPE) right after an
 * organisation's noun taken into an ORG with the adjectives and purpose after it, the place
 * nested.
 *
 * @example
 * ```ts
 * joinCityOrganisations(prepareDoc('أعلن بنك دبي التجاري'), resolved); // ORG ⊃ GPE دبي
 * ```
 */
export function joinCityOrganisations(doc: Doc, resolved: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  const length = doc.norm.text.length;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    const from = c.label === 'GPE' && !c.weak ? nounBefore(doc, resolved, i, ORG_NOUNS) : -1;
    if (from < 0) {
      if (out) out.push(c);
      continue;
    }
    const next = resolved[i + 1];
    const org = newCandidate(from, tailEnd(doc, tokenHolding(doc, c.end - 1), next === undefined ? length : next.start, MAX_ADJECTIVES, definiteAdjective, definiteAdjective), 'ORG', PRIORITY, SOURCE);
    org.inner = [c];
    (out ??= resolved.slice(0, i)).push(org);
  }
  return out ?? resolved;
}

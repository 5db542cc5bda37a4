// People named by the group, place or family they belong to are a NORP, as Wojood tags them:
// `عناصر داعش`, `أعضاء مجلس الشيوخ الأمريكي`, `أهالي نابلس`, `سكان حي الإرسال`, `عائلة خليل
// السكاكيني`, the entity nested. The noun is a plural of people (or a family) without the
// article, in the construct state with the entity right after it.

import { newCandidate } from '../candidate.js';
import type { Doc } from '../doc.js';
import type { Candidate, Label } from '../types.js';
import { nounBefore, nounWords, type NounWords } from './noun-words.js';

/** Plurals of people that take the organisation or place they belong to. */
const MEMBER_WORDS: readonly string[] = [
  ...['عناصر', 'مقاتلو', 'مقاتلي', 'مسلحو', 'مسلحي', 'أعضاء', 'أفراد', 'أنصار', 'مؤيدو', 'مؤيدي', 'جنود'],
  ...['أهالي', 'سكان', 'مواطنو', 'مواطني', 'لاجئو', 'لاجئي', 'ضحايا'],
  ...['موظفو', 'موظفي', 'عمال', 'طلبة', 'طلاب', 'أساتذة', 'باحثو', 'باحثي', 'ناشطو', 'ناشطي', 'مراقبو', 'مراقبي'],
];
const MEMBER_NOUNS: NounWords = nounWords(MEMBER_WORDS);
/** Nouns of a family, which take a person's name (`عائلة السكاكيني`). */
const FAMILY_NOUNS: NounWords = nounWords(['عائلة']);

/** The nouns that take an entity of `label`: a group's before an organisation, a place or a region, a family's before a person. */
function nounsBefore(label: Label): NounWords | undefined {
  return label === 'ORG' || label === 'GPE' || label === 'LOC' ? MEMBER_NOUNS : label === 'PERS' ? FAMILY_NOUNS : undefined;
}

const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'norp-group-members' });
const PRIORITY = 30;

/**
 * `resolved` (sorted, non-overlapping) with each organisation, place or region right after a
 * plural of people, and each person right after a family noun, taken into a NORP that nests it.
 *
 * @example
 * ```ts
 * joinGroupMembers(prepareDoc('اعتقل عناصر داعش'), resolved); // NORP عناصر داعش ⊃ ORG داعش
 * ```
 */
export function joinGroupMembers(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    // A noun before the entity leaves one space: an entity glued to a proclitic or at the
    // text's start is passed without a look-up.
    const nouns = c.start === 0 || text.charCodeAt(c.start - 1) !== 0x20 || c.weak ? undefined : nounsBefore(c.label);
    const from = nouns === undefined ? -1 : nounBefore(doc, resolved, i, nouns);
    if (from < 0) {
      if (out) out.push(c);
      continue;
    }
    const group = newCandidate(from, c.end, 'NORP', PRIORITY, SOURCE);
    group.inner = [c];
    (out ??= resolved.slice(0, i)).push(group);
  }
  return out ?? resolved;
}

// A given name right before a known family name (`مايكل بالاك`, `روبرت مولر`): the name
// lexicon reads the given name alone when the family name is no token it knows, and the
// gazetteer finds the family name alone as one person's short alias. Side by side they are
// one person's name; whether it is that person, the given name tells.

import type { Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { spacesOnly } from '../tokenize/letters.js';
import { newCandidate } from '../candidate.js';
import { copyCandidate } from '../resolve/resolve-overlaps.js';
import type { Candidate, CanonicalName } from '../types.js';
import { NAME_TOKENS_RULE } from './name-tokens.js';

const SPACE = 0x20;

/** Whether text[start, end) holds no space: one token. */
function oneToken(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === SPACE) return false;
  return true;
}

/**
 * The words of a gazetteer entry's Arabic canonical name, normalized as the text is; cached on
 * the entry's canonical-name object, which every candidate of the entry shares.
 */
const wordsOf = new WeakMap<CanonicalName, readonly string[]>();
function canonicalWords(canonical: CanonicalName & { ar: string }): readonly string[] {
  let words = wordsOf.get(canonical);
  if (!words) wordsOf.set(canonical, (words = normalizeKey(canonical.ar).split(' ')));
  return words;
}

/**
 * The normalized words of the canonical name of `b` when `b` is a gazetteer person found by
 * the last word of that name alone (a family name: `بالاك` of `ميكايل بالاك`), written as a
 * token of its own; otherwise undefined.
 */
export function familyAlias(text: string, b: Candidate): readonly string[] | undefined {
  const canonical = b.canonical;
  if (b.label !== 'PERS' || b.source.kind !== 'gazetteer' || canonical?.ar === undefined) return undefined;
  if (b.start === 0 || text.charCodeAt(b.start - 1) !== SPACE || !oneToken(text, b.start, b.end)) return undefined;
  const words = canonicalWords(canonical as CanonicalName & { ar: string });
  if (words.length < 2 || !text.startsWith(words[words.length - 1]!, b.start) || words[words.length - 1]!.length !== b.end - b.start) return undefined;
  return words;
}

/**
 * Whether text[start, end) is a given name of the entry whose canonical name has the
 * normalized `words`: its first name, the one right before the family name (محمد حسني
 * مبارك), or all before the family name written as one word (عبدالله حمدوك).
 */
export function entrysGivenName(text: string, start: number, end: number, words: readonly string[]): boolean {
  const n = end - start;
  return [words[0]!, words[words.length - 2]!, words.slice(0, -1).join('')].some((x) => x.length === n && text.startsWith(x, start));
}

/**
 * `resolved` (sorted, non-overlapping) with each given name the name lexicon read alone
 * joined to the known family name right after it, in place. The person keeps the ID of the
 * family name's entry when the given name is that entry's too (`روبرت مولر`); another given
 * name makes a namesake (`جيلر مولر` is not Robert Mueller), a person of the text with no ID,
 * and so does another spelling of the same name (`مايكل بالاك` for the entry's `ميكايل
 * بالاك`): a spelling is not known to be the same name.
 *
 * @example
 * ```ts
 * // 'قال روبرت مولر إن': روبرت (name lexicon) + مولر (gazetteer) → روبرت مولر, linked.
 * joinGivenToFamily(doc, resolved);
 * ```
 */
export function joinGivenToFamily(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  let w = 0;
  for (let i = 0; i < resolved.length; i++) {
    const a = resolved[i]!;
    const b = resolved[i + 1];
    if (b && a.label === 'PERS' && a.source.kind === 'pattern' && a.source.ref === NAME_TOKENS_RULE && oneToken(text, a.start, a.end) && spacesOnly(text, a.end, b.start)) {
      const words = familyAlias(text, b);
      if (words) {
        let joined: Candidate;
        if (entrysGivenName(text, a.start, a.end, words)) {
          joined = copyCandidate(b);
          joined.start = a.start;
        } else joined = newCandidate(a.start, b.end, 'PERS', a.priority, a.source);
        resolved[w++] = joined;
        i++;
        continue;
      }
    }
    resolved[w++] = a;
  }
  resolved.length = w;
  return resolved;
}

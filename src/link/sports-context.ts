// Whether a document is about sport, for the names a city shares with its club (برشلونة,
// ليون, بورتو): in a match report they are the club. Two sports words make a sports
// document; one is not enough (`كأس` is also a glass, `بطولة` an act of heroism).

import type { Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import type { GazetteerEntry } from '../types.js';
import { hashKey, hashString } from '../tokenize/token-hash.js';

/**
 * Words that, twice in a document, make it a sports document. Words with an everyday sense
 * as common as the sporting one are left out (`هدف` aim, `فريق` team of workers and
 * lieutenant general, `فاز` won an election).
 */
const SPORTS_WORDS = [
  'مباراة', 'المباراة', 'مباريات', 'المباريات', 'الدوري', 'دوري', 'ملعب', 'الملعب', 'مدرب', 'المدرب',
  'لاعب', 'اللاعب', 'لاعبي', 'لاعبين', 'اللاعبين', 'المنتخب', 'كأس', 'الكأس', 'مرمى', 'المرمى',
  'الشوط', 'شوط', 'هدفين', 'ركلة', 'ركلات', 'نادي', 'النادي', 'بطولة', 'البطولة', 'الهداف',
];

/** One bit per value of a key's low FILTER_BITS bits, set for each sports word: most tokens cost one read. */
const FILTER_BITS = 12;
const FILTER_MASK = (1 << FILTER_BITS) - 1;
let filter: Uint32Array | undefined;
function sportsFilter(): Uint32Array {
  if (filter) return filter;
  filter = new Uint32Array(1 << (FILTER_BITS - 5));
  for (const w of SPORTS_WORDS) {
    const b = hashKey(hashString(normalizeKey(w))) & FILTER_MASK;
    filter[b >>> 5]! |= 1 << (b & 31);
  }
  return filter;
}
const passes = (f: Uint32Array, h: number): boolean => (f[(h & FILTER_MASK) >>> 5]! & (1 << (h & 31))) !== 0;

/** The filter is only a first check: the token's text is compared too. */
let words: ReadonlySet<string> | undefined;
const sportsWords = (): ReadonlySet<string> => (words ??= new Set(SPORTS_WORDS.map(normalizeKey)));

/** True when at least two tokens of the document, whole or after a proclitic, are sports words. */
export function isSportsDocument(doc: Doc): boolean {
  const { count, starts, ends, hash, hash1, hash2 } = doc.tokens;
  const text = doc.norm.text;
  const f = sportsFilter();
  const set = sportsWords();
  let found = 0;
  for (let t = 0; t < count; t++) {
    // Whole, or after one or two proclitic letters (والمباراة): the filter first, the text after.
    for (let cut = 0; cut < 3; cut++) {
      if (!passes(f, cut === 0 ? hash[t]! : cut === 1 ? hash1[t]! : hash2[t]!)) continue;
      if (set.has(text.slice(starts[t]! + cut, ends[t]!))) {
        if (++found >= 2) return true;
        break;
      }
    }
  }
  return false;
}

/** A sports club of the gazetteer: an organisation whose canonical name says نادي (club). */
export function isClub(entry: Readonly<GazetteerEntry>): boolean {
  return entry.label === 'ORG' && /^(?:ال)?نادي /.test(entry.ar);
}

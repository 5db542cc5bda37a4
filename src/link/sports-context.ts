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

let keys: ReadonlySet<number> | undefined;
const sportsKeys = (): ReadonlySet<number> => (keys ??= new Set(SPORTS_WORDS.map((w) => hashKey(hashString(normalizeKey(w))))));

/** Hash keys are only a first check: the token's text is compared too. */
let words: ReadonlySet<string> | undefined;
const sportsWords = (): ReadonlySet<string> => (words ??= new Set(SPORTS_WORDS.map(normalizeKey)));

/** True when at least two tokens of the document, whole or after a proclitic, are sports words. */
export function isSportsDocument(doc: Doc): boolean {
  const { count, starts, ends, hash, hash1, hash2 } = doc.tokens;
  const text = doc.norm.text;
  const set = sportsKeys();
  let found = 0;
  for (let t = 0; t < count; t++) {
    const cut = set.has(hashKey(hash[t]!)) ? 0 : set.has(hashKey(hash1[t]!)) ? 1 : set.has(hashKey(hash2[t]!)) ? 2 : -1;
    if (cut >= 0 && sportsWords().has(text.slice(starts[t]! + cut, ends[t]!)) && ++found >= 2) return true;
  }
  return false;
}

/** A sports club of the gazetteer: an organisation whose canonical name says نادي (club). */
export function isClub(entry: Readonly<GazetteerEntry>): boolean {
  return entry.label === 'ORG' && /^(?:ال)?نادي /.test(entry.ar);
}

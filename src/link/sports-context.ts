// Whether a document is about sport, for the names a city shares with its club (برشلونة,
// ليون, بورتو): in a match report they are the club. Two sports words make a sports
// document; one is not enough (`كأس` is also a glass, `بطولة` an act of heroism). A place
// named as a side in a match (see team-role.ts) counts as much as a sports word, so one
// sentence of a match report (`فاز سلتيك على كوبنهاغن 1 - صفر`) is enough.

import { tokenAt, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { tokenReadsAs, wordTable, type WordTable } from '../patterns/word-table.js';
import { cliticReadings } from '../tokenize/clitics.js';
import { spacesOnly } from '../tokenize/letters.js';

/**
 * Words that, twice in a document, make it a sports document. Words with an everyday sense
 * as common as the sporting one are left out (`هدف` aim, `فريق` team of workers and
 * lieutenant general, `فاز` won an election).
 */
const SPORTS_WORDS = [
  'مباراة', 'المباراة', 'مباريات', 'المباريات', 'الدوري', 'دوري', 'ملعب', 'الملعب', 'مدرب', 'المدرب',
  'لاعب', 'اللاعب', 'لاعبي', 'لاعبين', 'اللاعبين', 'المنتخب', 'كأس', 'الكأس', 'مرمى', 'المرمى',
  'الشوط', 'شوط', 'هدفين', 'ركلة', 'ركلات', 'نادي', 'النادي', 'بطولة', 'البطولة', 'الهداف',
  // and the colloquial match of social posts
  'ماتش', 'الماتش',
];

/** The sports words in a word table: a bit filter, then one slot compared in place. */
let table: WordTable | undefined;
const sportsTable = (): WordTable => (table ??= wordTable(new Map(SPORTS_WORDS.map((w) => [normalizeKey(w), 1]))));

/** Options of {@link isSportsDocument}. */
export interface SportsOptions {
  /** Cues found elsewhere that the document is about sport (places named as sides): each counts as a sports word. */
  cues?: number;
}

/** How many sports words or cues make a sports document. */
export const SPORTS_EVIDENCE = 2;

/**
 * True when at least two tokens of the document, whole or after a proclitic, are sports
 * words, counting `options.cues` as sports words.
 */
export function isSportsDocument(doc: Doc, options: SportsOptions = {}): boolean {
  const words = sportsTable();
  let found = options.cues ?? 0;
  if (found >= SPORTS_EVIDENCE) return true;
  // Whole, or after one or two proclitic letters (والمباراة).
  for (let t = 0; t < doc.tokens.count; t++) if (tokenReadsAs(words, doc, t) && ++found >= SPORTS_EVIDENCE) return true;
  return false;
}


/** The team noun: `فريق` before a city's name makes it the city's club. */
const TEAM = normalizeKey('فريق');

/**
 * Whether the word right before normalized offset `start`, after up to two proclitics, is
 * `فريق` (`فريق برشلونة`, `لفريق ليون`): the team of the city is its club. Alone, the word is
 * no sports cue (a team of workers, a lieutenant general), but no general is named after a
 * city.
 */
export function afterTeamNoun(doc: Doc, start: number): boolean {
  const t = tokenAt(doc, start);
  const { starts, ends } = doc.tokens;
  if (t === 0 || (t < doc.tokens.count && starts[t] !== start)) return false;
  const text = doc.norm.text;
  if (!spacesOnly(text, ends[t - 1]!, start)) return false;
  return cliticReadings(text.slice(starts[t - 1]!, ends[t - 1]!)).some((reading) => reading.key === TEAM);
}

// Whether a place named in a text plays a team's role there: the words around it say a side
// won, lost, drew, hosted or was scored against (`فاز سلتيك على كوبنهاغن 1 - صفر`, `تعادل
// برشلونة مع أتلتيكو مدريد`,
// `الخسارة أمام مضيفه ليون`, `حارس مرمى مانشستر`). A match report names a club by its city
// in such places; a sentence of it often carries these cues rather than two sports words.

import { tokenAt, tokenText, type Doc } from '../doc.js';
import type { Candidate, Label } from '../types.js';
import { normalizeKey } from '../normalize/normalize.js';
import { DIGIT } from '../tokenize/char-class.js';
import { hashKey, sameText } from '../tokenize/token-hash.js';
import { findWord, maskAt, mayHold, wordTable, type WordTable } from '../patterns/word-table.js';

/** Labels of the countries given in brackets after a side (`ليون ( فرنسا )`). */
const PLACES: ReadonlySet<Label> = new Set(['GPE', 'LOC']);

// The lists of the word table, as bits.
/** Words right before a side's name: its host or guest, its goal, its coach or squad. */
const SIDE = 1;
/** Prepositions that take the other side after a verb of winning, losing or drawing. */
const AGAINST = 2;
/** `حساب`, as in `على حساب` (at the expense of), after a result verb. */
const EXPENSE = 4;

const WORDS: ReadonlyArray<[number, readonly string[]]> = [
  [
    SIDE,
    [
      'مضيفه', 'ضيفه', 'مضيفها', 'ضيفها', 'مضيفتها', 'ضيفتها', 'مضيفهم', 'ضيفهم', 'مرمى', 'شباك',
      'مدرب', 'لاعب', 'لاعبي', 'لاعبو', 'مهاجم', 'مدافع', 'صفوف',
    ],
  ],
  [AGAINST, ['على', 'علي', 'أمام', 'مع']],
  [EXPENSE, ['حساب']],
];

/** The words before a side in a word table: looked up by token hash, without a string. */
let table: WordTable | undefined;
const sideTable = (): WordTable =>
  (table ??= wordTable(new Map(WORDS.flatMap(([bit, words]) => words.map((w): [string, number] => [normalizeKey(w), bit])))));

/**
 * Stems of winning, losing and drawing (`فاز`, `بفوزه`, `الخسارة`, `تعادلت`), after an
 * optional conjunction, preposition and article. Before `على`/`أمام`/`مع` and a place they
 * speak of a match: `فاز في الانتخابات` has neither.
 */
const RESULT_STEMS = ['فاز', 'فوز', 'تغلب', 'خسر', 'خسار', 'تعادل', 'هزم', 'انتصر', 'انتصار', 'اكتسح', 'سحق'].map(normalizeKey);
const RESULT = new RegExp(`^(?:[\\u0648\\u0641])?(?:[\\u0628\\u0644])?(?:\\u0627\\u0644)?(?:${RESULT_STEMS.join('|')})`); // و ف, ب ل, ال

/** Tokens between a result verb and its preposition (`فوزا صعبا على`). */
const RESULT_GAP = 2;

/** The normalized key of zero (`صفر`), a score's other number. */
const ZERO = normalizeKey('صفر');

/** `بنتيجة` (normalized), "by a score of", between a side and the score (`على برشلونة بنتيجة 2 - 1`). */
const BY_SCORE = normalizeKey('بنتيجة');

/** Score separators: `2 - 1`, `1 / 5`, `2 – 1`. */
const SCORE_SEPARATORS = new Set(['-', '/', '\u2013']);


/** True when token `t` is the one character `ch` (a bracket, a dash). */
function isChar(doc: Doc, t: number, ch: number): boolean {
  const s = doc.tokens.starts[t]!;
  return doc.tokens.ends[t] === s + 1 && doc.norm.text.charCodeAt(s) === ch;
}

const OPEN = 0x28; // (
const CLOSE = 0x29; // )
const DASH = 0x2d; // -

/** The lists of the word table that hold token `t` (0 when none). */
function listsOf(doc: Doc, t: number): number {
  const words = sideTable();
  const key = hashKey(doc.tokens.hash[t]!);
  if (!mayHold(words, key)) return 0;
  const slot = findWord(words, key, doc.norm.text, doc.tokens.starts[t]!, doc.tokens.ends[t]!);
  return slot < 0 ? 0 : maskAt(words, slot);
}

function isScoreNumber(doc: Doc, t: number): boolean {
  const { kinds, starts, ends } = doc.tokens;
  return kinds[t] === DIGIT || sameText(ZERO, doc.norm.text, starts[t]!, ends[t]!);
}

/** True when a score (`1 - صفر`, `2 / 1`) starts at token `t`. */
function scoreAt(doc: Doc, t: number): boolean {
  return t >= 0 && t + 2 < doc.tokens.count && isScoreNumber(doc, t) && SCORE_SEPARATORS.has(tokenText(doc, t + 1)) && isScoreNumber(doc, t + 2);
}

/** True when the words before token `first` put a side there (`فوزا صعبا على`, `مضيفه`). */
function sideBefore(doc: Doc, first: number): boolean {
  let b = first - 1;
  if (b < 0) return false;
  let lists = listsOf(doc, b);
  if (lists & SIDE) return true;
  // `فاز على حساب بورتو`: at the expense of.
  if (lists & EXPENSE && b > 0) lists = listsOf(doc, --b);
  if (!(lists & AGAINST)) return false;
  for (let t = b - 1; t >= 0 && t >= b - 1 - RESULT_GAP; t--) if (RESULT.test(tokenText(doc, t))) return true;
  return false;
}

/**
 * True when the name over tokens `first..last` is the subject of a verb of winning, losing or
 * drawing right before it, with the other side's preposition right after it (`تعادل برشلونة مع`,
 * `فاز ليون على`).
 */
export function resultSubject(doc: Doc, first: number, last: number): boolean {
  return first > 0 && last + 1 < doc.tokens.count && (listsOf(doc, last + 1) & AGAINST) !== 0 && resultVerbBefore(doc, first);
}

/** True when the word right before token `first` is a verb of winning, losing or drawing (`فاز`). */
export function resultVerbBefore(doc: Doc, first: number): boolean {
  return first > 0 && RESULT.test(tokenText(doc, first - 1));
}

/**
 * True when the name that ends at token `last` is the subject of a verb of winning, losing or
 * drawing right after it, with the other side's preposition after the verb (`الأهلي فاز على`).
 */
export function subjectBeforeResult(doc: Doc, last: number): boolean {
  return last + 2 < doc.tokens.count && RESULT.test(tokenText(doc, last + 1)) && (listsOf(doc, last + 2) & AGAINST) !== 0;
}

/** True when token `t` is a preposition that takes the other side after a result verb (`على`, `أمام`, `مع`). */
export function againstAt(doc: Doc, t: number): boolean {
  return (listsOf(doc, t) & AGAINST) !== 0;
}

/** True when the word right before token `first` is one before a side (`مدرب`, `مرمى`, `مضيفه`). */
export function sideWordBefore(doc: Doc, first: number): boolean {
  return first > 0 && (listsOf(doc, first - 1) & SIDE) !== 0;
}

/** True when a score (`1 - صفر`) follows token `last` right away, or ends right before token `first`. */
export function scoreNextTo(doc: Doc, first: number, last: number): boolean {
  return scoreAt(doc, last + 1) || scoreAt(doc, first - 3);
}

/** True when the candidate `c` is a place given in brackets from token `open` on: `( فرنسا )`. */
function bracketedPlace(doc: Doc, c: Candidate | undefined, open: number): boolean {
  return c !== undefined && PLACES.has(c.label) && open >= 0 && isChar(doc, open, OPEN) && tokenAt(doc, c.start) === open + 1 && isChar(doc, tokenAt(doc, c.end), CLOSE);
}

/**
 * How many cues (0, 1 or 2) say that the name `out[i]`, over tokens `first..last`, is a side
 * in a match: one for the words before it, one for a score after it. The score may follow a
 * nationality (`هامبورغ الألماني 1 - صفر`) or the side's country in brackets; in a fixture
 * list (`بوردو ( فرنسا ) - أيندهوفن ( هولندا )`) the dash between two bracketed countries
 * is a cue for the sides on both of its ends.
 */
export function teamRoleCues(doc: Doc, out: readonly Candidate[], i: number, first: number, last: number): number {
  const count = doc.tokens.count;
  let cues = 0;
  // Token tests first: most places are followed by a word and need no look at `out`.
  let bracketed = false;
  const after = last + 1;
  if (after < count) {
    if (scoreAt(doc, after)) cues++;
    else if (isChar(doc, after, OPEN)) {
      const next = out[i + 1];
      if (bracketedPlace(doc, next, after)) {
        bracketed = true;
        const close = tokenAt(doc, next!.end);
        if (scoreAt(doc, close + 1)) cues++;
        else if (close + 1 < count && isChar(doc, close + 1, DASH)) {
          // The first side of a fixture: `X ( فرنسا ) - Y ( هولندا )`.
          const other = out[i + 2];
          if (other !== undefined && tokenAt(doc, other.start) === close + 2 && bracketedPlace(doc, out[i + 3], tokenAt(doc, other.end))) cues++;
        }
      }
    } else if (scoreAt(doc, after + 1)) {
      const next = out[i + 1];
      if ((next !== undefined && next.label === 'NORP' && tokenAt(doc, next.start) === after && tokenAt(doc, next.end) === after + 1) || sameText(BY_SCORE, doc.norm.text, doc.tokens.starts[after]!, doc.tokens.ends[after]!)) cues++;
    }
  }
  if (sideBefore(doc, first) || resultSubject(doc, first, last)) cues++;
  else if (bracketed && first >= 2 && isChar(doc, first - 1, DASH) && isChar(doc, first - 2, CLOSE)) {
    // The second side of a fixture: `( فرنسا ) - X ( هولندا )`.
    const prev = out[i - 1];
    if (prev !== undefined && tokenAt(doc, prev.end) === first - 2 && tokenAt(doc, prev.start) >= 1 && bracketedPlace(doc, prev, tokenAt(doc, prev.start) - 1)) cues++;
  }
  return cues;
}

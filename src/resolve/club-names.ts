// A club the gazetteer knows only by a weak alias (a word: الهلال "the crescent", النصر
// "victory", الاتحاد "the union") is that club where the text puts it in a match: right after
// a noun of a match (`مباراة الهلال`, `ديربي الأهلي`, also before بين: `نهائي كأس الملك بين
// الهلال والنصر`) or of a club (`نادي الترجي`, `النادي الأهلي`), as a side before or after a
// result verb's preposition (`فاز الاتحاد على الشباب`, also after or before a club known for
// sure: `فاز نادي الهلال على النصر`, `فاز الأهلي على بيراميدز`), on either side of `ضد`
// (against) with a club on the other (`النصر ضد الهلال`, `ريال مدريد ضد الاتحاد`), after a
// word of a side (`مدرب النصر`), next to a score (`الوحدة 2 - 1 الجزيرة`), as the two sides of
// a verb of meeting (`التقى الأهلي مع الزمالك`, `واجه الهلال النصر`) or of a result verb after
// its subject (`الأهلي فاز على الزمالك`), as the two ends of a player's transfer (`انتقل اللاعب
// من الشباب إلى الهلال`), and joined by و to such a club (`مباراة الهلال والنصر`). A club named
// by a word and a nationality is none before a second nationality (`الاتفاق السعودي الإيراني`).

import { tokenHolding, type Doc } from '../doc.js';
import type { Candidate, GazetteerEntry } from '../types.js';
import { normalizeKey } from '../normalize/normalize.js';
import { tokenReadsAs, wordTable, type WordTable } from '../patterns/word-table.js';
import { definiteNisbaShape, WA } from '../tokenize/letters.js';
import { sameText } from '../tokenize/token-hash.js';
import { againstAt, resultSubject, resultVerbBefore, scoreNextTo, sideWordBefore, subjectBeforeResult } from './team-role.js';

/**
 * Nouns of a match, whose genitive is a side, with the colloquial `ماتش` of social posts.
 * `لقاء` (a meeting), `قمة` (a summit) and `مواجهة` (a confrontation) are left out: `لقاء
 * الشباب`, `مواجهة الإرهاب`.
 */
const MATCH_NOUNS = ['مباراة', 'المباراة', 'مباراتي', 'مباريات', 'ديربي', 'الديربي', 'كلاسيكو', 'الكلاسيكو', 'ماتش', 'الماتش', 'نهائي', 'النهائي'];

let table: WordTable | undefined;
const matchTable = (): WordTable => (table ??= wordTable(new Map(MATCH_NOUNS.map((w) => [normalizeKey(w), 1]))));

/**
 * Nouns of a club, whose genitive or apposition is the club (`نادي الترجي`, `النادي الأهلي`,
 * `فريق الاتحاد`), also with a pronoun before the club in apposition (`لفريقه النصر`, `ناديها
 * الأهلي`).
 */
const CLUB_NOUNS = ['نادي', 'النادي', 'فريق', 'الفريق', 'فريقه', 'فريقها', 'فريقهم', 'ناديه', 'ناديها', 'ناديهم'];

let clubTable: WordTable | undefined;
const clubNounTable = (): WordTable => (clubTable ??= wordTable(new Map(CLUB_NOUNS.map((w) => [normalizeKey(w), 1]))));

/** Letters a club noun has at least, after up to two proclitic letters (لنادي). */
const CLUB_NOUN_STEM = 4;

/** `صفوف` (the ranks of), a side word before a city's club, is mostly not one before a word: `في صفوف الشباب`. */
const RANKS = normalizeKey('صفوف');

/** The normalized بين (between), which may stand between a match noun and its sides. */
const BETWEEN = normalizeKey('بين');

/** The normalized مع (with), the other side's preposition after a verb of meeting. */
const WITH = normalizeKey('مع');

/**
 * Verbs of meeting a side (`التقى`, `يواجه`, `لعب`), after و or ف and
 * with a future's س. Alone they are no cue (`التقى الوزير مع`): two weak clubs must be their
 * subject and object.
 */
const MEETING = new RegExp(`^[\\u0648\\u0641]?(?:${['التقى', 'يلتقي', 'تلتقي', 'سيلتقي', 'واجه', 'يواجه', 'تواجه', 'سيواجه', 'لعب', 'يلعب', 'سيلعب'].map(normalizeKey).join('|')})$`);

/** Whether the word before token `first` is a verb of meeting (see MEETING). */
function meetingBefore(doc: Doc, first: number): boolean {
  return first > 0 && MEETING.test(doc.norm.text.slice(doc.tokens.starts[first - 1]!, doc.tokens.ends[first - 1]!));
}

/** The normalized من (from) and إلى (to) of a transfer. */
const FROM = normalizeKey('من');
const TO: readonly string[] = ['إلى', 'الى'].map(normalizeKey);

/**
 * Words of a player's move from one club to another, with their proclitics: the verb (`انتقل`,
 * `ينضم`), its verbal noun (`انتقاله`) or the player (`اللاعب`). Alone `من X إلى Y` is a move
 * between any two places (`انتقل الوفد من الرياض إلى جدة`): two weak clubs must be its ends.
 */
const TRANSFER = new RegExp(
  `^[\\u0648\\u0641]?(?:${['انتقل', 'ينتقل', 'سينتقل', 'انتقال', 'انتقاله', 'انضم', 'ينضم', 'سينضم', 'انضمام', 'انضمامه', 'رحل', 'يرحل', 'رحيل', 'رحيله', 'اللاعب', 'المهاجم', 'المدافع', 'الحارس', 'صفقة'].map(normalizeKey).join('|')})$`,
);

/** Tokens looked through before `من` for a word of a transfer (`انتقل مهاجم المنتخب من`). */
const TRANSFER_WINDOW = 4;

/** Whether the clubs over `prevFirst..prevLast` and from `first` on are the ends of a transfer: `من الشباب إلى الهلال`. */
function transferEnds(doc: Doc, prevFirst: number, prevLast: number, first: number): boolean {
  if (prevLast + 2 !== first || prevFirst < 2 || !tokenIs(doc, prevFirst - 1, FROM) || !TO.some((w) => tokenIs(doc, prevLast + 1, w))) return false;
  for (let t = prevFirst - 2; t >= 0 && t >= prevFirst - 1 - TRANSFER_WINDOW; t--) if (TRANSFER.test(doc.norm.text.slice(doc.tokens.starts[t]!, doc.tokens.ends[t]!))) return true;
  return false;
}

/**
 * The normalized ضد (against). Between two clubs it pairs sides of a match; alone it is no
 * cue (`ضد الاتحاد الأوروبي`, `ضد الشباب`): a club is needed on the other side.
 */
const VERSUS = normalizeKey('ضد');

/** A sports club of the gazetteer: an organisation whose canonical name says نادي (club). */
export function isClub(entry: Readonly<GazetteerEntry>): boolean {
  return entry.label === 'ORG' && /^(?:ال)?نادي /.test(entry.ar);
}

/** The IDs of the clubs among `entries` (see isClub). */
export function clubIdsOf(entries: readonly GazetteerEntry[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const e of entries) if (isClub(e)) ids.add(e.id);
  return ids;
}

/**
 * For each set of clubs, whether a list of candidate IDs holds one: the lists are the compiled
 * gazetteer's, shared by every mention of an alias, so each is searched once.
 */
const clubLists = new WeakMap<ReadonlySet<string>, WeakMap<readonly string[], boolean>>();

/** Whether `c` names one of `clubs`, by its ID or one of the IDs it may have. */
function namesClub(c: Candidate, clubs: ReadonlySet<string>): boolean {
  if (c.id !== undefined && clubs.has(c.id)) return true;
  const ids = c.candidates;
  if (ids === undefined) return false;
  let lists = clubLists.get(clubs);
  if (lists === undefined) clubLists.set(clubs, (lists = new WeakMap()));
  let found = lists.get(ids);
  if (found === undefined) lists.set(ids, (found = ids.some((id) => clubs.has(id))));
  return found;
}

/** Letters a match noun has at least, after up to two proclitic letters (لمباراة). */
const MATCH_NOUN_STEM = 4;

/** Tokens looked through before بين for a match noun (`مباراة نهائي كأس الملك بين`). */
const BETWEEN_WINDOW = 4;

/**
 * Whether the candidate starting token `first` follows a match noun, or بين after one and the
 * competition's name (`نهائي كأس الملك بين الهلال والنصر`).
 */
function afterMatchNoun(doc: Doc, first: number): boolean {
  const b = first - 1;
  if (b < 0) return false;
  if (!tokenIs(doc, b, BETWEEN)) return tokenReadsAs(matchTable(), doc, b, MATCH_NOUN_STEM);
  for (let t = b - 1; t >= 0 && t >= b - BETWEEN_WINDOW; t--) if (tokenReadsAs(matchTable(), doc, t, MATCH_NOUN_STEM)) return true;
  return false;
}

/** Whether the candidate starting token `first` follows a club noun (see CLUB_NOUNS). */
function afterClubNoun(doc: Doc, first: number): boolean {
  return first > 0 && tokenReadsAs(clubNounTable(), doc, first - 1, CLUB_NOUN_STEM);
}

/** Whether token `t` is the normalized word `word`. */
function tokenIs(doc: Doc, t: number, word: string): boolean {
  return sameText(word, doc.norm.text, doc.tokens.starts[t]!, doc.tokens.ends[t]!);
}

/**
 * Whether the weak club starting token `first` is the other side after a result verb whose
 * subject is a club known for sure, among `all` (every candidate): `فاز نادي الهلال على
 * النصر`, `تغلب برشلونة على الاتحاد`. Two weak clubs are paired in strengthenClubNames.
 */
function afterStrongSubject(doc: Doc, all: readonly Candidate[], clubs: ReadonlySet<string>, first: number): boolean {
  const b = first - 1; // the preposition
  if (b < 2 || !againstAt(doc, b)) return false;
  const end = doc.tokens.ends[b - 1]!;
  // Rare: a weak club after على, أمام or مع. The candidates are searched only then. The
  // subject's nationality may follow it outside its span (`فاز الترجي الرياضي التونسي على
  // الأهلي`).
  let before = -1;
  for (const s of all) if (s.end === end && s.label === 'NORP' && b >= 3 && s.start === doc.tokens.starts[b - 1]) before = doc.tokens.ends[b - 2]!;
  for (const s of all) {
    if ((s.end !== end && s.end !== before) || s.weak || !namesClub(s, clubs)) continue;
    const f = tokenHolding(doc, s.start);
    if (doc.tokens.starts[f] === s.start && resultVerbBefore(doc, f)) return true;
  }
  return false;
}

/**
 * Whether the weak club over tokens `first..last` is the subject of a result verb whose other
 * side, after the preposition, is a club known for sure, among `all`: `فاز الأهلي على
 * بيراميدز`, `تعادل الزمالك مع المصري البورسعيدي`.
 */
function beforeStrongObject(doc: Doc, all: readonly Candidate[], clubs: ReadonlySet<string>, first: number, last: number): boolean {
  if (last + 2 >= doc.tokens.count || !resultSubject(doc, first, last)) return false;
  const start = doc.tokens.starts[last + 2]!;
  for (const s of all) if (s.start === start && !s.weak && namesClub(s, clubs)) return true;
  return false;
}

/**
 * Whether the weak club starting token `first` follows `ضد` after a club known for sure,
 * among `all`: `ريال مدريد ضد الاتحاد`. Two weak clubs are paired in strengthenClubNames.
 */
function versusStrongClub(doc: Doc, all: readonly Candidate[], clubs: ReadonlySet<string>, first: number): boolean {
  const b = first - 1;
  if (b < 1 || !tokenIs(doc, b, VERSUS)) return false;
  const end = doc.tokens.ends[b - 1]!;
  for (const s of all) if (s.end === end && !s.weak && namesClub(s, clubs)) return true;
  return false;
}

/**
 * Makes `c` strong and, unless its ID is a club's, gives it the first club among its
 * candidates: the label, ID and canonical names of that entry. `c.candidates` is shared with
 * the compiled gazetteer, so it is replaced, never changed in place.
 */
function makeClub(c: Candidate, clubs: ReadonlySet<string>, entryOf: (id: string) => Readonly<GazetteerEntry> | undefined): void {
  c.weak = false;
  if (c.id !== undefined && clubs.has(c.id)) return;
  const club = c.candidates!.find((id) => clubs.has(id))!;
  const entry = entryOf(club);
  if (entry === undefined) return;
  c.id = club;
  c.candidates = [club, ...c.candidates!.filter((id) => id !== club)];
  c.label = entry.label;
  c.canonical = entry.en !== undefined ? { ar: entry.ar, en: entry.en } : { ar: entry.ar };
  if (c.source.kind === 'gazetteer') c.source = { kind: 'gazetteer', ref: club };
}

/**
 * Makes the weak club candidates that the text puts in a match strong (see the file's
 * header), with the identity of the club where the likelier form was another entry (the city
 * الوحدة, the channel الجزيرة). `weak`: the weak candidates, in the order of their starts;
 * `all`: every candidate; `clubs`: the clubs' IDs; `entryOf`: the gazetteer entry of an ID.
 * A result verb is no cue alone (`تغلب الاتحاد على الخلافات`): it needs a club on both sides.
 *
 * @example
 * ```ts
 * // 'لمباراة الهلال والنصر': both weak clubs become strong.
 * strengthenClubNames(doc, weak, candidates, clubs, entryOf);
 * ```
 */
export function strengthenClubNames(doc: Doc, weak: readonly Candidate[], all: readonly Candidate[], clubs: ReadonlySet<string>, entryOf: (id: string) => Readonly<GazetteerEntry> | undefined): void {
  const text = doc.norm.text;
  const { starts, ends, count } = doc.tokens;
  // Where the last club made strong ends: a club joined to it by و is a side too.
  let sideEnd = -1;
  // The club before, over tokens prevFirst..prevLast, for a result verb's two sides.
  let prev: Candidate | undefined;
  let prevFirst = -1;
  let prevLast = -1;
  for (const c of weak) {
    if (!c.weak || (c.label !== 'ORG' && c.label !== 'GPE') || !namesClub(c, clubs)) continue;
    const first = tokenHolding(doc, c.start);
    const last = tokenHolding(doc, c.end - 1);
    if (first < 0 || first >= count) continue;
    // و glued to the club (والنصر) or a word of its own (و النصر), right after the last side.
    const joined =
      sideEnd >= 0 &&
      ((c.start === starts[first]! + 1 && text.charCodeAt(starts[first]!) === WA && first > 0 && ends[first - 1] === sideEnd) ||
        (first >= 2 && c.start === starts[first]! && ends[first - 1]! - starts[first - 1]! === 1 && text.charCodeAt(starts[first - 1]!) === WA && ends[first - 2] === sideEnd));
    if (
      joined ||
      (c.start === starts[first]! && (afterMatchNoun(doc, first) || afterClubNoun(doc, first) || afterStrongSubject(doc, all, clubs, first) || versusStrongClub(doc, all, clubs, first) || beforeStrongObject(doc, all, clubs, first, last))) ||
      (sideWordBefore(doc, first) && !tokenIs(doc, first - 1, RANKS)) ||
      scoreNextTo(doc, first, last)
    ) {
      makeClub(c, clubs, entryOf);
      sideEnd = c.end;
    }
    if (
      prev !== undefined &&
      ((prevLast + 2 === first &&
        ((c.start === starts[first]! && (tokenIs(doc, prevLast + 1, VERSUS) || (tokenIs(doc, prevLast + 1, WITH) && meetingBefore(doc, prevFirst)))) ||
          resultSubject(doc, prevFirst, prevLast) ||
          (afterClubNoun(doc, prevFirst) && resultSubject(doc, prevFirst - 1, prevLast)))) ||
        (prevLast + 1 === first && c.start === starts[first]! && meetingBefore(doc, prevFirst)) ||
        (prevLast + 3 === first && c.start === starts[first]! && subjectBeforeResult(doc, prevLast)) ||
        (c.start === starts[first]! && transferEnds(doc, prevFirst, prevLast, first)))
    ) {
      // `فاز الهلال على النصر`, `فاز نادي الهلال على النصر`, `الأهلي فاز على الزمالك`: the
      // subject, this club after the preposition; `النصر ضد الهلال`: a club on each side of
      // ضد; `التقى الأهلي مع الزمالك`, `واجه الهلال النصر`: the two sides of a verb of
      // meeting; `انتقل من الشباب إلى الهلال`: the two ends of a transfer.
      makeClub(prev, clubs, entryOf);
      makeClub(c, clubs, entryOf);
      sideEnd = c.end;
    }
    prev = c;
    prevFirst = first;
    prevLast = last;
  }
}

/** Nisbas of what a club is, not where it is from (`الترجي الرياضي`), normalized. */
const CLUB_KINDS: readonly string[] = ['الرياضي', 'الثقافي', 'الاجتماعي'].map(normalizeKey);

/**
 * Whether normalized text[s, e) ends in a second word that is a definite nisba of a country
 * (`الاتفاق السعودي`; not `تشلسي`, nor `الترجي الرياضي`, which a nationality may follow).
 */
function endsWithNisba(text: string, s: number, e: number): boolean {
  const w = text.lastIndexOf(' ', e - 1) + 1;
  return w > s && definiteNisbaShape(text, w, e) && !CLUB_KINDS.some((k) => sameText(k, text, w, e));
}

/**
 * `resolved` without the clubs read from a word and a nationality (`الاتفاق السعودي`, `التعاون
 * السعودي`) that another nationality follows: two nationalities after such a word name what two
 * countries share (`الاتفاق السعودي الإيراني`, the Saudi–Iranian agreement), no club; in place.
 */
export function dropBilateralClubs(doc: Doc, resolved: Candidate[], clubs: ReadonlySet<string>): Candidate[] {
  const text = doc.norm.text;
  let w = 0;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    const next = resolved[i + 1];
    if (next !== undefined && next.label === 'NORP' && c.label === 'ORG' && c.id !== undefined && clubs.has(c.id) && text.charCodeAt(c.end) === 0x20 && next.start === c.end + 1 && endsWithNisba(text, c.start, c.end)) continue;
    resolved[w++] = c;
  }
  resolved.length = w;
  return resolved;
}

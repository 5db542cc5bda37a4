// Names read after a title or trigger noun run until a stop word; when the gazetteer knows
// where a name ends, it is right: "سيرجي لافروف هجوم الفدية" after نظيره is cut back to the
// gazetteer's "سيرجي لافروف", and a pattern name never swallows a known entity of another kind,
// except an organisation or place named after it (`جامعة القاهرة`, `مطار بيروت`), which holds
// it nested, and a person's name read from the name lexicon, which may end with a known
// nationality as its family name (`سعيد محمد الكندي`). A person's family name may also spell a
// known name after a proclitic (`محمد بنيس`: ب + Nice) or be a nationality in the plural
// (`بيتر كينيون`), or complete a kunya or nasab after أبو, بن or عبد (`محمود أبو هنود`,
// not the Indians); the known entity is then no mention. Titles (OCC) may contain known
// entities (a nationality, an organisation) but never cut one.

import { tokenAfterSpace, tokenAt, tokenHolding, tokenText, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { KUNYA, NAME_TOKENS_RULE, PARTICLES, SON_OF } from '../patterns/name-tokens.js';
import type { Candidate, Label } from '../types.js';
import { spanOf } from './resolve-overlaps.js';
import { definiteNisbaShape, noSpace } from '../tokenize/letters.js';
import { firstStartingAt } from './sort-by-start.js';
import { functionWords } from '../gazetteer/function-words.js';
import { entrysGivenName, familyAlias } from '../patterns/given-and-family.js';
import { NAMING_TITLES } from '../patterns/name-scan.js';

const PLACE_LABELS: ReadonlySet<Label> = new Set(['GPE', 'LOC', 'FAC']);

/**
 * Nouns of organisations that are named after a person (`جامعة الحسين بن طلال`, `مؤسسة
 * محمد بن راشد`, `جائزة الشيخ زايد للكتاب`), normalized. Others name no one so (`مكتب
 * الرئيس`, `حزب`), and their rule's name stops where it does.
 */
const PERSON_NAMED_ORGS: ReadonlySet<string> = new Set(['جامعه', 'مؤسسه', 'مستشفي', 'مدرسه', 'كليه', 'معهد', 'مركز', 'مكتبه', 'جائزه', 'صندوق', 'اكاديميه', 'جمعيه']);

const LAM = 0x0644; // ل

/**
 * The end of a purpose in لل right after offset `pos` (` للتنمية`), with the definite nisbas
 * that follow it (` للتنمية البشرية`); `pos` when none follows.
 */
function purposeEnd(doc: Doc, pos: number): number {
  const { starts, ends } = doc.tokens;
  const text = doc.norm.text;
  let t = tokenAfterSpace(doc, pos);
  if (t < 0 || ends[t]! - starts[t]! < 5 || text.charCodeAt(starts[t]!) !== LAM || text.charCodeAt(starts[t]! + 1) !== LAM) return pos;
  let end = ends[t]!;
  for (t = tokenAfterSpace(doc, end); t >= 0 && definiteNisbaShape(text, starts[t]!, ends[t]!); t = tokenAfterSpace(doc, end)) end = ends[t]!;
  return end;
}


/** Whether the organisation `c` opens with a noun of PERSON_NAMED_ORGS. */
function namesAfterPerson(doc: Doc, c: Candidate): boolean {
  return PERSON_NAMED_ORGS.has(tokenText(doc, tokenHolding(doc, c.start)));
}
/**
 * The rule that reads a municipality (`بلدية نابلس`): an organisation named by its place alone,
 * so a known place ends its name as it ends a place's (`مجلس بلدية غزة رفع` → `مجلس بلدية غزة`).
 */
const MUNICIPALITY_RULE = 'org-municipality';
/**
 * The rules that read a definite organisation noun, its adjectives and its purpose after ل
 * (`الشركة السعودية للكهرباء`): a nationality among the adjectives does not end their name.
 * After other rules' names ل mostly opens a verbal noun (`جبهة التوافق العراقية للمشاركة`).
 */
const PURPOSE_RULES: ReadonlySet<string> = new Set(['org-definite-purpose', 'org-definite-adjectives']);
/** Labels of the names that trigger-noun rules read (organisations and places). */
const NAMED_AFTER: ReadonlySet<Label> = new Set(['ORG', 'GPE', 'LOC', 'FAC']);

/** Whether rules' names of this label are cut at known names (compared outright: a set lookup per candidate costs more). */
function isName(label: Label): boolean {
  return label === 'PERS' || label === 'ORG' || label === 'GPE' || label === 'LOC' || label === 'FAC';
}

/**
 * End of the last token that ends at or before `pos` (normalized offsets). A known name may
 * start inside a token, after a proclitic (`بباريس`): that token does not end before it.
 */
function tokenEndBefore(doc: Doc, pos: number): number {
  let t = tokenAt(doc, pos);
  while (t > 0 && doc.tokens.ends[t - 1]! > pos) t--;
  return t > 0 ? doc.tokens.ends[t - 1]! : 0;
}

/** Start of the first token that starts at or after `pos` (normalized offsets). */
function tokenStartAfter(doc: Doc, pos: number): number {
  return doc.tokens.starts[tokenAt(doc, pos)]!;
}

/**
 * Where the person's name `c` starts once a known place that begins before it and ends inside
 * it is left out: the first token after the place; `c.start` when no such place.
 */
function startPastPlace(doc: Doc, c: Candidate, known: readonly Candidate[]): number {
  const lo = firstStartingAt(known, c.start);
  const g = lo > 0 ? known[lo - 1]! : undefined;
  if (g === undefined || g.end <= c.start || g.end >= c.end || !PLACE_LABELS.has(g.label)) return c.start;
  const t = tokenAt(doc, g.end);
  return t < doc.tokens.count ? doc.tokens.starts[t]! : c.end;
}

/** Number of tokens that start within [start, end). */
function tokensIn(doc: Doc, start: number, end: number): number {
  let n = 0;
  for (let t = tokenAt(doc, start); t < doc.tokens.count && doc.tokens.starts[t]! < end; t++) n++;
  return n;
}

/** True when [start, end) lies within one token. */
function singleToken(doc: Doc, start: number, end: number): boolean {
  return noSpace(doc.norm.text, start, end);
}

/**
 * Whether the organisation or place `c` found by a trigger-noun rule is named after the known
 * entity `g` of another kind inside it, which is then nested in it, as Wojood annotates. An
 * organisation's name may hold one anywhere (`جامعة القاهرة`, `إذاعة صوت فلسطين`), and a
 * quoted name after an organisation noun may be a place's name (`صحيفة «الشرق الأوسط»`). A
 * place's name holds one right after its trigger noun (`مطار القاهرة`, `شارع الملك فيصل`); a
 * known place as its second word is a place of its own (`جبل جرزيم نابلس`). A nationality
 * closes either (`وزارة الخارجية الأمريكية`).
 */
function namedAfter(doc: Doc, c: Candidate, g: Candidate): boolean {
  if (g.start === c.start) return c.label === 'ORG' && PLACE_LABELS.has(g.label);
  return c.label === 'ORG' || g.label === 'NORP' || followsTrigger(doc, c, g);
}

/**
 * Whether text [from, end) is one definite nisba token after a space (`الدولي`, `الوطنية`):
 * the adjective a facility rule reads after the known name it holds (`مطار القاهرة الدولي`).
 */
function definiteNisbaAfter(doc: Doc, from: number, end: number): boolean {
  const text = doc.norm.text;
  return text.charCodeAt(from) === 0x20 && singleToken(doc, from + 1, end) && definiteNisbaShape(text, from + 1, end);
}

/**
 * Whether text [from, end) starts with a space and a word in ل, after at most one other
 * adjective: an organisation's purpose after its nationality (`الشركة السعودية للكهرباء`,
 * `الاتحاد الكويتي لكرة القدم`), which the nationality does not close.
 */
function purposeAfter(doc: Doc, from: number, end: number): boolean {
  const text = doc.norm.text;
  // Another adjective may come first (`الشركة الصينية الوطنية لإنتاج البترول`).
  if (from + 2 < end && text.charCodeAt(from + 1) !== LAM) {
    const t = tokenAfterSpace(doc, from);
    if (t >= 0 && definiteNisbaShape(text, from + 1, doc.tokens.ends[t]!)) from = doc.tokens.ends[t]!;
  }
  return from + 2 < end && text.charCodeAt(from) === 0x20 && text.charCodeAt(from + 1) === LAM;
}

/**
 * Whether the word right after a known organisation ending at `from` (and within the rule's
 * name, which ends at `end`) is one of OTHER_BODY: then the words name another body (`مجلس
 * الأمن القومي`, `حزب العمال الشيوعي`). Other adjectives mostly describe the known one
 * (`صحيفة الأهرام الحكومية`, `بنك إنجلترا المركزي`).
 */
function otherBodyAfter(doc: Doc, from: number, end: number): boolean {
  const t = tokenAfterSpace(doc, from);
  return t >= 0 && doc.tokens.ends[t]! <= end && OTHER_BODY.has(tokenText(doc, t));
}

/**
 * The token that alone fills [pos, end) one space after `pos`, where no known entity (`next`,
 * the known name after the one ending at `pos`) starts before `end`; -1 otherwise.
 */
function wordAlone(doc: Doc, pos: number, end: number, next: Candidate | undefined): number {
  if (next !== undefined && next.start < end) return -1;
  const t = tokenAfterSpace(doc, pos);
  return t >= 0 && doc.tokens.ends[t] === end ? t : -1;
}

/**
 * Whether the word `t` after the known person `g` in the person's name `c` makes it another
 * person's name, unlinked:
 * - after a one-word alias that the name lexicon's run goes on from, a word with the shape of
 *   a foreign family name (`داروين نونيز`, `جيرارد كايبر`: the alias is a given name there):
 *   no article, no final ا, ة or ه, which end the accusatives and nouns a run may take after a
 *   known name (`بوش داخليا`, `نابليون خطورة`), no مفعول participle (`بوش مسلوب الإرادة`), and
 *   four letters at least, as three are as often a past verb after its subject (`رونالدو سجل`);
 * - after a name of two words or more, a definite nisba the gazetteer does not give him
 *   (`محمد يونس الحسيني`, `فهد بن عبد العزيز السبيعي`), but a dynasty's or the deceased's.
 */
function anotherPerson(doc: Doc, c: Candidate, g: Candidate, t: number): boolean {
  if (t < 0) return false;
  const text = doc.norm.text;
  const s = doc.tokens.starts[t]!;
  const e = doc.tokens.ends[t]!;
  if (!singleToken(doc, g.start, g.end)) return definiteNisbaShape(text, s, e) && !SAME_PERSON_NISBAS.has(tokenText(doc, t));
  if (c.source.ref !== NAME_TOKENS_RULE) return false;
  const z = text.charCodeAt(e - 1);
  const participle = e - s === 5 && text.charCodeAt(s) === 0x0645 && text.charCodeAt(s + 3) === 0x0648;
  return e - s >= 4 && !participle && !text.startsWith(ARTICLE, s) && z !== 0x0627 && z !== 0x0629 && z !== 0x0647;
}

/**
 * Nisbas that describe the known person rather than name another: a dynasty's (`معاوية بن أبي
 * سفيان الأموي`, `نور الدين محمود الزنكي`) and the deceased's (`أبو نواس المتوفى`), normalized.
 */
const SAME_PERSON_NISBAS: ReadonlySet<string> = new Set(
  ['الأموي', 'العباسي', 'الأيوبي', 'الفاطمي', 'الزنكي', 'العثماني', 'المملوكي', 'السلجوقي', 'الحمداني', 'الإخشيدي', 'الطولوني', 'الصفوي', 'الغزنوي', 'المرابطي', 'الموحدي', 'الحفصي', 'المريني', 'السعدي', 'العلوي', 'القاجاري', 'المتوفى', 'المتوفي'].map(normalizeKey),
);

/** Adjectives (normalized) that make another body of an organisation's name (see otherBodyAfter). */
const OTHER_BODY: ReadonlySet<string> = new Set(
  ['الوطني', 'الوطنية', 'القومي', 'القومية', 'السيبراني', 'الشيوعي', 'الشيوعية', 'الاشتراكي', 'الاشتراكية', 'الديمقراطي', 'الديمقراطية', 'الرياضي', 'الرياضية', 'الإنمائي'].map(normalizeKey),
);

/** Whether `g` starts in the second token of `c`, right after its trigger noun. */
function followsTrigger(doc: Doc, c: Candidate, g: Candidate): boolean {
  const t = tokenHolding(doc, c.start);
  return t + 1 < doc.tokens.count && g.start >= doc.tokens.starts[t + 1]! && (t + 2 >= doc.tokens.count || g.start < doc.tokens.starts[t + 2]!);
}

/** Whether `g` starts right after a naming title (`طريق الشيخ جابر الأحمد الصباح`) that follows the trigger noun of `c`. */
function followsTriggerAndTitle(doc: Doc, c: Candidate, g: Candidate): boolean {
  const t = tokenHolding(doc, c.start);
  return t + 2 < doc.tokens.count && g.start === doc.tokens.starts[t + 2]! && NAMING_TITLES.has(tokenText(doc, t + 1));
}

/**
 * Whether the tokens in [pos, end) begin with the family word آل, or with بن or بنت (the
 * person's lineage: `محمد بن سلمان` + `بن عبد العزيز آل سعود`), and a name after it.
 */
function familyFollows(doc: Doc, pos: number, end: number): boolean {
  const t = tokenAt(doc, pos);
  if (t + 1 >= doc.tokens.count || doc.tokens.starts[t + 1]! >= end) return false;
  const s = doc.tokens.starts[t]!;
  // Normalized آل is ال written alone.
  if (doc.tokens.ends[t]! - s === 2 && doc.norm.text.startsWith(FAMILY, s)) return true;
  return SON_OF.includes(tokenText(doc, t));
}

const FAMILY = 'ال';

/**
 * Whether the known nationality `g` that ends the person's name `c` is the family name: Arab
 * family names are often nisbas (`سعيد محمد الكندي`, `أبو عبد الله التركي`). Only a singular
 * masculine form in ي. A definite one ends a name read by the name lexicon after two or more
 * of its tokens (after one given name it is as often an apposition), and a name read after a
 * title after one, where an adjective would have come before the name (`الشيخ خالد
 * الإيرلندي`). An indefinite one describes no definite person: it is a family name after
 * any name (`الرئيس جون كندي`).
 */
function nisbaFamilyName(doc: Doc, c: Candidate, g: Candidate): boolean {
  if (!singleToken(doc, g.start, g.end)) return false;
  const text = doc.norm.text;
  if (text.charCodeAt(g.end - 1) !== 0x064a) return false; // ي
  const before = tokensIn(doc, c.start, g.start);
  if (!text.startsWith(ARTICLE, g.start)) return before >= 1;
  return before >= (c.source.ref === NAME_TOKENS_RULE ? 2 : 1);
}

const ARTICLE = 'ال';

/**
 * Whether the known nationality `g` that starts the person's name `c` read after a title
 * (`الدكتور مسلم شلتوت`) is the given name: one indefinite singular masculine token, with more
 * of the name after it, where an indefinite adjective cannot describe the definite title
 * before it.
 */
function givenNameAfterTitle(doc: Doc, c: Candidate, g: Candidate, end: number): boolean {
  if (c.source.ref === NAME_TOKENS_RULE || !singleToken(doc, g.start, g.end) || g.end >= end) return false;
  const text = doc.norm.text;
  // A singular masculine form: plurals and feminines (كينيون, مسلمات, مسلمه) name no one person.
  if (text.startsWith(ARTICLE, g.start) || text.charCodeAt(g.end - 1) === 0x0647 || ['ون', 'ين', 'ات'].some((x) => text.endsWith(x, g.end))) return false;
  return tokensIn(doc, g.end, end) >= 1;
}

/**
 * Whether the known nationality `g` that ends the person's name `c` is an indefinite plural
 * (كينيون): a plural stands in apposition to no single person, so the word is the family
 * name (بيتر كينيون).
 */
function pluralFamilyName(doc: Doc, c: Candidate, g: Candidate): boolean {
  const text = doc.norm.text;
  if (!singleToken(doc, g.start, g.end) || g.start <= c.start || text.startsWith(ARTICLE, g.start)) return false;
  return text.endsWith('\u0648\u0646', g.end) && text.charCodeAt(g.start - 1) === 0x20; // ون, a token of its own
}

/**
 * Name prefixes, normalized, after which a name takes any word: the name lexicon's (عبد, أبو,
 * أبي, بن, بنت) with أبا, أم and ابن.
 */
const NAME_PREFIXES: ReadonlySet<string> = new Set([...KUNYA, ...SON_OF, 'ابا', 'ام', 'ابن']);

/**
 * Whether the known one-token entity `g` inside the person's name `c` comes right after a
 * name prefix of that name (`أبو هنود`, `بن مصر`): the word completes the kunya or nasab.
 */
function afterNamePrefix(doc: Doc, c: Candidate, g: Candidate): boolean {
  if (!singleToken(doc, g.start, g.end)) return false;
  const t = tokenAt(doc, g.start);
  const { starts, ends } = doc.tokens;
  if (t === 0 || starts[t] !== g.start || starts[t - 1]! < c.start || ends[t - 1] !== g.start - 1) return false;
  return NAME_PREFIXES.has(doc.norm.text.slice(starts[t - 1]!, ends[t - 1]!));
}

/** بن, بنت and ابن (normalized): a father's or family's name follows. */
export const SONS: ReadonlySet<string> = new Set([...SON_OF, 'ابن']);

/** Whether the known person `g` starts right after بن, ابن or بنت inside the person's name `c`. */
function afterSonOf(doc: Doc, c: Candidate, g: Candidate): boolean {
  const t = tokenAt(doc, g.start);
  const { starts, ends } = doc.tokens;
  if (t === 0 || starts[t] !== g.start || starts[t - 1]! < c.start) return false;
  return SONS.has(doc.norm.text.slice(starts[t - 1]!, ends[t - 1]!));
}

/**
 * Whether the known entity `g` of another kind, after one letter that reads as a proclitic
 * (بنيس: ب + Nice, برينو: ب + Renault), ends the last token of the person's name `c`, a
 * token after its first: a family name that happens to spell a preposition and a name.
 */
function gluedToFamilyName(doc: Doc, c: Candidate, g: Candidate): boolean {
  if (g.end !== c.end || g.label === 'PERS') return false;
  const t = tokenHolding(doc, g.start);
  const s = doc.tokens.starts[t]!;
  if (g.start !== s + 1 || doc.tokens.ends[t] !== g.end || s <= c.start) return false;
  // A noun in ة before it governs the place (`مملكة بروسيا`): the name was misread.
  const before = doc.tokens.ends[t - 1]! - 1;
  return doc.norm.input.charCodeAt(doc.norm.starts[before]!) !== 0x0629; // ة
}

/** The rules that read a place's name after its trigger noun (منطقة, مدينة, قرية). */
const PLACE_RULES: ReadonlySet<string> = new Set(['loc-trigger-name', 'gpe-trigger-name', 'fac-trigger-name']);

/**
 * Whether the place `c` a trigger-noun rule read is its noun and an imperfect verb before a
 * function word (`منطقة تقع في الأردن`, `مدينة يبلغ عدد`, `قرية تضم نحو`): the noun's
 * predicate, no name. Places of that shape (تعز) are known, and checked before this.
 */
function verbAsPlaceName(doc: Doc, c: Candidate): boolean {
  if (c.source.kind !== 'pattern' || !PLACE_RULES.has(c.source.ref)) return false;
  const t = tokenHolding(doc, c.end - 1);
  const { starts, ends, count } = doc.tokens;
  const s = starts[t]!;
  const n = ends[t]! - s;
  if (t === 0 || s <= c.start || ends[t] !== c.end || n < 3 || n > 4 || t + 1 >= count) return false;
  const text = doc.norm.text;
  const c0 = text.charCodeAt(s);
  if (c0 !== 0x062a && c0 !== 0x064a) return false; // ت ي
  const next = tokenText(doc, t + 1);
  // A name of four letters is often followed by where it lies or another name (`مدينة تريم في
  // حضرموت`, `متحف تدمر من طابقين`, `وادي ياسر و`); a verb of four letters by the preposition
  // it takes (`تحيط به`, `يمتد عبر`).
  return functionWords().has(next) && (n === 3 || (next !== FI && next !== MIN && next !== WA_WORD));
}

const FI = '\u0641\u064a'; // في
const MIN = '\u0645\u0646'; // من
const WA_WORD = '\u0648'; // و

/**
 * The strong gazetteer matches (not weak) among `cands`, sorted by start: the known names
 * that trimToKnownNames cuts at. The first `fromGazetteer` candidates are the gazetteer's,
 * whose sources need no reading. The gazetteer emits them sorted, and then they are not
 * sorted again. The weak candidates are appended to `weak`, when given: a caller that needs
 * both reads the candidates once.
 */
export function knownNames(cands: readonly Candidate[], weak?: Candidate[], fromGazetteer = 0): Candidate[] {
  const known: Candidate[] = [];
  let sorted = true;
  let last = -Infinity;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.weak) {
      weak?.push(c);
      continue;
    }
    if (i >= fromGazetteer && c.source.kind !== 'gazetteer') continue;
    if (c.start < last) sorted = false;
    last = c.start;
    known.push(c);
  }
  return sorted ? known : known.sort((a, b) => a.start - b.start);
}

/**
 * Cuts pattern-found names at the boundaries of strong gazetteer matches (the first
 * `fromGazetteer` candidates are the gazetteer's and pass through). Returns a new list;
 * names cut to nothing are dropped. `known` is knownNames(cands), for a caller that needs it
 * too.
 */
export function trimToKnownNames(doc: Doc, cands: readonly Candidate[], known: readonly Candidate[] = knownNames(cands), fromGazetteer = 0): Candidate[] {
  if (known.length === 0) return cands.filter((c, i) => i < fromGazetteer || !verbAsPlaceName(doc, c));
  const out: Candidate[] = cands.slice(0, fromGazetteer);
  let spelled: Set<Candidate> | undefined; // known names that only spell part of a family name
  for (let i = fromGazetteer; i < cands.length; i++) {
    let c = cands[i]!;
    if (c.source.kind !== 'pattern') {
      out.push(c);
      continue;
    }
    const title = c.label === 'OCC';
    if (!title && !isName(c.label)) {
      out.push(c);
      continue;
    }
    // A person's name never starts inside a known place (`محافظ ذي قار مرتضى الإبراهيمي`: the
    // name read after the title began at قار): it starts after the place.
    // One word left is no name: the rule read a place's last word and the word after it.
    if (c.label === 'PERS') {
      const from = startPastPlace(doc, c, known);
      if (from > c.start) {
        if (from >= c.end || singleToken(doc, from, c.end)) continue;
        c = spanOf(c, from, c.end);
      }
    }
    let end = c.end;
    let same: Candidate | undefined; // the known organisation (or person) the rule's name turns out to be
    // First known name starting at or after c.start.
    const lo = firstStartingAt(known, c.start);
    // A place's name that is a verb, and no known place (`منطقة تقع في`): no place.
    if ((lo >= known.length || known[lo]!.start >= c.end) && verbAsPlaceName(doc, c)) continue;
    // End of the last known name the name holds (see namedAfter): a shorter known name
    // inside it (`بورقيبة` of `شارع الحبيب بورقيبة`) is part of it, not a name to cut at.
    let held = -1;
    // Set when a known person's family or lineage follows it in the name: the other persons
    // named in that lineage (`سلمان بن عبد العزيز` in `محمد بن سلمان بن عبد العزيز`) are no cut.
    let lineage = false;
    for (let i = lo; i < known.length && known[i]!.start < end; i++) {
      const g = known[i]!;
      if (g.end <= held || (lineage && g.label === 'PERS')) continue;
      // A person's known name right after a facility's trigger noun that the rule read in
      // part (`شارع جمال عبد` of `شارع جمال عبد الناصر`: a place's name is read one or two
      // words long) is the facility's whole name. Other places' nouns are also ranks or
      // words before a name (`لواء`, `حي`).
      if (g.label === 'PERS' && g.end > end && g.start > c.start && (c.label === 'FAC' || (c.label === 'ORG' && namesAfterPerson(doc, c))) && (followsTrigger(doc, c, g) || followsTriggerAndTitle(doc, c, g))) {
        end = held = g.end;
        // An organisation's purpose after the person (`مؤسسة الملك عبد الله الثاني للتنمية`).
        if (c.label === 'ORG') end = purposeEnd(doc, end);
        continue;
      }
      // A known person right after بن or ابن in a name read in part (`هشام بن عبد الملك` of
      // `هشام بن عبد الملك بن مروان`: a name is read four parts long) is the father, and the
      // name goes on to the end of his, which stays nested.
      if (c.label === 'PERS' && g.label === 'PERS' && g.end > end && g.start > c.start && afterSonOf(doc, c, g)) {
        end = held = g.end;
        continue;
      }
      if (!title && g.start > c.start && g.label !== c.label && singleToken(doc, c.start, g.start)) {
        // A known entity of another kind after a proclitic of the first token (بدمشق,
        // لحماس): the rule read a preposition and a name as a name.
        end = c.start;
        break;
      }
      if (NAMED_AFTER.has(c.label) && g.label !== c.label && g.end <= end && namedAfter(doc, c, g)) {
        // A place's name ends with the known name it holds (`مطار بيروت جميع` → `مطار بيروت`),
        // and a nationality closes any name (`هيئة سوق رأس المال الفلسطينية الدكتور`).
        if ((c.label !== 'ORG' || (g.label === 'NORP' && !(PURPOSE_RULES.has(c.source.ref) && purposeAfter(doc, g.end, end))) || c.source.ref === MUNICIPALITY_RULE) && !(c.label === 'FAC' && g.label !== 'NORP' && definiteNisbaAfter(doc, g.end, end))) end = g.end;
        held = g.end;
        continue;
      }
      if (title) {
        // A title may hold a nationality or an organisation, never part of a known name.
        if (g.start > c.start && g.end > end) end = tokenEndBefore(doc, g.start);
      } else if (g.start === c.start) {
        // The same kind: the gazetteer knows where the name ends. Another kind (a country
        // where a person's name was read): the rule misread, the known entity stands.
        if (g.label === c.label) {
          // A known person followed by two or more tokens of the name lexicon: a second person
          // named right after the first (وأفادت ساكي جيف زيليني), read on its own.
          if (c.source.ref === NAME_TOKENS_RULE && g.end < end && tokensIn(doc, g.end, end) >= 2) {
            out.push(spanOf(c, tokenStartAfter(doc, g.end), c.end));
          }
          if (g.end < end) {
            // The family name after a known person's shorter form belongs to the name and
            // the person stays known (`محمد بن راشد` + `آل مكتوم`).
            if (c.label === 'PERS' && familyFollows(doc, g.end, end)) {
              same = g;
              lineage = true;
            } else if (c.label === 'PERS' && anotherPerson(doc, c, g, wordAlone(doc, g.end, end, known[i + 1]))) {
              // One more word makes the known person's name another person's (see
              // anotherPerson): the rule's name stands, unknown, and the known name is no mention.
              (spelled ??= new Set()).add(g);
            } else if (c.label === 'ORG' && g.start === c.start && otherBodyAfter(doc, g.end, end)) {
              // An adjective after the known name makes another body of it (`مجلس الأمن
              // الوطني`, `مجلس الأمن السيبراني`): the rule's name stands, unknown, and the
              // known name is no mention of that body.
              (spelled ??= new Set()).add(g);
            } else end = g.end;
          }
        } else if (c.label === 'PERS' && g.label === 'NORP' && givenNameAfterTitle(doc, c, g, end)) {
          // Kept, and no mention of the nationality: the word is the given name.
          (spelled ??= new Set()).add(g);
        } else if (g.end <= end) {
          // A name of two or more tokens of the name lexicon after it is read on its own
          // (`إسرائيل جورج كلوني`: a country the lexicon also knows as a given name).
          // Only when no other known name lies in it, which would cut it again.
          if (c.source.ref === NAME_TOKENS_RULE && tokensIn(doc, g.end, end) >= 2 && (i + 1 >= known.length || known[i + 1]!.start >= end)) {
            out.push(spanOf(c, tokenStartAfter(doc, g.end), end));
          }
          end = c.start;
        }
      } else if (c.label === 'PERS' && g.end <= end && afterNamePrefix(doc, c, g)) {
        // Kept, and no mention of the known entity: a kunya or nasab takes any word after
        // أبو, بن or عبد (`محمود أبو هنود`, not the Indians).
        (spelled ??= new Set()).add(g);
      } else if (c.label === 'PERS' && gluedToFamilyName(doc, c, g)) {
        // Kept: the letter before the known name belongs to the family name, which is no
        // mention of that entity.
        (spelled ??= new Set()).add(g);
      } else if (c.label === 'PERS' && g.label === 'NORP' && g.end === end && pluralFamilyName(doc, c, g)) {
        // Kept, and no mention of the nationality: the plural is the family name.
        (spelled ??= new Set()).add(g);
      } else if (c.label === 'PERS' && g.label === 'NORP' && g.end === end && nisbaFamilyName(doc, c, g)) {
        // Kept: the nationality closes the name as its family name.
      } else if (g.end > end || g.label !== c.label) {
        end = tokenEndBefore(doc, g.start);
      } else if (c.label === 'PERS') {
        // A known person's name inside a name read after a title or nationality: the
        // gazetteer knows where it ends (`الإسباني رافايل نادال المصنف` → `رافايل نادال`).
        end = g.end;
        // A family name read with one of its entry's given names before it (`ألبرتو فيخو` of
        // `ألبرتو نونيث فيخو`) is that person.
        if (g.start > c.start && !spelled?.has(g)) {
          const words = familyAlias(doc.norm.text, g);
          if (words && entrysGivenName(doc.norm.text, c.start, tokenEndBefore(doc, g.start), words)) same = g;
        }
      } else if (NAMED_AFTER.has(c.label)) {
        // A known name of the same kind after the trigger noun ends the name: what follows
        // describes it (`مدينة رفح جنوب`, `محافظة بابل اعتقال`, `فريق ريال مدريد بأول`).
        end = g.end;
        // An organisation noun before a known organisation names it (`فريق ريال مدريد`).
        if (c.label === 'ORG' && followsTrigger(doc, c, g)) same = g;
      }
    }
    if (end <= c.start) continue;
    if (same && (same.end === end || c.label === 'PERS') && c.id === undefined) {
      const named = spanOf(c, c.start, end);
      named.id = same.id;
      if (same.canonical) named.canonical = same.canonical;
      if (same.candidates) named.candidates = same.candidates;
      out.push(named);
      continue;
    }
    // Organisation and place rules span their trigger noun (مطار, منطقة): cut back to one
    // token, only the trigger noun is left, which names nothing.
    if (end !== c.end && !title && c.label !== 'PERS' && singleToken(doc, c.start, end)) continue;
    // A person cut back to the particle of a European name (`فان ريال مدريد`: so Real Madrid)
    // names no one.
    if (end !== c.end && c.label === 'PERS' && PARTICLES.includes(doc.norm.text.slice(c.start, end))) continue;
    if (end === c.end) {
      out.push(c);
    } else {
      out.push(spanOf(c, c.start, end));
    }
  }
  return spelled ? out.filter((c) => !spelled.has(c)) : out;
}

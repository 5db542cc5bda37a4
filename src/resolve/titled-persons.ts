// A person the gazetteer knows only by a weak alias (a family name that is also a word:
// الأسد "the lion", صدام "clash", بري "land") is that person where a title reads it: the title
// rule's OCC ends right before the word (`الرئيس الأسد`, `رئيس البرلمان اللبناني بري`). The
// title says a name follows; the gazetteer says whose it is. So is the subject right after
// the verb that opens a sentence (`وكتب محفوظ رواية`), after أن or إن, after a verb of saying
// (`إن الأسد يسعى`, `قال محفوظ`), and the genitive of a noun of speech, works or rule
// (`تصريحات الأسد`).

import { degreeAdverbAfter, type Doc } from '../doc.js';
import type { Candidate } from '../types.js';
import { arabicLetter, articleAt, noSpace } from '../tokenize/letters.js';

/** Rules whose OCC is a title that a person's name follows. */
const TITLE_RULES: ReadonlySet<string> = new Set(['occ-title-person']);

/**
 * Whether `c` is one definite word in ي: after a title such a word is mostly an adjective
 * describing it (`الحاكم العثماني`, `السلطان المنفي`), though a person has it as family name.
 */
function definiteNisba(text: string, c: Candidate): boolean {
  if (!text.startsWith('\u0627\u0644', c.start) || text.charCodeAt(c.end - 1) !== 0x064a) return false; // ال … ي
  // One word: no space inside (a search bounded by the candidate, not the text's end).
  return noSpace(text, c.start, c.end);
}

/**
 * Makes the weak person candidates that follow a title, the verb opening a sentence, or
 * أن, إن or a verb of saying in subject place, strong. `cands` are all candidates (the
 * titles among them); `weak` the weak ones.
 *
 * @example
 * ```ts
 * // 'وأكد الرئيس الأسد أن': the weak الأسد (a person) becomes strong after the OCC الرئيس.
 * strengthenTitledPersons(doc, weak, cands);
 * ```
 */
export function strengthenTitledPersons(doc: Doc, weak: readonly Candidate[], cands: readonly Candidate[]): void {
  // Where titles end: a set, so that each weak candidate is one look-up, however many titles
  // the document has.
  let titleEnds: Set<number> | undefined;
  const text = doc.norm.text;
  for (const c of weak) {
    // An adverb of degree after the alias makes it an adjective (`وكان سعيد جدا`).
    if (!c.weak || c.label !== 'PERS' || definiteNisba(text, c) || degreeAdverbAfter(doc, c.end)) continue;
    if (afterOpeningVerb(text, c.start) || subjectAfterCue(text, c.start, c.end)) {
      c.weak = false;
      continue;
    }
    if (titleEnds === undefined) {
      titleEnds = new Set();
      for (const k of cands) if (k.label === 'OCC' && k.source.kind === 'pattern' && TITLE_RULES.has(k.source.ref)) titleEnds.add(k.end);
    }
    // The title must end right before the word, spaces only between.
    let end = c.start;
    while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
    if (end < c.start && titleEnds.has(end)) c.weak = false;
  }
}

/**
 * Whether the word before normalized offset `start` opens a sentence and is a verb with و or
 * ف (`وكتب محفوظ`, `ودعا الأسد`, `وانتقد نجاد`): Arabic news puts the subject right after
 * that verb, and a person's weak alias there is the person. The word must be four letters or
 * more and have no article (`وبيت المعلم` after a comma is a list, not a sentence).
 */
export function afterOpeningVerb(text: string, start: number): boolean {
  const e = wordBefore(text, start);
  if (e < 0) return false;
  const s = letterRunStart(text, e);
  if (e - s < 4) return false;
  const c0 = text.charCodeAt(s);
  if (c0 !== 0x0648 && c0 !== 0x0641) return false; // و ف
  if (text.charCodeAt(s + 1) === 0x0627 && text.charCodeAt(s + 2) === 0x0644) return false; // وال
  let j = s - 1;
  while (j >= 0 && text.charCodeAt(j) === 0x20) j--;
  return j < 0 || SENTENCE_END.has(text.charCodeAt(j));
}

/**
 * Whether the weak alias at [start, end) is one word in subject place after أن or إن (also
 * بأن, لأن) or a verb of saying (`أن محفوظ كان ينوي`, `قال محفوظ فيما`, `أجاب بيرنز`), or the
 * genitive of one of PERSON_NOUNS (`تصريحات الأسد`): a family name there names the person. A
 * definite word after a subject makes the alias the head of a construct (`أن عمر الإمام علي 63
 * سنة`, his age), a pronoun written apart (`عمر ها`) a noun, and بن someone else's first name.
 */
function subjectAfterCue(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!arabicLetter(text.charCodeAt(i))) return false;
  const e = wordBefore(text, start);
  if (e < 0) return false;
  const cue = text.slice(letterRunStart(text, e), e);
  // A noun of what a person says, does or rules, with the alias its genitive (`خطاب الأسد`,
  // `أعمال محفوظ`, `نظام الأسد`): the alias is the person, whatever adjective follows.
  const noun = PERSON_NOUNS.has(cue) ? cue : cue.length > 3 && PROCLITICS.has(cue.charCodeAt(0)) && PERSON_NOUNS.has(cue.slice(1)) ? cue.slice(1) : null;
  // مسيرة is a march too, named by a definite word (`مسيرة العودة`, `مسيرة الأعلام`).
  if (noun !== null) return !(noun === MARCH && articleAt(text, start)) && !pronounOrSonOfAfter(text, end);
  if (!SUBJECT_CUES.has(cue)) return false;
  // After أن a verb is as likely as a subject (`أن تترأس`, written `ان تراس`): an alias that
  // begins like an imperfect verb is read only after the other cues.
  if (COMPLEMENTIZERS.has(cue) && IMPERFECT_PREFIXES.has(text.charCodeAt(start))) return false;
  if (end < text.length && arabicLetter(text.charCodeAt(end))) return false;
  let j = end;
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  return !text.startsWith('\u0627\u0644', j) && !pronounOrSonOfAfter(text, end);
}

/**
 * The end of the word before offset `start`, one space or more between, or -1 when no space
 * comes right before `start`.
 */
export function wordBefore(text: string, start: number): number {
  let i = start - 1;
  if (i < 0 || text.charCodeAt(i) !== 0x20) return -1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  return i + 1;
}

/** Where the run of Arabic letters that ends at offset `e` starts. */
export function letterRunStart(text: string, e: number): number {
  let i = e - 1;
  while (i >= 0 && arabicLetter(text.charCodeAt(i))) i--;
  return i + 1;
}

/**
 * Whether a pronoun written apart (`عمر ها`) follows offset `end`, which makes the alias a
 * noun, or بن, which makes it the first name of someone else (`عهد سعيد بن عبد الملك`).
 */
function pronounOrSonOfAfter(text: string, end: number): boolean {
  let j = end;
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  let k = j;
  while (k < text.length && k - j < 4 && arabicLetter(text.charCodeAt(k))) k++;
  if (k === j || arabicLetter(text.charCodeAt(k))) return false;
  const w = text.slice(j, k);
  return DETACHED_PRONOUNS.has(w) || SON_OF.has(w);
}
/** بن, ابن, بنت: the name goes on with the father's. */
const SON_OF: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت']);

/** أن, إن, بأن and لأن (normalized). */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['ان', 'بان', 'لان']);
/**
 * The words after which a weak alias is the subject (normalized): the complementizers; قال
 * and the other verbs of saying news reports use most, with و or ف. Not كان: `كان عمر`
 * reads "the age was" as often as "Omar was".
 */
const SUBJECT_CUES: ReadonlySet<string> = new Set([
  ...COMPLEMENTIZERS,
  ...['قال', 'وقال', 'فقال', 'قالت', 'وقالت', 'اضاف', 'واضاف', 'اكد', 'واكد', 'اوضح', 'واوضح', 'اجاب', 'فاجاب', 'واجاب', 'يقول', 'ويقول'],
]);
/**
 * Nouns whose genitive is a person (normalized): what one says or writes (خطاب, تصريحات,
 * أعمال, رواية, مقالات), does or undergoes (زيارة, وفاة, اغتيال, محاكمة), or rules or leads
 * (نظام, حكومة, إدارة, عهد, أنصار). Not nouns of shares or places (`حصة الأسد`, `عرين
 * الأسد`), where the alias is a word.
 */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  ['خطاب', 'خطابي', 'تصريحات', 'تصريح', 'اعمال', 'روايه', 'روايات', 'مقالات', 'مقال', 'مذكرات', 'زياره', 'وفاه', 'اغتيال', 'مقتل', 'محاكمه', 'اتهام', 'ادانه', 'نظام', 'حكومه', 'اداره', 'عهد', 'انصار', 'مؤيدي', 'نفوذ', 'مسيره', 'تتويج', 'استقاله'],
);
/** مسيرة (normalized): a career, and a march. */
const MARCH = 'مسيره';
/** و, ف, ب, ل and ك, glued to such a noun (`لنفوذ`, `وخطاب`). */
const PROCLITICS: ReadonlySet<number> = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]);
/** ي, ت and ن: prefixes of an imperfect verb (أ is left out: normalized, it is the article's ا). */
const IMPERFECT_PREFIXES: ReadonlySet<number> = new Set([0x064a, 0x062a, 0x0646]);
/** Pronouns a clitic-split text writes apart from their noun (عمر ها, عمر ه). */
const DETACHED_PRONOUNS: ReadonlySet<string> = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'ي', 'نا', 'ك', 'كم', 'كما']);

/** Characters that end a sentence or open a quotation (. ! ? ؟ : line break " « » ۔). */
const SENTENCE_END: ReadonlySet<number> = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x3a, 0x0a, 0x22, 0xab, 0xbb, 0x06d4]);

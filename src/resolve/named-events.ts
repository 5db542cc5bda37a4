// A fair, festival, conference, forum or championship named after the place it is held in (a
// city or country, or a region: `معرض الخليج للتعليم`, `بطولة أوروبا`) is an event, as Wojood
// annotates them: `معرض الرياض الدولي للكتاب`, `مهرجان القاهرة السينمائي الدولي`, `بطولة
// أستراليا المفتوحة للتنس`, `منتدى دافوس الاقتصادي`, with the place nested. The name takes the
// event's adjectives after the place (nisbas: `الدولي`, `السينمائي`; `المفتوحة`) and what it is
// for, with ل and the article (`للكتاب`, `للثقافة والفنون`). An Olympiad is named so too
// (`أولمبياد باريس`), and a known event before its host is that edition (`مونديال قطر`,
// `كأس العالم قطر 2022`). A massacre is named after its place too (`مجزرة قانا`, `مجزرة الحرم
// الإبراهيمي`), and a summit after the organisation whose leaders meet (`قمة مجموعة العشرين`).

import { tokenHolding, type Doc } from '../doc.js';
import { newCandidate } from '../candidate.js';
import { ALEF, definiteNisbaShape, LAM, noSpace, oneSpace } from '../tokenize/letters.js';
import { sameText } from '../tokenize/token-hash.js';
import { nounBefore, nounWords, type NounWords } from './noun-words.js';
import { tailEnd } from './name-tail.js';
import { yearShaped } from '../tokenize/letters.js';
import type { Candidate } from '../types.js';

/**
 * A massacre is named after where it happened, a town or a building: `مجزرة قانا`, `مذبحة
 * دير ياسين`, `مجزرة الحرم الإبراهيمي`. With the article it is one already named (`المجزرة`).
 */
const MASSACRE_WORDS: readonly string[] = ['مجزرة', 'مذبحة'];
/** Before a building (FAC) a massacre only. */
const MASSACRE_NOUNS: NounWords = nounWords(MASSACRE_WORDS);
/**
 * Nouns of events held in a place (normalized), indefinite, in the construct state with it,
 * massacres too. `دورة` (a course, a session) and `ندوة` are left out: they are seldom named
 * after a place.
 */
const SUMMIT = 'قمة';
const EVENT_WORDS: readonly string[] = ['معرض', 'مهرجان', 'مؤتمر', 'منتدى', 'ملتقى', 'بطولة', 'ماراثون', 'أولمبياد', SUMMIT, ...MASSACRE_WORDS];
const EVENT_NOUNS: NounWords = nounWords(EVENT_WORDS);
/** Before a region (LOC) the same, but `قمة`: before a mountain it is its peak (`قمة جبل صنين`). */
const REGION_EVENT_NOUNS: NounWords = nounWords(EVENT_WORDS.filter((w) => w !== SUMMIT));
/** Before an organisation (ORG) a summit only: its leaders' meeting (`قمة مجموعة العشرين`, `قمة حلف الناتو`). */
const SUMMIT_NOUNS: NounWords = nounWords([SUMMIT]);
const SOURCE = Object.freeze({ kind: 'pattern' as const, ref: 'event-named' });
const PRIORITY = 38;

/** Adjectives of an event that are no nisba (normalized): `المفتوحة` (open), `الكبرى`. */
const PLAIN_ADJECTIVES: readonly string[] = ['المفتوحه', 'الكبري'];
/** The relative pronouns that end in ي (normalized): they open a clause, no adjective. */
const RELATIVES: readonly string[] = ['الذي', 'اللذين', 'الذين'];
/** Adjectives after the place at most: `مهرجان القاهرة السينمائي الدولي`. */
const MAX_ADJECTIVES = 2;


/** Whether text[s, e) has the article. */
function definite(text: string, s: number, e: number): boolean {
  return e - s > 3 && text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM;
}

/** Whether text[s, e) is a definite adjective of an event: a nisba in ي or ية, or one of PLAIN_ADJECTIVES. */
function eventAdjective(text: string, s: number, e: number): boolean {
  if (!definite(text, s, e) || RELATIVES.some((w) => sameText(w, text, s, e))) return false;
  return definiteNisbaShape(text, s, e) || PLAIN_ADJECTIVES.some((w) => sameText(w, text, s, e));
}

/** Whether a year (1800–2099, see yearShaped) is the token after normalized offset `end`, one space between. */
function yearAfter(doc: Doc, end: number): boolean {
  if (doc.norm.text.charCodeAt(end) !== 0x20) return false;
  const t = tokenHolding(doc, end + 1);
  return doc.tokens.starts[t] === end + 1 && yearShaped(doc.norm.text, end + 1, doc.tokens.ends[t]!);
}

/**
 * Whether the known event `e` right before the place `c` names its edition held there: one
 * word without the article in the construct state with the place (`مونديال قطر`), or any name
 * with the year after the place (`كأس العالم قطر 2022`).
 */
function hostedEdition(doc: Doc, e: Candidate, c: Candidate): boolean {
  const text = doc.norm.text;
  if (e.label !== 'EVENT' || e.source.kind !== 'gazetteer' || e.candidates || !oneSpace(text, e.end, c.start)) return false;
  return (noSpace(text, e.start, e.end) && !definite(text, e.start, e.end)) || yearAfter(doc, c.end);
}

/**
 * `resolved` (sorted, non-overlapping) with each known place (GPE) right after an event noun
 * taken into an EVENT with the event's adjectives and purpose after it, the place nested.
 *
 * @example
 * ```ts
 * joinNamedEvents(prepareDoc('افتتح معرض الرياض الدولي للكتاب'), resolved); // EVENT ⊃ GPE الرياض
 * ```
 */
export function joinNamedEvents(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    let event: Candidate | undefined;
    const nouns = c.weak ? undefined : c.label === 'GPE' ? EVENT_NOUNS : c.label === 'LOC' ? REGION_EVENT_NOUNS : c.label === 'FAC' ? MASSACRE_NOUNS : c.label === 'ORG' ? SUMMIT_NOUNS : undefined;
    const from = nouns === undefined ? -1 : nounBefore(doc, resolved, i, nouns);
    if (from >= 0) {
      const next = resolved[i + 1];
      event = newCandidate(from, tailEnd(doc, tokenHolding(doc, c.end - 1), next === undefined ? text.length : next.start, MAX_ADJECTIVES, eventAdjective, definite), 'EVENT', PRIORITY, SOURCE);
      event.inner = [c];
    } else if (c.label === 'GPE' && !c.weak && i > 0 && hostedEdition(doc, resolved[i - 1]!, c)) {
      // The known event and its host are its edition, both nested (`مونديال قطر`).
      const known = resolved[i - 1]!;
      event = newCandidate(known.start, c.end, 'EVENT', PRIORITY, SOURCE);
      event.inner = [known, c];
      if (out) out.pop();
      else out = resolved.slice(0, i - 1);
    }
    if (event !== undefined) (out ??= resolved.slice(0, i)).push(event);
    else if (out) out.push(c);
  }
  return out ?? resolved;
}

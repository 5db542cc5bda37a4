// A nationality adjective that describes the noun before it (`الملف السوري`, `الحكومة
// السعودية`, `المسؤول الأمريكي`, `قوات إثيوبية`) names no group of people, and no Arabic corpus
// here tags it: of the nationalities this step drops, none is a gold entity of its own. In
// Wojood 40 are O and 27 lie inside a longer gold name, in NewsFANE 833 and 46, in WikiFANE
// 1,844 and 316 (and 6 old names of countries, `بلاد اسبانية`, are places there). Arabic
// shows which is which: a plural of things takes a singular feminine adjective (`الطائرات
// الإسرائيلية`), a plural of people a plural one (`الجنود الإسرائيليون`), so a singular
// adjective describes a thing or one person, and a plural one a group, which stays NORP. An
// adjective joined by و to one that describes its noun describes it too (`الإدارتين الأميركية
// والبريطانية`), and so does a masculine one after another nisba of an indefinite noun (`مصدر
// أمني عراقي`): nine and eleven such in the corpora, none a gold entity.
// Right after a title or an organisation the adjective joins it (`المذيعة البريطانية`,
// `صحيفة الجارديان البريطانية`), as Wojood spans them. Inside an entity (`وزير الخارجية
// الأمريكي`, `الحكومة الإسبانية`) the adjective stays nested.

import { tokenAt, type Doc } from '../doc.js';
import { ALEF, BA, FA, HA, KAF, LAM, WA, YA, spacesOnly } from '../tokenize/letters.js';
import { ARABIC } from '../tokenize/char-class.js';
import type { Candidate } from '../types.js';
import { stretchedOver } from './resolve-overlaps.js';

/** The entities that take in a nationality adjective right after them. */
const HOLDERS: ReadonlySet<string> = new Set(['OCC', 'ORG']);

/** Shortest definite word read as a noun: the article and two letters. */
const MIN_DEFINITE = 4;

/** Whether normalized text[s, e) ends as a singular nisba: ي, or يه (ة is folded into ه). */
function singularNisba(text: string, s: number, e: number): boolean {
  const last = text.charCodeAt(e - 1);
  return last === YA || (last === HA && e - s > 3 && text.charCodeAt(e - 2) === YA);
}

/**
 * Whether normalized text[s, e) is a definite word, after up to two proclitics
 * (`الحكومة`, `والحكومة`, `بالحكومة`, `للحكومة`).
 */
function definiteWord(text: string, s: number, e: number): boolean {
  let p = s;
  let c = text.charCodeAt(p);
  if (c === WA || c === FA) c = text.charCodeAt(++p);
  if (c === BA || c === KAF) c = text.charCodeAt(++p);
  // لل: ل and the article, whose alef is not written (للحكومة).
  if (c === LAM && text.charCodeAt(p + 1) === LAM) return e - p >= MIN_DEFINITE;
  return c === ALEF && text.charCodeAt(p + 1) === LAM && e - p >= MIN_DEFINITE;
}

/**
 * Whether outermost candidate `c` is a singular nationality adjective after the noun it
 * describes: definite after a definite word, or indefinite after an indefinite noun; or one
 * joined by و to such an adjective, which ends at `described` (`الوساطة القطرية والمصرية`:
 * both describe the mediation).
 */
function describesNoun(doc: Doc, c: Candidate, described: number): boolean {
  if (c.label !== 'NORP') return false;
  const text = doc.norm.text;
  const { starts, ends, kinds, count } = doc.tokens;
  // The ending first: it needs no search for the token.
  if (!singularNisba(text, c.start, c.end)) return false;
  if (described >= 0 && text.charCodeAt(c.start - 1) === WA) {
    // و glued to the adjective, as the whole token's first letter.
    const w = tokenAt(doc, c.start - 1);
    return w > 0 && starts[w] === c.start - 1 && ends[w] === c.end && ends[w - 1] === described && spacesOnly(text, described, c.start - 1);
  }
  const t = tokenAt(doc, c.start);
  // The adjective is a whole token with its article: after a proclitic (للفلسطيني) it is a noun.
  if (t === 0 || t >= count || starts[t] !== c.start || ends[t] !== c.end) return false;
  const p = t - 1;
  if (kinds[p] !== ARABIC || !spacesOnly(text, ends[p]!, c.start)) return false;
  const definite = text.charCodeAt(c.start) === ALEF && text.charCodeAt(c.start + 1) === LAM;
  if (definite) return definiteWord(text, starts[p]!, ends[p]!);
  // Indefinite: the feminine after any indefinite word (`قوات إثيوبية`, `مصادر لبنانية`); the
  // masculine only after a word shaped as a noun (`مسؤول عراقي`, `ضابط إسرائيلي`, `جندي
  // سوداني`), for after a verb, a quantifier or a number it is a person (`قتل فلسطيني`, `لكل
  // فلسطيني`, `آلاف روسي`), which Wojood tags.
  if (definiteWord(text, starts[p]!, ends[p]!)) return false;
  if (text.charCodeAt(c.end - 1) === HA || nounShape(text, starts[p]!, ends[p]!)) return true;
  // After another nisba of the same noun (`مصدر أمني عراقي`, `مسؤول عسكري أمريكي`).
  return p > 0 && ends[p]! - starts[p]! >= 4 && text.charCodeAt(ends[p]! - 1) === YA && kinds[p - 1] === ARABIC && spacesOnly(text, ends[p - 1]!, starts[p]!) && !definiteWord(text, starts[p - 1]!, ends[p - 1]!) && nounShape(text, starts[p - 1]!, ends[p - 1]!);
}

/**
 * Whether outermost candidate `c` is a singular definite nationality adjective right after
 * `before`, an organisation or title that ends in a name without the article (`شركة هواوي
 * الصينية`, `مراسل CNN الأمريكية`): a proper name is definite, and the adjective describes the
 * body it names, as after a definite word. Not before a person (`لاعب مانشستر البرتغالي
 * كريستيانو رونالدو`: the player's nationality), nor a masculine one after a feminine noun
 * (`وفد شركة توتال الفرنسي`: the delegation's).
 */
function describesProperName(doc: Doc, before: Candidate | undefined, c: Candidate, after: Candidate | undefined): boolean {
  if (before === undefined || c.label !== 'NORP' || !HOLDERS.has(before.label)) return false;
  const text = doc.norm.text;
  if (text.charCodeAt(c.start) !== ALEF || text.charCodeAt(c.start + 1) !== LAM || !singularNisba(text, c.start, c.end)) return false;
  const t = tokenAt(doc, c.start);
  const { starts, ends } = doc.tokens;
  if (t === 0 || starts[t] !== c.start || ends[t] !== c.end || ends[t - 1] !== before.end || !spacesOnly(text, before.end, c.start)) return false;
  if (after !== undefined && after.label === 'PERS' && spacesOnly(text, c.end, after.start)) return false;
  const first = tokenAt(doc, before.start);
  if (text.charCodeAt(c.end - 1) === YA && ends[first] !== undefined && ends[first]! - starts[first]! >= 3 && text.charCodeAt(ends[first]! - 1) === HA && first < t - 1) return false;
  // The name's last word has no article (a definite one was read by describesNoun).
  return !definiteWord(text, starts[t - 1]!, ends[t - 1]!);
}

/**
 * Whether outermost candidate `c` is a singular indefinite nationality adjective right after
 * the occupation `before` (`فيلسوف مغربي`, `مؤرخ مصري`): it describes the person the occupation
 * names, whatever the noun's shape.
 */
function describesOccupation(doc: Doc, before: Candidate | undefined, c: Candidate): boolean {
  if (before === undefined || before.label !== 'OCC' || c.label !== 'NORP') return false;
  const text = doc.norm.text;
  if (text.charCodeAt(c.start) === ALEF && text.charCodeAt(c.start + 1) === LAM) return false;
  if (!singularNisba(text, c.start, c.end) || !spacesOnly(text, before.end, c.start)) return false;
  const t = tokenAt(doc, c.start);
  const { starts, ends } = doc.tokens;
  return t > 0 && starts[t] === c.start && ends[t] === c.end && ends[t - 1] === before.end;
}

/** Scale words: the nisba after them is the people counted (`37 مليون إيراني`). */
const SCALES: ReadonlySet<string> = new Set(['مليون', 'ملايين', 'مليار', 'الف', 'الاف', 'مئات', 'عشرات', 'مائه', 'مئه']);

/** A noun by its shape: a participle in م (مسؤول, متحدث), a فاعل (ضابط, ناطق), a nisba (جندي, دبلوماسي). */
function nounShape(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (SCALES.has(text.slice(s, e))) return false;
  if (n >= 4 && text.charCodeAt(s) === 0x0645) return true; // م
  if (n === 4 && text.charCodeAt(s + 1) === ALEF) return true;
  // Not a verb with the pronoun ني (وضعني) or an imperfect (يقولي).
  const c0 = text.charCodeAt(s);
  return n >= 4 && text.charCodeAt(e - 1) === YA && text.charCodeAt(e - 2) !== 0x0646 && c0 !== YA && c0 !== 0x062a;
}

/**
 * Drops the outermost NORP candidates that are a singular nationality adjective describing the
 * noun before them, or joins them to the title or organisation they follow. Run after
 * linking, which reads them as context.
 *
 * @example
 * ```ts
 * dropDescriptiveAdjectives(prepareDoc('الملف السوري'), resolved);      // السوري: dropped
 * dropDescriptiveAdjectives(prepareDoc('الجنود الإسرائيليين'), resolved); // stays NORP
 * ```
 */
export function dropDescriptiveAdjectives(doc: Doc, resolved: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  // The end of the last adjective that described its noun: one joined to it by و does too.
  let described = -1;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    if (!describesNoun(doc, c, described) && !describesProperName(doc, resolved[i - 1], c, resolved[i + 1]) && !describesOccupation(doc, resolved[i - 1], c)) {
      if (out) out.push(c);
      continue;
    }
    described = c.end;
    out ??= resolved.slice(0, i);
    const before = out[out.length - 1];
    if (before !== undefined && before.end === doc.tokens.ends[tokenAt(doc, c.start) - 1] && HOLDERS.has(before.label)) out[out.length - 1] = stretchedOver(before, c);
  }
  return out ?? resolved;
}

// A person the gazetteer knows only by a weak alias (a family name that is also a word:
// الأسد "the lion", صدام "clash", بري "land") is that person where a title reads it: the title
// rule's OCC ends right before the word (`الرئيس الأسد`, `رئيس البرلمان اللبناني بري`). The
// title says a name follows; the gazetteer says whose it is.

import type { Doc } from '../doc.js';
import type { Candidate } from '../types.js';

/** Rules whose OCC is a title that a person's name follows. */
const TITLE_RULES: ReadonlySet<string> = new Set(['occ-title-person']);

/** Whether only spaces lie between normalized offsets `from` and `to` (at least one). */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

/**
 * Whether `c` is one definite word in ي: after a title such a word is mostly an adjective
 * describing it (`الحاكم العثماني`, `السلطان المنفي`), though a person has it as family name.
 */
function definiteNisba(text: string, c: Candidate): boolean {
  if (!text.startsWith('\u0627\u0644', c.start) || text.charCodeAt(c.end - 1) !== 0x064a) return false; // ال … ي
  const space = text.indexOf(' ', c.start);
  return space < 0 || space >= c.end;
}

/**
 * Makes the weak person candidates that follow a title strong. `cands` are all candidates
 * (the titles among them); `weak` the weak ones.
 *
 * @example
 * ```ts
 * // 'وأكد الرئيس الأسد أن': the weak الأسد (a person) becomes strong after the OCC الرئيس.
 * strengthenTitledPersons(doc, weak, cands);
 * ```
 */
export function strengthenTitledPersons(doc: Doc, weak: readonly Candidate[], cands: readonly Candidate[]): void {
  let titleEnds: number[] | undefined;
  const text = doc.norm.text;
  for (const c of weak) {
    if (!c.weak || c.label !== 'PERS' || definiteNisba(text, c)) continue;
    if (titleEnds === undefined) {
      titleEnds = [];
      for (const k of cands) if (k.label === 'OCC' && k.source.kind === 'pattern' && TITLE_RULES.has(k.source.ref)) titleEnds.push(k.end);
    }
    for (const end of titleEnds) {
      if (end < c.start && spacesOnly(text, end, c.start)) {
        c.weak = false;
        break;
      }
    }
  }
}

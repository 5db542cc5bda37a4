// Names read after a title or trigger noun run until a stop word; when the gazetteer knows
// where a name ends, it is right: "سيرجي لافروف هجوم الفدية" after نظيره is cut back to the
// gazetteer's "سيرجي لافروف", and a pattern name never swallows a known entity of another kind.
// Titles (OCC) may contain known entities (a nationality, an organisation) but never cut one.

import { tokenAt, type Doc } from '../doc.js';
import { NAME_TOKENS_RULE } from '../patterns/name-tokens.js';
import type { Candidate, Label } from '../types.js';

const NAME_LABELS: ReadonlySet<Label> = new Set(['PERS', 'ORG', 'GPE', 'LOC', 'FAC']);

/**
 * Known entities an organisation's name may contain after its first word: the country or
 * nationality it belongs to (وزارة الداخلية الأردنية, إذاعة صوت فلسطين).
 */
const ORG_PARTS: ReadonlySet<Label> = new Set(['NORP', 'GPE']);

/** End of the last token that ends at or before `pos` (normalized offsets). */
function tokenEndBefore(doc: Doc, pos: number): number {
  const t = tokenAt(doc, pos);
  return t > 0 ? doc.tokens.ends[t - 1]! : pos;
}

/** Start of the first token that starts at or after `pos` (normalized offsets). */
function tokenStartAfter(doc: Doc, pos: number): number {
  return doc.tokens.starts[tokenAt(doc, pos)]!;
}

/** Number of tokens that start within [start, end). */
function tokensIn(doc: Doc, start: number, end: number): number {
  let n = 0;
  for (let t = tokenAt(doc, start); t < doc.tokens.count && doc.tokens.starts[t]! < end; t++) n++;
  return n;
}

/** True when [start, end) lies within one token. */
function singleToken(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (doc.norm.text.charCodeAt(i) === 0x20) return false;
  return true;
}

/**
 * Cuts pattern-found names at the boundaries of strong gazetteer matches. Returns a new list;
 * names cut to nothing are dropped.
 */
export function trimToKnownNames(doc: Doc, cands: readonly Candidate[]): Candidate[] {
  const known = cands.filter((c) => c.source.kind === 'gazetteer' && !c.weak).sort((a, b) => a.start - b.start);
  if (known.length === 0) return [...cands];
  const out: Candidate[] = [];
  for (const c of cands) {
    const title = c.label === 'OCC';
    if (c.source.kind !== 'pattern' || (!NAME_LABELS.has(c.label) && !title)) {
      out.push(c);
      continue;
    }
    let end = c.end;
    // First known name starting at or after c.start.
    let lo = 0;
    let hi = known.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (known[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < known.length && known[i]!.start < end; i++) {
      const g = known[i]!;
      if (title) {
        // A title may hold a nationality or an organisation, never part of a known name.
        if (g.start > c.start && g.end > end) end = tokenEndBefore(doc, g.start);
      } else if (g.start === c.start) {
        // The same kind: the gazetteer knows where the name ends. Another kind (a country
        // where a person's name was read): the rule misread, the known entity stands.
        if (g.label === c.label) {
          // A known person followed by two or more tokens of the name lexicon: a second person
          // named right after the first (وأفادت ساكي جيف زيليني), read on its own.
          if (c.source.ref === NAME_TOKENS_RULE && g.end < end && tokensIn(doc, g.end, end) >= 2) out.push({ ...c, start: tokenStartAfter(doc, g.end) });
          if (g.end < end) end = g.end;
        } else if (g.end <= end) {
          end = c.start;
        }
      } else if (g.label !== c.label && singleToken(doc, c.start, g.start)) {
        // A known entity of another kind after a proclitic of the first token (بدمشق,
        // لحماس): the rule read a preposition and a name as a name.
        end = c.start;
      } else if (g.end > end || (g.label !== c.label && !(c.label === 'ORG' && ORG_PARTS.has(g.label)))) {
        end = tokenEndBefore(doc, g.start);
      }
    }
    if (end <= c.start) continue;
    // Organisation and place rules span their trigger noun (مطار, منطقة): cut back to one
    // token, only the trigger noun is left, which names nothing.
    if (end !== c.end && !title && c.label !== 'PERS' && singleToken(doc, c.start, end)) continue;
    out.push(end === c.end ? c : { ...c, end });
  }
  return out;
}

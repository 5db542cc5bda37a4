// A general office (`المدير العام`, `الأمين العام`) is always some body's, and Wojood spans
// the title with that body: `المدير العام للأمن الوطني`, `الأمين العام للحزب`. When the body is
// a known organisation, joinTitlePlaces nests it; a body no stage knows is a definite noun glued
// to ل and its adjectives, which the title rule cannot read (its RegExp is at V8's size limit).

import { tokenAt, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { definiteNisbaShape, LAM, oneSpace } from '../tokenize/letters.js';
import type { Candidate } from '../types.js';
import { spanOf } from './resolve-overlaps.js';

const GENERAL = normalizeKey('العام');
/** Adjectives of the body after its noun at most (`للأمن الوطني`, `للشؤون السياسية الخارجية`). */
const MAX_ADJECTIVES = 2;

/** Whether the title `c` ends with the word العام. */
function generalOffice(text: string, c: Candidate): boolean {
  const s = c.end - GENERAL.length;
  return s > c.start && text.charCodeAt(s - 1) === 0x20 && text.startsWith(GENERAL, s);
}

/**
 * `resolved` (sorted, non-overlapping) with each general office (OCC ending in العام) followed
 * by ل and a definite noun (`للأمن`, written لل) extended over that noun and its nisba
 * adjectives, up to the next entity.
 *
 * @example
 * ```ts
 * extendGeneralOffices(prepareDoc('وقال المدير العام للأمن الوطني إن'), resolved); // OCC المدير العام للأمن الوطني
 * ```
 */
export function extendGeneralOffices(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  const { starts, ends, count } = doc.tokens;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    let end = c.end;
    if (c.label === 'OCC' && generalOffice(text, c)) {
      const limit = i + 1 < resolved.length ? resolved[i + 1]!.start : text.length;
      let t = tokenAt(doc, c.end);
      // لل + a noun of three letters or more: ل before the article, whose alef is not written.
      if (t < count && ends[t]! <= limit && oneSpace(text, c.end, starts[t]!) && ends[t]! - starts[t]! >= 5 && text.charCodeAt(starts[t]!) === LAM && text.charCodeAt(starts[t]! + 1) === LAM) {
        end = ends[t]!;
        for (let k = 0; k < MAX_ADJECTIVES && ++t < count && ends[t]! <= limit && oneSpace(text, end, starts[t]!) && definiteNisbaShape(text, starts[t]!, ends[t]!); k++) end = ends[t]!;
      }
    }
    if (end !== c.end) (out ??= resolved.slice(0, i)).push(spanOf(c, c.start, end));
    else if (out) out.push(c);
  }
  return out ?? resolved;
}

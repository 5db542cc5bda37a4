// The words that end a name read after a noun and the entity it is named after (an event after
// its place, an organisation after its city): its adjectives, then its purpose with ل and the
// article and one more word joined to that by و (`معرض الرياض الدولي للكتاب`, `شركة جدة
// للتنمية والاستثمار`). The steps differ only in what they take for an adjective.

import type { Doc } from '../doc.js';
import { LAM, oneSpace, WA } from '../tokenize/letters.js';

/** A test of the normalized word text[s, e). */
export type WordTest = (text: string, s: number, e: number) => boolean;

/** Whether text[s, e) is a purpose with ل and the article (`للكتاب`): لل and three letters or more. */
export function purposeWord(text: string, s: number, e: number): boolean {
  return e - s >= 5 && text.charCodeAt(s) === LAM && text.charCodeAt(s + 1) === LAM;
}

/**
 * The end of the name after its entity, which ends at token `last`: up to `maxAdjectives` words
 * that `adjective` takes, then a purpose and one more word after و that `joined` takes (read
 * without the و); `limit` is where the next entity starts.
 */
export function tailEnd(doc: Doc, last: number, limit: number, maxAdjectives: number, adjective: WordTest, joined: WordTest): number {
  const { starts, ends, count } = doc.tokens;
  const text = doc.norm.text;
  let u = last;
  const next = (): boolean => u + 1 < count && ends[u + 1]! <= limit && oneSpace(text, ends[u]!, starts[u + 1]!);
  for (let k = 0; k < maxAdjectives && next() && adjective(text, starts[u + 1]!, ends[u + 1]!); k++) u++;
  if (next() && purposeWord(text, starts[u + 1]!, ends[u + 1]!)) {
    u++;
    if (next() && text.charCodeAt(starts[u + 1]!) === WA && joined(text, starts[u + 1]! + 1, ends[u + 1]!)) u++;
  }
  return ends[u]!;
}

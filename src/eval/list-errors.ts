// Lists the disagreements of one sentence for study: false positives, false negatives
// and wrong types (same span, other type), each with the sentence around it.
import type { Chunk } from './chunks.js';
import type { SentenceText } from './sentence-text.js';

/** `fp`: predicted, no gold chunk with that span; `fn`: gold, no prediction with that span; `type`: same span, other type. */
export type ErrorKind = 'fp' | 'fn' | 'type';

/** One scoring error. */
export interface ScoringError {
  kind: ErrorKind;
  /** Index of the sentence in its file (0-based). */
  sentence: number;
  /** Token range `[start, end)` of the chunk in its sentence. */
  tokens: [number, number];
  /** The chunk's text (tokens joined by spaces). */
  text: string;
  /** Gold type (fn, type). */
  gold?: string;
  /** Predicted type (fp, type). */
  predicted?: string;
  /** For fp and fn: the chunk on the other side that overlaps this one, if any (a boundary error). */
  overlap?: { text: string; type: string };
  /** The sentence with the chunk in `[…]`, cut to a window around it. */
  context: string;
}

const WINDOW = 60;

/** Compares one sentence's chunks and returns its errors, in text order. */
export function listErrors(
  gold: readonly Chunk[],
  predicted: readonly Chunk[],
  sentence: SentenceText,
  sentenceIndex: number,
): ScoringError[] {
  const errors: ScoringError[] = [];
  const textOf = (chunk: Chunk): string =>
    sentence.text.slice(spanStart(sentence, chunk), spanEnd(sentence, chunk));
  const sameSpan = (a: Chunk, b: Chunk): boolean => a.start === b.start && a.end === b.end;
  const overlapping = (a: Chunk, list: readonly Chunk[]): Chunk | undefined =>
    list.find((b) => b.start < a.end && a.start < b.end);
  const base = (chunk: Chunk): Pick<ScoringError, 'sentence' | 'tokens' | 'text' | 'context'> => ({
    sentence: sentenceIndex,
    tokens: [chunk.start, chunk.end],
    text: textOf(chunk),
    context: contextOf(sentence, chunk),
  });

  for (const p of predicted) {
    const g = gold.find((c) => sameSpan(c, p));
    if (g && g.type === p.type) continue;
    if (g) {
      errors.push({ kind: 'type', ...base(p), gold: g.type, predicted: p.type });
      continue;
    }
    const other = overlapping(p, gold);
    errors.push({
      kind: 'fp',
      ...base(p),
      predicted: p.type,
      ...(other ? { overlap: { text: textOf(other), type: other.type } } : {}),
    });
  }
  for (const g of gold) {
    if (predicted.some((p) => sameSpan(p, g))) continue;
    const other = overlapping(g, predicted);
    errors.push({
      kind: 'fn',
      ...base(g),
      gold: g.type,
      ...(other ? { overlap: { text: textOf(other), type: other.type } } : {}),
    });
  }
  return errors.sort((a, b) => a.tokens[0] - b.tokens[0] || a.tokens[1] - b.tokens[1]);
}

function spanStart(sentence: SentenceText, chunk: Chunk): number {
  return sentence.spans[chunk.start]?.start ?? 0;
}

function spanEnd(sentence: SentenceText, chunk: Chunk): number {
  return sentence.spans[chunk.end - 1]?.end ?? sentence.text.length;
}

function contextOf(sentence: SentenceText, chunk: Chunk): string {
  const start = spanStart(sentence, chunk);
  const end = spanEnd(sentence, chunk);
  // Cut the window at spaces so that no word is shown truncated.
  let from = Math.max(0, start - WINDOW);
  if (from > 0) from = Math.min(start, sentence.text.indexOf(' ', from) + 1 || start);
  let to = Math.min(sentence.text.length, end + WINDOW);
  if (to < sentence.text.length) to = Math.max(end, sentence.text.lastIndexOf(' ', to));
  return (
    (from > 0 ? '… ' : '') +
    sentence.text.slice(from, start) +
    '[' +
    sentence.text.slice(start, end) +
    ']' +
    sentence.text.slice(end, to) +
    (to < sentence.text.length ? ' …' : '')
  );
}

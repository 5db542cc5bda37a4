// CoNLL output: one token per line with a BIO tag, a blank line between sentences.
// Tokens are spans of the ORIGINAL text (harakat and tatweel stay inside their word), split
// at entity boundaries so that a proclitic outside an entity (`و` in `وروسيا`) is its own token.

import { normalize, toOriginalSpan } from '../normalize/normalize.js';
import { tokenizeStream } from '../tokenize/tokenize.js';
import { splitNested, type RenderDocument } from './render-document.js';

/** A token of the original text with its BIO tag. */
export interface TaggedToken {
  start: number;
  end: number;
  text: string;
  /** `O`, `B-<LABEL>` or `I-<LABEL>`. */
  tag: string;
}

// Sentence-final punctuation: . ! ? ؟ (U+061F) ۔ (U+06D4) … (U+2026)
const SENTENCE_END = /^[.!?\u061F\u06D4\u2026]+$/;

/**
 * Tokens of `doc.text` with BIO tags from its outermost entities, grouped into sentences
 * (split at line breaks and after sentence-final punctuation). Nested entities are not
 * tagged: BIO has one tag per token.
 *
 * @example
 * ```ts
 * const text = 'وزار بايدن روسيا.';
 * tagTokens({ text, entities: extract(text) });
 * // [[{ text: 'و', tag: 'O' }, { text: 'زار', tag: 'O' }, { text: 'بايدن', tag: 'B-PERS' },
 * //   { text: 'روسيا', tag: 'B-GPE' }, { text: '.', tag: 'O' }]]   (offsets omitted)
 * ```
 */
export function tagTokens(doc: RenderDocument): TaggedToken[][] {
  const { text } = doc;
  const norm = normalize(text);
  const stream = tokenizeStream(norm.text);
  const { outer } = splitNested(doc.entities);
  const sentences: TaggedToken[][] = [];
  let sentence: TaggedToken[] = [];
  let e = 0; // next entity that can still cover a token
  let prevEnd = 0;
  let ended = false; // the last token closed a sentence, unless more closing punctuation follows
  const push = (start: number, end: number): void => {
    while (e < outer.length && outer[e]!.end <= start) e++;
    const ent = outer[e];
    let tag = 'O';
    if (ent && ent.start <= start && end <= ent.end) tag = `${ent.start === start ? 'B' : 'I'}-${ent.label}`;
    sentence.push({ start, end, text: text.slice(start, end), tag });
  };
  for (let t = 0; t < stream.count; t++) {
    const span = toOriginalSpan(norm, stream.starts[t]!, stream.ends[t]!);
    const closing = SENTENCE_END.test(text.slice(span.start, span.end));
    if (sentence.length > 0 && ((ended && !closing) || text.slice(prevEnd, span.start).includes('\n'))) {
      sentences.push(sentence);
      sentence = [];
    }
    // Cut the token wherever an entity starts or ends strictly inside it.
    let from = span.start;
    for (let k = e; k < outer.length && outer[k]!.start < span.end; k++) {
      for (const cut of [outer[k]!.start, outer[k]!.end]) {
        if (cut > from && cut < span.end) {
          push(from, cut);
          from = cut;
        }
      }
    }
    push(from, span.end);
    prevEnd = span.end;
    ended = closing && sentence[sentence.length - 1]!.tag === 'O';
  }
  if (sentence.length > 0) sentences.push(sentence);
  return sentences;
}

/**
 * Renders a document as CoNLL: `TOKEN<TAB>TAG` lines, a blank line after each sentence.
 * With `docstart`, a `-DOCSTART-<TAB>id<TAB>O` line comes first (readable by `kashf eval`,
 * which takes the first column as token and the last as tag).
 *
 * @example
 * ```ts
 * renderConll({ text: 'قال بايدن', entities: extract('قال بايدن') });
 * // 'قال\tO\nبايدن\tB-PERS\n\n'
 * ```
 */
export function renderConll(doc: RenderDocument, options: { docstart?: boolean } = {}): string {
  const out: string[] = [];
  if (options.docstart) out.push(`-DOCSTART-\t${oneLine(doc.id ?? '')}\tO`, '');
  for (const sentence of tagTokens(doc)) {
    for (const tok of sentence) out.push(`${tok.text}\t${tok.tag}`);
    out.push('');
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

function oneLine(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

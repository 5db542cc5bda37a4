// The title of a book, a film or a song, quoted after its noun (`كتاب "مئة عام من العزلة"`,
// `فيلم «1917»`, `مقال بعنوان "2020 عام التحولات"`), is a name: the number or the date its
// words spell is no amount or time of the text. Names in a title (a person, a place) are
// left as they are: the corpora tag them.

import { tokenHolding, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { procliticLetter } from '../tokenize/letters.js';
import type { Candidate, Label } from '../types.js';

/** Nouns of works, and بعنوان (entitled), before a quoted title (normalized). */
const WORK_NOUNS: ReadonlySet<string> = new Set(
  ['كتاب', 'رواية', 'فيلم', 'مسلسل', 'أغنية', 'قصيدة', 'مسرحية', 'ديوان', 'ألبوم', 'برنامج', 'مقال', 'مقالة', 'دراسة', 'تقرير', 'معرض']
    .flatMap((w) => [w, 'ال' + w])
    .concat(['عنوان', 'بعنوان', 'تحت عنوان'])
    .map(normalizeKey),
);

/** The labels of what a title's words may spell and no title's word is. */
const SPELLED: ReadonlySet<Label> = new Set(['DATE', 'TIME', 'CARDINAL', 'ORDINAL', 'PERCENT', 'QUANTITY', 'MONEY', 'UNIT', 'CURR']);

/** Opening quotation marks and the mark that closes each. */
const QUOTES: ReadonlyMap<number, number> = new Map([
  [0x22, 0x22], // " "
  [0xab, 0xbb], // « »
  [0x201c, 0x201d], // “ ”
]);

/** Most code units between a title's opening mark and a candidate in it, or the closing mark. */
const MAX_TITLE = 120;

/** Whether token `t` is a work noun, after at most one proclitic (`وكتاب`, `بفيلم`). */
function workNoun(doc: Doc, t: number): boolean {
  const text = doc.norm.text;
  const s = doc.tokens.starts[t]!;
  const e = doc.tokens.ends[t]!;
  const word = text.slice(s, e);
  if (WORK_NOUNS.has(word)) return true;
  if (procliticLetter(text.charCodeAt(s)) && WORK_NOUNS.has(word.slice(1))) return true;
  // `تحت عنوان`: two tokens.
  return t > 0 && word === TITLE_NOUN && WORK_NOUNS.has(text.slice(doc.tokens.starts[t - 1]!, e));
}

const TITLE_NOUN = normalizeKey('عنوان');

/** Whether candidate `c` lies inside quotation marks that open right after a work noun, on one line. */
function inWorkTitle(doc: Doc, c: Candidate): boolean {
  const text = doc.norm.text;
  let open = c.start - 1;
  for (; open >= 0 && c.start - open <= MAX_TITLE; open--) {
    const m = text.charCodeAt(open);
    if (m === 0x0a || m === 0xbb || m === 0x201d) return false; // a line break, or a closing mark: outside
    if (QUOTES.has(m)) break;
  }
  if (open < 0 || c.start - open > MAX_TITLE) return false;
  const t = tokenHolding(doc, open);
  if (t <= 0 || doc.tokens.starts[t] !== open || !workNoun(doc, t - 1)) return false;
  const close = QUOTES.get(text.charCodeAt(open))!;
  for (let i = c.end; i < text.length && i - c.end <= MAX_TITLE; i++) {
    const k = text.charCodeAt(i);
    if (k === close) return true;
    if (k === 0x0a) return false;
  }
  return false;
}

/**
 * Drops the numbers, dates and amounts that lie inside a work's quoted title (see above).
 *
 * @example
 * ```ts
 * // 'قرأت كتاب "مئة عام من العزلة"': the DATE مئة عام is dropped.
 * dropWorkTitleNumbers(doc, resolved);
 * ```
 */
export function dropWorkTitleNumbers(doc: Doc, resolved: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    if (SPELLED.has(c.label) && inWorkTitle(doc, c)) {
      out ??= resolved.slice(0, i);
      continue;
    }
    if (out) out.push(c);
  }
  return out ?? resolved;
}

// The document as every matching stage sees it: normalized text, its offset map, and tokens.

import { normalize, type NormalizedText } from './normalize/normalize.js';
import { tokenizeStream, type TokenStream } from './tokenize/tokenize.js';
import { sameText } from './tokenize/token-hash.js';

/** A prepared document: built once per `extract` call and shared by all stages. */
export interface Doc {
  readonly norm: NormalizedText;
  readonly tokens: TokenStream;
}

/**
 * Normalizes and tokenizes text: what every matching stage (and a plugin) receives.
 *
 * @example
 * ```ts
 * const doc = prepareDoc('وقال بوتينُ');
 * doc.norm.text;       // 'وقال بوتين'
 * doc.tokens.count;    // 2
 * ```
 */
export function prepareDoc(input: string): Doc {
  const norm = normalize(input);
  return { norm, tokens: tokenizeStream(norm.text) };
}

/** Whether the text writes أ, إ or آ at normalized offset `pos` (normalization folds them into ا). */
export function writtenHamzaAlef(doc: Doc, pos: number): boolean {
  const c = doc.norm.input.charCodeAt(doc.norm.starts[pos]!);
  return c === 0x0623 || c === 0x0625 || c === 0x0622; // أ إ آ
}

/**
 * Whether the text writes a tanween (ً ٌ ٍ) on one of the last two letters of the word that
 * ends at normalized offset `e` (`سلبياً`, `رسميًا`): an indefinite word, never a name.
 */
export function writtenTanween(doc: Doc, e: number): boolean {
  const { input, starts, text } = doc.norm;
  if (e < 2) return false;
  const to = e < text.length ? starts[e]! : input.length;
  for (let i = starts[e - 2]! + 1; i < to; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x064b && c <= 0x064d) return true;
  }
  return false;
}

/**
 * Whether the token at normalized [s, e) is a proclitic ف, ب, ل or ك, or also و when
 * `withWa`, before a word the text begins with أ, إ or آ (`بأول`, `لإيران`, `وأنقرة`): a
 * proclitic and a word, though normalized the whole token may spell a name (`باول`, Powell).
 */
export function procliticBeforeHamza(doc: Doc, s: number, e: number, withWa = true): boolean {
  const text = doc.norm.text;
  if (e - s < 3 || text.charCodeAt(s + 1) !== 0x0627) return false;
  const c = text.charCodeAt(s);
  if (c !== 0x0641 && c !== 0x0628 && c !== 0x0644 && c !== 0x0643 && !(withWa && c === 0x0648)) return false;
  if (c === 0x0643 && cupWord(text, s, e)) return false;
  return writtenHamzaAlef(doc, s + 1);
}

/**
 * Whether normalized text[s, e) is `كأس` (cup), `كأسا` or `كأسه`: a word whose ك is a root
 * letter, as in `كأس العالم`, not the preposition (`كأسد`, like a lion, is longer).
 */
function cupWord(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(s + 2) !== 0x0633) return false; // س
  const n = e - s;
  return n === 3 || (n === 4 && (text.charCodeAt(e - 1) === 0x0627 || text.charCodeAt(e - 1) === 0x0647)); // ا ه
}

/**
 * The normalized text of token `t`.
 *
 * @example
 * ```ts
 * tokenText(prepareDoc('الأمم المتحدة'), 0); // 'الامم'
 * ```
 */
export function tokenText(doc: Doc, t: number): string {
  return doc.norm.text.slice(doc.tokens.starts[t]!, doc.tokens.ends[t]!);
}

/**
 * Index of the first token starting at or after normalized offset `pos` (binary search).
 *
 * @example
 * ```ts
 * tokenAt(prepareDoc('بايدن في روسيا'), 6); // 1 — the token في
 * ```
 */
export function tokenAt(doc: Doc, pos: number): number {
  const { starts } = doc.tokens;
  let lo = 0;
  let hi = doc.tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the token that starts one space after normalized offset `pos` (a word's end), or -1:
 * the word right after another.
 *
 * @example
 * ```ts
 * tokenAfterSpace(prepareDoc('مدينة العلمين الجديدة'), 13); // 2 — the token الجديدة
 * ```
 */
export function tokenAfterSpace(doc: Doc, pos: number): number {
  if (doc.norm.text.charCodeAt(pos) !== 0x20) return -1;
  const t = tokenAt(doc, pos + 1);
  return t < doc.tokens.count && doc.tokens.starts[t] === pos + 1 ? t : -1;
}

/** جدا and للغاية (normalized): adverbs of degree, which follow an adjective, never a name. */
const DEGREE_ADVERBS: readonly string[] = ['\u062c\u062f\u0627', '\u0644\u0644\u063a\u0627\u064a\u0647'];

/**
 * Whether the word one space after normalized offset `pos` is an adverb of degree (`جدا`,
 * `للغاية`): the word before it is an adjective (`كان اللاعب سعيد جدا`), not a name.
 *
 * @example
 * ```ts
 * degreeAdverbAfter(prepareDoc('كان سعيد جدا'), 8); // true
 * ```
 */
export function degreeAdverbAfter(doc: Doc, pos: number): boolean {
  const t = tokenAfterSpace(doc, pos);
  return t >= 0 && DEGREE_ADVERBS.some((w) => sameText(w, doc.norm.text, doc.tokens.starts[t]!, doc.tokens.ends[t]!));
}

/**
 * Index of the token holding normalized offset `pos`: the one that starts there, or the one
 * it lies inside, after a proclitic (`بروسيا` for روسيا); -1 before the first token.
 *
 * @example
 * ```ts
 * tokenHolding(prepareDoc('زار بروسيا'), 5); // 1 — the token بروسيا
 * ```
 */
export function tokenHolding(doc: Doc, pos: number): number {
  const t = tokenAt(doc, pos);
  return t >= doc.tokens.count || doc.tokens.starts[t]! > pos ? t - 1 : t;
}

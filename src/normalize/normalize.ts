// Arabic normalization with an offset map, in one pass over the input.
// Matching and compiling share this single profile; its name is recorded in compiled data.

import { takeRegion } from '../slab.js';
import { buildCharMap, DROP_MARK, EXPAND, JOIN, KEEP, type CharMap } from './charmap.js';

/**
 * Name of the normalization profile; compiled gazetteers record it, and data built with
 * another profile is recompiled rather than trusted.
 *
 * @example
 * ```ts
 * NORMALIZATION_PROFILE; // 'kashf-ar-2': أ إ آ ٱ → ا, ى → ي, ة → ه, no harakat, a letter thrice or more once
 * ```
 */
export const NORMALIZATION_PROFILE = 'kashf-ar-2';

// Local copies: the hot loop must not read constants through module bindings.
const KEEP_ = KEEP;
const EXPAND_ = EXPAND;
const DROP_MARK_ = DROP_MARK;
const JOIN_ = JOIN;

/**
 * Normalized text with its offset map back to the original.
 * Normalized code unit `k` came from the original code unit at `starts[k]`.
 */
export interface NormalizedText {
  /** The caller's original string, unchanged. */
  readonly input: string;
  /** The normalized string used for matching. */
  readonly text: string;
  /** For each normalized code unit, the original offset it came from. */
  readonly starts: Int32Array;
}

let charMap: CharMap | undefined;

function getCharMap(): CharMap {
  return (charMap ??= buildCharMap());
}

/**
 * Normalizes Arabic text for matching and keeps an exact offset map.
 *
 * Removes harakat, Quranic marks, superscript alef, tatweel, bidi controls and zero-width
 * characters; folds alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه, Persian letter forms and Arabic
 * presentation forms to base letters; Arabic-Indic and Persian digits to ASCII; Latin to
 * lower case; Unicode spaces, and an underscore between Arabic letters (a hashtag's
 * `#محمد_صلاح`), to a plain space; a letter written three times or more in a row, which
 * lengthens a word in social posts (`مصرررر`, `جداااا`), to one, as Arabic spells no letter
 * so. Linear in the input.
 *
 * @example
 * ```ts
 * const n = normalize('أَحْمَدُ');
 * n.text;                       // 'احمد'
 * toOriginalSpan(n, 0, 4);      // { start: 0, end: 8 } — the final damma belongs to the name
 * ```
 */
export function normalize(input: string): NormalizedText {
  if (typeof input !== 'string') throw new TypeError(`normalize: expected a string, got ${typeof input}`);
  const { table, expansions } = getCharMap();
  const n = input.length;
  // Expansions (ligatures) are rare: start with room for n and grow only when one occurs.
  let cap = n;
  // One buffer for both columns: a typed array of its own each costs an allocation more.
  const { buffer: buf, offset } = takeRegion(cap * 6);
  let starts = new Int32Array(buf, offset, cap);
  let out = new Uint16Array(buf, offset + cap * 4, cap);
  let k = 0;
  let surrogates = false;
  // The output length right after a run of one letter was collapsed (see elongation), or -1.
  let collapsedAt = -1;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const m = table[c]!;
    if (m === KEEP_ || m < JOIN_) {
      // The code unit itself, or the one it folds to (no mapping yields a surrogate).
      const x = m === KEEP_ ? c : m;
      // Rarely true: the same unit twice in a row.
      if (k > 0 && out[k - 1] === x && arabicLetter(x)) {
        if (k === collapsedAt) continue;
        if (k >= 2 && out[k - 2] === x) {
          collapsedAt = --k;
          continue;
        }
      }
      out[k] = x;
      starts[k++] = i;
      if ((x & 0xf800) === 0xd800) surrogates = true;
    } else if (m === JOIN_) {
      out[k] = underscore(table, k > 0 ? out[k - 1]! : 0, i + 1 < n ? input.charCodeAt(i + 1) : 0);
      starts[k++] = i;
    } else if (m === EXPAND_) {
      const s = expansions.get(c)!;
      // Room for the expansion and for every code unit still to come.
      const need = k + s.length + (n - i - 1);
      if (need > cap) {
        cap = Math.max(cap * 2, need + 16);
        const o = new Uint16Array(cap); o.set(out.subarray(0, k)); out = o;
        const st = new Int32Array(cap); st.set(starts.subarray(0, k)); starts = st;
      }
      for (let j = 0; j < s.length; j++) {
        out[k] = s.charCodeAt(j);
        starts[k++] = i;
      }
    }
    // DROP_MARK and DROP_FORMAT: the code unit produces nothing; see toOriginalSpan.
  }
  const text = !surrogates && UTF16 !== undefined ? UTF16.decode(out.subarray(0, k)) : decode(out, k);
  return { input, text, starts: k === cap ? starts : starts.subarray(0, k) };
}

/** An Arabic letter after normalization (ء to ي, and the letters of other languages' forms). */
function arabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3);
}

/**
 * What an underscore becomes after the normalized code unit `prev` and before the original
 * code unit `next` (0 at either end of the text): a space between two Arabic letters, else
 * itself (see JOIN).
 */
function underscore(table: Uint16Array, prev: number, next: number): number {
  const n = table[next]!;
  return arabicLetter(prev) && arabicLetter(n === KEEP_ ? next : n) ? 0x20 : 0x5f;
}

/**
 * The platform's UTF-16 decoder (Node and browsers): several times faster than
 * String.fromCharCode, but it would replace a lone surrogate, so text with surrogates
 * takes `decode`.
 */
const UTF16: TextDecoder | undefined = (() => {
  try {
    return typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;
  } catch {
    return undefined;
  }
})();

/** Builds a string from UTF-16 code units, keeping lone surrogates as they are. */
function decode(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Original offset just after normalized code unit `k`, including the marks (harakat,
 * tatweel) that follow it; format controls (bidi, zero-width) are not included.
 */
function originalEnd(norm: NormalizedText, k: number): number {
  const { table } = getCharMap();
  const input = norm.input;
  let e = norm.starts[k]! + 1;
  while (e < input.length && table[input.charCodeAt(e)] === DROP_MARK_) e++;
  // The letters of a lengthened word that the collapse dropped (`مصرررر`) belong to it: the
  // same letter again, before the next normalized unit's own code unit.
  const next = k + 1 < norm.starts.length ? norm.starts[k + 1]! : input.length;
  const letter = norm.text.charCodeAt(k);
  if (e < next && arabicLetter(letter)) {
    while (e < next && normalizedUnit(table, input.charCodeAt(e)) === letter) {
      e++;
      while (e < input.length && table[input.charCodeAt(e)] === DROP_MARK_) e++;
    }
  }
  return e;
}

/** What the original code unit `c` becomes alone: itself, its one-unit mapping, or -1. */
function normalizedUnit(table: Uint16Array, c: number): number {
  const m = table[c]!;
  return m === KEEP_ ? c : m < JOIN_ ? m : -1;
}

/**
 * Maps a half-open span of the normalized text back to the original string.
 * The result covers every original code unit that produced the span, marks included.
 *
 * @example
 * ```ts
 * const n = normalize('قال بوتينُ');
 * toOriginalSpan(n, 4, 9); // { start: 4, end: 10 } — 'بوتينُ' with its damma
 * ```
 */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.starts.length ? norm.starts[start]! : norm.input.length;
    return { start: at, end: at };
  }
  return { start: norm.starts[start]!, end: originalEnd(norm, end - 1) };
}

/**
 * Normalizes a string without building an offset map: the same profile as `normalize`, for
 * the many short strings (aliases, trigger words) compiled at load time.
 */
export function normalizeText(input: string): string {
  const { table, expansions } = getCharMap();
  const codes: number[] = [];
  let collapsedAt = -1;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const m = table[c]!;
    const x = normalizedUnit(table, c);
    if (x >= 0) {
      // A letter three times or more is one, as in normalize.
      const len = codes.length;
      if (len > 0 && codes[len - 1] === x && arabicLetter(x)) {
        if (len === collapsedAt) continue;
        if (len >= 2 && codes[len - 2] === x) {
          codes.pop();
          collapsedAt = len - 1;
          continue;
        }
      }
      codes.push(x);
    } else if (m === JOIN_) codes.push(underscore(table, codes.length > 0 ? codes[codes.length - 1]! : 0, i + 1 < input.length ? input.charCodeAt(i + 1) : 0));
    else if (m === EXPAND_) for (const ch of expansions.get(c)!) codes.push(ch.charCodeAt(0));
  }
  return codes.length <= 8192 ? String.fromCharCode.apply(null, codes) : decode(Uint16Array.from(codes), codes.length);
}

/** Normalizes a short key (alias, trigger word): the text only, spaces collapsed. */
export function normalizeKey(s: string): string {
  return normalizeText(s).trim().replace(/\s+/g, ' ');
}

// Code units of the Arabic letters that the stages test one by one (proclitics, the article,
// word shapes), in their normalized forms. One place, so no stage spells a code unit wrong.

export const HAMZA = 0x0621; // ء
export const ALEF = 0x0627; // ا
export const BA = 0x0628; // ب
export const TA = 0x062a; // ت
export const DAL = 0x062f; // د
export const SIN = 0x0633; // س
export const AIN = 0x0639; // ع
export const FA = 0x0641; // ف
export const KAF = 0x0643; // ك
export const LAM = 0x0644; // ل
export const MIM = 0x0645; // م
export const NUN = 0x0646; // ن
/** ه, and ة, which normalization folds into it. */
export const HA = 0x0647;
export const WA = 0x0648; // و
export const YA = 0x064a; // ي

/** Whether `c` is an Arabic letter of the normalized text (ء to ي). */
export function arabicLetter(c: number): boolean {
  return c >= HAMZA && c <= YA;
}

/** Whether text[from, to) is one space or more and nothing else (normalized text: U+0020). */
export function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

/** Whether text[from, to) holds no space: one word, or one word and what is glued to it. */
export function noSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x20) return false;
  return true;
}

/** Whether `text[start, end)` is a year in digits of the last two centuries or this one (1800–2099). */
export function yearShaped(text: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  const c0 = text.charCodeAt(start);
  const c1 = text.charCodeAt(start + 1);
  return (c0 === 0x31 && (c1 === 0x38 || c1 === 0x39)) || (c0 === 0x32 && c1 === 0x30); // 18, 19, 20
}

/** Whether text[from, to) is exactly one space: two words side by side. */
export function oneSpace(text: string, from: number, to: number): boolean {
  return to === from + 1 && text.charCodeAt(from) === 0x20;
}

/** Whether `c` is a proclitic letter: و ف ب ل ك. */
export function procliticLetter(c: number): boolean {
  return c === WA || c === FA || c === BA || c === LAM || c === KAF;
}

/**
 * Whether normalized text[s, e) is عبد, alone or after one proclitic (وعبد, لعبد): the head of
 * a compound given name, whose second word is no title, weekday or number (عبد الملك,
 * عبد الأمير, عبد الأحد, عبد الواحد).
 */
export function abdAt(text: string, s: number, e: number): boolean {
  if (e - s === 4 && procliticLetter(text.charCodeAt(s))) s++;
  else if (e - s !== 3) return false;
  return text.charCodeAt(s) === AIN && text.charCodeAt(s + 1) === BA && text.charCodeAt(s + 2) === DAL;
}

/** Whether `c` is a space on one line (space, tab, no-break space): no line break. */
export function lineSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

/** Whether normalized text has the article ال at offset `s`. */
export function articleAt(text: string, s: number): boolean {
  return text.charCodeAt(s) === ALEF && text.charCodeAt(s + 1) === LAM;
}

/**
 * Whether normalized text[s, e) is a definite nisba: the article, then a word ending in ي or
 * ية (normalized يه), as `الدولي`, `الوطنية`.
 */
export function definiteNisbaShape(text: string, s: number, e: number): boolean {
  if (e - s <= 3 || !articleAt(text, s)) return false;
  const z = text.charCodeAt(e - 1);
  return z === YA || (z === HA && text.charCodeAt(e - 2) === YA);
}

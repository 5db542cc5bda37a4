// The character map behind normalize(): one table lookup per UTF-16 code unit.
// Each entry says what happens to a code unit: keep it, replace it, expand it, or drop it.
// Dropped marks (harakat, tatweel) attach to the previous character so that a span ending
// on a vowelled letter still covers its vowel; dropped format controls attach to nothing.

/** Keep the code unit as it is. */
export const KEEP = 0xffff;
/** Drop; the code unit belongs to the previous kept character (harakat, tatweel). */
export const DROP_MARK = 0xfffe;
/** Drop; attached to nothing (bidi controls, zero-width characters). */
export const DROP_FORMAT = 0xfffd;
/** Replace by a string of several characters (see EXPANSIONS). */
export const EXPAND = 0xfffc;
/**
 * The underscore: a space between two Arabic letters, which is how a hashtag joins the words
 * of a name (`#محمد_صلاح`), kept elsewhere (`john_doe@mail.com`, `@kashf_ar`). No code unit is
 * mapped to this value or above but by these markers.
 */
export const JOIN = 0xfffb;

const ALEF = 0x0627; // ا

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

/** Marks removed from the text and attached to the preceding letter. */
export const MARKS: readonly number[] = [
  ...range(0x0610, 0x061a), // Quranic honorifics and small high letters
  ...range(0x064b, 0x065f), // harakat: fathatan … wavy hamza below
  0x0670, // superscript alef
  ...range(0x06d6, 0x06dc), // Quranic annotation signs
  ...range(0x06df, 0x06e4),
  0x06e7, 0x06e8,
  ...range(0x06ea, 0x06ed),
  ...range(0x08d3, 0x08e1), // extended Arabic marks
  ...range(0x08e3, 0x08ff),
  0x0640, // tatweel
];

/** Invisible format characters removed without attaching anywhere. */
export const FORMATS: readonly number[] = [
  0x00ad, // soft hyphen
  0x061c, // Arabic letter mark
  ...range(0x200b, 0x200f), // zero-width space, ZWNJ, ZWJ, LRM, RLM
  ...range(0x202a, 0x202e), // bidi embeddings and overrides
  ...range(0x2060, 0x2064), // word joiner, invisible operators
  ...range(0x2066, 0x2069), // bidi isolates
  0xfeff, // zero-width no-break space / BOM
];

/** Single-character foldings. */
const FOLDS: ReadonlyArray<readonly [number, number]> = [
  [0x0623, ALEF], // أ
  [0x0625, ALEF], // إ
  [0x0622, ALEF], // آ
  [0x0671, ALEF], // ٱ alef wasla
  [0x0672, ALEF], // ٲ
  [0x0673, ALEF], // ٳ
  [0x0675, ALEF], // ٵ
  [0x0649, 0x064a], // ى alef maqsura → ي
  [0x06cc, 0x064a], // ی Persian yeh → ي
  [0x06d2, 0x064a], // ے yeh barree → ي
  [0x0629, 0x0647], // ة ta marbuta → ه (matching key)
  [0x06c0, 0x0647], // ۀ → ه
  [0x06c1, 0x0647], // ہ → ه
  [0x06be, 0x0647], // ھ → ه
  [0x06c3, 0x0647], // ۃ → ه
  [0x06a9, 0x0643], // ک keheh → ك
  [0x066a, 0x0025], // ٪ → %
  [0x066b, 0x002e], // ٫ decimal separator → .
  [0x066c, 0x002c], // ٬ thousands separator → ,
  [0x2010, 0x002d], // hyphen, en and em dash, minus → '-' (كوفيد – 19 = كوفيد-19)
  [0x2011, 0x002d],
  [0x2012, 0x002d],
  [0x2013, 0x002d],
  [0x2014, 0x002d],
  [0x2212, 0x002d],
  [0x2028, 0x000a], // line separator
  [0x2029, 0x000a], // paragraph separator
];

/** Unicode spaces folded to an ASCII space. */
const SPACES: readonly number[] = [0x00a0, ...range(0x2000, 0x200a), 0x202f, 0x205f, 0x3000];

export interface CharMap {
  table: Uint16Array;
  expansions: Map<number, string>;
}

/** Builds the map; called once, lazily, by normalize(). */
export function buildCharMap(): CharMap {
  const table = new Uint16Array(0x10000).fill(KEEP);
  const expansions = new Map<number, string>();
  for (const c of MARKS) table[c] = DROP_MARK;
  for (const c of FORMATS) table[c] = DROP_FORMAT;
  for (const [from, to] of FOLDS) table[from] = to;
  for (const c of SPACES) table[c] = 0x20;
  table[0x5f] = JOIN;
  for (let d = 0; d < 10; d++) {
    table[0x0660 + d] = 0x30 + d; // Arabic-Indic digits
    table[0x06f0 + d] = 0x30 + d; // Persian digits
  }
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 32; // A–Z
  lowercaseRange(table, 0x00c0, 0x024f);
  lowercaseRange(table, 0x0370, 0x052f);
  lowercaseRange(table, 0x1e00, 0x1fff);
  for (let c = 0xff21; c <= 0xff3a; c++) table[c] = c - 0xff21 + 0x61; // fullwidth A–Z
  for (let c = 0xff41; c <= 0xff5a; c++) table[c] = c - 0xff41 + 0x61;
  for (let c = 0xff10; c <= 0xff19; c++) table[c] = c - 0xff10 + 0x30;

  // Presentation forms: NFKC gives the base letters, which are then folded as above.
  const fold = (s: string): string => {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const m = table[c]!;
      if (m === KEEP) out += s[i];
      else if (m < EXPAND) out += String.fromCharCode(m);
    }
    return out;
  };
  const presentation = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const nfkc = String.fromCharCode(c).normalize('NFKC');
      if (nfkc === String.fromCharCode(c)) continue;
      // Isolated forms of harakat decompose to a space plus the mark: they are marks.
      const folded = fold(nfkc).replace(/ /g, '');
      if (folded.length === 0) table[c] = DROP_MARK;
      else if (folded.length === 1) table[c] = folded.charCodeAt(0);
      else {
        table[c] = EXPAND;
        expansions.set(c, folded);
      }
    }
  };
  presentation(0xfb50, 0xfdff);
  presentation(0xfe70, 0xfeff);
  table[0xfeff] = DROP_FORMAT; // the BOM lies inside the presentation range
  return { table, expansions };
}

function lowercaseRange(table: Uint16Array, from: number, to: number): void {
  for (let c = from; c <= to; c++) {
    if (table[c] !== KEEP) continue;
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1 && lower.charCodeAt(0) !== c) table[c] = lower.charCodeAt(0);
  }
}

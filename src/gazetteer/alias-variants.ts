// Spelling variants generated for every alias at compile time, for alternations that
// normalization cannot fold character by character: compound names written with or without
// a space (عبد الله / عبدالله, عبد العزيز / عبدالعزيز), and a site's Arabic domain written
// with a space or a dot (الجزيرة نت / الجزيرة.نت).

const ABD = 'عبد';
/** `نت` (.net), the last word of an Arabic site's name. */
const NET = 'نت';
const ARTICLE = 'ال';
/** At most this many compounds are varied (2^n variants). */
const MAX_COMPOUNDS = 3;

/** True when a key may take part in a variant (a cheap test before {@link aliasVariants}). */
export function mayVary(key: string): boolean {
  return key.startsWith(ABD) || key === NET;
}

/** A segment of an alias: fixed tokens, or a compound with its two spellings. */
type Segment = { fixed: string } | { joined: string; split: [string, string] };

/**
 * Other token sequences that write the same alias: every combination of `عبد` + `ال…` joined
 * into one token or split into two, and a last word `نت` after a dot. Returns the variants
 * only (not the input).
 *
 * @example
 * ```ts
 * aliasVariants(['عبد', 'الله']); // [['عبدالله']]
 * aliasVariants(['الجزيره', 'نت']); // [['الجزيره', '.', 'نت']]
 * ```
 */
export function aliasVariants(keys: readonly string[]): string[][] {
  const dotted = keys.length > 1 && keys[keys.length - 1] === NET && keys[keys.length - 2] !== '.' ? [[...keys.slice(0, -1), '.', NET]] : [];
  return [...dotted, ...compoundVariants(keys)];
}

/** The variants of `keys` with `عبد` compounds joined or split (see aliasVariants). */
function compoundVariants(keys: readonly string[]): string[][] {
  const segments: Segment[] = [];
  let compounds = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const next = keys[i + 1];
    if (compounds < MAX_COMPOUNDS && k === ABD && next !== undefined && next.startsWith(ARTICLE) && next.length > 3) {
      segments.push({ joined: k + next, split: [k, next] });
      compounds++;
      i++;
    } else if (compounds < MAX_COMPOUNDS && k.startsWith(ABD + ARTICLE) && k.length > 6) {
      segments.push({ joined: k, split: [ABD, k.slice(ABD.length)] });
      compounds++;
    } else {
      segments.push({ fixed: k });
    }
  }
  if (compounds === 0) return [];
  const original = keys.join(' ');
  const out: string[][] = [];
  for (let mask = 0; mask < 1 << compounds; mask++) {
    const variant: string[] = [];
    let c = 0;
    for (const s of segments) {
      if ('fixed' in s) variant.push(s.fixed);
      else if (mask & (1 << c++)) variant.push(s.joined);
      else variant.push(...s.split);
    }
    if (variant.join(' ') !== original) out.push(variant);
  }
  return out;
}

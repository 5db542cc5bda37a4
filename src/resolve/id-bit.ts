// A bit of a 32-bit mask for an ID, from its length and last two code units. A mask of a few
// IDs (the weak candidates of a document, the entries a step applies to) turns away most other
// IDs with a little arithmetic, where a set would hash each one: the steps that look up every
// candidate's ID run over many more candidates than they change.

/** The bit (0–31) of `id` in an ID mask. */
export function idBit(id: string): number {
  const n = id.length;
  return n < 2 ? n : (n + id.charCodeAt(n - 1) * 3 + id.charCodeAt(n - 2) * 5) & 31;
}

/** The mask of `ids`: a bit set for each (see idBit). */
export function idMask(ids: Iterable<string>): number {
  let mask = 0;
  for (const id of ids) mask |= 1 << idBit(id);
  return mask;
}

/** Whether `id` may be one of the IDs of `mask` (false: it is none of them). */
export function mayBeIn(mask: number, id: string): boolean {
  return (mask & (1 << idBit(id))) !== 0;
}

// Ambiguous entities nested in others are chosen too, not only those that stand alone: the
// currency of an amount (`950 مليون دينار`, see currency-country.ts), and a name that the
// entity around it settles: the party nested in `حزب العدالة والتنمية المغربي` is the Moroccan
// party the whole names, not the Turkish one its words also name.

import type { Candidate } from '../types.js';

/** An ambiguous entity and the entity it is nested in. */
export interface NestedChoice {
  readonly outer: Candidate;
  readonly inner: Candidate;
}

/**
 * The ambiguous entities nested right inside the entities of `out` that linking chooses
 * among their candidates: the currencies of amounts, and those of their outer entity's label.
 */
export function nestedChoices(out: readonly Candidate[]): NestedChoice[] {
  const found: NestedChoice[] = [];
  for (const c of out) {
    if (!c.inner) continue;
    for (const n of c.inner) if (n.candidates && (n.label === c.label || (n.label === 'CURR' && c.label === 'MONEY'))) found.push({ outer: c, inner: n });
  }
  return found;
}

/** The outer entity's own ID when it is among the candidates of the nested one of its label. */
export function outerIdentity({ outer, inner }: NestedChoice): string | undefined {
  return outer.id !== undefined && inner.label === outer.label && inner.candidates!.includes(outer.id) ? outer.id : undefined;
}

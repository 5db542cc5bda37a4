// Nested entities that linking settles, not only those that stand alone: the ambiguous
// currency of an amount (`950 مليون دينار`, see currency-country.ts); an ambiguous name that
// the entity around it settles (the party nested in `حزب العدالة والتنمية المغربي` is the
// Moroccan party the whole names, not the Turkish one its words also name); and the other way
// round, an organisation read after its trigger noun that holds a known one (`نادي الترجي`).

import { tokenHolding, type Doc } from '../doc.js';
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

/**
 * The known organisation nested in the unlinked organisation `c` right after its first word,
 * to its end: an organisation a rule read after its trigger noun that holds a club the text
 * made known (`نادي الترجي`, `فريق الاتحاد`) is that club, as one holding an organisation
 * known outright already is when trimmed (`فريق ريال مدريد`). So is a product read after its
 * noun (`طائرات بوينغ 737`, `هاتف آيفون 15`).
 */
function namedAfterNoun(doc: Doc, c: Candidate): Candidate | undefined {
  if ((c.label !== 'ORG' && c.label !== 'PRODUCT') || !c.inner) return undefined;
  const t = tokenHolding(doc, c.start) + 1;
  if (t <= 0 || t >= doc.tokens.count) return undefined;
  const start = doc.tokens.starts[t]!;
  for (const n of c.inner) if (n.label === c.label && n.id !== undefined && n.start === start && n.end === c.end) return n;
  return undefined;
}

/** Gives the unlinked `c` the identity of the organisation named after its noun (see namedAfterNoun); returns whether it did. */
export function takeNamedAfterNoun(doc: Doc, c: Candidate): boolean {
  const known = namedAfterNoun(doc, c);
  if (known === undefined) return false;
  c.id = known.id;
  c.canonical = known.canonical;
  return true;
}

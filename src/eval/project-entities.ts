// Maps character-offset entities onto gold tokens. A token belongs to an entity when
// their spans overlap: ANERcorp keeps clitics attached (`والولايات`) and tags the whole
// token, so an entity covering `الولايات` must claim the token `والولايات`.
import { normalizeKey } from '../normalize/normalize.js';
import { ALEF, LAM } from '../tokenize/letters.js';
import type { Entity } from '../types.js';
import type { Chunk } from './chunks.js';
import { facilityType, innerOnlyInUntagged, isGenericBody, isGenericOrg, isOutsideLastWord, isOutsideName, isOutsideTail, isUntaggedEdition, isUntaggedGroup, isUntaggedName, keepsLeadingWord, mapLabel, type SchemeName } from './label-schemes.js';
import type { SentenceText, TokenSpan } from './sentence-text.js';

/** The part of an entity the scorer needs. */
export type EntitySpan = Pick<Entity, 'start' | 'end' | 'label'> & { id?: string | undefined };

/**
 * Turns entities into chunks over the tokens of `sentence` (sorted, non-overlapping spans).
 * Labels are mapped with `scheme`; entities that map to O or cover no token are dropped.
 * Leading class nouns that the scheme leaves outside a name (`مدينة`, `صحيفة` in ANERcorp) are
 * left out of its chunk; a name the scheme does not tag (an ANERcorp national team) is
 * dropped, and the entities nested in it, which follow it in `entities`, stand; a nested
 * entity at the end of a name that the scheme leaves outside it (a nationality after an
 * ANERcorp organisation) is cut off, and so is an epithet the scheme leaves outside a place
 * (`المكرمة`); an organisation that is then one generic institution noun (`الحكومة`), or a
 * government body's class noun and function (`وزارة الخارجية`), is dropped where the scheme
 * does not tag those. A compass word that begins a state's own name
 * (`جنوب أفريقيا`) stays inside it. When two entities claim the same token, the earlier one
 * (then the longer) keeps it and the other is dropped, since BIO cannot express overlap.
 */
export function projectEntities(entities: readonly EntitySpan[], sentence: SentenceText, scheme: SchemeName): Chunk[] {
  const spans = sentence.spans;
  const ordered = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const chunks: Chunk[] = [];
  let taken = 0; // first token index still free
  const onlyInUntagged = innerOnlyInUntagged(scheme);
  let outer: EntitySpan | undefined; // the outermost entity so far, and whether the scheme leaves it untagged
  let outerUntagged = false;
  for (const entity of ordered) {
    if (outer && entity.start >= outer.start && entity.end <= outer.end) {
      if (onlyInUntagged && !outerUntagged) continue;
    } else {
      outer = entity;
      outerUntagged = false;
    }
    let type = mapLabel(entity.label, scheme);
    if (type === null || entity.end <= entity.start || (entity === outer && isUntaggedGroup(entity.label, scheme) && endsWithMember(ordered, entity))) {
      // An outer entity the scheme does not tag (a title) gives way to the names in it.
      if (entity === outer) outerUntagged = true;
      continue;
    }
    // FANE tags the places and people inside a name it leaves untagged, not its nationality
    // (`العالم العربي`: O O).
    if (onlyInUntagged && entity !== outer && type === 'MISC') continue;
    let first = firstTokenEndingAfter(spans, entity.start);
    let last = first;
    while (last < spans.length && (spans[last] as TokenSpan).start < entity.end) last++;
    // The entity starts inside its first token when a proclitic is glued to it (`وقطاع`).
    let from = entity.start;
    // Token i of the chunk, normalized; the first from `from`, past a proclitic glued to it.
    const word = (i: number): string => normalizeKey(sentence.text.slice(i === first ? from : (spans[i] as TokenSpan).start, (spans[i] as TokenSpan).end));
    const firstWord = (): string => word(first);
    const lead = last - first > 1 ? articleWord(sentence.text, entity.start, firstWord()) : '';
    if (last - first > 1 && (isUntaggedName(lead, type, scheme) || isUntaggedEdition(lead, type, holdsPlace(ordered, entity), scheme))) {
      if (entity === outer) outerUntagged = true;
      continue;
    }
    // A facility's class noun, left outside like a place's, may give it another type.
    const facility = entity.label === 'FAC' ? facilityType(articleWord(sentence.text, entity.start, firstWord()), scheme) : undefined;
    while (last - first > 1 && !keepsLeadingWord(entity.id) && isOutsideName(firstWord(), type, scheme)) {
      first++;
      from = (spans[first] as TokenSpan).start;
    }
    if (facility !== undefined) type = facility;
    // A nested entity that ends the name and that the scheme leaves outside it (a nationality
    // after an ANERcorp organisation: `حزب الله اللبناني`) ends the chunk before it.
    for (const inner of ordered) {
      if (inner.start > entity.start && inner.end === entity.end && isOutsideTail(inner.label, type, scheme)) {
        last = Math.min(last, firstTokenEndingAfter(spans, inner.start));
      }
    }
    if (last - first > 1 && isOutsideLastWord(word(last - 1), type, scheme)) last--;
    if (last - first === 1 && isGenericOrg(word(first), type, scheme)) continue;
    if (last - first === 2 && isGenericBody(word(first), word(first + 1), type, scheme)) continue;
    if (last <= first || first < taken) continue;
    chunks.push({ start: first, end: last, type });
    taken = last;
  }
  return chunks;
}

/**
 * The first word of an entity with its article: after لل the span starts at the article's lam
 * (`للأجواء اللبنانية` → `لأجواء …`), whose alef is restored for the look-up.
 */
function articleWord(text: string, start: number, word: string): string {
  return start > 0 && text.charCodeAt(start - 1) === LAM && text.charCodeAt(start) === LAM ? String.fromCharCode(ALEF) + word : word;
}

/** Binary search: the first token whose end lies after `offset`. */
function firstTokenEndingAfter(spans: readonly TokenSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as TokenSpan).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The labels of what a group is named by: its organisation, place or family (`عناصر داعش`, `سكان نابلس`, `عائلة الحريري`). */
const MEMBER_OF: ReadonlySet<string> = new Set(['ORG', 'GPE', 'LOC', 'FAC', 'PERS']);

/** Whether one of `entities` ends `entity`, after its start, and is what a group is named by (MEMBER_OF). */
function endsWithMember(entities: readonly EntitySpan[], entity: EntitySpan): boolean {
  return entities.some((e) => e !== entity && e.start > entity.start && e.end === entity.end && MEMBER_OF.has(e.label));
}

/** Whether one of `entities` (sorted by start) lies inside `entity` and is a place. */
function holdsPlace(entities: readonly EntitySpan[], entity: EntitySpan): boolean {
  return entities.some((e) => e !== entity && e.start >= entity.start && e.end <= entity.end && (e.label === 'GPE' || e.label === 'LOC'));
}

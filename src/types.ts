// Public and shared types. Types only: no runtime code beyond the label list.

/**
 * Wojood's 21 entity labels, the label set kashf uses everywhere.
 *
 * @example
 * ```ts
 * LABELS.includes('GPE'); // true — روسيا is a GPE, الروسي a NORP
 * ```
 */
export const LABELS = [
  'PERS', 'NORP', 'OCC', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'DATE', 'TIME', 'CARDINAL',
  'ORDINAL', 'PERCENT', 'QUANTITY', 'UNIT', 'MONEY', 'CURR', 'LANGUAGE', 'PRODUCT', 'LAW',
  'WEBSITE',
] as const;

/** One of Wojood's 21 labels, e.g. `'PERS'` or `'GPE'`. */
export type Label = (typeof LABELS)[number];

/** Canonical names of a linked entity. */
export interface CanonicalName {
  /** Arabic canonical name, e.g. `جو بايدن`. */
  ar?: string;
  /** English canonical name, e.g. `Joe Biden`. */
  en?: string;
}

/** What produced an entity: a gazetteer entry, a pattern rule, coreference, … */
export interface EntitySource {
  /** The stage that produced the entity. */
  kind: 'gazetteer' | 'pattern' | 'latin' | 'coref' | 'user';
  /** The gazetteer entry ID or the pattern rule ID (kebab-case) that matched. */
  ref: string;
}

/**
 * A named entity found in the caller's text.
 *
 * `start`/`end` are half-open UTF-16 offsets into the original input and
 * `text === input.slice(start, end)` always holds.
 */
export interface Entity {
  /** Offset of the first UTF-16 code unit (inclusive). */
  start: number;
  /** Offset after the last UTF-16 code unit (exclusive). */
  end: number;
  /** The covered text, exactly `input.slice(start, end)`. */
  text: string;
  /** Wojood label. */
  label: Label;
  /** Linked identity: `wd:Q…` (Wikidata), `kashf:…` (curated, no Wikidata ID) or `doc:N` (document-local). */
  id?: string;
  /** Canonical names when the entity is linked to a known entry. */
  canonical?: CanonicalName;
  /** Wikidata URL when `id` is a Wikidata ID. */
  url?: string;
  /** When linking stayed ambiguous: the candidate IDs, best first. */
  candidates?: string[];
  /** Which entry or rule produced the entity. */
  source: EntitySource;
}

/** A token of the normalized text (offsets are normalized-text offsets). */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
}

/** Token classes: a change of class always splits a token. */
export type TokenKind = 'arabic' | 'latin' | 'digit' | 'punct' | 'symbol' | 'other';

/** Labels of places, the values a gazetteer entry's `placeLabel` may take. */
export type PlaceLabel = 'GPE' | 'LOC' | 'FAC';

/** A gazetteer entry as written in `gazetteers/*.jsonl` or supplied by a user. */
export interface GazetteerEntry {
  /** Stable ID: `wd:Q…`, or `kashf:<kind>/<slug>` when no Wikidata ID is vouched for. */
  id: string;
  /** Wojood label of the entity (PERS, GPE, ORG, LOC, FAC, …). */
  label: Label;
  /** Canonical Arabic name; also matched as an alias. */
  ar: string;
  /** Canonical English name. */
  en?: string;
  /** Other Arabic (or Latin) forms that name the entity, matched on their own. */
  aliases?: string[];
  /** Forms that are also ordinary words (`أمل`, `نور`): matched only with supporting context. */
  weakAliases?: string[];
  /** Nationality adjectives and plurals (NORP), linked to this entry's ID. */
  demonyms?: string[];
  /**
   * Forms written with short vowels or a shadda that tell this entry from others of the same
   * letters, which matching ignores (`عمّان` for Amman, `عُمان` for Oman): a text that writes
   * one of them names this entry.
   */
  vocalized?: string[];
  /** Prior probability (0–1) used to choose among entries sharing an alias; default 0.5. */
  prior?: number;
  /** ISO 3166-1 alpha-2 code for countries. */
  iso2?: string;
  /**
   * For places: the ID of the country they lie in (`wd:Q810` for Amman). When several places
   * share a name (`عمان`: Oman, Amman), a document that names the country picks the place.
   */
  country?: string;
  /**
   * The label the entity takes where the text speaks of it as a place: an institution named
   * after its building (`البيت الأبيض`, ORG) is `FAC` in `في البيت الأبيض`.
   */
  placeLabel?: PlaceLabel;
  /** Provenance: source dataset or curation note. */
  source?: string;
}

/**
 * A candidate span before overlap resolution, in normalized-text offsets.
 * Internal to the pipeline, exported for custom stages and `explain` output.
 */
export interface Candidate {
  start: number;
  end: number;
  label: Label;
  /** Higher wins ties after length and position; gazetteer 50, rules per rule. */
  priority: number;
  source: EntitySource;
  id?: string;
  canonical?: CanonicalName;
  candidates?: string[];
  /** True when the match needs supporting context (weak alias) that was not yet checked. */
  weak?: boolean;
  /** Inner entities (nested output), normalized offsets. */
  inner?: Candidate[];
}

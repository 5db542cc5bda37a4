// Pattern stage: rules written as data, composed at build time into native RegExps, run only
// where a trigger word or a digit occurs. Finds dates, times, amounts, numbers, titles and the
// names that follow titles and trigger nouns.

import { trimTitleLocatives } from './title-locatives.js';
import type { Doc } from '../doc.js';
import type { Candidate } from '../types.js';
import compiledData from '../data/patterns.json';
import type { CompiledRules } from './compiled.js';
import { indexRules } from './compile-patterns.js';
import { matchRules } from './match-patterns.js';
import { matchNameTokens } from './name-tokens.js';
import { addCoordinatedPersons } from './coordinated-persons.js';
import { addComplementPersons } from './complement-persons.js';
import { dropPrimaryAdjective } from './primary-adjective.js';
import { dropNameAsNow } from './now-or-name.js';
import { relabelQuotedSpeakers } from './quoted-speakers.js';
import { addLatinGlosses } from './latin-gloss.js';
import { addNameInitials } from './name-initials.js';
import { trimBlessings } from './religious-formulas.js';
import { joinGivenToFamily } from './given-and-family.js';
import { relabelGivenNameTitles } from './given-name-title.js';
import { dropNounBeforeEntity } from './noun-before-entity.js';
import { dropPressAdjective } from './press-adjective.js';
import { nameReader, type NameReader } from './name-scan.js';
import { addTitleBeforeOrganisation } from './title-before-organisation.js';

export type { CompiledRule, CompiledRules, NameTokenData, TriggerClass } from './compiled.js';

/** Finds pattern candidates (normalized-text offsets) in a prepared document. */
export interface PatternMatcher {
  match(doc: Doc): Candidate[];
  /**
   * After overlap resolution: `resolved` (sorted, non-overlapping) with blessings cut from
   * persons, no one-word person before a known place or organisation it governs, a title
   * that is a given name before a family name read as a person, given names joined to the
   * known family names after them, the persons that only their place after a title's
   * complement, before قوله or next to a kept person reveals, an organisation after a title
   * that needs a complement taken into the title, initials taken into names, and Latin glosses
   * of names (see trimBlessings, dropNounBeforeEntity, relabelGivenNameTitles,
   * joinGivenToFamily, addComplementPersons, addTitleBeforeOrganisation,
   * relabelQuotedSpeakers, addCoordinatedPersons, addNameInitials, addLatinGlosses, in that
   * order).
   */
  complete(doc: Doc, resolved: Candidate[]): Candidate[];
  /** Name tokens that are also ordinary words (علي, حسن): empty without a name lexicon. */
  readonly ambiguousNames: ReadonlySet<string>;
}

/**
 * Validates compiled rules and returns a matcher.
 * Throws a `KashfError` with code `KASHF_INVALID_RULE` naming the rule ID and field.
 */
export function compilePatterns(compiled: CompiledRules): PatternMatcher {
  const index = indexRules(compiled);
  const ambiguousNames: ReadonlySet<string> = index.nameTokens?.stopwords ?? new Set();
  // Titles that need a complement and are name tokens too, without the article (أمين, أمير).
  const tokens = index.nameTokens?.tokens;
  const givenTitles: ReadonlySet<string> = new Set(tokens ? (compiled.nameLists?.bound ?? []).filter((w) => tokens.has(w) && !w.startsWith('\u0627\u0644')) : []);
  return {
    ambiguousNames,
    match(doc: Doc): Candidate[] {
      const out = matchRules(index, doc);
      trimTitleLocatives(doc, out);
      dropPrimaryAdjective(doc, out);
      dropPressAdjective(doc, out);
      dropNameAsNow(doc, out);
      if (index.nameTokens) for (const c of matchNameTokens(index, doc)) out.push(c);
      return out;
    },
    complete(doc: Doc, resolved: Candidate[]): Candidate[] {
      let out = trimBlessings(doc, resolved);
      const names = index.names;
      let r: NameReader | undefined;
      const reader = names ? () => (r ??= nameReader(names, doc)) : undefined;
      if (reader) {
        out = dropNounBeforeEntity(doc, out, reader, ambiguousNames);
        if (givenTitles.size > 0) out = relabelGivenNameTitles(doc, out, reader, givenTitles);
      }
      out = joinGivenToFamily(doc, out);
      out = addComplementPersons(index, doc, out);
      // After the persons a title's complement reveals: they are read after the bare title.
      if (reader) out = addTitleBeforeOrganisation(doc, out, reader);
      out = relabelQuotedSpeakers(doc, out);
      out = addCoordinatedPersons(index, doc, out);
      out = addNameInitials(doc, out);
      return addLatinGlosses(doc, out);
    },
  };
}

let defaultMatcher: PatternMatcher | undefined;

/** The matcher for the rules that ship with kashf, compiled on first use. */
export function defaultPatternMatcher(): PatternMatcher {
  return (defaultMatcher ??= compilePatterns(compiledData as unknown as CompiledRules));
}

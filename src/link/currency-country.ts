// A bare currency noun that the currencies of several countries share (دينار, ريال, درهم,
// ليرة, جنيه) names the currency of the country the document is about: `950 مليون دينار` in
// a report on Jordan's exports is the Jordanian dinar, `الليرة` in a Beirut report the
// Lebanese pound. The gazetteer ranks the noun's commonest reading first (the Iraqi dinar,
// the Saudi riyal), which stands when the document names none of the countries, or several.

import type { Candidate } from '../types.js';
import { onlyOneInCountries, type FactsLookup } from './entry-facts.js';

/**
 * The currency among the candidates of the ambiguous CURR `c` that the document points to:
 * the currency of a country it names unambiguously (`named`: a nationality in a title
 * counts), else of the country of a place it names (`placeCountries`, asked for only then).
 */
export function currencyInContext(c: Candidate, facts: FactsLookup, named: ReadonlySet<string>, placeCountries: () => ReadonlySet<string>): string | undefined {
  const ids = c.candidates!;
  return onlyOneInCountries(ids, facts, 'CURR', named) ?? onlyOneInCountries(ids, facts, 'CURR', placeCountries());
}

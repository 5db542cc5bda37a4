// A country named by its own feminine nationality adjective (السعودية) is that adjective after
// a definite noun it describes, and the country elsewhere.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { adjectiveNamesOf } from '../../src/resolve/country-adjectives.js';
import { defaultEntries } from '../../src/gazetteer/default-gazetteer.js';

const found = (text: string, name: string) => extract(text, { nested: true }).filter((e) => e.text === name).map((e) => `${e.label} ${e.id}`);

describe('country names that are nationality adjectives', () => {
  it('finds the names in the shipped gazetteer', () => {
    expect(adjectiveNamesOf(defaultEntries()).forms.get('السعوديه')).toBe('wd:Q851');
  });

  it('reads the form after a definite noun as the adjective: NORP with the country ID inside a name, nothing after a common noun', () => {
    expect(found('قالت الحكومة السعودية إن', 'السعودية')).toEqual(['NORP wd:Q851']);
    // An adjective describing a thing is no entity (see descriptive-adjectives), and not the country.
    expect(found('الشركات السعودية والإماراتية', 'السعودية')).toEqual([]);
    expect(found('خفضت تصنيف الديون السيادية السعودية', 'السعودية')).toEqual([]);
  });

  it('keeps the country after a verb, a preposition or a proclitic, and inside its own name', () => {
    expect(found('أعلنت السعودية أمس', 'السعودية')).toEqual(['GPE wd:Q851']);
    expect(found('وصل إلى السعودية', 'السعودية')).toEqual(['GPE wd:Q851']);
    expect(found('وصل الوفد بالسعودية', 'السعودية')).toEqual(['GPE wd:Q851']);
    expect(found('زار المملكة العربية السعودية', 'السعودية')).toEqual(['GPE wd:Q851']);
  });
});

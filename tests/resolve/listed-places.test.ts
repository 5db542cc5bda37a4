// A place whose name is also a word counts in a list with another place of its country.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import type { GazetteerEntry } from '../../src/types.js';

const entries: GazetteerEntry[] = [
  { id: 'kashf:gpe/test-country', label: 'GPE', ar: 'تاسانيا' },
  { id: 'kashf:gpe/test-blue', label: 'GPE', ar: 'مدينة الزرقاء', weakAliases: ['الزرقاء'], country: 'kashf:gpe/test-country' },
  { id: 'kashf:gpe/test-city', label: 'GPE', ar: 'كفرتاس', country: 'kashf:gpe/test-country' },
  { id: 'kashf:gpe/test-far', label: 'GPE', ar: 'بلدتاس', country: 'kashf:gpe/test-other' },
];
const kashf = createExtractor({ defaultGazetteer: false, patterns: false, entries });
const texts = (text: string) => kashf.extract(text).map((e) => e.text);

describe('weak places in a list', () => {
  it('counts a weak place joined by و or a comma to a place of its country, before or after it', () => {
    expect(texts('في كفرتاس والزرقاء')).toEqual(['كفرتاس', 'الزرقاء']);
    expect(texts('في الزرقاء وكفرتاس')).toEqual(['الزرقاء', 'كفرتاس']);
    expect(texts('في كفرتاس، الزرقاء')).toEqual(['كفرتاس', 'الزرقاء']);
    expect(texts('في الزرقاء، كفرتاس')).toEqual(['الزرقاء', 'كفرتاس']);
  });

  it('leaves the word alone next to a place of another country, or with no list between them', () => {
    expect(texts('في بلدتاس والزرقاء')).toEqual(['بلدتاس']);
    expect(texts('سماء كفرتاس الزرقاء')).toEqual(['كفرتاس']);
    expect(texts('المياه الزرقاء')).toEqual([]);
    // A place right after the word is its genitive: the word is a noun.
    expect(texts('في كفرتاس والزرقاء كفرتاس')).toEqual(['كفرتاس', 'كفرتاس']);
  });
});

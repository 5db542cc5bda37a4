// A known city named like an adjective (a nisba in ية) after the noun of its kind: the rules
// read no such name, the gazetteer says it is a place.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const nested = (text: string): string[] => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('a city in ية after the noun of its kind', () => {
  it('is one place with the noun, or the municipality after بلدية', () => {
    expect(nested('في مدينة قلقيلية')).toEqual(['GPE مدينة قلقيلية', 'GPE قلقيلية']);
    expect(nested('قائمة في مكتب طولكرم وبلدية قلقيلية')).toContain('ORG بلدية قلقيلية');
  });

  it('leaves an adjective or a country in ية alone', () => {
    expect(nested('في مدينة ساحلية')).toEqual([]);
    expect(nested('هاجر إلى قرية سورية')).not.toContain('GPE قرية سورية');
  });
});

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

describe('ids of the places joined with their noun', () => {
  const ids = (text: string): string[] => extract(text, { nested: true }).map((e) => `${e.label} ${e.text} ${e.id ?? '-'}`);

  it('gives a city with its noun the ID of the city, but not a province named after it', () => {
    expect(ids('في مدينة قلقيلية')[0]).toBe('GPE مدينة قلقيلية kashf:gpe/qalqilya');
    expect(ids('قائمة بلدية قلقيلية')[0]).toBe('ORG بلدية قلقيلية -');
  });
});

describe('a port after مرفأ', () => {
  it('is a facility over a known city, the city nested', () => {
    expect(nested('انفجار في مرفأ بيروت')).toEqual(['FAC مرفأ بيروت', 'GPE بيروت']);
    expect(nested('وصلت بمرفأ اللاذقية')).toEqual(['FAC مرفأ اللاذقية', 'GPE اللاذقية']);
  });

  it('reads no adjective after the noun, nor a country', () => {
    expect(nested('يعد مرفأ تجاريا')).toEqual([]);
    expect(nested('مرفأ لبنان')).toEqual(['GPE لبنان']);
  });
});

describe('a facility named after a known city in ي', () => {
  it('is a facility over the noun, the city and the facility’s adjective, the city nested', () => {
    expect(nested('وصلت الطائرة إلى مطار دبي الدولي قادمة من لندن')).toEqual(['FAC مطار دبي الدولي', 'GPE دبي', 'GPE لندن']);
    expect(nested('هبطت في مطار أبو ظبي')).toEqual(['FAC مطار أبو ظبي', 'GPE أبو ظبي']);
    expect(nested('رست السفينة في ميناء دبي')).toEqual(['FAC ميناء دبي', 'GPE دبي']);
  });

  it('takes no other word after the city, nor an entity', () => {
    expect(nested('في مطار دبي الأسبوع الماضي')[0]).toBe('FAC مطار دبي');
    expect(nested('وصل إلى مطار دبي السعودي')).not.toContain('FAC مطار دبي السعودي');
  });
});

// A border, a territory, an airspace or waters named by a nationality are a place, as Wojood
// tags them (`الحدود اللبنانية`), with the nationality nested; a gazetteer name stands.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('a region noun and a nationality', () => {
  it('is a place holding the nationality', () => {
    expect(nested('تسلل مسلحون عبر الحدود اللبنانية')).toEqual(['LOC الحدود اللبنانية', 'NORP اللبنانية']);
    expect(nested('انتهكت طائرات الأجواء السورية')).toEqual(['LOC الأجواء السورية', 'NORP السورية']);
  });

  it('leaves a known name as the gazetteer has it, and other adjectives alone', () => {
    expect(nested('في الأراضي الفلسطينية')[0]).toBe('GPE الأراضي الفلسطينية');
    expect(nested('رسم الحدود الطبيعية')).toEqual([]);
  });
});

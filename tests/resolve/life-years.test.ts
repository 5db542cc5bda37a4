// The years of a life or reign in brackets after a person's name are a date.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const spans = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);

describe('the years in brackets after a person', () => {
  it('are one DATE, with their era, whatever the century', () => {
    expect(spans('ابن خلدون (1332 - 1406) مؤرخ')).toContain('DATE 1332 - 1406');
    expect(spans('الشاعر أبو تمام ( 803 - 845 م ) ولد')).toContain('DATE 803 - 845 م');
  });

  it('stay numbers when the range is no lifetime, or no person comes before', () => {
    expect(spans('قال محمد (100 - 500) شخص')).toContain('CARDINAL 100 - 500');
    expect(spans('بلغ العدد (1332 - 1406) في المدينة')).not.toContain('DATE 1332 - 1406');
  });
});

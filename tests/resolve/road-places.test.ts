// A road named by the two places it joins is a facility over طريق, both places (nested) and
// its adjective; عن طريق is "by way of".

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('a road between two places', () => {
  it('is a facility holding both places and its adjective', () => {
    expect(nested('افتتح طريق الرياض الدمام السريع')).toEqual(['FAC طريق الرياض الدمام السريع', 'GPE الرياض', 'GPE الدمام']);
    expect(nested('وقع الحادث على طريق القاهرة - الإسكندرية الصحراوي')).toEqual(['FAC طريق القاهرة - الإسكندرية الصحراوي', 'GPE القاهرة', 'GPE الإسكندرية']);
  });

  it('is no road after عن, or with one place', () => {
    expect(nested('عن طريق مصر السعودية')).toEqual(['GPE مصر', 'GPE السعودية']);
    expect(nested('وصل عن طريق الرياض')).toEqual(['GPE الرياض']);
  });
});

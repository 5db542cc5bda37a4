// People named by the group, place or family they belong to are one NORP with that entity
// nested, as Wojood tags them (`عناصر داعش`, `أهالي نابلس`, `عائلة خليل السكاكيني`).

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);
const flat = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);

describe('a group named by what its members belong to', () => {
  it('is a NORP over the plural and the organisation, the organisation nested', () => {
    expect(nested('اعتقلت القوات عناصر داعش في المدينة')).toEqual(['NORP عناصر داعش', 'ORG داعش']);
    expect(flat('اشتبك الجيش مع مقاتلي حزب الله')).toContainEqual('NORP مقاتلي حزب الله');
  });

  it('is a NORP over the plural and the place, after a proclitic too', () => {
    expect(nested('خرج أهالي نابلس في مسيرة')).toEqual(['NORP أهالي نابلس', 'GPE نابلس']);
    expect(flat('وزعت المساعدات على سكان قطاع غزة')).toContainEqual('NORP سكان قطاع غزة');
    expect(flat('قدمت الدعم لسكان دمشق')).toContainEqual('NORP سكان دمشق');
  });

  it('is a NORP over a family and the person', () => {
    expect(nested('صور من أرشيف عائلة خليل السكاكيني')).toEqual(['NORP عائلة خليل السكاكيني', 'PERS خليل السكاكيني']);
  });

  it('needs the plural without the article, right before the entity, and a family before a person only', () => {
    expect(flat('خرج السكان في نابلس')).not.toContainEqual(expect.stringMatching(/^NORP/));
    expect(flat('تحدث سكان المدينة عن داعش')).not.toContainEqual(expect.stringMatching(/^NORP سكان/));
    expect(flat('زارت عائلة من نابلس')).not.toContainEqual(expect.stringMatching(/^NORP/));
  });
});

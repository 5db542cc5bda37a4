// A municipality is an organisation named by its place (Wojood: `بلدية نابلس` ORG, the city
// nested in it); adjectives and verbs after the noun make no name.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('a municipality', () => {
  it('is an organisation holding its place', () => {
    expect(nested('وقالت بلدية باريس إن')).toEqual(['ORG بلدية باريس', 'GPE باريس']);
    expect(nested('مراسلات بلدية مدينة البيرة')).toEqual(['ORG بلدية مدينة البيرة', 'GPE مدينة البيرة']);
  });

  it('holds its place inside a title that holds it', () => {
    expect(nested('وطلب رئيس بلدية نيويورك من سكان المدينة')).toEqual(['OCC رئيس بلدية نيويورك', 'ORG بلدية نيويورك', 'GPE نيويورك']);
  });

  it('takes its council, and ends with a known place before a verb', () => {
    expect(nested('قرر مجلس بلدية غزة رفع الرسوم')).toEqual(['ORG مجلس بلدية غزة', 'GPE غزة']);
  });

  it('ends before an index noun and its number', () => {
    expect(nested('اجتماع بلدية بيرزيت رقم 24')).toEqual(['ORG بلدية بيرزيت', 'ORDINAL 24']);
  });

  it('is no name before an adjective, a verb or a generic place noun', () => {
    expect(nested('وهي بلدية منفصلة عن المدينة')).toEqual([]);
    expect(nested('إنها بلدية كبيرة')).toEqual([]);
    expect(nested('بلدية تقع في الشمال')).toEqual([]);
    expect(nested('رئيس بلدية المنطقة')).not.toContain('ORG بلدية المنطقة');
  });
});

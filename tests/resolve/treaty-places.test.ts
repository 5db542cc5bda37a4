// A treaty named after the city it was signed in is an event, the city nested.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const flat = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);
const nested = (text: string): string[] => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('a treaty named after a city', () => {
  it('is an EVENT over the noun and the city, with its number', () => {
    expect(flat('بعد اتفاقية أوسلو 1 .')).toEqual(['EVENT اتفاقية أوسلو 1']);
    expect(nested('وفق اتفاق الطائف')).toEqual(['EVENT اتفاق الطائف', 'GPE الطائف']);
    expect(flat('ونصت معاهدة فرساي على')).toEqual(['EVENT معاهدة فرساي']);
  });

  it('is no event after a country: the noun is the country’s', () => {
    expect(flat('رفض اتفاق إسرائيل وحماس')).toEqual(['GPE إسرائيل', 'ORG حماس']);
  });
});

describe('an incident named after a city', () => {
  it('is an EVENT, the city nested', () => {
    expect(nested('خلال حصار حلب')).toEqual(['EVENT حصار حلب', 'GPE حلب']);
    expect(flat('معركة مصر ضد الإرهاب')).toEqual(['GPE مصر']);
  });
});

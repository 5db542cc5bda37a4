// A war, revolt or disaster named by its year is an event (`حرب 1948`), as Wojood tags it; the
// year is no date of its own.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const flat = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);

describe('an event named by its year', () => {
  it('is one EVENT with the year and the place between', () => {
    expect(flat('هاجرت العائلة بعد حرب 1948 إلى لبنان')).toEqual(['EVENT حرب 1948', 'GPE لبنان']);
    expect(flat('شارك في ثورة فلسطين 1936 - 1939 .')).toEqual(['EVENT ثورة فلسطين 1936 - 1939']);
  });

  it('is no event before a duration or a magnitude', () => {
    expect(flat('بعد حرب 10 سنوات')).toEqual(['DATE 10 سنوات']);
    expect(flat('ضرب زلزال بقوة 7 درجات')).not.toContainEqual(expect.stringMatching(/^EVENT/));
  });
});

describe('a year after a noun it dates', () => {
  const spans = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);

  it('is a date, even before a word (a budget, a season, a model, elections)', () => {
    expect(spans('وافق البرلمان على موازنة 2024 بقيمة 211 تريليون دينار')).toEqual(['DATE 2024', 'MONEY 211 تريليون دينار']);
    expect(spans('في موسم 2007 - 08 كان')).toEqual(['DATE 2007 - 08']);
    expect(spans('ارتفعت مبيعات طراز 2006 بنسبة 46 بالمائة')).toEqual(['DATE 2006', 'PERCENT 46 بالمائة']);
  });

  it('leaves an event with its edition whole, and a count alone', () => {
    expect(spans('شارك في مونديال 2006 بقوة')).toEqual(['EVENT مونديال 2006']);
    expect(spans('بلغ عدد سكانها 2000 شخص')).toEqual(['CARDINAL 2000']);
  });
});

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

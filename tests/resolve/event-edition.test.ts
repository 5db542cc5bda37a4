// A year right after a named event names its edition; after عام it says when.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('an event and the year after it', () => {
  it('is one event, the year nested as its date', () => {
    expect(nested('استضافت قطر كأس العالم 2022')).toEqual(['GPE قطر', 'EVENT كأس العالم 2022', 'DATE 2022']);
  });

  it('takes a year read as a count because a word follows it', () => {
    expect(nested('استضافت باريس دورة الألعاب الأولمبية 2024 بنجاح')).toEqual(['GPE باريس', 'EVENT دورة الألعاب الأولمبية 2024', 'EVENT الألعاب الأولمبية', 'DATE 2024']);
  });

  it('leaves a count after an event that is no year a count', () => {
    expect(nested('شارك في كأس العالم 32 منتخبا')).toEqual(['EVENT كأس العالم', 'CARDINAL 32']);
    expect(nested('شارك في كأس العالم 3000 مشجع')).toEqual(['EVENT كأس العالم', 'CARDINAL 3000']);
  });

  it('keeps a year after عام a date of its own', () => {
    expect(nested('اندلع الربيع العربي عام 2011')).toEqual(['EVENT الربيع العربي', 'DATE عام 2011', 'DATE 2011']);
  });
});

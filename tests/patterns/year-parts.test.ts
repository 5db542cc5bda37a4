// A part of a year named by its ordinal and the year it belongs to is one date.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const spans = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);

describe('a quarter or half of a year', () => {
  it('is one DATE with its year', () => {
    expect(spans('تراجعت الأرباح في الربع الأول من عام 2024')).toEqual(['DATE الربع الأول من عام 2024']);
    expect(spans('خلال النصف الثاني من العام الماضي')).toEqual(['DATE النصف الثاني من العام الماضي']);
  });

  it('is no date without a year: a quarter of a match', () => {
    expect(spans('سجل هدفا في الربع الأول من المباراة')).toEqual(['ORDINAL الأول']);
  });
});

describe('Maghrebi spellings of times, days and amounts', () => {
  const spans = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);

  it('reads زوالا (noon) after an hour, الفاتح (the first) before a month, and the قنطار and رطل units', () => {
    expect(spans('يبدأ الاجتماع على الساعة الواحدة زوالا')).toEqual(['TIME الساعة الواحدة زوالا']);
    expect(spans('اندلعت الثورة في الفاتح من نوفمبر 1954')).toEqual(['DATE الفاتح من نوفمبر 1954']);
    expect(spans('بلغ الإنتاج 3 ملايين قنطار')).toEqual(['QUANTITY 3 ملايين قنطار']);
    expect(spans('اشترى 7 أرطال من اللحم')).toEqual(['QUANTITY 7 أرطال']);
  });
});

describe('a day and month written with a slash in a post', () => {
  const spans = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);

  it('is a date after يوم, لحد or لغاية', () => {
    expect(spans('الكوبون شغال لحد ٣١/١٢')).toEqual(['DATE ٣١/١٢']);
    expect(spans('نتقابل يوم 5/4 بعد الظهر')).toContain('DATE 5/4');
  });

  it('stays a number elsewhere', () => {
    expect(spans('حتى 3/4 الكمية')).toEqual(['CARDINAL 3/4']);
  });
});

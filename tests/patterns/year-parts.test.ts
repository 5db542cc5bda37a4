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

// A range of two numbers joined by و before a unit is one amount (`بين 10 و15 في المئة`), as a
// range with a dash is; a year before و and a number is no range's first number.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const spans = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);

describe('a range joined by و', () => {
  it('is one amount, percentage or duration', () => {
    expect(spans('تراوحت النسبة بين 10 و15 في المئة')).toEqual(['PERCENT 10 و15 في المئة']);
    expect(spans('كلف المشروع بين 16 و 18 مليون دولار')).toEqual(['MONEY 16 و 18 مليون دولار']);
    expect(spans('يستغرق العلاج بين 6 و12 شهرا')).toEqual(['DATE 6 و12 شهرا']);
  });

  it('leaves two numbers without a unit apart', () => {
    expect(spans('حصل على 10 و15 صوتا')).toEqual(['CARDINAL 10', 'CARDINAL 15']);
  });

  it('takes no year for its first number', () => {
    expect(spans('في عام 2005 و 40 % من السكان')).toEqual(['DATE عام 2005', 'PERCENT 40 %']);
  });
});

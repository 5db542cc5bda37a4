// The words of a work's quoted title spell no number or date of the text.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const flat = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);

describe('quoted titles of works', () => {
  it('drops the numbers and dates a title spells, after its noun or بعنوان', () => {
    expect(flat('قرأت كتاب "مئة عام من العزلة" أمس')).toEqual(['DATE أمس']);
    expect(flat('شاهدت فيلم «1917» في عام 2020')).toEqual(['DATE عام 2020']);
    expect(flat('نشر مقالا بعنوان “2020 عام التحولات” أمس')).toEqual(['DATE أمس']);
    expect(flat('اشتهرت أغنية " 1234 " كثيرا')).toEqual([]);
  });

  it('keeps numbers in other quotations, after the closing mark, and names in a title', () => {
    expect(flat('قال "إن 20 شخصا قتلوا"')).toEqual(['CARDINAL 20']);
    expect(flat('رواية «ثلاثية غرناطة» عن 3 أجيال')).toEqual(['GPE غرناطة', 'CARDINAL 3']);
    // No closing mark on the line: no title.
    expect(flat('كتاب "عام 2020\nوفي عام 2021')).toEqual(['DATE عام 2020', 'DATE عام 2021']);
  });
});

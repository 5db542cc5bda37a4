// A number written after the article (الـ45) after a noun of a series is that noun's rank:
// an ORDINAL (`الدورة الـ45`), while after a plural it counts (`الساعات الـ24`).

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const spans = (text: string, nested = false): string[] => extract(text, { nested }).map((e) => `${e.label} ${e.text}`);

describe('a number after the article', () => {
  it('is an ordinal after a noun of a series, edition or rank', () => {
    expect(spans('افتتاح الدورة الـ45 لمهرجان القاهرة')).toContain('ORDINAL الـ45');
    expect(spans('انعقاد القمة العربية الـ33 في المنامة')).toContain('ORDINAL الـ33');
    expect(spans('احتفل بعيد ميلاده الـ80 أمس')).toContain('ORDINAL الـ80');
    expect(spans('في الدقيقة الـ89 من المباراة')).toContain('ORDINAL الـ89');
  });

  it('holds no cardinal inside it', () => {
    expect(spans('افتتاح الدورة الـ45 لمهرجان القاهرة', true)).not.toContain('CARDINAL 45');
  });

  it('counts after a plural or a collective noun', () => {
    expect(spans('خلال الساعات الـ24 الماضية')).toContain('CARDINAL 24');
    expect(spans('قادة الدول الـ27 في بروكسل')).toContain('CARDINAL 27');
    expect(spans('لاعب وسط الفريق في تشكيلة الـ18 التي ستواجه')).toContain('CARDINAL 18');
  });
});

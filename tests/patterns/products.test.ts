// Products named after their kind noun: a Latin or quoted name (Wojood spans the noun too).

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const spans = (text: string, nested = false): string[] => extract(text, { nested }).map((e) => `${e.label} ${e.text}`);

describe('a product after its kind noun', () => {
  it('is one PRODUCT over the noun and the Latin or quoted name, with its number', () => {
    expect(spans('أعلنت شركة Apple عن إطلاق هاتف iPhone 16 في الأسواق')).toEqual(['ORG Apple', 'PRODUCT هاتف iPhone 16']);
    expect(spans('قصفت صواريخ «غراد» المدينة')).toEqual(['PRODUCT صواريخ «غراد»']);
  });

  it('nests no number of the name, only the known product it holds', () => {
    expect(spans('حلقت طائرات F-16 فوق المدينة', true)).toEqual(['PRODUCT طائرات F-16', 'PRODUCT F-16']);
    expect(spans('حلقت طائرات X-99 فوق المدينة', true)).toEqual(['PRODUCT طائرات X-99']);
  });

  it('is no product after an organisation noun: the company makes it', () => {
    expect(spans('ومنها مصنع السيارات «فولكس» في المدينة').filter((s) => s.startsWith('PRODUCT'))).toEqual([]);
  });

  it('needs a name', () => {
    expect(spans('صادرت الشرطة هاتف محمول وسيارة مفخخة')).toEqual([]);
  });
});

describe('crude oil benchmarks', () => {
  it('are products, no person', () => {
    const flat = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);
    expect(flat('يبلغ سعر برميل خام برنت 82 دولارا')).toEqual(['PRODUCT خام برنت', 'MONEY 82 دولارا']);
    expect(flat('ارتفع خام غرب تكساس الوسيط الأمريكي')).toContain('PRODUCT خام غرب تكساس الوسيط');
    expect(flat('تصدير المواد الخام')).toEqual([]);
  });
});

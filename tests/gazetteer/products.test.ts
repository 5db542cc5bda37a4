// Products known by name (PRODUCT), with their model numbers.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const found = (text: string) => extract(text).map((e) => `${e.label} ${e.text}${e.id ? ' ' + e.id : ''}`);

describe('products', () => {
  it('are read by name, in Arabic or Latin script', () => {
    expect(found('تم تحديث نظام أندرويد')).toEqual(['PRODUCT أندرويد wd:Q94']);
    expect(found('استخدم ChatGPT في الدراسة')).toEqual(['PRODUCT ChatGPT kashf:product/chatgpt']);
    expect(found('منظومة القبة الحديدية')).toEqual(['PRODUCT القبة الحديدية kashf:product/iron-dome']);
  });

  it('take their model number and words after it, no year', () => {
    expect(found('نزل iPhone 16 Pro Max أمس')).toEqual(['PRODUCT iPhone 16 Pro Max wd:Q2766', 'DATE أمس']);
    expect(found('صفقة طائرات بوينغ 737')).toEqual(['PRODUCT طائرات بوينغ 737 kashf:product/boeing-737']);
    expect(found('أطلق بلايستيشن 2024')).toContain('DATE 2024');
    // Latin letters glued to the number are part of it; the noun before it joins too.
    expect(found('هاتفها الجديد Galaxy S24 Ultra')).toEqual(['PRODUCT Galaxy S24 Ultra kashf:product/samsung-galaxy']);
    expect(found('اشترى هاتف iPhone 15 Pro الجديد')).toEqual(['PRODUCT هاتف iPhone 15 Pro wd:Q2766']);
    expect(found('Galaxy S2024')).toContain('DATE 2024');
  });

  it('take no number that counts the noun after it', () => {
    expect(found('اعترضت القبة الحديدية 20 صاروخا')).toEqual(['PRODUCT القبة الحديدية kashf:product/iron-dome', 'CARDINAL 20']);
    expect(found('تحتوي نماذج بلايستيشن 3 ذات سعة')).toContain('PRODUCT بلايستيشن 3 kashf:product/playstation');
  });

  it('leave a name spelled like one alone: آيفون is also Yvonne once normalized', () => {
    expect(found('قالت ايفون ريدلي')).toEqual(['PERS ايفون ريدلي doc:1']);
    expect(found('هاتف آيفون 15')[0]).toBe('PRODUCT هاتف آيفون 15 wd:Q2766');
  });
});

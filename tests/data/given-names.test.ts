// The shipped lexicon's given names: a common given name before a family name no list holds
// is one person; a given name that is also an everyday word names no one alone.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const persons = (text: string) => extract(text).filter((e) => e.label === 'PERS').map((e) => e.text);

describe('common given names', () => {
  it('open a name before a family name no list holds', () => {
    expect(persons('وصلت رسالة من شاكر الدبوسي إلى المحافظ')).toEqual(['شاكر الدبوسي']);
    expect(persons('قدم شكري العتوم شكوى ضد الشركة')).toEqual(['شكري العتوم']);
    expect(persons('وحضر الحفل ممدوح الشرفاء وفدوى القيسي')).toEqual(['ممدوح الشرفاء', 'فدوى القيسي']);
    expect(persons('تبرع صبحي جرادات بمبلغ للمدرسة')).toEqual(['صبحي جرادات']);
  });

  it('include compounds of عبد, which open a name before a family name no list holds', () => {
    expect(persons('وقع العقد مع شريكه عبد الرحمن عويس أمس')).toEqual(['عبد الرحمن عويس']);
    expect(persons('وأوضح عبد الوهاب الشواف أن')).toEqual(['عبد الوهاب الشواف']);
  });

  it('include compounds in الله opened by a given name (عطية الله)', () => {
    expect(persons('وتزوج الكاتب من عطية الله إبراهيم عام 1954')).toEqual(['عطية الله إبراهيم']);
  });

  it('leave a given name that is also a word alone where it is the word', () => {
    expect(persons('يسري القرار على جميع الموظفين')).toEqual([]);
    expect(persons('وسار موكب مهيب في شوارع المدينة')).toEqual([]);
    expect(persons('وكان اختيار موفق للمدرب')).toEqual([]);
    expect(persons('وهو مؤيد للقرار منذ البداية')).toEqual([]);
    // و + جدي, and my grandfather, in a list of relatives.
    expect(persons('وعمي في لبنان وجدي بالسعودية')).toEqual([]);
  });
});

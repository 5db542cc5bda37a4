// A military rank between a title and a person's name is the person's own title.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const flat = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);

describe('a rank after a title, before a name', () => {
  it('is a title of its own, with أول after it', () => {
    expect(flat('التقى وزير الدفاع الفريق أول محمد زكي')).toEqual(['OCC وزير الدفاع', 'OCC الفريق أول', 'PERS محمد زكي']);
    expect(flat('أكد قائد الجيش اللواء محمد الحسن')).toEqual(['OCC قائد الجيش', 'OCC اللواء', 'PERS محمد الحسن']);
  });

  it('takes الركن (staff) after it, and the arm after that, into its own title', () => {
    expect(flat('وأكد الناطق باسم الجيش اللبناني العميد الركن سامر حسن أن')).toEqual(['OCC الناطق باسم الجيش اللبناني', 'OCC العميد الركن', 'PERS سامر حسن']);
    expect(flat('وقال وزير الدفاع الفريق أول الركن الطيار محمد زكي إن')).toEqual(['OCC وزير الدفاع', 'OCC الفريق أول الركن الطيار', 'PERS محمد زكي']);
  });

  it('is the complement of a bare head (the team, the brigade), and stays one with no name after it', () => {
    expect(flat('يعتبره مدرب الفريق أليكس فيرغسون خليفة له')).toEqual(['OCC مدرب الفريق', 'PERS أليكس فيرغسون']);
    expect(flat('قال رئيس اتحاد الفريق إن')).toEqual(['OCC رئيس اتحاد الفريق']);
  });
});

describe('an academic or princely title after a title, before a name', () => {
  it('is a title of its own, as a rank is', () => {
    expect(flat('قال وزير الصحة الدكتور خالد عبد الغفار إن')).toEqual(['OCC وزير الصحة', 'OCC الدكتور', 'PERS خالد عبد الغفار']);
    expect(flat('مقابلة مع وزير الطاقة الأمير عبد العزيز بن سلمان')).toEqual(['OCC وزير الطاقة', 'OCC الأمير', 'PERS عبد العزيز بن سلمان']);
    expect(flat('استقبل مفتي بيروت الشيخ محمد قباني')).toEqual(['OCC مفتي بيروت', 'OCC الشيخ', 'PERS محمد قباني']);
  });

  it('keeps الأستاذ الدكتور together', () => {
    expect(flat('أعلن رئيس الجامعة الأستاذ الدكتور محمد عثمان')).toEqual(['OCC رئيس الجامعة', 'OCC الأستاذ الدكتور', 'PERS محمد عثمان']);
  });
});

describe('an honorific read at the end of a title', () => {
  it('is cut off before the name and left out', () => {
    const spans = extract('والتقى رئيس مجلس الإدارة السيد محمد أحمد').map((e) => `${e.label} ${e.text}`);
    expect(spans).toEqual(['OCC رئيس مجلس الإدارة', 'PERS محمد أحمد']);
  });
});

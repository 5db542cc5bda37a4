// A one-word "name" after a title, right before a known place or organisation, is a noun that
// governs it (دعم فرنسا), not a person.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const spans = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);

describe('a noun before a known place or organisation', () => {
  it('is no person after a title', () => {
    expect(spans('يؤكد رئيس الجمهورية دعم فرنسا لخافيير سولانا')).toEqual(['OCC رئيس الجمهورية', 'GPE فرنسا', 'PERS خافيير سولانا']);
    expect(spans('وقال عضو اللجنة التنظيمية لدول مجلس التعاون إن')).not.toContain('PERS لدول');
  });

  it('is no person for a given name read alone that is also an everyday word (نجم, star)', () => {
    expect(spans('الذي غاب عنه نجم سان أنطونيو سبيرز طوال البطولة')).not.toContain('PERS نجم');
    expect(spans('بينما خضعت كامل صقلية لجيوش المسلمين')).not.toContain('PERS كامل');
    // After an honorific it is the name.
    expect(spans('وثائق أراضي للسيد صابر مسعد من جنين')).toContain('PERS صابر');
  });

  it('is no person with a proclitic left out either, and a particle cut from a name is none', () => {
    expect(spans('لم يعد هناك وجود للانسانية بسبب وجود إسرائيل')).toEqual(['GPE إسرائيل']);
    expect(spans('ورغم الفوز الكبير فان ريال مدريد عانى')).toEqual(['ORG ريال مدريد']);
  });

  it('leaves a person before a nationality, and a known name token before a place', () => {
    expect(spans('وقال المدرب جوزيه البرتغالي إن')).toContain('PERS جوزيه البرتغالي');
    expect(spans('وقال الرئيس حسني مبارك القاهرة ترحب')).toContain('PERS حسني مبارك');
    expect(spans('وأكد الرئيس محمود فرنسا')).toContain('PERS محمود');
  });
});

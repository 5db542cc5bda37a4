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

  it('leaves a person before a nationality, and a known name token before a place', () => {
    expect(spans('وقال المدرب جوزيه البرتغالي إن')).toContain('PERS جوزيه البرتغالي');
    expect(spans('وقال الرئيس حسني مبارك القاهرة ترحب')).toContain('PERS حسني مبارك');
    expect(spans('وأكد الرئيس محمود فرنسا')).toContain('PERS محمود');
  });
});

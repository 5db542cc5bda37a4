// `برئاسة` / `بقيادة` (headed by, led by) before a name: the person who leads. The same words
// come before groups and places (`بقيادة رابطة عوامي`, `التحالف بقيادة السعودية`), so the
// name must start with a known name token and have two tokens at least.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const persons = (text: string): string[] => extract(text).filter((e) => e.label === 'PERS').map((e) => e.text);

describe('persons after برئاسة and بقيادة', () => {
  it('reads the name of who heads a delegation, a government or a force', () => {
    expect(persons('التقى رئيس الوزراء وفدا من صندوق النقد الدولي برئاسة جهاد أزعور')).toEqual(['جهاد أزعور']);
    expect(persons('تشكلت حكومة انتقالية برئاسة روزا أوتونباييفا التي تسيطر على البلاد')).toEqual(['روزا أوتونباييفا']);
    expect(persons('وأرسل جيشا بقيادة صالح ابن شلهوب إلى القصيم')).toEqual(['صالح ابن شلهوب']);
  });

  it('reads no person where a group, a place or a common word follows', () => {
    expect(persons('تحالف للمعارضة يضم 14 حزبا بقيادة رابطة عوامي')).toEqual([]);
    expect(persons('شارك التحالف بقيادة السعودية في العمليات')).toEqual([]);
    expect(persons('عاد الفريق بقيادة مدربه الجديد')).toEqual([]);
    expect(persons('اجتماع برئاسة الجمهورية')).toEqual([]);
  });
});

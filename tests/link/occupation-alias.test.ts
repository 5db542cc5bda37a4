// A family name that is also an occupation (المعلم, the teacher; Walid al-Muallem's) names
// the person only where the document names him in full first.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const persons = (text: string) => extract(text).filter((e) => e.label === 'PERS').map((e) => ({ text: e.text, id: e.id }));

describe('المعلم', () => {
  it('is the teacher in subject place', () => {
    expect(persons('وقال المعلم إن الطلاب تحسنوا كثيرا')).toEqual([]);
    expect(persons('ويشرح المعلم الدرس للتلاميذ')).toEqual([]);
  });

  it('is the minister after his full name', () => {
    expect(persons('التقى وليد المعلم نظيره الروسي. وقال المعلم إن المحادثات كانت مثمرة')).toEqual([
      { text: 'وليد المعلم', id: 'kashf:pers/walid-muallem' },
      { text: 'المعلم', id: 'kashf:pers/walid-muallem' },
    ]);
  });
});

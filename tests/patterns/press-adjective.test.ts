// صحفي (journalist, and the adjective "press") after a noun it agrees with is the adjective.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const occ = (text: string) => extract(text).filter((e) => e.label === 'OCC').map((e) => e.text);

describe('an occupation in ي after a noun it agrees with', () => {
  it('is the adjective, with or without the article', () => {
    expect(occ('قال في مؤتمر صحفي بالرياض إن')).toEqual([]);
    expect(occ('وأكد خلال المؤتمر الصحفي أن')).toEqual([]);
    expect(occ('نشر عمل روائي جديد')).toEqual([]);
  });

  it('stays the occupation after a verb, before a name, or as a genitive', () => {
    expect(occ('قال الصحفي محمد علي إن')).toEqual(['الصحفي']);
    expect(occ('وقال صحفي في الجريدة')).toEqual(['صحفي']);
    expect(occ('جاء في تقرير الطبيب')).toEqual(['الطبيب']);
  });
});

describe('a feminine occupation after a feminine noun it agrees with', () => {
  it('is the adjective (a recorded speech, a dated document, a translated novel)', () => {
    expect(occ('وقال في كلمة مصورة إن البلاد بخير')).toEqual([]);
    expect(occ('وجد في وثيقة مؤرخة في 1142')).toEqual([]);
    expect(occ('نشرت رواية مترجمة إلى العربية')).toEqual([]);
  });

  it('stays the occupation after a person noun or before a name', () => {
    expect(occ('وكانت امرأة مصورة تعمل هناك')).toEqual(['مصورة']);
    expect(occ('تجسد دورها على الشاشة الممثلة كيت بيكنسيل')).toEqual(['الممثلة']);
  });
});

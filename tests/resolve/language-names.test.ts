// A language named by its feminine adjective (الفرنسية) is the language after a verb of
// speaking, mastering or learning and in a translation, and the nationality elsewhere.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const found = (text: string) => extract(text).map((e) => `${e.label} ${e.text}${e.id ? ' ' + e.id : ''}`);

describe('a language as the object of speaking or translating', () => {
  it('is the language after a verb of speaking, mastering or learning, not the country', () => {
    expect(found('يتحدث الفرنسية بطلاقة')).toEqual(['LANGUAGE الفرنسية wd:Q150']);
    expect(found('تعلمت الروسية في موسكو')).toContainEqual('LANGUAGE الروسية wd:Q7737');
  });

  it('reads the verb after و or ف, and past a subject of people with a pronoun', () => {
    expect(found('وتجيد الإنجليزية')).toEqual(['LANGUAGE الإنجليزية wd:Q1860']);
    expect(found('فيتحدث الفرنسية')).toEqual(['LANGUAGE الفرنسية wd:Q150']);
    expect(found('ويتحدث غالبيتهم العربية والأمازيغية')).toEqual(['LANGUAGE العربية wd:Q13955', 'LANGUAGE الأمازيغية kashf:lang/ber']);
    expect(found('يتكلم سكانها الفرنسية')).toEqual(['LANGUAGE الفرنسية wd:Q150']);
    // Another noun there is the adjective's own.
    expect(found('تحدثت صحفها الفرنسية')).not.toContain('LANGUAGE الفرنسية wd:Q150');
  });

  it('is the language with ب glued to it: in that language', () => {
    expect(found('كانت تكتب بالفرنسية')).toEqual(['LANGUAGE الفرنسية wd:Q150']);
    expect(found('صدر الكتاب بالعربية والإنجليزية')).toEqual(['LANGUAGE العربية wd:Q13955', 'LANGUAGE الإنجليزية wd:Q1860']);
    expect(found('وبالتركية')).toEqual(['LANGUAGE التركية wd:Q256']);
  });

  it('is the language a translation goes from and into, whatever the document names', () => {
    expect(found('ترجم الكتاب إلى الإنجليزية')).toEqual(['LANGUAGE الإنجليزية wd:Q1860']);
    expect(found('ترجمت الرواية من الروسية إلى العربية')).toEqual(['LANGUAGE الروسية wd:Q7737', 'LANGUAGE العربية wd:Q13955']);
    // France named elsewhere does not make the language the country again.
    expect(found('في فرنسا يتحدثون الفرنسية')).toEqual(['GPE فرنسا wd:Q142', 'LANGUAGE الفرنسية wd:Q150']);
  });

  it('takes the languages joined to it by و', () => {
    expect(found('تجيد الإسبانية والإنجليزية والفرنسية')).toEqual(['LANGUAGE الإسبانية wd:Q1321', 'LANGUAGE الإنجليزية wd:Q1860', 'LANGUAGE الفرنسية wd:Q150']);
    expect(found('يتحدث العربية و الفرنسية')).toEqual(['LANGUAGE العربية wd:Q13955', 'LANGUAGE الفرنسية wd:Q150']);
  });

  it('stays the nationality, or the outlet, elsewhere', () => {
    expect(found('تحدث الرئيس الفرنسي')).toEqual(['OCC الرئيس الفرنسي']);
    expect(found('عاد من الروسية')).not.toContainEqual(expect.stringMatching(/^LANGUAGE/));
    expect(found('وقال مراسل العربية إن')).not.toContainEqual(expect.stringMatching(/^LANGUAGE/));
  });
});

describe('languages in a list after the noun language', () => {
  const languages = (text: string): string[] => extract(text).filter((e) => e.label === 'LANGUAGE').map((e) => e.text);

  it('reads every adjective joined to a language named for sure', () => {
    expect(languages('يتقن اللغة الإنجليزية والفرنسية والألمانية')).toEqual(['الإنجليزية', 'الفرنسية', 'الألمانية']);
  });

  it('reads the adjectives after the dual and the plural', () => {
    expect(languages('صدرت النسخة باللغتين العربية والإنجليزية')).toEqual(['العربية', 'الإنجليزية']);
    expect(languages('كتبت الملصقات باللغات الفارسية والعربية')).toEqual(['الفارسية', 'العربية']);
  });

  it('reads the object of a verb of speaking past a definite subject of people', () => {
    expect(languages('يتحدث السكان الأمازيغية')).toEqual(['الأمازيغية']);
  });
});

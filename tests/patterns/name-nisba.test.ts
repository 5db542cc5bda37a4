import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const persons = (text: string) => extract(text).filter((e) => e.label === 'PERS').map((e) => e.text);

describe('a nisba closes a name read from name tokens', () => {
  it('takes a family name in ي that the lexicon lacks', () => {
    expect(persons('وقال عبد الله الهلالي إن')).toEqual(['عبد الله الهلالي']);
  });
  it('leaves common adjectives out of the name', () => {
    expect(persons('قال احمد محمد الحالي')).toEqual(['احمد محمد']);
  });
});

describe('a nationality as the family name', () => {
  it('closes a name of two or more tokens, even after a given name that is also a word', () => {
    expect(persons('وقال سعيد محمد الكندي إن الاتفاق تم')).toEqual(['سعيد محمد الكندي']);
    expect(persons('وقال أبو عبد الله التركي إن')).toEqual(['أبو عبد الله التركي']);
  });
  it('stays apart after a given name alone or after a name read after a title', () => {
    expect(persons('وسجل خالد الايرلندي هدفا')).toEqual(['خالد']);
    expect(persons('أكد الرئيس محمد مرسي المصري أن')).toEqual(['محمد مرسي']);
  });
  it('closes a given name read after a title or honorific, where an adjective would precede the name', () => {
    expect(persons('واضاف الشيخ خالد الايرلندي ، كما يطلق عليه')).toEqual(['خالد الايرلندي']);
    expect(persons('نائبا عن السيد فيصل السويدي نائب الرئيس')).toEqual(['فيصل السويدي']);
    expect(persons('قال الرئيس الأمريكي جو بايدن')).toEqual(['جو بايدن']);
  });
  it('is the family name when indefinite, which describes no definite person', () => {
    expect(persons('لكن الرئيس جون كندي رفض التدخل')).toEqual(['جون كندي']);
  });
});

describe('role nouns in apposition end a name', () => {
  it('stops at a graduate or an official after the name', () => {
    expect(persons('رئيس مجلس الادارة هو السيد ناصر الطبسي خريج الاقتصاد')).toEqual(['ناصر الطبسي']);
    expect(persons('مكتب الشيخ محمد يزبك المسؤول البارز في الحزب')).toEqual(['محمد يزبك']);
    expect(persons('مكتب الشيخ محمد يزبك المسئول البارز في الحزب')).toEqual(['محمد يزبك']);
  });
});

describe('regnal numbers', () => {
  it('belong to a given name alone', () => {
    expect(persons('حكم إسماعيل الأول البلاد')).toEqual(['إسماعيل الأول']);
    expect(persons('وتوفي فؤاد الثاني عشر')).toEqual(['فؤاد الثاني عشر']);
  });
  it('stay out of a longer name, where an ordinal is a rank', () => {
    expect(persons('وحل فرناندو غونزاليز الثالث')).toEqual(['فرناندو غونزاليز']);
  });
  it('follow a name read after a title, الأول too, which is also a title complement', () => {
    expect(persons('وذهب إلى ملك أراجون خايمي الأول ، وأعلن')).toEqual(['خايمي الأول']);
    expect(persons('بجماليون ابن الملك متّان الأول ، ويعتبر')).toEqual(['متّان الأول']);
    expect(persons('وقال الوزير الأول إدريس جطو إن')).toEqual(['إدريس جطو']);
  });
  it('end the name but for a known family name without the article', () => {
    expect(persons('وابن الملك السابق جيمس الأول ستيوارت .')).toEqual(['جيمس الأول ستيوارت']);
    expect(persons('إلا أن السلطان بايزيد الأول العثماني أخذ')).toEqual(['بايزيد الأول']);
    expect(persons('قابل الوفد الملك فاروق الأول لوضعه في الصورة')).toEqual(['فاروق الأول']);
  });
});

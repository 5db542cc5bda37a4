import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const persons = (text: string) => extract(text).filter((e) => e.label === 'PERS').map((e) => `${e.text} ${e.id ?? ''}`.trim());

describe('weak person aliases after a title', () => {
  it('are the person the gazetteer knows', () => {
    expect(persons('وأكد الرئيس الأسد أن الحوار مستمر')).toEqual(['الأسد wd:Q44329']);
    expect(persons('ودعا الرئيس السوري الأسد إلى الحوار')).toEqual(['الأسد wd:Q44329']);
  });
  it('stay words elsewhere, and a definite nisba after a title stays its adjective', () => {
    expect(persons('زأر الأسد في الغابة')).toEqual([]);
    expect(persons('أن يصطدم مع الحاكم العثماني لمدينة وهران')).toEqual([]);
  });
});

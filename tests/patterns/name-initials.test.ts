// Family names cut to an initial (`محمد ب.`) belong to the person's span.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const persons = (text: string): string[] => extract(text).filter((e) => e.label === 'PERS').map((e) => e.text);

describe('a name with an initial', () => {
  it('takes the initial and its full stop', () => {
    expect(persons('وتوجه محمد ب. وهشام ل. الى وكالات بنكية')).toEqual(['محمد ب.', 'هشام ل.']);
    expect(persons('وقد تم توقيف فؤاد ب. ( 28 سنة ) وهو تقني')).toEqual(['فؤاد ب.']);
  });

  it('leaves a letter that a word, a digit or another full stop follows', () => {
    expect(persons('وتوجه محمد ب.ع إلى المحكمة')).toEqual(['محمد']);
    expect(persons('وتوجه محمد ب... إلى المحكمة')).toEqual(['محمد']);
    expect(persons('التقى محمد ب.2 في القاهرة')).toEqual(['محمد']);
  });

  it('never crosses a line break', () => {
    expect(persons('وتوجه محمد\nب. إلى المحكمة')).toEqual(['محمد']);
  });
});

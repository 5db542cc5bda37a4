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

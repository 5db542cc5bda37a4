// A blessing after a name (`صلى الله عليه وسلم`, `طيب الله ثراه`) is no part of the name.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const persons = (text: string): string[] => extract(text).filter((e) => e.label === 'PERS').map((e) => e.text);

describe('a blessing after a name', () => {
  it('stays outside the person', () => {
    expect(persons('وقال النبي محمد صلى الله عليه وسلم في الحديث')).toEqual(['محمد']);
    expect(persons('بتمويل من جلالة الملك الحسين طيب الله ثراه .')).toEqual(['الحسين']);
  });

  it('leaves names in الله that no blessing follows', () => {
    expect(persons('وقال بهاء حسب الله إن المشروع')).toEqual(['بهاء حسب الله']);
    expect(persons('وقال محمد بن عبد الله إن المشروع')).toEqual(['محمد بن عبد الله']);
  });
});

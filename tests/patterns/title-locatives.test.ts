// A title holds the body after في (عضو في الكنيست), not a time, an occasion or a venue, which
// says when or where the verb happened.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const spans = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);

describe('في after a title', () => {
  it('ends the title before a time, an occasion or a venue', () => {
    expect(spans('سجل اللاعب في الدقيقة 45')).toEqual(['OCC اللاعب', 'CARDINAL 45']);
    expect(spans('قدم أوراقه للعاهل المغربي في القصر الملكي')).toContain('OCC لعاهل المغربي');
  });

  it('keeps the body the person belongs to', () => {
    expect(spans('قال عضو في الكنيست إن القرار خاطئ')).toEqual(['OCC عضو في الكنيست']);
    expect(spans('وقال الباحث في مركز الدراسات أحمد علي إن')).toEqual(['OCC الباحث في مركز الدراسات', 'PERS أحمد علي']);
  });
});

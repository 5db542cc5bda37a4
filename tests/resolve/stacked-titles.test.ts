// A one-word title and a profession's nisba after it are one OCC (الكاتب الصحفي), while a
// title noun in ي after a title is another person (الرئيس القاضي).

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const spans = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);

describe('stacked titles', () => {
  it('join a title and the profession after it', () => {
    expect(spans('وقال الكاتب الصحفي محمد أحمد إن')).toEqual(['OCC الكاتب الصحفي', 'PERS محمد أحمد']);
    expect(spans('ترأس اللجنة الكاتب الروائي جمال حسن')).toContain('OCC الكاتب الروائي');
  });

  it('leave a title noun in ي as another title', () => {
    expect(spans('استقبل الرئيس القاضي')).toEqual(['OCC الرئيس', 'OCC القاضي']);
  });
});

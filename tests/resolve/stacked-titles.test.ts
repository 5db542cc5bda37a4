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

  it('take the arts\' and broadcasting\'s fields and a nationality after them', () => {
    expect(spans('قال الفنان التشكيلي العراقي محمد غني إن')).toEqual(['OCC الفنان التشكيلي العراقي', 'PERS محمد غني']);
    expect(spans('التقط المصور التلفزيوني مشاهد الحريق')).toEqual(['OCC المصور التلفزيوني']);
  });

  it('read رائد الفضاء as a title, and الرائد alone as the rank', () => {
    expect(spans('قال رائد الفضاء الإماراتي سلطان النيادي إن')).toEqual(['OCC رائد الفضاء الإماراتي', 'PERS سلطان النيادي']);
    expect(spans('قال الرائد محمد علي إن')).toEqual(['OCC الرائد', 'PERS محمد علي']);
  });

  it('leave a title noun in ي as another title', () => {
    expect(spans('استقبل الرئيس القاضي')).toEqual(['OCC الرئيس', 'OCC القاضي']);
  });
});

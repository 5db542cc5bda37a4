// A national league or cup is an EVENT (`الدوري الإنجليزي الممتاز`, `كأس ملك إسبانيا`), with
// its nationality or country nested, as Wojood tags an event's parts; England, Scotland and
// Wales have demonyms of their own.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const flat = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);
const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}${e.id?.startsWith('wd:') ? ' ' + e.id : ''}`);

describe('a sports competition', () => {
  it('is a league named by its nationality, with its division and its sport', () => {
    expect(flat('يتصدر الفريق ترتيب الدوري الإيطالي بفارق نقطتين')).toEqual(['EVENT الدوري الإيطالي']);
    expect(flat('هداف الدوري المصري الممتاز لكرة القدم هذا الموسم')).toEqual(['EVENT الدوري المصري الممتاز لكرة القدم', 'DATE هذا الموسم']);
    expect(nested('يلعب في الدوري الإنجليزي الممتاز منذ عامين')).toEqual(['EVENT الدوري الإنجليزي الممتاز', 'NORP الإنجليزي wd:Q21', 'DATE عامين']);
  });

  it('is a league named by its sponsor and nationality', () => {
    expect(flat('تصدر الفريق ترتيب دوري روشن السعودي بعد فوزه')).toEqual(['EVENT دوري روشن السعودي']);
  });

  it('is a cup of a country, of its federation or of its king', () => {
    expect(flat('توج بلقب كأس الاتحاد الإنجليزي على حساب')).toEqual(['EVENT كأس الاتحاد الإنجليزي']);
    expect(nested('خسر نهائي كأس ملك إسبانيا أمام')).toEqual(['EVENT كأس ملك إسبانيا', 'GPE إسبانيا wd:Q29']);
    expect(flat('فاز بكأس العراق للمرة الثالثة')).toEqual(['EVENT كأس العراق', 'ORDINAL الثالثة']);
  });

  it('is no periodic meeting, no role, no cup of water and no unnamed league', () => {
    expect(flat('يعقد المجلس اجتماعا دوريا كل شهر')).not.toContainEqual(expect.stringMatching(/^EVENT/));
    expect(flat('قال إن دوري في الحكومة السعودية محدود')).not.toContainEqual(expect.stringMatching(/^EVENT/));
    expect(flat('شرب كأس ماء بارد')).toEqual([]);
    expect(flat('يشارك في الدوري المحلي')).toEqual([]);
  });
});

describe('the demonyms of England, Scotland and Wales', () => {
  it('link to the country of each', () => {
    expect(nested('قال المدرب الاسكتلندي إن')).toContainEqual('NORP الاسكتلندي wd:Q22');
    expect(nested('سجل المهاجم الإنجليزي هدفين')).toContainEqual('NORP الإنجليزي wd:Q21');
  });
});

// Peoples named as groups are NORP: regional peoples (الأوروبيون, الأفارقة), peoples of history
// (الرومان, العثمانيون, المغول), ethnic groups (الطوارق, البلوش), and broken plurals of
// nationalities, linked to the country as its other demonyms are (الأوزبك).

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const groups = (text: string) => extract(text).filter((e) => e.label === 'NORP').map((e) => [e.text, e.id]);

describe('groups of people', () => {
  it('are NORP with the group as their ID', () => {
    expect(groups('وقال الأوروبيون إن الأفارقة والآسيويين تضرروا')).toEqual([
      ['الأوروبيون', 'kashf:norp/europeans'],
      ['الأفارقة', 'kashf:norp/africans'],
      ['الآسيويين', 'kashf:norp/asians'],
    ]);
    expect(groups('حارب العثمانيون المغول والتتار بعد الرومان')).toEqual([
      ['العثمانيون', 'kashf:norp/ottomans'],
      ['المغول', 'kashf:norp/mongols'],
      ['التتار', 'kashf:norp/tatars'],
      ['الرومان', 'kashf:norp/romans'],
    ]);
    expect(groups('عاش النصارى واليهود في المدينة')).toEqual([
      ['النصارى', 'kashf:norp/christians'],
      ['اليهود', 'kashf:norp/jews'],
    ]);
  });

  it('link a broken plural of a nationality to its country', () => {
    expect(groups('يعيش الأوزبك والطاجيك في المدينة')).toEqual([
      ['الأوزبك', 'wd:Q265'],
      ['الطاجيك', 'wd:Q863'],
    ]);
  });
  it('name the peoples and tribes of early Islamic history', () => {
    expect(groups('حارب المسلمون الروم والفرنجة')).toEqual([
      ['المسلمون', 'kashf:norp/muslims'],
      ['الروم', 'kashf:norp/byzantines'],
      ['الفرنجة', 'kashf:norp/franks'],
    ]);
    expect(groups('آخى النبي بين الأوس والخزرج من قريش')).toEqual([
      ['الأوس', 'kashf:norp/aws'],
      ['الخزرج', 'kashf:norp/khazraj'],
      ['قريش', 'kashf:norp/quraysh'],
    ]);
  });
});

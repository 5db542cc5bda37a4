// RT before an @handle is a retweet marker, not the channel RT.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const spans = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);

describe('the retweet marker', () => {
  it('is no organisation before an @handle', () => {
    expect(spans('RT @AJArabic: الرئيس الفرنسي إيمانويل ماكرون يدعو إلى التهدئة')).toEqual(['OCC الرئيس الفرنسي', 'PERS إيمانويل ماكرون']);
    expect(spans('rt  @user مبروك')).toEqual([]);
  });

  it('leaves the channel RT named elsewhere', () => {
    expect(extract('شاهد RT عربي')[0]).toMatchObject({ label: 'ORG', text: 'RT', id: 'wd:Q22868' });
  });
});

// Groups of people named by a plural noun (voters, refugees, children) are NORP, as Wojood
// annotates them; inside a name such a noun is a word of the name.

import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';

const spans = (text: string, nested = false): string[] => extract(text, { nested }).map((e) => `${e.label} ${e.text}`);

describe('groups of people', () => {
  it('are NORP, with a nationality or a plural adjective after them', () => {
    expect(spans('وتوجه الناخبون إلى صناديق الاقتراع')).toEqual(['NORP الناخبون']);
    expect(spans('وقال الأطباء إن المرضى بحاجة إلى رعاية')).toEqual(['NORP الأطباء', 'NORP المرضى']);
    expect(spans('عودة اللاجئين الفلسطينيين إلى ديارهم', true)).toEqual(['NORP اللاجئين الفلسطينيين', 'NORP الفلسطينيين']);
    expect(spans('أكد دعمه الشعب الفلسطيني في نضاله')).toEqual(['NORP الشعب الفلسطيني']);
  });

  it('need the article: an indefinite plural is a description', () => {
    expect(spans('شارك ناخبون كثيرون في التصويت')).toEqual([]);
  });

  it('are no entity inside a name', () => {
    expect(spans('وافق مجلس النواب الأردني على القانون', true).filter((s) => s.startsWith('NORP'))).toEqual(['NORP الأردني']);
    expect(spans('اجتمع مجلس إدارة اتحاد المحامين في عمان', true).filter((s) => s.startsWith('NORP'))).toEqual([]);
  });
});

describe('the peopleGroups option', () => {
  it('leaves groups of people out when false, and nationalities in', () => {
    const text = 'عودة اللاجئين الفلسطينيين إلى ديارهم';
    expect(createExtractor({ peopleGroups: false }).extract(text).map((e) => `${e.label} ${e.text}`)).toEqual(['NORP الفلسطينيين']);
    expect(createExtractor().extract(text).map((e) => `${e.label} ${e.text}`)).toEqual(['NORP اللاجئين الفلسطينيين']);
  });

  it('must be a boolean', () => {
    expect(() => createExtractor({ peopleGroups: 'no' as unknown as boolean })).toThrow(/peopleGroups/);
  });
});

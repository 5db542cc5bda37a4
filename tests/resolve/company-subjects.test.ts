// A company known only by a weak alias is that company as the subject of a feminine verb of
// business news.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const orgs = (text: string) => extract(text).filter((e) => e.label === 'ORG').map((e) => ({ text: e.text, id: e.id }));

describe('a weak company alias after a feminine verb of business news', () => {
  it('is the company', () => {
    expect(orgs('أعلنت ميتا عن تطبيق جديد للمراسلة')).toEqual([{ text: 'ميتا', id: 'wd:Q380' }]);
    expect(orgs('وأطلقت أبل هاتفها الجديد أمس')).toEqual([{ text: 'أبل', id: 'wd:Q312' }]);
  });

  it('is no company elsewhere, nor a club after such a verb', () => {
    expect(orgs('رأيت ميتا في السوق')).toEqual([]);
    expect(orgs('وأعلنت الهلال اليوم')).toEqual([]);
  });
});

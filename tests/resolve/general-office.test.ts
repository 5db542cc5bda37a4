// A general office spans the body it belongs to, glued to ل, known or not.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const titles = (text: string): string[] => extract(text).filter((e) => e.label === 'OCC').map((e) => e.text);

describe('a general office', () => {
  it('takes the body after ل with its adjectives', () => {
    expect(titles('وقال المدير العام للأمن الوطني إن')).toEqual(['المدير العام للأمن الوطني']);
    expect(titles('وقال الأمين العام للحزب في مؤتمر صحفي')).toEqual(['الأمين العام للحزب']);
    expect(titles('وأصبح القائد العام للميليشيات الفاشية عام 1924')).toEqual(['القائد العام للميليشيات الفاشية']);
  });

  it('keeps a known organisation nested, and stops at the next entity', () => {
    const nested = extract('وقال الأمين العام للأمم المتحدة إن', { nested: true });
    expect(nested.map((e) => `${e.label} ${e.text}`)).toEqual(['OCC الأمين العام للأمم المتحدة', 'ORG لأمم المتحدة']);
  });

  it('is a title of two words or more only: a bare title before ل takes nothing', () => {
    expect(titles('وشكر الرئيس للشعب وقوفه')).toEqual(['الرئيس']);
  });
});

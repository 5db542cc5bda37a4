// A hashtag joins the words of a name with underscores: the name is found over them, its span
// in the caller's text.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('names in hashtags', () => {
  it('are found over the underscores, with their IDs', () => {
    const text = 'هدف رائع من #محمد_صلاح الليلة';
    const [e] = extract(text, { labels: ['PERS'] });
    expect(e).toMatchObject({ text: 'محمد_صلاح', label: 'PERS', id: 'kashf:pers/mohamed-salah' });
    expect(text.slice(e!.start, e!.end)).toBe('محمد_صلاح');
  });

  it('keep the digits of a handle or a hashtag out of numbers', () => {
    const flat = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);
    expect(flat('كتب @ahmed_99 اليوم')).toEqual(['DATE اليوم']);
    expect(flat('انتشر وسم #مصر_2024 أمس')).not.toContainEqual(expect.stringMatching(/2024/));
    expect(flat('في ملف report_2023_final.pdf')).toEqual([]);
    expect(flat('قال في عام 2024 _ إن')).toEqual(['DATE عام 2024']);
  });

  it('leave underscores in Latin handles and addresses alone', () => {
    expect(extract('راسلونا على john_doe@mail.com').map((e) => `${e.label} ${e.text}`)).toContain('WEBSITE john_doe@mail.com');
  });
});

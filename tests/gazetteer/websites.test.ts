// The large platforms are WEBSITE entities with their Wikidata IDs, as Wojood tags them.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const sites = (text: string) => extract(text).filter((e) => e.label === 'WEBSITE').map((e) => [e.text, e.id]);

describe('websites by name', () => {
  it('are WEBSITE with their IDs, also with the article or a proclitic', () => {
    expect(sites('تابعونا على تويتر وفيسبوك')).toEqual([
      ['تويتر', 'wd:Q918'],
      ['فيسبوك', 'wd:Q355'],
    ]);
    expect(sites('نشر المقطع كاليوتيوب تماما')).toEqual([['اليوتيوب', 'wd:Q866']]);
  });

  it('leave the company that runs one an organisation', () => {
    expect(extract('أعلنت شركة تويتر أرباحها').map((e) => `${e.label} ${e.text}`)).toEqual(['ORG شركة تويتر']);
  });
});

// Rows of the place source whose Arabic name is a word-by-word translation of the English one
// (Worksop → ورشة عمل "workshop", Loudi → بصوت عال "aloud") are dropped: the phrases are
// everyday Arabic, and the places are seldom named in Arabic news.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const places = readFileSync(path.resolve(__dirname, '../../gazetteers/places.jsonl'), 'utf8');

describe('machine-translated place names', () => {
  it('are no places in the shipped gazetteer', () => {
    for (const id of ['wd:Q2281091', 'wd:Q416988', 'wd:Q4117405', 'wd:Q32041226', 'wd:Q266438', 'wd:Q1054450', 'wd:Q1002525']) expect(places).not.toContain(`"${id}"`);
  });

  it('leave the everyday phrase unlabelled', () => {
    expect(extract('شارك وفد الوزارة في ورشة عمل حول إدارة المياه')).toEqual([]);
    expect(extract('وقرأ الطالب النص بصوت عال أمام زملائه')).toEqual([]);
  });

  it('leave the country a Colombian town was translated as', () => {
    // Montenegro (Quindío) had been given the country's Arabic name.
    expect(places).not.toContain('"wd:Q1256403"');
    expect(extract('وصل رئيس وزراء الجبل الأسود إلى بروكسل', { nested: true }).find((e) => e.text === 'الجبل الأسود')?.id).toBe('wd:Q236');
  });
});

// Demonym generation: masculine/feminine, article, sound and broken plurals.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demonymForms, withArticle } from '../../scripts/build-places.js';

describe('demonymForms', () => {
  it('inflects a nisba adjective for gender, number and the article', () => {
    const forms = demonymForms(['روسي'], ['روس']);
    expect(forms).toEqual(expect.arrayContaining([
      'روسي', 'الروسي', 'روسية', 'الروسية', 'روسيون', 'الروسيون', 'روسيين', 'الروسيين', 'روسيات', 'الروسيات', 'روس', 'الروس',
    ]));
  });

  it('makes every word agree in an all-nisba base', () => {
    const forms = demonymForms(['كوري شمالي']);
    expect(forms).toContain('الكوري الشمالي');
    expect(forms).toContain('الكورية الشمالية');
    expect(forms).toContain('كوريون شماليون');
  });

  it('inflects only the last word of a compound and puts the article first', () => {
    const forms = demonymForms(['جنوب أفريقي']);
    expect(forms).toContain('جنوب أفريقية');
    expect(forms).toContain('الجنوب أفريقيون');
    expect(forms).not.toContain('الجنوب الأفريقي');
  });

  it('keeps spelling variants apart and drops normalization duplicates', () => {
    const forms = demonymForms(['أمريكي', 'أميركي', 'امريكي'], ['أمريكان']);
    expect(forms).toContain('الأمريكيون');
    expect(forms).toContain('الأميركيون');
    expect(forms).toContain('الأمريكان');
    expect(forms.filter((f) => f === 'امريكي')).toEqual([]);
  });

  it('does not double the article', () => {
    expect(withArticle('العرب')).toBe('العرب');
    expect(demonymForms([], ['الأتراك'])).toEqual(['الأتراك']);
  });

  it('rejects a base that is not a nisba adjective', () => {
    expect(() => demonymForms(['روس'])).toThrow();
  });
});

describe('curated demonym bases', () => {
  const lines = readFileSync(path.resolve(__dirname, '../../gazetteers/curated/country-variants.jsonl'), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { iso2: string; demonymBase?: string[] });

  it('cover at least 150 countries', () => {
    expect(lines.filter((l) => l.demonymBase?.length).length).toBeGreaterThanOrEqual(150);
  });

  it('generate for every country without error', () => {
    for (const l of lines) if (l.demonymBase) expect(() => demonymForms(l.demonymBase!)).not.toThrow();
  });

  it('give countries their demonyms, but never their own name as a demonym', () => {
    const countries = readFileSync(path.resolve(__dirname, '../../gazetteers/countries.jsonl'), 'utf8')
      .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { iso2: string; ar: string; aliases?: string[]; demonyms?: string[] });
    const sa = countries.find((c) => c.iso2 === 'SA')!;
    expect(sa.demonyms).toContain('السعوديون');
    expect(sa.demonyms).not.toContain('السعودية');
    const ru = countries.find((c) => c.iso2 === 'RU')!;
    expect(ru.demonyms).toEqual(expect.arrayContaining(['روسي', 'الروسية', 'الروس']));
  });
});

// Hostile but valid text gives correct results, quickly; non-strings give typed errors.
import { describe, expect, it } from 'vitest';
import { createExtractor, extractBatch, type Entity } from 'kashf-under-test';

const kashf = createExtractor();
const valid = (input: string, ents: Entity[]) => {
  let prev = 0;
  for (const e of ents) {
    expect(e.text).toBe(input.slice(e.start, e.end));
    expect(e.start).toBeGreaterThanOrEqual(prev);
    prev = e.end;
  }
};

describe('hostile input', () => {
  const cases: Record<string, string> = {
    'lone surrogates': '\ud800بايدن\udc00 روسيا\ud800',
    'NUL and controls': '\u0000بايدن\u0001\u0007 في\u001bروسيا\u0000',
    'bidi overrides': '\u202eبايدن\u202c \u2066روسيا\u2069 \u202d',
    'marks inside a name': 'باي\u200fدن و\u200dروسيا',
    emoji: '😀بايدن😀 🇷🇺 روسيا👍🏽',
    'mixed scripts': 'Biden بايدن Байден 拜登 روسيا Россия',
    '100k diacritics': 'روسيا' + '\u064b'.repeat(100_000) + ' بايدن',
    'tatweel flood': 'ر' + 'ـ'.repeat(100_000) + 'وسيا بايدن',
    '1 MB without a space': 'ب'.repeat(1 << 20),
    '1 MB of digits': '9'.repeat(1 << 20),
    '1 MB of punctuation': '«.'.repeat(1 << 19),
  };
  for (const [name, input] of Object.entries(cases)) {
    it(`gives a valid result for ${name}`, () => {
      const ents = kashf.extract(input);
      valid(input, ents);
    });
  }

  it('still finds names around bidi marks and harakat floods', () => {
    const input = 'روسيا' + '\u064b'.repeat(10_000) + ' و\u200fبايدن';
    const ents = kashf.extract(input);
    expect(ents.find((e) => e.id === 'wd:Q159')?.text).toBe('روسيا' + '\u064b'.repeat(10_000));
  });
});

describe('batches', () => {
  it('survives a document that throws: count in equals count out, order kept', () => {
    const docs: unknown[] = [];
    for (let i = 0; i < 3000; i++) docs.push(i % 500 === 7 ? 12345 : { id: `d${i}`, text: `الخبر ${i}: بايدن في روسيا` });
    const results = [...extractBatch(kashf, docs as never)];
    expect(results).toHaveLength(3000);
    results.forEach((r, i) => expect(r.index).toBe(i));
    const errors = results.filter((r) => 'error' in r);
    expect(errors).toHaveLength(6);
    expect(errors[0]).toMatchObject({ index: 7, error: { code: 'KASHF_INVALID_INPUT' } });
    const ok = results[1]!;
    expect('entities' in ok && ok.entities.some((e) => e.id === 'wd:Q159')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { cliticReadings } from '../../src/tokenize/clitics.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

const words = (s: string) => tokenize(s).map((t) => s.slice(t.start, t.end));

describe('tokenize', () => {
  it('splits a token where the script changes', () => {
    const s = 'شركه برمجياتkaseya';
    expect(words(s)).toEqual(['شركه', 'برمجيات', 'kaseya']);
    expect(tokenize(s).map((t) => t.kind)).toEqual(['arabic', 'arabic', 'latin']);
  });

  it('makes every punctuation mark its own token, Arabic and Latin', () => {
    expect(words('«جاي بي اس» (ا.ف.ب)، 19؟')).toEqual(['«', 'جاي', 'بي', 'اس', '»', '(', 'ا', '.', 'ف', '.', 'ب', ')', '،', '19', '؟']);
  });

  it('is lossless: only whitespace falls between tokens', () => {
    const s = 'قال بايدن: "لسنا متاكدين" 😀 cafe\u0000 中文';
    const toks = tokenize(s);
    let pos = 0;
    for (const t of toks) {
      expect(s.slice(pos, t.start).trim().replace(/\u0000/g, '')).toBe('');
      pos = t.end;
    }
  });

  it('keeps a surrogate pair together and a lone surrogate alone', () => {
    expect(words('😀\ud800')).toEqual(['😀', '\ud800']);
  });
});

describe('cliticReadings', () => {
  it('reads لل before a lam as ل and the whole article (للاذقية → اللاذقية)', () => {
    expect(cliticReadings('للاذقيه').map((r) => r.key)).toContain('اللاذقيه');
  });

  it('tries the whole token first', () => {
    expect(cliticReadings('لبنان')[0]).toEqual({ prefix: 0, key: 'لبنان' });
  });

  it('offers conjunction and preposition readings', () => {
    const keys = cliticReadings('وبروسيا').map((r) => r.key);
    expect(keys).toContain('بروسيا');
    expect(keys).toContain('روسيا');
  });

  it('restores the article after لل', () => {
    const r = cliticReadings('للامم').find((x) => x.key === 'الامم');
    expect(r).toEqual({ prefix: 1, key: 'الامم' });
  });

  it('never strips a token down to a single letter', () => {
    expect(cliticReadings('بل').map((r) => r.key)).toEqual(['بل']);
  });
});

describe('tokenTexts', () => {
  it('splits exactly like tokenize', async () => {
    const fc = (await import('fast-check')).default;
    const { tokenTexts } = await import('../../src/tokenize/tokenize.js');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), (a, b) => {
        for (const s of [a, b, a + ' بايدنKaseya«19»' + b]) expect(tokenTexts(s)).toEqual(words(s));
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { normalize, normalizeKey, toOriginalSpan } from '../../src/normalize/normalize.js';
import { extract } from '../../src/index.js';

describe('normalize', () => {
  it('removes harakat and attaches them to the preceding letter', () => {
    const n = normalize('أَحْمَدُ');
    expect(n.text).toBe('احمد');
    expect(toOriginalSpan(n, 0, 4)).toEqual({ start: 0, end: 8 });
  });

  it('folds alef forms, alef maqsura and ta marbuta', () => {
    expect(normalize('أ إ آ ٱ مصطفى مدرسة').text).toBe('ا ا ا ا مصطفي مدرسه');
  });

  it('removes tatweel inside a word and keeps offsets', () => {
    const n = normalize('بايـــدن');
    expect(n.text).toBe('بايدن');
    expect(toOriginalSpan(n, 0, 5)).toEqual({ start: 0, end: 8 });
  });

  it('drops bidi controls and zero-width characters without attaching them to a span', () => {
    const input = '\u200fبوتين\u200f';
    const n = normalize(input);
    expect(n.text).toBe('بوتين');
    const span = toOriginalSpan(n, 0, 5);
    expect(input.slice(span.start, span.end)).toBe('بوتين');
  });

  it('maps presentation forms and ligatures to base letters', () => {
    const n = normalize('ﻻ ﺑﺎﻳﺪﻥ');
    expect(n.text).toBe('لا بايدن');
    expect(n.starts[0]).toBe(0);
    expect(n.starts[1]).toBe(0); // both letters of the ligature come from one code unit
  });

  it('folds Persian letter forms and digits in every script', () => {
    expect(normalize('ک ی ۀ ٢٠٢٢ ۱۹').text).toBe('ك ي ه 2022 19');
  });

  it('lower-cases Latin and maps Arabic percent and separators', () => {
    expect(normalize('CNN ٪٢٠ ٣٫٥').text).toBe('cnn %20 3.5');
  });

  it('keeps lone surrogates, NUL and emoji as they are', () => {
    const s = '\ud800a\u0000😀';
    expect(normalize(s).text).toBe(s);
  });

  it('folds Unicode spaces to a plain space', () => {
    expect(normalizeKey('جو\u00a0 بايدن')).toBe('جو بايدن');
  });

  it('handles the empty string and long runs of marks in linear time', () => {
    expect(normalize('').text).toBe('');
    const marks = 'ب' + '\u064e'.repeat(100_000);
    const n = normalize(marks);
    expect(n.text).toBe('ب');
    expect(toOriginalSpan(n, 0, 1)).toEqual({ start: 0, end: marks.length });
  });
});

describe('normalize keeps every code unit it does not fold', () => {
  it('keeps lone surrogates, surrogate pairs and a leading U+FEFF in place', () => {
    for (const input of ['\ud800 روسيا', 'روسيا \udc00', 'مرحبا 😀 بكم', '\ufeffروسيا', 'a\ufeffb']) {
      const n = normalize(input);
      expect(n.starts.length).toBe(n.text.length);
      // Every normalized code unit comes from its original position, folded or not.
      for (let k = 0; k < n.text.length; k++) {
        const c = n.text.charCodeAt(k);
        if (c >= 0xd800 && c <= 0xdfff) expect(input.charCodeAt(n.starts[k]!)).toBe(c);
      }
    }
    expect(normalize('\ud800x').text).toBe('\ud800x');
    expect(normalize('x😀').text).toBe('x😀');
  });
});

describe('an underscore', () => {
  it('is a space between two Arabic letters, as a hashtag joins a name, and kept elsewhere', () => {
    const n = normalize('#محمد_صلاح يسجل');
    expect(n.text).toBe('#محمد صلاح يسجل');
    expect(toOriginalSpan(n, 1, 10)).toEqual({ start: 1, end: 10 });
    expect(normalize('john_doe@mail.com @kashf_ar _محمد محمد_ 3_4').text).toBe('john_doe@mail.com @kashf_ar _محمد محمد_ 3_4');
    // Harakat dropped after the underscore leave the letters on both sides.
    expect(normalize('أحمدُ_زويل').text).toBe('احمد زويل');
    expect(normalizeKey('محمد_صلاح')).toBe('محمد صلاح');
  });
});

describe('a letter written three times or more', () => {
  it('is one letter, as Arabic spells no letter three times in a row', () => {
    expect(normalize('مصرررر').text).toBe('مصر');
    expect(normalize('جداااا ممتاز').text).toBe('جدا ممتاز');
    expect(normalize('ررر').text).toBe('ر');
    // Twice stays twice (ممتاز has two), and digits and Latin letters stay as they are.
    expect(normalize('ممتاز 1000 aaa').text).toBe('ممتاز 1000 aaa');
  });

  it('keeps the lengthened word inside the span', () => {
    const text = 'مصرررر يا ليفربوووول';
    const n = normalize(text);
    expect(n.text).toBe('مصر يا ليفربول');
    expect(toOriginalSpan(n, 0, 3)).toEqual({ start: 0, end: 6 });
    expect(toOriginalSpan(n, 7, 14)).toEqual({ start: 10, end: 20 });
  });

  it('lets the gazetteer find a lengthened name', () => {
    expect(extract('مصرررر 🇪🇬 احنا في كاس العالم')[0]).toMatchObject({ text: 'مصرررر', label: 'GPE', id: 'wd:Q79' });
    expect(extract('صـــلاح يا ملك، ليفربوووول').map((e) => e.text)).toContain('ليفربوووول');
  });
});

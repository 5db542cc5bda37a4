// Public API behaviour. Runs against the source and, in the packaging smoke test, against the
// built package (see vitest.config.ts).
import { describe, expect, it } from 'vitest';
import { createExtractor, extract, KashfInputError, KashfOptionsError, LABELS, normalize } from 'kashf-under-test';

describe('extract', () => {
  it('finds a person and a country with exact offsets and Wikidata IDs', () => {
    const text = 'وشدد بايدن على ضرورة اتخاذ روسيا إجراءات';
    const ents = extract(text);
    const biden = ents.find((e) => e.text === 'بايدن');
    const russia = ents.find((e) => e.text === 'روسيا');
    expect(biden).toMatchObject({ start: 5, end: 10, label: 'PERS', id: 'wd:Q6279', url: 'https://www.wikidata.org/wiki/Q6279' });
    expect(russia).toMatchObject({ start: 27, end: 32, label: 'GPE', id: 'wd:Q159' });
  });

  it('leaves proclitics outside the span: لروسيا yields روسيا', () => {
    const text = 'دعا لروسيا';
    const [e] = extract(text).filter((x) => x.id === 'wd:Q159');
    expect(e).toMatchObject({ start: 5, end: 10, text: 'روسيا' });
  });

  it('leaves proclitics outside the spans of every stage: gazetteer, place and organisation rules, titles', () => {
    const text = 'في الضفة الغربية وقطاع غزة وبمحافظة إربد ولشركة موتورولا وللرئيس بايدن';
    const texts = extract(text, { nested: true }).map((e) => e.text);
    // After لل only the first ل is outside, as in Wojood: للرئيس → لرئيس.
    expect(texts).toEqual(['الضفة الغربية', 'قطاع غزة', 'غزة', 'محافظة إربد', 'إربد', 'شركة موتورولا', 'لرئيس', 'بايدن']);
  });

  it('nests no misreading of a name\'s first letters as proclitics', () => {
    const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);
    expect(nested('زار الرئيس بايدن باريس')).toEqual(['OCC الرئيس', 'PERS بايدن', 'GPE باريس']);
    expect(nested('قال واين روني إن')).toEqual(['PERS واين روني']);
    // A unit or currency glued to digits is no misreading.
    expect(nested('بلغ طوله 60سم')).toContain('UNIT سم');
  });

  it('keeps the article inside a name: الولايات المتحدة', () => {
    const text = 'وصوتت ضده الولايات المتحدة وإسرائيل';
    const e = extract(text).find((x) => x.id === 'wd:Q30');
    expect(e?.text).toBe('الولايات المتحدة');
  });

  it('returns text === input.slice(start, end), sorted and non-overlapping', () => {
    const text = 'أجرى الرئيسُ الأمريكيُّ جو بايدن اتصالاً مع نظيره الروسي فلاديمير بوتين في البيت الأبيض.';
    const ents = extract(text);
    expect(ents.length).toBeGreaterThan(1);
    for (let i = 0; i < ents.length; i++) {
      const e = ents[i]!;
      expect(e.text).toBe(text.slice(e.start, e.end));
      expect(LABELS).toContain(e.label);
      if (i > 0) expect(e.start).toBeGreaterThanOrEqual(ents[i - 1]!.end);
    }
  });

  it('covers harakat on a name', () => {
    const text = 'قال بوتينُ';
    expect(extract(text).find((e) => e.id === 'wd:Q7747')?.text).toBe('بوتينُ');
  });

  it('gives [] for the empty string and a typed error for non-strings', () => {
    expect(extract('')).toEqual([]);
    for (const bad of [undefined, null, 42, {}, ['x'], Symbol('s')]) {
      try {
        extract(bad as unknown as string);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(TypeError);
        expect(err).toBeInstanceOf(KashfInputError);
        expect((err as KashfInputError).code).toBe('KASHF_INVALID_INPUT');
      }
    }
  });

  it('rejects unknown labels in options with a typed error', () => {
    expect(() => extract('روسيا', { labels: ['COUNTRY' as never] })).toThrow(KashfOptionsError);
    try {
      createExtractor({ labels: ['X' as never] });
    } catch (err) {
      expect((err as KashfOptionsError).code).toBe('KASHF_INVALID_OPTIONS');
      expect((err as KashfOptionsError).field).toBe('labels');
    }
  });
});

describe('createExtractor', () => {
  it('adds user entries and filters labels', () => {
    const kashf = createExtractor({
      entries: [{ id: 'kashf:org/acme', label: 'ORG', ar: 'شركة أكمي', aliases: ['أكمي'] }],
      labels: ['ORG'],
    });
    const ents = kashf.extract('أعلنت أكمي في روسيا عن أرباحها');
    expect(ents.map((e) => [e.text, e.label, e.id])).toEqual([['أكمي', 'ORG', 'kashf:org/acme']]);
  });

  it('drops labels per call', () => {
    const ents = extract('بايدن وبوتين في روسيا', { excludeLabels: ['PERS'] });
    expect(ents.every((e) => e.label !== 'PERS')).toBe(true);
    expect(ents.some((e) => e.label === 'GPE')).toBe(true);
  });

  it('can run without the default gazetteer', () => {
    const kashf = createExtractor({ defaultGazetteer: false, patterns: false });
    expect(kashf.extract('بايدن في روسيا')).toEqual([]);
  });

  it('rejects a bad user entry naming the field', () => {
    expect(() => createExtractor({ entries: [{ id: 'kashf:x/y', label: 'ORG', ar: '' }] })).toThrow(/"ar"/);
  });

  it('is deterministic and keeps no state between calls', () => {
    const a = createExtractor();
    const b = createExtractor();
    const t1 = 'بايدن يجري اتصالا مع بوتين';
    const first = a.extract(t1);
    a.extract('نص آخر عن سوريا وجنيف');
    expect(a.extract(t1)).toEqual(first);
    expect(b.extract(t1)).toEqual(first);
  });
});

describe('normalize (public)', () => {
  it('returns normalized text and the offset map', () => {
    const n = normalize('أَحمد');
    expect(n.text).toBe('احمد');
    expect(Array.from(n.starts)).toEqual([0, 2, 3, 4]);
  });
});

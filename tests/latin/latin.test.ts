import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { latinEntities } from '../../src/latin/index.js';

const bare = createExtractor({ defaultGazetteer: false, patterns: false });
const withLatin = createExtractor({ defaultGazetteer: false, patterns: false, plugins: [latinEntities()] });

describe('Latin script inside Arabic text', () => {
  it('tags all-capital acronyms of three to six letters as organisations', () => {
    const text = 'قالت شبكة NBC إن وكالة NASA وTT أعلنتا';
    expect(bare.extract(text).map((e) => [e.text, e.label])).toEqual([['NBC', 'ORG'], ['NASA', 'ORG']]);
  });

  it('leaves acronyms with digits glued on alone: they designate a model or an index', () => {
    expect(bare.extract('أطلقت الشركة نموذج GPT4 ومعالج ARM64 ومؤشر EGX-30')).toEqual([]);
    expect(bare.extract('قالت شبكة CNN 24 ساعة').map((e) => e.text)).toEqual(['CNN']);
  });

  it('leaves common all-capital words alone', () => {
    expect(bare.extract('أرسل ملف PDF عبر USB')).toEqual([]);
    expect(bare.extract('يستخدم بروتوكول TCP ومعالج RISC وذاكرة RAM')).toEqual([]);
  });

  it('leaves English words that posts write in capitals alone, but not WHO', () => {
    expect(bare.extract('شاهد VIDEO الحادث ، بث LIVE ، خطأ #ERROR! في الملف')).toEqual([]);
    expect(bare.extract('قالت WHO إن').map((e) => `${e.label} ${e.text}`)).toEqual(['ORG WHO']);
  });

  it('finds people, places and organisations with compromise, with exact offsets', () => {
    const text = 'التقى Joe Biden مع Vladimir Putin في Geneva.';
    const ents = withLatin.extract(text);
    expect(ents.map((e) => [e.text, e.label])).toEqual([['Joe Biden', 'PERS'], ['Vladimir Putin', 'PERS'], ['Geneva', 'GPE']]);
    for (const e of ents) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('keeps offsets exact around marks and bidi controls', () => {
    const text = 'قالَ\u200f Joe Biden\u200f اليوم';
    const [e] = withLatin.extract(text);
    expect(e).toMatchObject({ text: 'Joe Biden', label: 'PERS' });
    expect(text.slice(e!.start, e!.end)).toBe('Joe Biden');
  });

  it('rejects a plugin of the wrong shape with a typed error', () => {
    expect(() => createExtractor({ plugins: [{ name: 'x' } as never] })).toThrow(/plugins\[0\]/);
  });
});

describe('plugins', () => {
  it('drops candidates a plugin places outside the text or labels wrongly', () => {
    const broken = {
      name: 'broken',
      match: () => [
        { start: 0, end: 5, label: 'ORG' as const, priority: 50, source: { kind: 'user' as const, ref: 'ok' } },
        { start: 3, end: 9999, label: 'ORG' as const, priority: 50, source: { kind: 'user' as const, ref: 'too-long' } },
        { start: 1, end: 2, label: 'COMPANY' as never, priority: 50, source: { kind: 'user' as const, ref: 'bad-label' } },
      ],
    };
    const kashf = createExtractor({ defaultGazetteer: false, patterns: false, plugins: [broken] });
    expect(kashf.extract('أكمي تعلن').map((e) => [e.text, e.source.ref])).toEqual([['أكمي ', 'ok']]);
  });
});

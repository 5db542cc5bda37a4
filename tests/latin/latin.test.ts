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

  it('leaves common all-capital words alone', () => {
    expect(bare.extract('أرسل ملف PDF عبر USB')).toEqual([]);
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

import { describe, expect, it } from 'vitest';
import { prepareDoc } from '../../src/doc.js';
import { takeRegion } from '../../src/slab.js';

const columns = (text: string) => {
  const { norm, tokens } = prepareDoc(text);
  const { count } = tokens;
  const cut = (a: Int32Array | Uint8Array) => Array.from(a.subarray(0, count));
  return { text: norm.text, starts: Array.from(norm.starts), tokens: [tokens.starts, tokens.ends, tokens.kinds, tokens.hash, tokens.hash1, tokens.hash2].map(cut) };
};

describe('slab regions', () => {
  it('hands out disjoint, zeroed regions, and a buffer of its own past a quarter slab', () => {
    const a = takeRegion(10);
    const b = takeRegion(24);
    if (a.buffer === b.buffer) expect(b.offset).toBeGreaterThanOrEqual(a.offset + 16);
    expect(new Uint8Array(b.buffer, b.offset, 24).every((x) => x === 0)).toBe(true);
    const big = takeRegion(1 << 20);
    expect(big.offset).toBe(0);
    expect(big.buffer.byteLength).toBe(1 << 20);
  });

  it('gives a document the same columns whether it comes first or after many others', () => {
    const text = 'قال الرئيسُ الأمريكي جو بايدن لروسيا إن ١٩ مايو (أيار) 2022 موعدٌ ﻻ يتغير.';
    const first = columns(text);
    const docs = [];
    // Enough documents to fill several slabs, kept alive so no region can be handed out twice.
    for (let i = 0; i < 400; i++) docs.push(prepareDoc(`${'وزير الخارجية '.repeat(i % 50)}${i}`));
    expect(columns(text)).toEqual(first);
    // A document kept from before still reads its own columns.
    expect(docs[7]!.norm.text).toBe('وزير الخارجيه '.repeat(7) + '7');
    expect(docs[7]!.tokens.count).toBe(15);
  });

  it('reads a document longer than a quarter slab', () => {
    const text = 'أعلنت وزارة الصحة أن 20% من السكان تلقوا اللقاح. '.repeat(2000);
    const { norm, tokens } = prepareDoc(text);
    expect(norm.text.length).toBeGreaterThan(1 << 15);
    expect(tokens.count).toBe(2000 * 11);
  });
});

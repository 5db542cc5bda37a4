// The word table answers, in one look-up, which lists hold a token: every word must be found
// with its lists' bits, and nothing else found, whatever the probe runs look like.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findWord, mayHold, maskAt, wordTable } from '../../src/patterns/word-table.js';
import { hashKey, hashString } from '../../src/tokenize/token-hash.js';

const lookUp = (table: ReturnType<typeof wordTable>, w: string): number => {
  const key = hashKey(hashString(w));
  if (!mayHold(table, key)) return -1;
  const slot = findWord(table, key, ` ${w} `, 1, w.length + 1);
  return slot < 0 ? -1 : maskAt(table, slot);
};

const word = fc.array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويء'), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

describe('wordTable', () => {
  it('finds every word with its bits and no other string', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 300 }), fc.array(word, { maxLength: 50 }), (words, probes) => {
        const table = wordTable(new Map(words.map((w, i) => [w, 1 + (i % 7)])));
        words.forEach((w, i) => expect(lookUp(table, w)).toBe(1 + (i % 7)));
        const members = new Set(words);
        for (const p of probes) if (!members.has(p)) expect(lookUp(table, p)).toBe(-1);
        // A prefix or an extension of a word is another word.
        for (const w of words.slice(0, 20)) {
          if (!members.has(w + 'ه')) expect(lookUp(table, w + 'ه')).toBe(-1);
          if (w.length > 1 && !members.has(w.slice(1))) expect(lookUp(table, w.slice(1))).toBe(-1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('works empty, and keeps words whose keys share a slot apart', () => {
    expect(lookUp(wordTable(new Map()), 'كلمه')).toBe(-1);
    const many = new Map(Array.from({ length: 5000 }, (_, i) => [`و${i.toString(36)}`, i + 1] as const));
    const table = wordTable(many);
    for (const [w, bits] of many) expect(lookUp(table, w)).toBe(bits);
    expect(lookUp(table, 'و-1')).toBe(-1);
  });
});

import { describe, expect, it } from 'vitest';
import { chunksFromTags, tagsFromChunks } from '../../src/eval/index.js';

describe('chunksFromTags (conlleval reading)', () => {
  it('reads B/I runs as one chunk', () => {
    expect(chunksFromTags(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC'])).toEqual([
      { start: 1, end: 4, type: 'ORG' },
      { start: 5, end: 6, type: 'LOC' },
    ]);
  });

  it('starts a chunk at an I- tag that follows O (an annotation error kept in ANERcorp)', () => {
    expect(chunksFromTags(['O', 'I-PER', 'I-PER'])).toEqual([{ start: 1, end: 3, type: 'PER' }]);
  });

  it('splits on a type change inside I- tags and on consecutive B- tags', () => {
    expect(chunksFromTags(['B-PER', 'I-LOC', 'B-LOC', 'B-LOC'])).toEqual([
      { start: 0, end: 1, type: 'PER' },
      { start: 1, end: 2, type: 'LOC' },
      { start: 2, end: 3, type: 'LOC' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });

  it('keeps the 21 Wojood type names of the full files', () => {
    expect(chunksFromTags(['B-DATE', 'I-DATE', 'B-PERS', 'O', 'B-CARDINAL'])).toEqual([
      { start: 0, end: 2, type: 'DATE' },
      { start: 2, end: 3, type: 'PERS' },
      { start: 4, end: 5, type: 'CARDINAL' },
    ]);
  });

  it('round-trips through tagsFromChunks', () => {
    const tags = ['B-PER', 'I-PER', 'B-PER', 'O', 'B-MISC'];
    expect(tagsFromChunks(chunksFromTags(tags), tags.length)).toEqual(tags);
  });
});

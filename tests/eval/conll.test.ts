import { describe, expect, it } from 'vitest';
import { buildSentenceText, parseConll } from '../../src/eval/index.js';

describe('parseConll', () => {
  it('splits sentences on blank lines and keeps tokens and tags in parallel', () => {
    const source = 'قال\tO\nأوباما\tB-PER\n\nفي\tO\nبغداد\tB-LOC\n';
    const sentences = parseConll(source);
    expect(sentences.map((s) => s.tokens)).toEqual([['قال', 'أوباما'], ['في', 'بغداد']]);
    expect(sentences.map((s) => s.tags)).toEqual([['O', 'B-PER'], ['O', 'B-LOC']]);
    expect(sentences.map((s) => s.line)).toEqual([1, 4]);
  });

  it('accepts CRLF, several blank lines, a missing final newline and space-separated tags', () => {
    const sentences = parseConll('\r\nفي O\r\nبغداد B-LOC\r\n\r\n\r\nو\tO');
    expect(sentences.map((s) => s.tokens)).toEqual([['في', 'بغداد'], ['و']]);
    expect(sentences[0]?.tags).toEqual(['O', 'B-LOC']);
  });

  it('rejects a line without a tag, naming the line', () => {
    expect(() => parseConll('في\tO\nبغداد\n')).toThrow(/line 2/);
  });
});

describe('buildSentenceText', () => {
  it('joins tokens with single spaces and records each token span', () => {
    const { text, spans } = buildSentenceText(['و', 'هي', 'ل', 'زيدان']);
    expect(text).toBe('و هي ل زيدان');
    expect(spans).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 4 },
      { start: 5, end: 6 },
      { start: 7, end: 12 },
    ]);
    for (const [i, token] of ['و', 'هي', 'ل', 'زيدان'].entries()) {
      expect(text.slice(spans[i]!.start, spans[i]!.end)).toBe(token);
    }
  });
});

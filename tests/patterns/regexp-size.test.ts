// V8 compiles a RegExp whose source is longer than 20 KB without its optimizations (the quick
// checks that skip alternatives that cannot match), which made the largest rules two to three
// times slower per run. Every rule's RegExp, with its shared fragments expanded as the runtime
// builds it, must stay under that size.

import { describe, expect, it } from 'vitest';
import compiled from '../../src/data/patterns.json';
import { indexRules } from '../../src/patterns/compile-patterns.js';
import type { CompiledRules } from '../../src/patterns/index.js';
import { compactSource, listSource, trie } from '../../scripts/build-patterns.js';

/** V8's kRegExpTooLargeToOptimize: 20 KB of source. */
const V8_OPTIMIZE_LIMIT = 20 * 1024;

describe('rule RegExp size', () => {
  const index = indexRules(compiled as unknown as CompiledRules);

  it.each(index.rules.map((r) => [r.id, r] as const))('%s stays under 20 KB of source', (_id, rule) => {
    expect(rule.re.source.length).toBeLessThanOrEqual(V8_OPTIMIZE_LIMIT);
    if (rule.probe) expect(rule.probe.source.length).toBeLessThanOrEqual(V8_OPTIMIZE_LIMIT);
  });

  it('compacts escapes and whitespace groups without changing the language', () => {
    expect(compactSource('\\u0627\\u0644(?:[^\\S\\n]+)x')).toBe('ال[^\\S\\n]+x');
    // A quantified group keeps its parentheses: [^\S\n]+? would turn lazy.
    expect(compactSource('(?:[^\\S\\n]+)?')).toBe('(?:[^\\S\\n]+)?');
    // ASCII escapes and an escaped backslash before "u" stay as written.
    expect(compactSource('\\u0029\\\\u0627')).toBe('\\u0029\\\\u0627');
  });

  it('factors the article out of a list with and without it, and matches as one trie does', () => {
    const words = ['مصري', 'المصري', 'مصريه', 'المصريه', 'الماني', 'الالماني', 'كوري الشمالي', 'الكوري الشمالي', 'كوري', 'الكوري', 'ليره', 'ليره سوريه', 'ر.س', 'ر'];
    const factored = new RegExp(`^(?:${listSource(words)})`);
    const plain = new RegExp(`^(?:(?:${trie(words)})(?![0-9a-z\u00c0-\u024f\u0621-\u064a\u066e-\u06d3]))`);
    expect(listSource(words)).toContain('(?:ال)?');
    const texts = [...words.map((w) => `${w} قال`), 'المصريون', 'الالمانيه', 'الكوري الشماليه', 'ليره سوريه', 'ليره لبنانيه', 'ر.س.', 'ر.ي', 'الكوريون'];
    for (const text of texts) expect([text, factored.exec(text)?.[0]]).toEqual([text, plain.exec(text)?.[0]]);
  });
});

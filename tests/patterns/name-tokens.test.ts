// Persons from name lexicons: runs of known given and family names, and nothing without a lexicon.

import { describe, expect, it } from 'vitest';
import compiled from '../../src/data/patterns.json';
import { prepareDoc } from '../../src/doc.js';
import { compilePatterns, type CompiledRules } from '../../src/patterns/index.js';

const base = compiled as unknown as CompiledRules;
const lexicon = { tokens: ['محمد', 'احمد', 'امل', 'الخطيب', 'حسين', 'كبير'], stopwords: ['كبير'] };

function persons(data: CompiledRules, text: string): string[] {
  const doc = prepareDoc(text);
  return compilePatterns(data)
    .match(doc)
    .filter((c) => c.source.ref === 'pers-name-tokens')
    .map((c) => doc.norm.text.slice(c.start, c.end));
}

describe('pers-name-tokens', () => {
  it('finds two to four lexicon tokens, not starting with the article', () => {
    expect(persons({ ...base, nameTokens: lexicon }, 'وصل محمد أحمد الخطيب إلى المدينة')).toEqual(['محمد احمد الخطيب']);
  });

  it('needs a second known name, and common words never count', () => {
    expect(persons({ ...base, nameTokens: lexicon }, 'كان لديه أمل كبير')).toEqual([]);
  });

  it('does not run across punctuation', () => {
    expect(persons({ ...base, nameTokens: lexicon }, 'محمد، حسين')).toEqual([]);
  });

  it('is absent when no lexicon was built in', () => {
    const { nameTokens: _, ...without } = { ...base, nameTokens: lexicon };
    expect(persons(without, 'وصل محمد أحمد الخطيب')).toEqual([]);
  });

  it('rejects a malformed lexicon at compile time', () => {
    expect(() => compilePatterns({ ...base, nameTokens: { tokens: 'محمد', stopwords: [] } as never })).toThrow(/nameTokens.tokens/);
  });
});

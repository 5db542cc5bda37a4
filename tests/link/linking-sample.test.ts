// The hand-made linking sample (tests/fixtures/linking-sample.jsonl) points into the gold
// corpora by sentence and token index; these checks keep it well-formed, and in step with
// the corpus files, so that scripts/eval-linking.ts measures what the annotator meant.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunksFromTags, parseConll, type ConllSentence } from '../../src/eval/index.js';
import { readLinkingSample } from '../../scripts/linking-sample.js';


const samplePath = resolve(__dirname, '../fixtures/linking-sample.jsonl');
const corporaDir = resolve(__dirname, '../../../shared/corpora');
const hasCorpora = existsSync(corporaDir);

const sample = readLinkingSample(samplePath);

// Corpus tag → sample label: Wojood's full labels fold onto PER/LOC/ORG as scripts/eval.ts scores them.
const LABEL_OF_TAG: Record<string, string> = { PER: 'PER', PERS: 'PER', LOC: 'LOC', GPE: 'LOC', FAC: 'LOC', ORG: 'ORG' };

describe('linking sample: shape', () => {
  it('has one well-formed mention per line', () => {
    expect(sample.length).toBeGreaterThanOrEqual(300);
    for (const [i, m] of sample.entries()) {
      const where = `line ${i + 1}`;
      expect(Object.keys(m).sort(), where).toEqual(['corpus', 'id', 'label', 'sentence', 'surface', 'tokens']);
      expect(m.corpus, where).toMatch(/^[a-z-]+\/[a-z.]+\.conll$/);
      expect(Number.isInteger(m.sentence) && m.sentence >= 0, where).toBe(true);
      expect(m.tokens, where).toHaveLength(2);
      expect(Number.isInteger(m.tokens[0]) && m.tokens[0] >= 0 && m.tokens[1] >= m.tokens[0], where).toBe(true);
      expect(['PER', 'LOC', 'ORG'], where).toContain(m.label);
      if (m.id !== null) expect(m.id, where).toMatch(/^wd:Q[1-9][0-9]*$/);
    }
  });

  it('lists each mention once and spreads over at least 150 sentences', () => {
    const keys = sample.map((m) => `${m.corpus}:${m.sentence}:${m.tokens.join('-')}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(sample.map((m) => `${m.corpus}:${m.sentence}`)).size).toBeGreaterThanOrEqual(150);
  });
});

describe.skipIf(!hasCorpora)('linking sample: against the corpora', () => {
  const files = new Map<string, ConllSentence[]>();
  const sentencesOf = (corpus: string): ConllSentence[] => {
    let sentences = files.get(corpus);
    if (!sentences) {
      sentences = parseConll(readFileSync(resolve(corporaDir, corpus), 'utf8'));
      files.set(corpus, sentences);
    }
    return sentences;
  };

  it('matches each surface to its tokens and each span to a gold chunk of the same type', () => {
    for (const [i, m] of sample.entries()) {
      const where = `line ${i + 1} (${m.corpus} sentence ${m.sentence})`;
      const sentence = sentencesOf(m.corpus)[m.sentence];
      expect(sentence, where).toBeDefined();
      if (!sentence) continue;
      expect(m.tokens[1], where).toBeLessThan(sentence.tokens.length);
      expect(sentence.tokens.slice(m.tokens[0], m.tokens[1] + 1).join(' '), where).toBe(m.surface);
      const chunk = chunksFromTags(sentence.tags).find((c) => c.start === m.tokens[0] && c.end === m.tokens[1] + 1);
      expect(chunk, where).toBeDefined();
      expect(chunk && LABEL_OF_TAG[chunk.type], where).toBe(m.label);
    }
  });
});

if (!hasCorpora) {
  describe('linking sample: against the corpora', () => {
    it.skip(`skipped: no gold corpora at ${corporaDir}`, () => {});
  });
}

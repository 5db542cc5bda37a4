import { describe, expect, it } from 'vitest';
import { parseConll } from '../../src/eval/index.js';
import { renderConll, tagTokens, type RenderDocument } from '../../src/render/index.js';
import type { Entity } from '../../src/types.js';
import { SEED_FILES, seedDoc } from './seed-docs.js';

const ent = (text: string, sub: string, label: Entity['label'], from = 0): Entity => {
  const start = text.indexOf(sub, from);
  return { start, end: start + sub.length, text: sub, label, source: { kind: 'user', ref: 'test' } };
};

describe('tagTokens', () => {
  it('splits a proclitic outside the entity into its own token', () => {
    const text = 'وزار بايدن وروسيا.';
    const doc: RenderDocument = { text, entities: [ent(text, 'بايدن', 'PERS'), ent(text, 'روسيا', 'GPE')] };
    const [sentence] = tagTokens(doc);
    expect(sentence!.map((t) => [t.text, t.tag])).toEqual([
      ['وزار', 'O'],
      ['بايدن', 'B-PERS'],
      ['و', 'O'],
      ['روسيا', 'B-GPE'],
      ['.', 'O'],
    ]);
  });

  it('tags multi-token entities B then I and keeps harakat inside their word', () => {
    const text = 'قالت الوِلاياتُ المتحدة';
    const doc: RenderDocument = { text, entities: [ent(text, 'الوِلاياتُ المتحدة', 'GPE')] };
    expect(tagTokens(doc)[0]!.map((t) => [t.text, t.tag])).toEqual([
      ['قالت', 'O'],
      ['الوِلاياتُ', 'B-GPE'],
      ['المتحدة', 'I-GPE'],
    ]);
  });

  it('ends sentences at line breaks and after closing punctuation, keeping ".." together', () => {
    const text = 'أ ب.. ج؟ د\nهـ';
    expect(tagTokens({ text, entities: [] }).map((s) => s.map((t) => t.text).join(' '))).toEqual(['أ ب . .', 'ج ؟', 'د', 'هـ']);
  });

  it('uses only outermost entities when nested ones are present', () => {
    const text = 'قال وزير الخارجية الأميركي';
    const outer = ent(text, 'وزير الخارجية الأميركي', 'OCC');
    const inner = ent(text, 'الأميركي', 'NORP');
    const tags = tagTokens({ text, entities: [outer, inner] })[0]!.map((t) => t.tag);
    expect(tags).toEqual(['O', 'B-OCC', 'I-OCC', 'I-OCC']);
  });
});

// Names that are clearly present in each seed article, as CoNLL lines.
const EXPECTED_LINES: Record<string, RegExp[]> = {
  '000_f3d42182cc130942.txt': [/^بايدن\tB-PERS$/m, /^روسيا\tB-GPE$/m],
  '004_d5f7514ccb544b39.txt': [/^الولايات\tB-GPE\nالمتحدة\tI-GPE$/m, /^روسيا\tB-GPE$/m],
};

describe('renderConll on the seed articles', () => {
  for (const file of SEED_FILES) {
    it(`${file}: tokens are exact slices, every entity starts a B tag, and kashf eval can read it`, () => {
      const doc = seedDoc(file);
      const sentences = tagTokens(doc);
      for (const tok of sentences.flat()) {
        expect(doc.text.slice(tok.start, tok.end)).toBe(tok.text);
        expect(tok.text).not.toMatch(/\s/);
      }
      const starts = new Set(sentences.flat().filter((t) => t.tag.startsWith('B-')).map((t) => t.start));
      for (const e of doc.entities) expect(starts.has(e.start)).toBe(true);
      const conll = renderConll(doc, { docstart: true });
      const parsed = parseConll(conll);
      expect(parsed[0]!.tokens).toEqual(['-DOCSTART-']);
      expect(parsed.slice(1).map((s) => s.tokens)).toEqual(sentences.map((s) => s.map((t) => t.text)));
      for (const line of EXPECTED_LINES[file]!) expect(conll).toMatch(line);
    });
  }

  it('renders an empty document as an empty string', () => {
    expect(renderConll({ text: '', entities: [] })).toBe('');
  });
});

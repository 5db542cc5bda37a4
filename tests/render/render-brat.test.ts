import { describe, expect, it } from 'vitest';
import { renderBrat } from '../../src/render/index.js';
import type { Entity } from '../../src/types.js';
import { SEED_FILES, seedDoc } from './seed-docs.js';

const source = { kind: 'user', ref: 'test' } as const;

describe('renderBrat', () => {
  it('writes T lines and AnnotatorNotes with the linked ID and canonical names', () => {
    const text = 'قال بايدن';
    const e: Entity = { start: 4, end: 9, text: 'بايدن', label: 'PERS', id: 'wd:Q6279', canonical: { ar: 'جو بايدن', en: 'Joe Biden' }, source };
    expect(renderBrat({ text, entities: [e] })).toBe('T1\tPERS 4 9\tبايدن\n#1\tAnnotatorNotes T1\twd:Q6279 جو بايدن (Joe Biden)\n');
  });

  it('counts offsets in code points after an emoji, as brat does', () => {
    const text = '😀 بايدن';
    const e: Entity = { start: 3, end: 8, text: 'بايدن', label: 'PERS', source };
    expect(renderBrat({ text, entities: [e] })).toBe('T1\tPERS 2 7\tبايدن\n');
  });

  it('splits an entity that crosses a line break into fragments', () => {
    const text = 'الأمم\nالمتحدة';
    const e: Entity = { start: 0, end: text.length, text, label: 'ORG', source };
    expect(renderBrat({ text, entities: [e] })).toBe('T1\tORG 0 5;6 13\tالأمم المتحدة\n');
  });

  for (const file of SEED_FILES) {
    it(`${file}: every T line points at its text, nested entities included`, () => {
      const doc = seedDoc(file, true);
      const ann = renderBrat(doc);
      const tLines = ann.split('\n').filter((l) => l.startsWith('T'));
      expect(tLines).toHaveLength(doc.entities.length);
      for (const line of tLines) {
        const [, spec, covered] = line.split('\t');
        const [, offsets] = /^\S+ (.*)$/.exec(spec!)!;
        const [start, end] = offsets!.split(' ').map(Number);
        expect(doc.text.slice(start, end)).toBe(covered); // the seeds are all BMP: code points = UTF-16
      }
      expect(ann).toMatch(/^T\d+\tGPE \d+ \d+\tروسيا$/m);
      expect(ann).toMatch(/AnnotatorNotes T\d+\twd:Q159 /);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { evaluateConll, formatErrors, formatScores, formatSummary, type EntitySpan } from '../../src/eval/index.js';
import type { Label } from '../../src/types.js';

/** A stand-in extractor: every occurrence of each listed surface form. */
function dictionaryExtractor(forms: Record<string, Label>) {
  return (text: string): EntitySpan[] => {
    const found: EntitySpan[] = [];
    for (const [surface, label] of Object.entries(forms)) {
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        found.push({ start: at, end: at + surface.length, label });
      }
    }
    return found;
  };
}

const conll = (rows: string): string =>
  rows
    .trim()
    .split('\n')
    .map((row) => row.trim().replace(/\s+/, '\t'))
    .join('\n');

const ANER = conll(`
  وقال O
  الرئيس O
  الأمريكي O
  جورج B-PER
  بوش I-PER
  في O
  واشنطن B-LOC
  إن O
  الأمم B-ORG
  المتحدة I-ORG
  . O

  أعلنت O
  لإسرائيل B-LOC
  دفع O
  100 O
  دولار B-MISC
`);

const extract = dictionaryExtractor({
  'بوش': 'PERS',
  'واشنطن': 'GPE',
  'الأمم المتحدة': 'ORG',
  'إسرائيل': 'GPE',
  'الأمريكي': 'NORP',
  'دولار': 'CURR',
  'الرئيس': 'OCC',
});

describe('evaluateConll', () => {
  it('scores an ANERcorp-style snippet: attached clitics match, NORP is O, CURR is MISC', () => {
    const result = evaluateConll(ANER, extract, { scheme: 'anercorp' });
    expect(result.sentences).toBe(2);
    expect(result.tokens).toBe(16);
    expect(result.counts).toEqual({
      PER: { tp: 0, fp: 1, fn: 1 },
      LOC: { tp: 2, fp: 0, fn: 0 },
      ORG: { tp: 1, fp: 0, fn: 0 },
      MISC: { tp: 1, fp: 0, fn: 0 },
    });
    expect(result.scores.micro.precision).toBeCloseTo(0.8);
    expect(result.scores.micro.recall).toBeCloseTo(0.8);
    expect(result.scores.micro.f1).toBeCloseTo(0.8);
  });

  it('scores the same text under the Wojood mapping: NORP becomes MISC, CURR becomes O', () => {
    const result = evaluateConll(ANER, extract, { scheme: 'wojood' });
    expect(result.counts.MISC).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(result.scores.micro).toMatchObject({ tp: 3, fp: 2, fn: 2 });
    expect(result.scores.micro.f1).toBeCloseTo(0.6);
  });

  it('scores clitic-split FANE tokens by span', () => {
    const fane = conll(`
      و O
      اكد O
      الاتحاد B-ORG
      الدولي I-ORG
      ان O
      استفزازات O
      ماتيراتزي B-PER
      ل O
      زيدان B-PER
    `);
    const result = evaluateConll(fane, dictionaryExtractor({ 'زيدان': 'PERS', 'ماتيراتزي': 'PERS', 'الدولي': 'ORG' }), {
      scheme: 'fane',
    });
    expect(result.counts.PER).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(result.counts.ORG).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(result.scores.micro.precision).toBeCloseTo(2 / 3);
  });

  it('keeps all 21 labels in the full scheme', () => {
    const full = conll(`
      دفع O
      100 B-CARDINAL
      دولار B-CURR
      في O
      2019 B-DATE
    `);
    const result = evaluateConll(full, dictionaryExtractor({ '100': 'CARDINAL', 'دولار': 'CURR', 'في 2019': 'DATE' }), {
      scheme: 'full',
    });
    expect(result.counts).toEqual({
      CARDINAL: { tp: 1, fp: 0, fn: 0 },
      CURR: { tp: 1, fp: 0, fn: 0 },
      DATE: { tp: 0, fp: 1, fn: 1 },
    });
  });

  it('stops after maxSentences', () => {
    const result = evaluateConll(ANER, extract, { scheme: 'anercorp', maxSentences: 1 });
    expect(result.sentences).toBe(1);
    expect(result.counts.MISC).toBeUndefined();
  });

  it('lists errors with their kind, the overlapping chunk and the sentence around them', () => {
    const noUN = dictionaryExtractor({ 'بوش': 'PERS', 'واشنطن': 'ORG' });
    const { errors } = evaluateConll(ANER, noUN, { scheme: 'anercorp', collectErrors: true, maxSentences: 1 });
    expect(errors.map((e) => [e.kind, e.text, e.gold, e.predicted])).toEqual([
      ['fn', 'جورج بوش', 'PER', undefined],
      ['fp', 'بوش', undefined, 'PER'],
      ['type', 'واشنطن', 'LOC', 'ORG'],
      ['fn', 'الأمم المتحدة', 'ORG', undefined],
    ]);
    expect(errors[0]?.overlap).toEqual({ text: 'بوش', type: 'PER' });
    expect(errors[1]?.overlap).toEqual({ text: 'جورج بوش', type: 'PER' });
    expect(errors[0]?.context).toBe('وقال الرئيس الأمريكي [جورج بوش] في واشنطن إن الأمم المتحدة .');
    const listing = formatErrors(errors, 5);
    expect(listing).toContain('wrong type (same span): 1');
    expect(listing).toContain('LOC→ORG');
  });

  it('prints a table with one row per type and the micro-average', () => {
    const table = formatScores(evaluateConll(ANER, extract, { scheme: 'anercorp' }).scores);
    const rows = table.split('\n');
    expect(rows[0]).toMatch(/^type\s+gold\s+pred\s+tp\s+P\s+R\s+F1$/);
    expect(rows.at(-1)).toMatch(/^micro\s+5\s+5\s+4\s+80\.00\s+80\.00\s+80\.00$/);
  });
});

describe('error context', () => {
  it('cuts long sentences at word boundaries around the marked chunk', () => {
    const words = Array.from({ length: 40 }, (_, i) => `كلمة${i}`);
    words[20] = 'بغداد';
    const source = words.map((w) => `${w}\t${w === 'بغداد' ? 'B-LOC' : 'O'}`).join('\n');
    const { errors } = evaluateConll(source, () => [], { scheme: 'aqmar', collectErrors: true });
    const context = errors[0]!.context;
    expect(context).toMatch(/^… كلمة\d+ .*\[بغداد\].* كلمة\d+ …$/);
    expect(context.length).toBeLessThan(words.join(' ').length);
  });
});

describe('formatSummary', () => {
  it('prints micro P/R/F1 and per-type F1, with a dash for types a corpus lacks', () => {
    const scores = evaluateConll(ANER, extract, { scheme: 'anercorp' }).scores;
    const [header, row] = formatSummary([{ corpus: 'anercorp', scores }], ['PER', 'LOC', 'DATE']).split('\n');
    expect(header).toMatch(/^corpus\s+P\s+R\s+F1\s+F1 PER\s+F1 LOC\s+F1 DATE$/);
    expect(row).toMatch(/^anercorp\s+80\.00\s+80\.00\s+80\.00\s+0\.00\s+100\.00\s+-$/);
  });
});

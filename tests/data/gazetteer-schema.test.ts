// Every shipped gazetteer line follows the entry schema, with clean, normalized-safe text.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, readGazetteers, textProblems, validateEntry } from '../../scripts/build-data.js';
import { LABELS } from '../../src/types.js';

const gazDir = path.resolve(__dirname, '../../gazetteers');
const files = readdirSync(gazDir).filter((f) => f.endsWith('.jsonl')).sort();

describe('gazetteer files', () => {
  it('are found', () => {
    expect(files).toEqual(expect.arrayContaining(['countries.jsonl', 'places.jsonl', 'languages.jsonl', 'currencies.jsonl']));
  });

  for (const file of files) {
    describe(file, () => {
      const lines = readFileSync(path.join(gazDir, file), 'utf8').split('\n').filter((l) => l.trim());

      it('has only valid lines (label, id pattern, NFC, no harakat/tatweel/invisible characters)', () => {
        const bad: string[] = [];
        lines.forEach((line, i) => {
          let e: unknown;
          try { e = JSON.parse(line); } catch { bad.push(`${file}:${i + 1}: invalid JSON`); return; }
          for (const p of validateEntry(e)) bad.push(`${file}:${i + 1}: ${p}`);
        });
        expect(bad).toEqual([]);
      });

      it('has unique IDs', () => {
        const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
        const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
        expect(dupes).toEqual([]);
      });
    });
  }

  it('load through readGazetteers without errors', () => {
    expect(() => readGazetteers()).not.toThrow();
  });
});

describe('validateEntry', () => {
  it('accepts a well-formed entry', () => {
    expect(validateEntry({ id: 'wd:Q79', label: 'GPE', ar: 'مصر', aliases: ['جمهورية مصر العربية'], prior: 0.9, iso2: 'EG' })).toEqual([]);
    expect(validateEntry({ id: 'kashf:curr/egp', label: 'CURR', ar: 'جنيه مصري' })).toEqual([]);
  });

  it('rejects bad IDs, labels, priors and unknown fields', () => {
    expect(validateEntry({ id: 'wd:Q0', label: 'GPE', ar: 'مصر' })).not.toEqual([]);
    expect(validateEntry({ id: 'kashf:Curr/EGP', label: 'CURR', ar: 'جنيه' })).not.toEqual([]);
    expect(validateEntry({ id: 'wd:Q79', label: 'COUNTRY', ar: 'مصر' })).not.toEqual([]);
    expect(validateEntry({ id: 'wd:Q79', label: 'GPE', ar: 'مصر', prior: 2 })).not.toEqual([]);
    expect(validateEntry({ id: 'wd:Q79', label: 'GPE', ar: 'مصر', colour: 'red' })).not.toEqual([]);
    expect(validateEntry({ id: 'wd:Q35525', label: 'ORG', ar: 'البيت الأبيض', placeLabel: 'ORG' })).not.toEqual([]);
    expect(validateEntry({ id: 'wd:Q35525', label: 'ORG', ar: 'البيت الأبيض', placeLabel: 'FAC' })).toEqual([]);
  });

  it('rejects harakat, tatweel, invisible characters and non-NFC text', () => {
    expect(textProblems('مِصر')).not.toEqual([]);
    expect(textProblems('مصـر')).not.toEqual([]);
    expect(textProblems('مصر\u200F')).not.toEqual([]);
    expect(textProblems('\u0627\u0654')).not.toEqual([]); // alef + combining hamza: NFC is أ
    expect(textProblems('مصر')).toEqual([]);
  });

  it('uses the documented ID pattern and label set', () => {
    expect(ID_PATTERN.test('wd:Q30')).toBe(true);
    expect(ID_PATTERN.test('kashf:gpe/gaza-strip')).toBe(true);
    expect(ID_PATTERN.test('wd:Q030')).toBe(false);
    expect(LABELS).toContain('LANGUAGE');
  });
});

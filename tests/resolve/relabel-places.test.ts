// An institution named after its building is ORG where it acts and takes its place label
// after a locative preposition.
import { describe, expect, it } from 'vitest';
import { mergeEntries } from '../../scripts/build-data.js';
import { KashfError } from '../../src/errors.js';
import { validateEntry } from '../../src/gazetteer/validate-entry.js';
import { createExtractor, extract } from '../../src/index.js';

const labelOf = (text: string, name: string): string | undefined => extract(text).find((e) => e.text === name)?.label;

describe('placeLabel: a seat of government read as a place', () => {
  it('is FAC after a locative preposition, the glued ب included', () => {
    expect(labelOf('التقى بوتين في البيت الأبيض الجمعة', 'البيت الأبيض')).toBe('FAC');
    expect(labelOf('اجتمع الوفد بالبيت الأبيض', 'البيت الأبيض')).toBe('FAC');
    expect(labelOf('تظاهر المئات أمام البيت الأبيض', 'البيت الأبيض')).toBe('FAC');
    expect(labelOf('وصل الوفد إلى الكرملين', 'الكرملين')).toBe('FAC');
    expect(labelOf('وفي قصر الإليزيه عقد اللقاء', 'قصر الإليزيه')).toBe('FAC');
  });

  it('stays ORG where the institution acts, is a source or an addressee', () => {
    expect(labelOf('قال البيت الأبيض إن الاجتماع مثمر', 'البيت الأبيض')).toBe('ORG');
    expect(labelOf('نفى الكرملين ذلك', 'الكرملين')).toBe('ORG');
    expect(labelOf('صدر بيان من البيت الأبيض', 'البيت الأبيض')).toBe('ORG');
    expect(labelOf('في سياسة الكرملين', 'الكرملين')).toBe('ORG');
  });

  it('keeps the ID', () => {
    expect(extract('في البيت الأبيض').find((e) => e.label === 'FAC')?.id).toBe('wd:Q35525');
  });

  it('applies to user entries, and only to those that have it', () => {
    const kashf = createExtractor({
      defaultGazetteer: false,
      entries: [
        { id: 'x:palace', label: 'ORG', ar: 'قصر قرطاج', placeLabel: 'FAC' },
        { id: 'x:ministry', label: 'ORG', ar: 'وزارة المالية' },
      ],
    });
    expect(kashf.extract('في قصر قرطاج').map((e) => e.label)).toEqual(['FAC']);
    expect(kashf.extract('قال قصر قرطاج').map((e) => e.label)).toEqual(['ORG']);
    expect(kashf.extract('في وزارة المالية').map((e) => e.label)).toEqual(['ORG']);
  });

  it('rejects a placeLabel that is not a place label, naming the field', () => {
    try {
      validateEntry({ id: 'x:palace', label: 'ORG', ar: 'قصر قرطاج', placeLabel: 'ORG' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(KashfError);
      expect((err as KashfError).code).toBe('KASHF_INVALID_ENTRY');
      expect((err as KashfError).location).toMatchObject({ field: 'placeLabel' });
    }
  });

  it('survives the data build', () => {
    const { entries } = mergeEntries([
      { name: 'a.jsonl', text: '', entries: [{ id: 'wd:Q35525', label: 'ORG', ar: 'البيت الأبيض' }] },
      { name: 'b.jsonl', text: '', entries: [{ id: 'wd:Q35525', label: 'ORG', ar: 'البيت الأبيض', placeLabel: 'FAC' }] },
    ], new Set());
    expect(entries[0]?.placeLabel).toBe('FAC');
  });
});

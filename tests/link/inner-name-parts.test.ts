import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const extractor = createExtractor();
/** [text, id] of the persons of `text`, nested ones included. */
const persons = (text: string) =>
  extractor
    .extract(text, { nested: true })
    .filter((e) => e.label === 'PERS')
    .map((e) => [e.text, e.id]);

describe('a part of a full name that alone names another person', () => {
  it('is no nested mention of that person when it is the given name', () => {
    // عمر and سعيد are also the family names of Ilhan Omar and Kais Saied.
    for (const [text, name] of [
      ['وعزف الموسيقار عمر خيرت مقطوعة جديدة.', 'عمر خيرت'],
      ['وقال الناقد سعيد يقطين إن الرواية جميلة.', 'سعيد يقطين'],
      ['وقال الباحث عمر ياغي إن الجائزة مهمة.', 'عمر ياغي'],
    ] as const) {
      const found = persons(text);
      expect(found.map(([t]) => t)).toEqual([name]);
      expect(found[0]![1]).toMatch(/^doc:/);
    }
  });

  it('is no nested mention of that person when it is the father’s name of a known person', () => {
    const found = persons('واستقبل وزير الدفاع السعودي الأمير خالد بن سلمان الوفد.');
    expect(found).toEqual([['خالد بن سلمان', 'kashf:pers/khalid-bin-salman-al-saud']]);
  });

  it('stays nested when it names the same person', () => {
    expect(persons('وقالت إلهان عمر إن القانون ظالم.')).toEqual([
      ['إلهان عمر', 'kashf:pers/ilhan-omar'],
      ['عمر', 'kashf:pers/ilhan-omar'],
    ]);
  });

  it('stays nested after بن in a full name the gazetteer lacks: بن is as often a family name', () => {
    const found = persons('وقال اسامة ابن لادن في تسجيل إن الحرب مستمرة.');
    expect(found.map(([t, id]) => [t, id?.startsWith('doc:') ? 'doc' : id])).toEqual([
      ['اسامة ابن لادن', 'doc'],
      ['ابن لادن', 'kashf:pers/osama-bin-laden'],
    ]);
  });

  it('stays nested when it is an unlinked shorter name: the right one where the full name reads too long', () => {
    const nested = (text: string) => extractor.extract(text, { nested: true }).map((e) => e.text);
    expect(nested('افتتح المهندس عاصم الجزار المشروع أمس')).toContain('عاصم الجزار');
  });

  it('is no nested mention when it is a word of the name of another kind: a family nisba, a laqab', () => {
    const nested = (text: string) => extractor.extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);
    expect(nested('وقال رئيس الوزراء محمد شياع السوداني إن')).not.toContain('NORP السوداني');
    expect(nested('قاد عمر المختار المقاومة في ليبيا')).not.toContain('OCC المختار');
  });
});

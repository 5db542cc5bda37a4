import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { initialSound } from '../../src/link/family-names.js';
import type { GazetteerEntry } from '../../src/types.js';

const famous = (ar: string, family: string): GazetteerEntry => ({ id: 'kashf:pers/famous', label: 'PERS', ar, aliases: [family] });
const withEntry = (entry: GazetteerEntry) => createExtractor({ defaultGazetteer: false, entries: [entry] });
/** [text, id] of the persons of `text`, nested ones included. */
const persons = (entry: GazetteerEntry, text: string) =>
  withEntry(entry)
    .extract(text, { nested: true })
    .filter((e) => e.label === 'PERS')
    .map((e) => [e.text, e.id]);

describe('a family name alone in a document that names another person of that family in full', () => {
  it('is the person named in full, not the famous namesake, nested in the full name too', () => {
    const found = persons(famous('أسيمي غويتا', 'غويتا'), 'وقال برنارد غويتا إن الاتحاد سيفرض عقوبات. وأضاف غويتا أن القرار نهائي.');
    expect(found.map(([text]) => text)).toEqual(['برنارد غويتا', 'غويتا', 'غويتا']);
    const own = found[0]![1]!;
    expect(own).toMatch(/^doc:/);
    expect(found.every(([, id]) => id === own)).toBe(true);
  });

  it('stays the famous person when the document names him in full', () => {
    const found = persons(famous('أسيمي غويتا', 'غويتا'), 'وقال الرئيس المالي أسيمي غويتا إن الاتحاد سيفرض عقوبات. وأضاف غويتا أن القرار نهائي.');
    expect(found.filter(([text]) => text === 'غويتا').map(([, id]) => id)).toEqual(['kashf:pers/famous', 'kashf:pers/famous']);
  });

  it('stays the famous person when the full name spells his given name another way', () => {
    const found = persons(famous('هوغو تشافيز', 'شافيز'), 'وصل الرئيس اوغو شافيز إلى دمشق. وقال شافيز إن الزيارة ناجحة.');
    expect(found.filter(([text]) => text === 'شافيز').map(([, id]) => id)).toEqual(['kashf:pers/famous', 'kashf:pers/famous']);
  });

  it('stays the famous person when the family name alone comes before the full name', () => {
    const found = persons(famous('ألبرت أينشتاين', 'أينشتاين'), 'ولد أينشتاين في ألمانيا. وكان أبوه هيرمان أينشتاين تاجرا. ودرس أينشتاين الفيزياء.');
    expect(found.filter(([text]) => text === 'أينشتاين').map(([, id]) => id)).toEqual(['kashf:pers/famous', 'kashf:pers/famous', 'kashf:pers/famous']);
  });
});

describe('initialSound', () => {
  it('skips vowels, hamza seats and ه, and groups the letters of one sound', () => {
    expect(initialSound('هوغو')).toBe(initialSound('اوجو'));
    expect(initialSound('جانلويجي')).toBe(initialSound('غانلويغي'));
    expect(initialSound('برنارد')).not.toBe(initialSound('اسيمي'));
    expect(initialSound('اي')).toBe(-1);
  });
});

// Which place names match on their own: small places with one-word names are weak, the
// curated newsworthy list stays strong, foreign names get their Egyptian hard-g spelling.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hardGVariant, isWeakBareName, kindWord } from '../../scripts/build-places.js';
import { defaultEntries } from '../../src/gazetteer/default-gazetteer.js';
import { normalizeKey } from '../../src/normalize/normalize.js';

const gazDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../gazetteers');

interface Entry { id: string; label?: string; ar: string; en?: string; aliases?: string[]; weakAliases?: string[] }
const readJsonl = (file: string): Entry[] =>
  readFileSync(path.join(gazDir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Entry);

const places = readJsonl('places.jsonl');
const countries = readJsonl('countries.jsonl');
const curated = readJsonl('curated/additional-places.jsonl');
const strongKeys = (entries: Entry[]): Map<string, string> => {
  const m = new Map<string, string>();
  for (const e of entries) for (const a of [e.ar, ...(e.aliases ?? [])]) m.set(normalizeKey(a), e.id);
  return m;
};

describe('isWeakBareName', () => {
  it('weakens one-word names of small places outside the Arab world', () => {
    expect(isWeakBareName({ ar: 'قراءة', country: 'GB', population: 318_000 }, false)).toBe(true);
    expect(isWeakBareName({ ar: 'نهاية', country: 'ID', population: 87_269 }, false)).toBe(true);
    expect(isWeakBareName({ ar: 'لاهور', country: 'PK', population: 11_000_000 }, false)).toBe(false);
  });

  it('uses a lower bar in the Arab world, and keeps multi-word names and capitals strong', () => {
    expect(isWeakBareName({ ar: 'القوة', country: 'SA', population: 0 }, false)).toBe(true);
    expect(isWeakBareName({ ar: 'بنها', country: 'EG', population: 182_254 }, false)).toBe(false);
    expect(isWeakBareName({ ar: 'خان يونس', country: 'PS', population: 0 }, false)).toBe(false);
    expect(isWeakBareName({ ar: 'فادوز', country: 'LI', population: 5_000 }, true)).toBe(false);
  });

  it('weakens names of three letters or fewer everywhere, capitals included', () => {
    expect(isWeakBareName({ ar: 'لاي', country: 'PG', population: 100_677 }, false)).toBe(true);
    expect(isWeakBareName({ ar: 'جاي', country: 'CN', population: 500_000 }, true)).toBe(true);
    expect(isWeakBareName({ ar: 'على', country: 'OM', population: 0 }, false)).toBe(true);
  });
});

describe('hardGVariant and kindWord', () => {
  it('spells g as ج', () => {
    expect(hardGVariant('هونغ كونغ')).toBe('هونج كونج');
    expect(hardGVariant('باريس')).toBeUndefined();
  });

  it('has a kind word for units outside the Arab world', () => {
    expect(kindWord({ type: 'adm1', country: 'TR' })).toBe('ولاية');
    expect(kindWord({ type: 'county', country: 'CN' })).toBe('مقاطعة');
    expect(kindWord({ type: 'adm2', country: 'IQ' })).toBe('قضاء');
  });
});

describe('built place data', () => {
  const strong = strongKeys([...places, ...countries]);

  it('no ordinary word is a strong place name', () => {
    for (const w of ['قراءة', 'جاي', 'لأي', 'على', 'نهاية', 'معظم', 'دعوة', 'القوة', 'البلد', 'الجديد', 'تغيير',
      'الزاوية', 'أبا', 'ينبع', 'كانو', 'صافي', 'عبري', 'قريات', 'عتمة', 'هوى', 'بلقيس']) {
      expect(strong.get(normalizeKey(w)), w).toBeUndefined();
    }
  });

  it('keeps newsworthy places strong, with vouched IDs', () => {
    expect(strong.get(normalizeKey('جنيف'))).toBe('wd:Q71');
    expect(strong.get(normalizeKey('لاهاي'))).toBe('wd:Q36600');
    expect(strong.get(normalizeKey('كييف'))).toBe('wd:Q1899');
    expect(strong.get(normalizeKey('سوتشي'))).not.toBe('wd:Q127');
    for (const n of ['دافوس', 'رفح', 'خان يونس', 'جنين', 'إدلب', 'مأرب', 'دارفور', 'كشمير', 'القرم', 'دونباس', 'باخموت', 'شرم الشيخ', 'كامب ديفيد']) {
      expect(strong.has(normalizeKey(n)), n).toBe(true);
    }
  });

  it("keeps a province's seat that news names bare strong, with its kind word's form, and adds capitals the source lacks", () => {
    for (const n of ['المنيا', 'زحلة', 'توزر', 'نابل', 'تمنراست', 'مادبا', 'جرش', 'جيزان', 'جازان', 'ولاية توزر', 'نواكشوط', 'سبها', 'الكرك', 'النبطية', 'مدينة وجدة']) {
      expect(strong.has(normalizeKey(n)), n).toBe(true);
    }
    // وجدة normalizes as the verb with a pronoun (وجده: he found him); بين القصرين is a street.
    for (const w of ['وجدة', 'القصرين']) expect(strong.get(normalizeKey(w)), w).toBeUndefined();
  });

  it('keeps such places under their kind word, and mends machine-translated names', () => {
    expect(strong.get(normalizeKey('مدينة الزاوية'))).toBe('wd:Q221503');
    expect(strong.get(normalizeKey('مدينة ينبع'))).toBe('wd:Q466027');
    // Hail, Sale and Constantine were translated as the verb يشيد, the Egyptian word for a
    // clearance sale and the emperor's name.
    expect(strong.get(normalizeKey('حائل'))).toBe('wd:Q675568');
    expect(strong.get(normalizeKey('مدينة سلا'))).toBe('wd:Q466046');
    expect(strong.get(normalizeKey('ولاية قسنطينة'))).toBe('wd:Q1093156');
    for (const w of ['يشيد', 'أوكازيون', 'مدينة أوكازيون', 'قسطنطين']) expect(strong.get(normalizeKey(w)), w).toBeUndefined();
  });

  it('ships a curated alias that is an ordinary word as weak (جوا "by air", an alias of Goa)', () => {
    const goa = defaultEntries().find((e) => e.id === 'wd:Q1171');
    expect(goa?.weakAliases).toContain('جوا');
    expect(goa?.aliases ?? []).not.toContain('جوا');
  });

  it('the curated list is large, with unique IDs and names', () => {
    expect(curated.length).toBeGreaterThanOrEqual(250);
    expect(new Set(curated.map((e) => e.id)).size).toBe(curated.length);
    for (const e of curated) expect(e.id).toMatch(/^(wd:Q[1-9][0-9]*|kashf:(gpe|loc)\/[a-z0-9-]+)$/);
  });

  it('adds the hard-g spelling of foreign names', () => {
    expect(strong.get(normalizeKey('هونج كونج'))).toBe(strong.get(normalizeKey('هونغ كونغ')));
    expect(strong.get(normalizeKey('هامبورج'))).toBe('wd:Q1055');
  });
});

// Marks the text writes tell apart entries of the same letters (GazetteerEntry.vocalized).
import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';
import { validateEntry } from '../../scripts/build-data.js';

const ids = (text: string) => extract(text).filter((e) => e.label === 'GPE').map((e) => `${e.text} ${e.id}`);

describe('vocalized forms', () => {
  it('link a mention written with its marks to the entry that lists them', () => {
    expect(ids('وصل الوفد إلى عمّان أمس')).toEqual(['عمّان wd:Q3805']);
    expect(ids('وصل الوفد إلى عُمان أمس')).toEqual(['عُمان wd:Q842']);
  });

  it('leave a mention without marks to the other cues', () => {
    expect(ids('وصل الوفد إلى عمان أمس')).toEqual(['عمان wd:Q842']);
    expect(ids('وصل الوفد إلى العاصمة الأردنية عمان أمس')).toContain('عمان wd:Q3805');
  });

  it('work for entries users add', () => {
    const ex = createExtractor({
      defaultGazetteer: false,
      entries: [
        { id: 'x:a', label: 'GPE', ar: 'سلمية', vocalized: ['سَلَمْية'] },
        { id: 'x:b', label: 'GPE', ar: 'سلمية', prior: 0.9 },
      ],
    });
    expect(ex.extract('زار سَلَمْية').map((e) => e.id)).toEqual(['x:a']);
    expect(ex.extract('زار سلمية').map((e) => e.id)).toEqual(['x:b']);
  });

  it('must carry marks and spell one of the entry’s names', () => {
    expect(validateEntry({ id: 'wd:Q3805', label: 'GPE', ar: 'عمان', vocalized: ['عمّان'] })).toEqual([]);
    expect(validateEntry({ id: 'wd:Q3805', label: 'GPE', ar: 'عمان', vocalized: ['عمان'] })).toHaveLength(1);
    expect(validateEntry({ id: 'wd:Q3805', label: 'GPE', ar: 'عمان', vocalized: ['مسقّط'] })).toHaveLength(1);
  });
});

// Latin glosses of names in brackets: the same entity, with its label and ID.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const glosses = (text: string) =>
  extract(text)
    .filter((e) => e.source?.kind === 'pattern' && e.source.ref === 'latin-gloss')
    .map((e) => `${e.text} ${e.label} ${e.id ?? ''}`.trim());

describe('latin-gloss', () => {
  it('reads the Latin words in brackets after a name as that name, with its ID', () => {
    // A gloss that is not the gazetteer's English name (which the gazetteer reads itself).
    expect(glosses('ألبرت أينشتاين ( A. Einstein ) عاش ما بين')).toEqual(['A. Einstein PERS wd:Q937']);
    expect(glosses('ومثل تشارلز الأول (Charles I) أمام المحكمة')).toHaveLength(1);
  });

  it('needs capitalized Latin words and the closing bracket right after them', () => {
    expect(glosses('ألبرت أينشتاين ( albert einstein ) عاش')).toEqual([]);
    expect(glosses('ألبرت أينشتاين ( Albert Einstein عاش')).toEqual([]);
    expect(glosses('ألبرت أينشتاين ( 1879 - 1955 ) عاش')).toEqual([]);
  });

  it('reads nothing after a word that is no name', () => {
    expect(glosses('وفق النظرية ( Relativity ) التي')).toEqual([]);
  });
});

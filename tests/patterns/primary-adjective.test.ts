// أولي (primary) against the ordinal أولى, told apart by how the text writes its last letter.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const ordinals = (text: string): string[] => extract(text).filter((e) => e.label === 'ORDINAL').map((e) => e.text);

describe('the adjective أولي', () => {
  it('is no ORDINAL in a text that writes ى elsewhere', () => {
    expect(ordinals('لم يكن التفكير الأولي هو الحكومة. وفي المرة الأولى قال')).toEqual(['الأولى']);
  });

  it('stays an ORDINAL in a text that writes ى nowhere, where ي is how it writes ى', () => {
    expect(ordinals('وفي المرة الاولي قال')).toEqual(['الاولي']);
  });
});

// A ruler's title and the place ruled are one OCC, the place nested; a title that holds a
// place ends with it before the verb's object.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('a ruler\'s title and the place ruled', () => {
  it('are one OCC, the place nested', () => {
    expect(nested('استقبل ولي عهد أبوظبي الوفد')).toEqual(['OCC ولي عهد أبوظبي', 'GPE أبوظبي']);
    expect(nested('التقى سلطان عمان بالوزير')).toEqual(['OCC سلطان عمان', 'GPE عمان', 'OCC الوزير']);
  });

  it('end with the place before the verb\'s object, not before an adjective of the title', () => {
    expect(nested('افتتح حاكم دبي القمة العالمية')).toEqual(['OCC حاكم دبي', 'GPE دبي']);
    expect(nested('قال حاكم دبي السابق إن')).toEqual(['OCC حاكم دبي السابق', 'GPE دبي']);
  });
});

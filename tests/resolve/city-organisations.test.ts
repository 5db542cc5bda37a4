// Companies, banks, universities and municipalities named after their city are organisations,
// the city nested, with the adjectives and purpose after it.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const nested = (text: string): string[] => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('an organisation named after its city', () => {
  it('holds a city the trigger rule cannot read (in ي or ة), its adjectives and purpose', () => {
    expect(nested('أعلن بنك دبي التجاري أرباحه')).toEqual(['ORG بنك دبي التجاري', 'GPE دبي']);
    expect(nested('أعلنت شركة جدة للتنمية')).toEqual(['ORG شركة جدة للتنمية', 'GPE جدة']);
    expect(nested('درس في جامعة غزة')).toEqual(['ORG جامعة غزة', 'GPE غزة']);
    expect(nested('أعلنت بلدية دبي')).toEqual(['ORG بلدية دبي', 'GPE دبي']);
  });

  it('leaves a city after its police to the city', () => {
    expect(nested('ألقت شرطة دبي القبض على المتهم')).toContain('GPE دبي');
    expect(nested('ألقت شرطة دبي القبض على المتهم')).not.toContain('ORG شرطة دبي');
  });
});

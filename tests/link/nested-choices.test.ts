import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';

const extractor = createExtractor();

/** The texts and IDs of the entities of `text`, nested ones included. */
function linked(text: string): string[] {
  return extractor.extract(text, { nested: true }).map((e) => `${e.text}:${e.id ?? ''}`);
}

describe('an ambiguous entity nested in another of its label', () => {
  it('is the outer entity when that is among its candidates', () => {
    expect(linked('أعلن حزب العدالة والتنمية المغربي عن عقد مؤتمره')).toEqual([
      'حزب العدالة والتنمية المغربي:kashf:org/justice-and-development-party-morocco',
      'حزب العدالة والتنمية:kashf:org/justice-and-development-party-morocco',
      'المغربي:wd:Q1028',
    ]);
    expect(linked('ودافعت هيلاري كلينتون عن زوجها')).toContain('كلينتون:wd:Q6294');
  });

  it('keeps its commonest reading alone', () => {
    expect(linked('قال أردوغان إن حزب العدالة والتنمية سيفوز')).toContain('حزب العدالة والتنمية:kashf:org/justice-and-development-party-turkey');
  });
});

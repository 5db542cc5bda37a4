// Token look-ups on a prepared document: the first token at or after an offset, and the token
// holding an offset, which may begin with a proclitic before it.
import { describe, expect, it } from 'vitest';
import { prepareDoc, tokenAt, tokenHolding } from '../../src/doc.js';

describe('tokenAt and tokenHolding', () => {
  const doc = prepareDoc('زار بروسيا اليوم');
  it('finds the token that starts at an offset, or the next one', () => {
    expect(tokenAt(doc, 4)).toBe(1);
    expect(tokenAt(doc, 5)).toBe(2);
  });
  it('finds the token an offset lies inside, after a proclitic', () => {
    expect(tokenHolding(doc, 4)).toBe(1);
    expect(tokenHolding(doc, 5)).toBe(1);
    expect(tokenHolding(doc, 11)).toBe(2);
    expect(tokenHolding(doc, 17)).toBe(2);
  });
});

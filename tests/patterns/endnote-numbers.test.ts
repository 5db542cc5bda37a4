// A number in square brackets right after the end of a sentence is an endnote or a citation
// marker (`… عام 1990.[3]`, `… 121 . [ 10 ]`): an ORDINAL, as Wojood tags endnote numbers,
// never a count. A bracketed number inside a sentence stays a number.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const numbers = (text: string): string[] =>
  extract(text)
    .filter((e) => e.label === 'ORDINAL' || e.label === 'CARDINAL')
    .map((e) => `${e.label} ${e.text}`);

describe('a bracketed number after a sentence mark', () => {
  it('is an endnote marker, with or without spaces', () => {
    expect(numbers('تأسست الجمعية عام 1990.[3] وكانت نشطة')).toEqual(['ORDINAL 3']);
    expect(numbers('والمغرب في الرتبة 121 . [ 10 ]')).toEqual(['ORDINAL 121', 'ORDINAL 10']);
  });

  it('is a number inside a sentence', () => {
    expect(numbers('انظر الجدول [3] أدناه')).toEqual(['CARDINAL 3']);
  });
});

// A title that is also a given name (أمين, أمير), with a known family name after it, is a person.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const flat = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);

describe('a title that is also a given name', () => {
  it('is a person before a known family name', () => {
    expect(flat('وقال أمين الجميل إن الحوار مستمر')).toEqual(['PERS أمين الجميل']);
    expect(flat('وكان أمين الحسيني مفتيا للقدس')).toContain('PERS أمين الحسيني');
  });

  it('stays a title before a noun or a known place', () => {
    expect(flat('وقال أمين الصندوق إن')).toEqual(['OCC أمين الصندوق']);
    expect(flat('وقال أمين المتحف إن')).toEqual(['OCC أمين المتحف']);
    expect(flat('وقال ملك الأردن إن')).toContain('OCC ملك الأردن');
  });
});

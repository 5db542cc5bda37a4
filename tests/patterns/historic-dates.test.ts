// Years before 1000 and centuries, as encyclopaedias and history pages write them.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const flat = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);

describe('early years', () => {
  it('are dates with an era that is no unit, and with a year word before any era', () => {
    expect(flat('توفي سنة 256 هـ في بغداد')).toContain('DATE سنة 256 هـ');
    expect(flat('حكم من 820 ق م إلى 774 ق م .')).toEqual(expect.arrayContaining(['DATE 820 ق م', 'DATE 774 ق م']));
    expect(flat('ولد عام 870 م في')).toContain('DATE عام 870 م');
    expect(flat('في عام 711 فتح')).toContain('DATE عام 711');
  });

  it('take both eras in brackets as one date', () => {
    expect(flat('سنة ( 626 هـ = 1230 م ) فعل')).toContain('DATE سنة ( 626 هـ = 1230 م )');
  });

  it('stay numbers where م is the metre or no year word comes first', () => {
    expect(flat('بلغ طوله 20 م')).toEqual(['CARDINAL 20']);
    expect(flat('عام 25')).not.toContain('DATE عام 25');
    expect(flat('خسر عام 300 مليون')).not.toContain('DATE عام 300');
  });
});

describe('centuries', () => {
  it('are one date over the ordinal, tens word or digits and the era', () => {
    expect(flat('في القرن التاسع عشر')).toEqual(['DATE القرن التاسع عشر']);
    expect(flat('في القرن الرابع الهجري')).toEqual(['DATE القرن الرابع الهجري']);
    expect(flat('منذ مطلع القرن العشرين')).toEqual(['DATE مطلع القرن العشرين']);
    expect(flat('منذ القرن الـ19')).toEqual(['DATE القرن الـ19']);
    expect(flat('في القرنين الخامس عشر والسادس عشر')).toEqual(['DATE القرنين الخامس عشر والسادس عشر']);
  });

  it('keep the ordinal nested', () => {
    const nested = extract('في القرن التاسع عشر', { nested: true }).map((e) => `${e.label} ${e.text}`);
    expect(nested).toEqual(['DATE القرن التاسع عشر', 'ORDINAL التاسع عشر']);
  });

  it('need a number', () => {
    expect(flat('القرن الذهبي')).toEqual([]);
  });
});

// Persons quoted by a source: عن + name + قوله, also where the name is spelled like
// a month or a people.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const persons = (text: string): string[] => extract(text).filter((e) => e.label === 'PERS').map((e) => e.text);

describe('pers-before-quoted-saying', () => {
  it('reads the name between عن and قوله', () => {
    expect(persons('ونقلت الصحيفة عن ستيفانوف قوله إن البحث بدأ')).toEqual(['ستيفانوف']);
    expect(persons('ونقلت الوكالة عن صلاد حسن قولها إن')).toEqual(['صلاد حسن']);
  });

  it('reads a people quoted as one speaker as a person of that name', () => {
    expect(persons('ونقلت هيئة الاذاعة البريطانية عن كينيون قوله إن البحث')).toEqual(['كينيون']);
  });

  it('reads no official or source, and no group quoted by قولهم', () => {
    expect(persons('ونقلت الصحيفة عن وزير الدفاع قوله إن')).toEqual([]);
    expect(persons('ونقلت الصحيفة عن مسؤولين قولهم إن')).toEqual([]);
    expect(persons('وكان هذا على حد قوله')).toEqual([]);
  });
});

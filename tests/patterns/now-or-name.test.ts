// الآن (now) against the name آلان (Alain), told apart by how the text writes the first alef.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const times = (text: string): string[] => extract(text).filter((e) => e.label === 'TIME').map((e) => e.text);
const persons = (text: string): string[] => extract(text).filter((e) => e.label === 'PERS').map((e) => e.text);

describe('the name آلان', () => {
  it('is no TIME where the text begins it with a madda or hamza alef', () => {
    expect(times('قال الجنرال آلان بيليغريني إن القوات انسحبت')).toEqual([]);
    expect(times('وصل ألان جوبيه إلى باريس')).toEqual([]);
  });

  it('leaves الآن and الان, "now", as TIME', () => {
    expect(times('قال آلان بيليغريني الآن إن القوات انسحبت')).toEqual(['الآن']);
    expect(times('والان وافقت الوزارة على التحويل')).toEqual(['الان']);
  });

  it('is read as a given name after a title, and الآن is not', () => {
    expect(persons('رعاها الجنرال الفرنسي آلان بيللغريني ، في الاتفاق')).toEqual(['آلان بيللغريني']);
    expect(persons('وقال الرئيس ألان بيريز إن')).toEqual(['ألان بيريز']);
    expect(persons('وقال الوزير الآن إن')).toEqual([]);
  });
});

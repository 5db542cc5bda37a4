// الآن (now) against the name آلان (Alain), told apart by how the text writes the first alef.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const times = (text: string): string[] => extract(text).filter((e) => e.label === 'TIME').map((e) => e.text);

describe('the name آلان', () => {
  it('is no TIME where the text begins it with a madda or hamza alef', () => {
    expect(times('قال الجنرال آلان بيليغريني إن القوات انسحبت')).toEqual([]);
    expect(times('وصل ألان جوبيه إلى باريس')).toEqual([]);
  });

  it('leaves الآن and الان, "now", as TIME', () => {
    expect(times('قال آلان بيليغريني الآن إن القوات انسحبت')).toEqual(['الآن']);
    expect(times('والان وافقت الوزارة على التحويل')).toEqual(['الان']);
  });
});

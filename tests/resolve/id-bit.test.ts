import { describe, expect, it } from 'vitest';
import { idBit, idMask, mayBeIn } from '../../src/resolve/id-bit.js';

describe('ID masks', () => {
  const ids = ['wd:Q851', 'wd:Q35657', 'kashf:gpe/sirte'];
  const mask = idMask(ids);
  it('let every ID of the mask through', () => {
    for (const id of ids) expect(mayBeIn(mask, id)).toBe(true);
  });
  it('turn most other IDs away', () => {
    const others = Array.from({ length: 1000 }, (_, i) => `wd:Q${1000 + i * 7}`).filter((id) => !ids.includes(id));
    expect(others.filter((id) => mayBeIn(mask, id)).length).toBeLessThan(others.length / 4);
  });
  it('give short IDs a bit too', () => {
    expect(idBit('')).toBe(0);
    expect(idBit('x')).toBe(1);
    expect(mayBeIn(idMask(['x']), 'x')).toBe(true);
  });
});

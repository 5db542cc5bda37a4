import { describe, expect, it } from 'vitest';
import { spellsInitials } from '../../src/link/acronym-initials.js';

describe('spellsInitials', () => {
  it('reads the initials of the capitalized words, or of all the words', () => {
    expect(spellsInitials('who', 'World Health Organization')).toBe(true);
    expect(spellsInitials('opec', 'Organization of the Petroleum Exporting Countries')).toBe(true);
    expect(spellsInitials('unesco', 'United Nations Educational, Scientific and Cultural Organization')).toBe(true);
    expect(spellsInitials('msf', 'Médecins sans frontières')).toBe(true);
  });

  it('turns away other letters and single letters', () => {
    expect(spellsInitials('who', 'World Trade Organization')).toBe(false);
    expect(spellsInitials('w', 'World')).toBe(false);
    expect(spellsInitials('wh', 'World Health Organization')).toBe(false);
  });
});

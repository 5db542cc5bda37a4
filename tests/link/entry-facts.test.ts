import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/link/entry-facts.js';
import type { GazetteerEntry } from '../../src/types.js';

const entries: GazetteerEntry[] = [
  { id: 'kashf:gpe/lyon', label: 'GPE', ar: 'ليون', country: 'wd:Q142' },
  { id: 'kashf:org/lyon', label: 'ORG', ar: 'نادي ليون' },
  { id: 'wd:Q142', label: 'GPE', ar: 'فرنسا' },
  { id: 'kashf:org/le-monde', label: 'ORG', ar: 'صحيفة لوموند' },
];

/** An entry look-up that counts its calls. */
function counted() {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const calls: string[] = [];
  const entryOf = (id: string) => {
    calls.push(id);
    return byId.get(id);
  };
  return { entryOf, calls };
}

describe('the facts linking reads of gazetteer entries', () => {
  it('gives label, country, club and outlet by ID, and nothing for an unknown ID', () => {
    const facts = factsOf(counted().entryOf);
    expect(facts.of('kashf:gpe/lyon')).toEqual({ label: 'GPE', country: 'wd:Q142', club: false, outlet: false });
    expect(facts.of('kashf:org/lyon')).toEqual({ label: 'ORG', country: undefined, club: true, outlet: false });
    expect(facts.of('kashf:org/le-monde')).toEqual({ label: 'ORG', country: undefined, club: false, outlet: true });
    expect(facts.of('kashf:gpe/nowhere')).toBeUndefined();
  });

  it('reads each entry once per look-up function, and keeps nothing for unknown IDs', () => {
    const { entryOf, calls } = counted();
    for (let i = 0; i < 2; i++) {
      factsOf(entryOf).of('wd:Q142');
      factsOf(entryOf).of('kashf:gpe/nowhere');
    }
    expect(calls).toEqual(['wd:Q142', 'kashf:gpe/nowhere', 'kashf:gpe/nowhere']);
    expect(factsOf(entryOf)).toBe(factsOf(entryOf));
  });

  it('keeps the facts of a list of candidates, and reads a list again once it changed', () => {
    const facts = factsOf(counted().entryOf);
    const ids = ['kashf:gpe/lyon', 'kashf:org/lyon'];
    const first = facts.ofList(ids);
    expect(first.map((f) => f?.club)).toEqual([false, true]);
    expect(facts.ofList(ids)).toBe(first);
    ids.reverse();
    expect(facts.ofList(ids).map((f) => f?.club)).toEqual([true, false]);
  });
});

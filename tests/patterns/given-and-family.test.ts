// A given name the name lexicon reads alone, right before a family name the gazetteer knows
// as one person's short alias: one person, linked only when the given name is that person's.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const persons = (text: string) => extract(text).filter((e) => e.label === 'PERS').map((e) => ({ text: e.text, id: e.id }));

describe('a given name before a known family name', () => {
  it('links a name read with one of its entry’s given names before the family name, and no namesake', () => {
    // ألبرتو نونيث فيخو, named by his first and last names.
    expect(persons('وقال ألبرتو فيخو إن')).toEqual([{ text: 'ألبرتو فيخو', id: 'kashf:pers/alberto-nunez-feijoo' }]);
    const [other] = persons('وقال جورج فيخو إن');
    expect(other?.text).toBe('جورج فيخو');
    expect(other?.id).not.toBe('kashf:pers/alberto-nunez-feijoo');
  });

  it('joins them unlinked for another given name or another spelling of it', () => {
    const [p] = persons('وأعرب لاعب نادي تشلسي الإنجليزي لكرة القدم مايكل بالاك عن ثقته');
    expect(p?.text).toBe('مايكل بالاك');
    expect(p?.id).not.toBe('kashf:pers/michael-ballack');
  });

  it('leaves the family name alone linked when no given name comes before it', () => {
    expect(persons('وقال مولر إن')).toEqual([{ text: 'مولر', id: 'kashf:pers/robert-mueller' }]);
  });

  it('joins nothing across punctuation', () => {
    expect(persons('قابل روبرت ، مولر').map((p) => p.text)).not.toContain('روبرت ، مولر');
  });
});

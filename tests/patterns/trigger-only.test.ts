// Rules whose pattern is their trigger list alone skip their RegExp (triggerOnly): the
// shortcut must give exactly what the RegExp gives, at every edge of a token.

import { describe, expect, it } from 'vitest';
import compiled from '../../src/data/patterns.json';
import { prepareDoc } from '../../src/doc.js';
import { compilePatterns, type CompiledRule, type CompiledRules } from '../../src/patterns/index.js';
import type { Candidate } from '../../src/types.js';

const data = compiled as unknown as CompiledRules;
const shortcut = data.rules.filter((r) => r.triggerOnly !== undefined);

/** Texts around one trigger word: proclitics, the article restored after لل, digits and Latin glued to it. */
function texts(word: string): string[] {
  const bare = word.startsWith('ال') ? word.slice(2) : word;
  return [
    `${word} محمد علي`,
    `و${word} محمد علي`,
    `ب${word} محمد`,
    `لل${bare} محمد`,
    `${word}2 محمد`,
    `${word}x محمد`,
    `${word}Kaseya للبرمجيات`,
    `${word}CNN محمد`,
    `${word}، محمد`,
    `${word}\nمحمد`,
    `ال${bare} محمد`,
    `${word}`,
  ];
}

const show = (cs: Candidate[]) => cs.map((c) => `${c.start}-${c.end} ${c.label} ${c.source.ref}`).sort();

describe('rules that are their trigger list alone', () => {
  it('exist (the build marks them)', () => {
    expect(shortcut.map((r) => r.id)).toContain('pers-after-say-verb');
  });

  for (const rule of shortcut) {
    it(`${rule.id}: the shortcut matches as the RegExp does`, () => {
      const { triggerOnly: _, ...withRegExp } = rule as CompiledRule;
      const fast = compilePatterns({ ...data, rules: [rule] });
      const slow = compilePatterns({ ...data, rules: [withRegExp] });
      for (const word of rule.triggers.slice(0, 40)) {
        for (const text of texts(word)) {
          const doc = prepareDoc(text);
          expect(show(fast.match(doc)), text).toEqual(show(slow.match(doc)));
        }
      }
    });
  }
});

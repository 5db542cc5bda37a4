// No rule may backtrack catastrophically: each rule runs alone over long adversarial inputs
// (its own examples repeated, long runs of digits, letters and separators, trigger words with
// endless name-like continuations), and the time for 4× the input must stay near 4× the time.

import { describe, expect, it } from 'vitest';
import { prepareDoc } from '../../src/doc.js';
import compiled from '../../src/data/patterns.json';
import { compilePatterns, type CompiledRules } from '../../src/patterns/index.js';
import { loadRuleSources } from '../../scripts/build-patterns.js';

const data = compiled as unknown as CompiledRules;
const sources = new Map(loadRuleSources().map((r) => [r.id, r]));

/** Adversarial inputs of roughly `n` characters, built from a rule's own vocabulary. */
function inputs(ruleId: string, n: number): string[] {
  const rule = data.rules.find((r) => r.id === ruleId)!;
  const examples = [...(sources.get(ruleId)?.examples.match ?? []), ...(sources.get(ruleId)?.examples.noMatch ?? [])]
    .join(' ')
    .replace(/[[\]]/g, '');
  const trigger = rule.triggers[0] ?? '1';
  const fill = (unit: string): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  return [
    fill(examples + ' '),
    fill(examples.replace(/\s+/g, '')),
    fill('1'),
    fill('1/'),
    fill('1.'),
    fill('1 ،'),
    fill('( 1 / '),
    fill('a.'),
    fill('a-'),
    'www.' + fill('a.'),
    fill('س'),
    `${trigger} ` + fill('سمير '),
    fill(`${trigger} `),
    `${trigger} ` + fill('ال'),
    fill(`${trigger} و`),
    fill('ثلاث و'),
  ];
}

function time(matcher: ReturnType<typeof compilePatterns>, text: string, runs = 3): number {
  const doc = prepareDoc(text);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    matcher.match(doc);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('pattern rules stay linear on adversarial input', () => {
  for (const rule of data.rules) {
    it(rule.id, () => {
      const matcher = compilePatterns({ ...data, rules: [rule] });
      const small = inputs(rule.id, 5_000);
      const large = inputs(rule.id, 20_000);
      for (let i = 0; i < small.length; i++) {
        let a = time(matcher, small[i]!);
        let b = time(matcher, large[i]!);
        // A pause of the machine (a collection, another process) can spoil one measure: a
        // ratio over the bound is measured again, more times, before it counts. A rule that
        // really grows faster than linearly stays over it.
        if (b > 20 && b / Math.max(a, 1) >= 9) {
          a = time(matcher, small[i]!, 9);
          b = time(matcher, large[i]!, 9);
        }
        // Linear growth gives ×4; quadratic ×16. Very fast runs are too noisy to compare.
        if (b > 20) expect(b / Math.max(a, 1), `${rule.id} input #${i}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms`).toBeLessThan(9);
        expect(b, `${rule.id} input #${i}`).toBeLessThan(2_000);
      }
    });
  }
});

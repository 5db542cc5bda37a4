// Every rule's examples: `match` texts must produce exactly the bracketed spans (the whole
// text when there are no brackets) from that rule; `noMatch` texts must produce nothing from it.

import { describe, expect, it } from 'vitest';
import { prepareDoc } from '../../src/doc.js';
import { toOriginalSpan } from '../../src/normalize/normalize.js';
import { defaultPatternMatcher } from '../../src/patterns/index.js';
import { loadRuleSources } from '../../scripts/build-patterns.js';

/** Strips [brackets] from an example and returns the text and the bracketed spans. */
function parseExample(example: string): { text: string; spans: string[] } {
  if (!example.includes('[')) return { text: example, spans: [`0:${example.length}`] };
  let text = '';
  const spans: string[] = [];
  let open = -1;
  for (const ch of example) {
    if (ch === '[') open = text.length;
    else if (ch === ']') spans.push(`${open}:${text.length}`);
    else text += ch;
  }
  return { text, spans };
}

function spansOf(ruleId: string, text: string): string[] {
  const doc = prepareDoc(text);
  return defaultPatternMatcher()
    .match(doc)
    .filter((c) => c.source.ref === ruleId)
    .map((c) => toOriginalSpan(doc.norm, c.start, c.end))
    .map((s) => `${s.start}:${s.end}`);
}

const rules = loadRuleSources();

describe('pattern rule examples', () => {
  it('every rule has examples of both kinds', () => {
    for (const r of rules) {
      expect(r.examples.match.length, r.id).toBeGreaterThan(0);
      expect(r.examples.noMatch.length, r.id).toBeGreaterThan(0);
    }
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      for (const ex of rule.examples.match) {
        it(`matches ${ex}`, () => {
          const { text, spans } = parseExample(ex);
          const got = spansOf(rule.id, text);
          for (const s of spans) expect(got, `${rule.id} on «${text}» got ${got.map((g) => { const [a, b] = g.split(':'); return text.slice(+a!, +b!); }).join(' | ')}`).toContain(s);
        });
      }
      for (const ex of rule.examples.noMatch) {
        it(`does not match ${ex}`, () => {
          expect(spansOf(rule.id, ex).map((g) => { const [a, b] = g.split(':'); return ex.slice(+a!, +b!); })).toEqual([]);
        });
      }
    });
  }
});

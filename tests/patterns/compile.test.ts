// Compiled rules are validated when loaded, and the shipped data is the build of patterns/.

import { describe, expect, it } from 'vitest';
import compiled from '../../src/data/patterns.json';
import { KashfError } from '../../src/errors.js';
import { prepareDoc } from '../../src/doc.js';
import { compilePatterns, defaultPatternMatcher, type CompiledRule, type CompiledRules } from '../../src/patterns/index.js';
import { buildPatterns } from '../../scripts/build-patterns.js';

const base: CompiledRule = { id: 'year-test', label: 'DATE', priority: 50, source: '\u0639\u0627\u0645 [0-9]{4}', groups: [null], triggers: ['\u0639\u0627\u0645'], classes: [] };
const compile = (rule: Partial<CompiledRule>) => () => compilePatterns({ profile: 'kashf-ar-2', rules: [{ ...base, ...rule }] });

function expectRuleError(fn: () => unknown, field: string): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(KashfError);
    expect((err as KashfError).code).toBe('KASHF_INVALID_RULE');
    expect((err as KashfError).message).toContain('year-test');
    expect((err as KashfError).location?.field).toBe(field);
    return;
  }
  throw new Error('expected a KASHF_INVALID_RULE error');
}

describe('compilePatterns', () => {
  it('runs a valid rule where its trigger occurs, after proclitics', () => {
    const m = compile({})();
    const doc = prepareDoc('ولد وفي عام 2022 وبعام 1999');
    const spans = m.match(doc).map((c) => doc.norm.text.slice(c.start, c.end));
    expect(spans).toEqual(['عام 2022', 'عام 1999']);
  });

  it('rejects a bad id, label, priority, source, groups and triggers, naming rule and field', () => {
    expectRuleError(compile({ label: 'DAY' as never }), 'label');
    expectRuleError(compile({ priority: Number.NaN }), 'priority');
    expectRuleError(compile({ source: '(' }), 'source');
    expectRuleError(compile({ source: '(?:\u0639\u0627\u0645)?' }), 'source'); // can match the empty string
    expectRuleError(compile({ groups: [null, 'CARDINAL'] }), 'groups');
    expectRuleError(compile({ label: null }), 'groups');
    expectRuleError(compile({ triggers: [], classes: [] }), 'triggers');
    expectRuleError(compile({ classes: ['emoji' as never] }), 'classes');
    expect(compile({ id: 'Not Kebab' })).toThrow(/id/);
  });

  it('runs a rule with nextWord at those triggers only when the word comes next, past a number', () => {
    // The rule would match عام جديد too: only the gate keeps it from running there.
    const rule = { source: '\u0639\u0627\u0645(?: [\u0621-\u064a]+){1,3}', nextWord: { at: ['\u0639\u0627\u0645'], tokens: ['\u0627\u0644\u0645\u0627\u0636\u064a'] } };
    const doc = prepareDoc('عام الماضي. عام ثلاثه الماضي. عام جديد');
    // Tokens of numbers in words come from the compiled data's numberTokens.
    const m = compilePatterns({ profile: 'kashf-ar-2', rules: [{ ...base, ...rule }], numberTokens: ['\u062b\u0644\u0627\u062b\u0647'] });
    const spans = m.match(doc).map((c) => doc.norm.text.slice(c.start, c.end));
    expect(spans).toEqual(['عام الماضي', 'عام ثلاثه الماضي']);
    const ungated = compile({ source: rule.source })().match(doc).map((c) => doc.norm.text.slice(c.start, c.end));
    expect(ungated).toContain('عام جديد');
    expectRuleError(compile({ nextWord: { at: ['\u0641\u064a'], tokens: ['x'] } }), 'nextWord');
  });

  it('reads an addressee after a name as a `before` word only for a rule that asks for it', () => {
    const rule = { label: null, source: '\u0639\u0646', groups: [null], triggers: ['\u0639\u0646'] }; // عن
    const name = { label: 'PERS' as const, optional: false, before: ['\u0642\u0648\u0644\u0647'] }; // قوله
    const withRule = (extra: object) => () => compilePatterns({ ...(compiled as unknown as CompiledRules), rules: [{ ...base, ...rule, name: { ...name, ...extra } }] });
    const persons = (extra: object) => {
      const doc = prepareDoc('نقلت عن ستانيشيف للصحفيين');
      return withRule(extra)()
        .match(doc)
        .map((c) => doc.norm.text.slice(c.start, c.end));
    };
    expect(persons({})).toEqual([]);
    expect(persons({ addressee: true })).toEqual(['ستانيشيف']);
    expectRuleError(withRule({ addressee: 'yes' }), 'name.addressee');
  });

  it('reads a name set off by commas only for a rule that asks for it, and only when a mark closes it', () => {
    const rule = { label: null, source: '\u0639\u0646', groups: [null], triggers: ['\u0639\u0646'] }; // عن
    const name = { label: 'PERS' as const, optional: true };
    const withRule = (extra: object) => () => compilePatterns({ ...(compiled as unknown as CompiledRules), rules: [{ ...base, ...rule, name: { ...name, ...extra } }] });
    const persons = (text: string, extra: object) => {
      const doc = prepareDoc(text);
      return withRule(extra)()
        .match(doc)
        .filter((c) => c.label === 'PERS')
        .map((c) => doc.norm.text.slice(c.start, c.end));
    };
    expect(persons('نقلت عن ، دونكان هانتر ، قوله', {})).toEqual([]);
    expect(persons('نقلت عن ، دونكان هانتر ، قوله', { apposition: true })).toEqual(['دونكان هانتر']);
    expect(persons('نقلت عن ، دونكان هانتر قوله', { apposition: true })).toEqual([]);
    expectRuleError(withRule({ apposition: 1 }), 'name.apposition');
  });

  it('reads a definite family name alone only for a rule that asks for it: a nisba too where a `before` word follows, a known name token alone otherwise', () => {
    const rule = { label: null, source: '\u0639\u0646', groups: [null], triggers: ['\u0639\u0646'] }; // عن
    const name = { label: 'PERS' as const, optional: false, before: ['\u0642\u0648\u0644\u0647'] }; // قوله
    const withRule = (extra: object) => () => compilePatterns({ ...(compiled as unknown as CompiledRules), rules: [{ ...base, ...rule, name: { ...name, ...extra } }] });
    const persons = (text: string, extra: object) => {
      const doc = prepareDoc(text);
      return withRule(extra)()
        .match(doc)
        .map((c) => doc.norm.text.slice(c.start, c.end));
    };
    expect(persons('نقلت عن البدري قوله', {})).toEqual([]);
    expect(persons('نقلت عن البدري قوله', { definite: true })).toEqual(['البدري']);
    expect(persons('نقلت عن المسؤول قوله', { definite: true })).toEqual([]);
    expectRuleError(withRule({ definite: 'yes' }), 'name.definite');
    const free = (text: string) => {
      const doc = prepareDoc(text);
      return compilePatterns({ ...(compiled as unknown as CompiledRules), rules: [{ ...base, ...rule, name: { label: 'PERS', optional: false, definite: true } }] })
        .match(doc)
        .map((c) => doc.norm.text.slice(c.start, c.end));
    };
    // Without `before` words: a known name token (الحريري), not a nisba the lexicon lacks (البدري).
    expect(free('نقلت عن الحريري شيئا')).toEqual(['الحريري']);
    expect(free('نقلت عن البدري شيئا')).toEqual([]);
  });

  it('rejects rules compiled with another normalization profile', () => {
    expect(() => compilePatterns({ profile: 'other', rules: [base] })).toThrow(/profile/);
  });

  it('rejects duplicate ids', () => {
    expect(() => compilePatterns({ profile: 'kashf-ar-2', rules: [base, base] })).toThrow(/not unique/);
  });

  it('emits labelled groups as inner candidates, or as top-level ones for unlabelled rules', () => {
    const doc = prepareDoc('دفع ملياري دولار. أجرى الرئيس الأمريكي جو بايدن اتصالا');
    const cands = defaultPatternMatcher().match(doc);
    const money = cands.find((c) => c.label === 'MONEY')!;
    expect(money.inner?.map((c) => c.label)).toEqual(['CARDINAL', 'CURR']);
    const occ = cands.find((c) => c.label === 'OCC')!;
    expect(doc.norm.text.slice(occ.start, occ.end)).toBe('الرئيس الامريكي');
    expect(occ.inner?.map((c) => c.label)).toEqual(['NORP']);
    const pers = cands.find((c) => c.label === 'PERS')!;
    expect(doc.norm.text.slice(pers.start, pers.end)).toBe('جو بايدن');
  });

  it('runs a rule that starts with a line-start look-behind only at line starts, unless it has a top-level |', () => {
    const digits = (source: string) => compile({ source, triggers: [], classes: ['digit'] })();
    const text = '12 بند\nثم 34 بند\n56';
    const doc = prepareDoc(text);
    const spans = (m: ReturnType<typeof compilePatterns>) => m.match(doc).map((c) => doc.norm.text.slice(c.start, c.end));
    expect(spans(digits('(?<![^\\n])[0-9]+'))).toEqual(['12', '56']);
    expect(spans(digits('(?<![^\\n])[0-9]+(?:x|[|)])?'))).toEqual(['12', '56']);
    expect(spans(digits('(?<![^\\n])1[0-9]|[0-9]+'))).toEqual(['12', '34', '56']);
  });

  it('runs a digit rule with follows only before those words, however many digit rules there are', () => {
    const rules = Array.from({ length: 34 }, (_, i) => ({ ...base, id: `num-${i}`, source: '[0-9]+ \u0645\u062a\u0631', triggers: [], classes: ['digit' as const], follows: ['\u0645\u062a\u0631'] }));
    const m = compilePatterns({ profile: 'kashf-ar-2', rules });
    expect(m.match(prepareDoc('5 متر و6 كيلو')).map((c) => c.source.ref)).toEqual(rules.map((r) => r.id));
  });

  it('finds labelled groups of a rule that is probed without group indices first', () => {
    const m = compilePatterns({
      profile: 'kashf-ar-2',
      rules: [{ ...base, label: 'DATE', source: '\u0639\u0627\u0645 ([0-9]{4})', groups: [null, 'CARDINAL'] }],
    });
    const doc = prepareDoc('عام واحد، عام 2022');
    const [c, ...rest] = m.match(doc);
    expect(rest).toEqual([]);
    expect(doc.norm.text.slice(c!.start, c!.end)).toBe('عام 2022');
    expect(c!.inner?.map((i) => doc.norm.text.slice(i.start, i.end))).toEqual(['2022']);
  });

  it('restores the article after لل and keeps the first lam outside the span', () => {
    const doc = prepareDoc('قال للرئيس');
    const occ = defaultPatternMatcher().match(doc).find((c) => c.label === 'OCC')!;
    expect(doc.norm.text.slice(occ.start, occ.end)).toBe('لرئيس');
  });
});

describe('src/data/patterns.json', () => {
  it('is the current build of patterns/ (run scripts/build-patterns.ts)', () => {
    expect(JSON.parse(JSON.stringify(buildPatterns()))).toEqual(compiled);
  });
});

describe('atDigit.after', () => {
  const digit = (after: string[]) => compile({ source: '[0-9]{1,3}', triggers: [], classes: ['digit'], atDigit: { after } });

  it('runs a digit rule only after one of its characters, spaces skipped, or at a line start', () => {
    const m = digit(['\n', '.'])();
    const doc = prepareDoc('12 بند . 3 بند\n4 بند و 5 بند');
    expect(m.match(doc).map((c) => doc.norm.text.slice(c.start, c.end))).toEqual(['12', '3', '4']);
  });

  it('takes single characters only', () => {
    expectRuleError(digit(['..']), 'atDigit');
    expectRuleError(digit([]), 'atDigit');
  });
});

describe('constructEnd', () => {
  // رئيس and the definite words after it, as one OCC group.
  const title = compile({ id: 'year-test', label: null, source: '(?<OCC>\u0631\u0626\u064a\u0633(?: \u0627\u0644[\u0621-\u064a]+)+)', groups: [null, 'OCC'], triggers: ['\u0631\u0626\u064a\u0633'], constructEnd: true });

  it('ends the match before a definite word that follows a definite word and is no adjective', () => {
    const doc = prepareDoc('ترأس رئيس الوزراء الاجتماع. وقال رئيس الوزراء الاسرائيلي السابق');
    expect(title().match(doc).map((c) => doc.norm.text.slice(c.start, c.end))).toEqual(['رئيس الوزراء', 'رئيس الوزراء الاسرائيلي السابق']);
  });

  it('is true on a rule with labelled groups only', () => {
    expectRuleError(compile({ constructEnd: true }), 'constructEnd');
    expectRuleError(compile({ constructEnd: 'yes' as never }), 'constructEnd');
  });
});

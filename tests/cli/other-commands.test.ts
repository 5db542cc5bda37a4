import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProgress } from '../../src/cli/progress-bar.js';
import { runInProcess } from './cli-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'kashf-cli-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('kashf --help and unknown commands', () => {
  it('prints the overview with exit 0 for --help and 2 with no command', async () => {
    const help = await runInProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('kashf <command>');
    expect((await runInProcess([])).code).toBe(2);
  });

  it.each(['extract', 'eval', 'normalize', 'validate'])('kashf %s --help prints that command’s usage', async (command) => {
    const r = await runInProcess([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: kashf ${command}`));
    expect(r.stdout).toContain('Example');
  });

  it('names the commands when given an unknown one', async () => {
    const r = await runInProcess(['extrakt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "extrakt"');
    expect(r.stderr).toContain('extract, eval, normalize, validate');
  });
});

describe('kashf normalize', () => {
  it('prints the normalized text', async () => {
    const r = await runInProcess(['normalize'], 'أَحْمَدُ في المدرسـة ١٢٣');
    expect(r).toEqual({ code: 0, stdout: 'احمد في المدرسه 123', stderr: '' });
  });
});

describe('kashf validate', () => {
  it('accepts a good JSONL file', async () => {
    const path = file('good.jsonl', '{"id":"kashf:org/acme","label":"ORG","ar":"شركة أكمي","aliases":["أكمي"]}\n');
    const r = await runInProcess(['validate', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 entries, no problems');
  });

  it('lists every problem of a JSONL file with its line and field, and exits 1', async () => {
    const path = file(
      'bad.jsonl',
      [
        '{"id":"wd:Q159","label":"GPE","ar":"روسيا"}',
        '{"id":"Russia","label":"GPE","ar":"روسيا"}',
        '',
        '{"id":"wd:Q30","label":"COUNTRY","ar":"أمريكا"}',
        '{"id":"wd:Q30", "label":',
        '{"id":"wd:Q61","label":"GPE","ar":"واشنطن","aliases":[""]}',
        '{"id":"wd:Q159","label":"GPE","ar":"روسيا الاتحادية"}',
      ].join('\n'),
    );
    const r = await runInProcess(['validate', path]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${path}:2: field "id" `)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${path}:4: field "label" must be one of PERS`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${path}:5: not valid JSON`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${path}:6: field "aliases\\[0\\]" must not be empty`)));
    expect(r.stderr).toContain('warning: ID wd:Q159 is used by 2 entries (line 1, 7)');
    expect(lines.at(-1)).toContain('6 entries, 4 with problems');
  });

  it('checks TSV files row by row, skipping the header', async () => {
    const path = file('entries.tsv', 'id\tlabel\tar\ten\taliases\nwd:Q159\tGPE\tروسيا\tRussia\tروسيه|موسكو\nwd:Q30\tPLACE\tأمريكا\t\t\n');
    const r = await runInProcess(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}:3: field "label"`);
    expect(r.stderr).toContain('2 entries, 1 with problems');
  });

  it('is a usage error without a file', async () => {
    const r = await runInProcess(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give exactly one gazetteer file');
  });
});

describe('kashf eval', () => {
  const gold = file(
    'gold.conll',
    ['زار\tO', 'بايدن\tB-PERS', 'روسيا\tB-GPE', '.\tO', '', 'وقالت\tO', 'الولايات\tB-GPE', 'المتحدة\tI-GPE', 'ذلك\tO', ''].join('\n'),
  );

  it('prints scores per type and the micro average', async () => {
    const r = await runInProcess(['eval', gold, '--scheme', 'full', '--errors', '5']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 sentences, 8 tokens, scheme full');
    expect(r.stdout).toMatch(/^micro\s+3\s+\d+/m);
    expect(r.stdout).toContain('false negatives');
  });

  it('exits 1 below --min-f1', async () => {
    const r = await runInProcess(['eval', gold, '--min-f1', '100.1']);
    expect(r.code).toBe(2);
    const low = await runInProcess(['eval', file('nothing.conll', 'كلمة\tB-PERS\n'), '--min-f1', '50']);
    expect(low.code).toBe(1);
    expect(low.stderr).toContain('below --min-f1 50');
  });

  it('names the schemes on a bad --scheme', async () => {
    const r = await runInProcess(['eval', gold, '--scheme', 'conll2003']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('anercorp, aqmar, fane, wojood, full');
  });
});

describe('formatProgress', () => {
  it('shows a bar, the rate and the time left when the total is known', () => {
    expect(formatProgress(500, 2, 0.25, 8)).toBe('kashf: [##......]  25%  500 docs  250 docs/s  ETA 00:06');
  });
  it('shows the count and rate alone when the total is unknown', () => {
    expect(formatProgress(5, 2, undefined)).toBe('kashf: 5 docs  2.5 docs/s  00:02 elapsed');
  });
});

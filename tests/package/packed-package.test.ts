// Packaging smoke test: build, `npm pack`, install the tarball into an empty project, use it
// through `import` and `require`, lint the package (publint, arethetypeswrong), and run the
// public-API suites against the installed build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const run = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });

let work: string;
let tarball: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kashf-pack-'));
  run('npm', ['run', 'build'], root);
  const out = run('npm', ['pack', '--pack-destination', work, '--json'], root);
  tarball = join(work, JSON.parse(out)[0].filename);
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], work);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships only dist, licenses and docs', () => {
    const files = readdirSync(join(work, 'node_modules', 'kashf'));
    expect(files).toContain('dist');
    expect(files).not.toContain('src');
    expect(files).not.toContain('tests');
  });

  it('works through import', () => {
    const out = run('node', ['--input-type=module', '-e', "import { extract } from 'kashf'; console.log(JSON.stringify(extract('وشدد بايدن على ضرورة اتخاذ روسيا إجراءات')))"], work);
    const ents = JSON.parse(out);
    expect(ents.find((e: { text: string }) => e.text === 'بايدن')).toMatchObject({ label: 'PERS', id: 'wd:Q6279' });
  });

  it('runs its command line', () => {
    writeFileSync(join(work, 'doc.txt'), 'بايدن في روسيا');
    const out = run(join(work, 'node_modules', '.bin', 'kashf'), ['extract', '--format', 'tsv', 'doc.txt'], work);
    expect(out).toContain('wd:Q6279');
  });

  it('works through require', () => {
    const out = run('node', ['-e', "const { extract } = require('kashf'); console.log(JSON.stringify(extract('دعا لروسيا')))"], work);
    expect(JSON.parse(out)).toContainEqual(expect.objectContaining({ text: 'روسيا', start: 5, end: 10 }));
  });

  it('passes publint', () => {
    const out = run(join(root, 'node_modules/.bin/publint'), ['--strict', join(work, 'node_modules', 'kashf')], root);
    expect(out).not.toMatch(/error|warning/i);
  });

  it('passes arethetypeswrong', () => {
    // Every resolution mode, node10 included (the `latin/package.json` stub serves it).
    const out = run(join(root, 'node_modules/.bin/attw'), [tarball, '--format', 'json'], root);
    const report = JSON.parse(out);
    const problems = report.problems ?? {};
    expect(Array.isArray(problems) ? problems : Object.values(problems).flat()).toEqual([]);
  });

  it('passes the public-API test suites against the installed build', () => {
    const target = join(work, 'node_modules', 'kashf', 'dist', 'index.js');
    const out = run(join(root, 'node_modules/.bin/vitest'), ['run', 'tests/api', 'tests/property'], root, { KASHF_UNDER_TEST: target });
    expect(out).toMatch(/Tests\s+\d+ passed/);
  });
});

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConll } from '../../src/eval/index.js';
import { TSV_HEADER } from '../../src/render/index.js';
import { runInProcess, SEEDS } from './cli-harness.js';

const SEED = `${SEEDS}/000_f3d42182cc130942.txt`;
const seedText = readFileSync(SEED, 'utf8');

describe('kashf extract', () => {
  it('writes JSON for a text file, with exact offsets', async () => {
    const r = await runInProcess(['extract', SEED]);
    expect(r.code).toBe(0);
    const [doc] = JSON.parse(r.stdout);
    expect(doc.id).toBe(SEED);
    expect(doc.text).toBe(seedText);
    for (const e of doc.entities) expect(seedText.slice(e.start, e.end)).toBe(e.text);
    expect(doc.entities.some((e: { text: string; label: string }) => e.text === 'بايدن' && e.label === 'PERS')).toBe(true);
  });

  it('reads standard input and keeps only the labels asked for', async () => {
    const r = await runInProcess(['extract', '--format', 'tsv', '--labels', 'gpe'], 'زار بايدن روسيا');
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe(TSV_HEADER.join('\t'));
    expect(rows.slice(1).map((row) => row.split('\t')[3])).toEqual(['GPE']);
    expect(rows[1]).toContain('\tروسيا\twd:Q159\t');
  });

  it('walks a folder in name order and writes CoNLL with a -DOCSTART- line per document', async () => {
    const r = await runInProcess(['extract', SEEDS, '--format', 'conll']);
    expect(r.code).toBe(0);
    const docs = parseConll(r.stdout).filter((s) => s.tokens[0] === '-DOCSTART-');
    expect(docs).toHaveLength(2);
    expect(r.stdout.indexOf('000_f3d42182cc130942.txt')).toBeLessThan(r.stdout.indexOf('004_d5f7514ccb544b39.txt'));
  });

  it('writes brat .txt/.ann pairs into the --out folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kashf-brat-'));
    const r = await runInProcess(['extract', SEEDS, '--format', 'brat', '--out', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['000_f3d42182cc130942.ann', '000_f3d42182cc130942.txt', '004_d5f7514ccb544b39.ann', '004_d5f7514ccb544b39.txt']);
    expect(readFileSync(join(dir, '000_f3d42182cc130942.txt'), 'utf8')).toBe(seedText);
    expect(readFileSync(join(dir, '000_f3d42182cc130942.ann'), 'utf8')).toMatch(/^T1\t/);
  });

  it('writes an HTML page to --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kashf-html-'));
    const out = join(dir, 'page.html');
    const r = await runInProcess(['extract', SEED, '--format', 'html', '--out', out, '--nested']);
    expect(r.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toMatch(/data-label="PERS"[^>]*>بايدن</);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('adds the entries of a --gazetteer file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kashf-gaz-'));
    const file = join(dir, 'mine.jsonl');
    writeFileSync(file, '{"id":"kashf:org/acme","label":"ORG","ar":"شركة أكمي","aliases":["أكمي"]}\n');
    const r = await runInProcess(['extract', '--gazetteer', file, '--format', 'jsonl'], 'أعلنت أكمي عن أرباحها');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).entities).toContainEqual(expect.objectContaining({ text: 'أكمي', label: 'ORG', id: 'kashf:org/acme' }));
  });

  it('stops with exit code 1 and a pointer to "kashf validate" on a bad gazetteer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kashf-gaz-'));
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"id":"kashf:org/acme","label":"ORG","ar":"أكمي"}\n{"id":"kashf:org/x","label":"COMPANY","ar":"س"}\n');
    const r = await runInProcess(['extract', '--gazetteer', file], 'نص');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 2');
    expect(r.stderr).toContain('"label"');
    expect(r.stderr).toContain(`kashf validate ${file}`);
  });

  it.each([
    [['extract', '--format', 'xml'], 'unknown format "xml"'],
    [['extract', '--labels', 'PERSON'], 'unknown label "PERSON"'],
    [['extract', '--jobs', 'many'], '--jobs needs a positive whole number'],
    [['extract', '--colour'], "Unknown option '--colour'"],
    [['extract', '/no/such/file.txt'], 'no such file or folder: /no/such/file.txt'],
    [['extract', SEEDS, '--format', 'brat'], 'add --out FOLDER'],
  ])('exits with 2 and says what to do: %j', async (args, message) => {
    const r = await runInProcess(args, '');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('kashf extract --help');
  });
});

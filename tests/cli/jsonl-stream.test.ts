// Big jobs: thousands of JSONL documents, some of them bad, with and without worker threads.
// Every document comes out, in input order, the bad ones as error records.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, runProcess, SEEDS } from './cli-harness.js';

const COUNT = 3000;
let input: string;
let lines: string[];

beforeAll(() => {
  const sentences = readFileSync(`${SEEDS}/000_f3d42182cc130942.txt`, 'utf8').split('\n').filter((l) => l.trim() !== '');
  lines = [];
  for (let i = 0; i < COUNT; i++) {
    if (i % 401 === 17) lines.push('{"id": "broken", "text": '); // not JSON
    else if (i % 401 === 33) lines.push(JSON.stringify({ id: `doc-${i}`, text: { nested: 'not a string' } })); // the extractor throws
    else if (i % 401 === 51) lines.push(JSON.stringify({ id: `doc-${i}` })); // no text
    else lines.push(JSON.stringify({ id: i % 2 ? `doc-${i}` : i, text: sentences[i % sentences.length] }));
  }
  const dir = mkdtempSync(join(tmpdir(), 'kashf-jsonl-'));
  input = join(dir, 'docs.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
});

function checkOutput(stdout: string): void {
  const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  expect(out).toHaveLength(COUNT);
  let errors = 0;
  out.forEach((record, i) => {
    const raw = lines[i]!;
    if (record.error) {
      errors++;
      expect(record.line).toBe(i + 1);
      expect(typeof record.error.code).toBe('string');
      expect(record.error.message.length).toBeGreaterThan(0);
      return;
    }
    const doc = JSON.parse(raw);
    expect(record.id).toEqual(doc.id);
    for (const e of record.entities) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
  });
  expect(errors).toBe(lines.filter((_, i) => [17, 33, 51].includes(i % 401)).length);
  expect(out.find((r) => r.id === 'doc-33')?.error.code).toBe('KASHF_INVALID_INPUT');
}

describe('kashf extract over JSONL', () => {
  let inline = '';

  it(`keeps count and order over ${COUNT} documents on the main thread`, async () => {
    const r = await runInProcess(['extract', input]);
    expect(r.code).toBe(1); // some documents failed
    expect(r.stderr).toMatch(/documents failed/);
    checkOutput(r.stdout);
    inline = r.stdout;
  });

  it(`keeps count and order over ${COUNT} documents with --jobs 3, byte for byte the same`, async () => {
    const r = await runProcess(['extract', input, '--jobs', '3']);
    expect(r.stderr).not.toContain('worker threads are unavailable');
    expect(r.code).toBe(1);
    checkOutput(r.stdout);
    expect(r.stdout).toBe(inline);
  });

  it('reads JSONL from standard input with --input jsonl, and writes the text with --text', async () => {
    const r = await runInProcess(['extract', '--input', 'jsonl', '--text'], '{"id":"a","text":"زار بايدن روسيا"}\n\n{"id":"b","text":""}\n');
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((d) => d.id)).toEqual(['a', 'b']);
    expect(out[0].text).toBe('زار بايدن روسيا');
    expect(out[0].entities.map((e: { text: string }) => e.text)).toEqual(expect.arrayContaining(['بايدن', 'روسيا']));
    expect(out[1].entities).toEqual([]);
  });
});

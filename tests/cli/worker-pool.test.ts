// The worker pool never drops a document: a worker that dies is replaced and its batch is
// retried one text at a time; workers that cannot start fall back to the main thread.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExtractOutcome } from '../../src/cli/extract-texts.js';
import { WorkerPool, type WorkerSetup } from '../../src/cli/worker-pool.js';

const dir = mkdtempSync(join(tmpdir(), 'kashf-pool-'));
const script = (name: string, body: string): URL => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return pathToFileURL(path);
};

// A stand-in worker: "finds" one entity per text, and dies on the text CRASH.
const CRASHY = script(
  'crashy.mjs',
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (texts) => {
  if (texts.includes('CRASH')) process.exit(3);
  parentPort.postMessage(texts.map((t) => ({ entities: [{ start: 0, end: t.length, text: t, label: 'PERS', source: { kind: 'user', ref: 'x' } }] })));
});
parentPort.postMessage('ready');
`,
);
const BROKEN = script('broken.mjs', `throw new Error('cannot start');\n`);
const setup: WorkerSetup = { kashfExtractWorker: true, extractor: {}, call: {} };
const mainThread = (texts: unknown[]): ExtractOutcome[] => texts.map(() => ({ entities: [] }));

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('WorkerPool', () => {
  it('keeps every text and the order when a worker dies mid-batch', async () => {
    const warnings: string[] = [];
    pool = new WorkerPool(2, CRASHY, setup, mainThread, (m) => warnings.push(m));
    const batches = [['بايدن', 'روسيا'], ['أ', 'CRASH', 'ب'], ['ج'], ['CRASH'], ['د', 'هـ']];
    const results = await Promise.all(batches.map((b) => pool!.run(b)));
    results.forEach((outcomes, i) => {
      expect(outcomes).toHaveLength(batches[i]!.length);
      outcomes.forEach((o, j) => {
        if (batches[i]![j] === 'CRASH') expect(o.error?.code).toBe('KASHF_WORKER_FAILED');
        else expect(o.entities?.[0]?.text).toBe(batches[i]![j]);
      });
    });
    expect(warnings).toEqual([]);
  });

  it('finishes on the main thread, with a warning, when workers cannot start', async () => {
    const warnings: string[] = [];
    pool = new WorkerPool(2, BROKEN, setup, mainThread, (m) => warnings.push(m));
    const results = await Promise.all([pool.run(['أ', 'ب']), pool.run(['ج'])]);
    expect(results).toEqual([[{ entities: [] }, { entities: [] }], [{ entities: [] }]]);
    expect(await pool.run(['د'])).toEqual([{ entities: [] }]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('worker threads are unavailable');
  });
});

// Worker threads for `kashf extract --jobs N`. Each worker compiles its own extractor once
// and processes batches of texts. A worker that dies turns its batch into error records and
// is replaced, so no document is ever dropped.

import { parentPort, Worker, workerData } from 'node:worker_threads';
import { createExtractor, type ExtractOptions, type ExtractorOptions } from '../index.js';
import { extractOne, type ExtractOutcome } from './extract-one.js';

/** What each worker needs to build its extractor. */
export interface WorkerSetup {
  kashfExtractWorker: true;
  extractor: ExtractorOptions;
  call: ExtractOptions;
}

/** True when this thread was started as an extraction worker. */
export function isExtractWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerSetup> | null)?.kashfExtractWorker === true;
}

/** The worker's side: extract every text of each batch it receives. */
export function runExtractWorker(): void {
  const setup = workerData as WorkerSetup;
  const extractor = createExtractor(setup.extractor);
  parentPort!.on('message', (texts: unknown[]) => {
    parentPort!.postMessage(texts.map((t) => extractOne(extractor, t, setup.call)));
  });
}

interface Task {
  texts: unknown[];
  resolve: (outcomes: ExtractOutcome[]) => void;
}

interface Slot {
  worker: Worker;
  task?: Task;
}

/** A fixed pool of extraction workers; `run` resolves with one outcome per text, in order. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private closed = false;

  constructor(
    size: number,
    private readonly script: URL,
    private readonly setup: WorkerSetup,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Extracts a batch of texts on the next free worker. */
  run(texts: unknown[]): Promise<ExtractOutcome[]> {
    return new Promise((resolve) => {
      this.queue.push({ texts, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { workerData: this.setup }) };
    slot.worker.on('message', (outcomes: ExtractOutcome[]) => {
      const task = slot.task;
      slot.task = undefined;
      task?.resolve(outcomes);
      this.dispatch();
    });
    const fail = (reason: string): void => {
      const task = slot.task;
      slot.task = undefined;
      task?.resolve(task.texts.map(() => ({ error: { code: 'KASHF_WORKER_FAILED', message: reason } })));
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.dispatch();
    };
    slot.worker.on('error', (err) => fail(`worker thread failed: ${err.message}`));
    slot.worker.on('exit', (code) => {
      if (!this.closed) fail(`worker thread exited with code ${code}`);
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.task) continue;
      slot.task = this.queue.shift()!;
      slot.worker.postMessage(slot.task.texts);
    }
  }
}

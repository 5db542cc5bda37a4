// Worker threads for `kashf extract --jobs N`. Each worker compiles its own extractor once
// and processes batches of texts. A worker that dies mid-batch is replaced and its batch is
// retried one document at a time, so only the document that kills a worker gets an error
// record and no document is ever dropped. If workers cannot start at all, the pool says so
// and extracts on the main thread instead.

import { parentPort, Worker, workerData } from 'node:worker_threads';
import { createExtractor, type ExtractOptions, type ExtractorOptions } from '../index.js';
import { latinEntities } from '../latin/index.js';
import { extractTexts, type ExtractOutcome } from './extract-texts.js';

/** What each worker needs to build its extractor. */
export interface WorkerSetup {
  kashfExtractWorker: true;
  extractor: ExtractorOptions;
  /** Add the Latin-script plugin (kashf/latin). */
  latin?: boolean;
  call: ExtractOptions;
}

/** True when this thread was started as an extraction worker. */
export function isExtractWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerSetup> | null)?.kashfExtractWorker === true;
}

/** The worker's side: build the extractor, say so, then extract every batch it receives. */
export function runExtractWorker(): void {
  const setup = workerData as WorkerSetup;
  const extractor = createExtractor(withLatin(setup.extractor, setup.latin === true));
  parentPort!.on('message', (texts: unknown[]) => {
    parentPort!.postMessage(extractTexts(extractor, texts, setup.call));
  });
  parentPort!.postMessage('ready');
}

interface Task {
  texts: unknown[];
  resolve: (outcomes: ExtractOutcome[]) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
}

/** Starts `script` as a worker; TypeScript sources (development runs) load through tsx. */
function startWorker(script: URL, setup: WorkerSetup): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData: setup });
  let api = 'tsx/esm/api';
  try {
    api = import.meta.resolve(api);
  } catch {
    // leave the bare specifier: the worker resolves it from the working directory
  }
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(boot, { eval: true, workerData: setup });
}

/** A fixed pool of extraction workers; `run` resolves with one outcome per text, in order. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private closed = false;
  private broken = false;

  constructor(
    size: number,
    private readonly script: URL,
    private readonly setup: WorkerSetup,
    /** Extracts on the main thread when workers cannot start. */
    private readonly fallback: (texts: unknown[]) => ExtractOutcome[],
    private readonly warn: (message: string) => void,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Extracts a batch of texts on the next free worker. */
  run(texts: unknown[]): Promise<ExtractOutcome[]> {
    if (this.broken) return Promise.resolve(this.fallback(texts));
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
    const slot: Slot = { worker: startWorker(this.script, this.setup), ready: false };
    slot.worker.on('message', (message: ExtractOutcome[] | 'ready') => {
      if (message === 'ready') slot.ready = true;
      else {
        const task = slot.task;
        slot.task = undefined;
        task?.resolve(message);
      }
      this.dispatch();
    });
    let failed = false;
    const fail = (reason: string): void => {
      if (failed || this.closed) return;
      failed = true;
      const task = slot.task;
      slot.task = undefined;
      if (!slot.ready) return this.breakDown(reason, task);
      if (task) this.retrySingly(task, reason);
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.dispatch();
    };
    slot.worker.on('error', (err) => fail(`worker thread failed: ${err.message}`));
    slot.worker.on('exit', (code) => fail(`worker thread exited with code ${code}`));
    return slot;
  }

  /** A crashed batch: rerun each text alone; a text that crashes alone gets the error. */
  private retrySingly(task: Task, reason: string): void {
    if (task.texts.length === 1) {
      task.resolve([{ error: { code: 'KASHF_WORKER_FAILED', message: reason } }]);
      return;
    }
    const singles = task.texts.map((t) => new Promise<ExtractOutcome[]>((resolve) => this.queue.unshift({ texts: [t], resolve })));
    void Promise.all(singles).then((parts) => task.resolve(parts.map((p) => p[0]!)));
  }

  /** Workers cannot start: finish everything on the main thread. */
  private breakDown(reason: string, task: Task | undefined): void {
    if (!this.broken) {
      this.broken = true;
      this.warn(`kashf: worker threads are unavailable (${reason}); continuing on the main thread`);
      void this.close();
    }
    const pending = [...(task ? [task] : []), ...this.queue.splice(0), ...this.slots.flatMap((s) => (s.task ? [s.task] : []))];
    for (const s of this.slots) s.task = undefined;
    for (const t of pending) t.resolve(this.fallback(t.texts));
  }

  private dispatch(): void {
    if (this.broken) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.task) continue;
      slot.task = this.queue.shift()!;
      slot.worker.postMessage(slot.task.texts);
    }
  }
}

/** Extractor options with the Latin-script plugin added when asked for. */
export function withLatin(options: ExtractorOptions, latin: boolean): ExtractorOptions {
  return latin ? { ...options, plugins: [...(options.plugins ?? []), latinEntities()] } : options;
}

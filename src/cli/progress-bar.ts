// A progress line on standard error for terminals: documents done, documents per second and,
// when the total is known (files, or bytes of JSONL files), a bar and the time left.

import type { Writable } from 'node:stream';

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mm = String(m).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Formats one progress line; `fraction` is undefined when the total is unknown. */
export function formatProgress(docs: number, seconds: number, fraction: number | undefined, width = 24): string {
  const rate = seconds > 0 ? docs / seconds : 0;
  const speed = `${docs} docs  ${rate.toFixed(rate < 10 ? 1 : 0)} docs/s`;
  if (fraction === undefined) return `kashf: ${speed}  ${clock(seconds)} elapsed`;
  const f = Math.min(1, Math.max(0, fraction));
  const filled = Math.round(f * width);
  const eta = f > 0 ? (seconds * (1 - f)) / f : Infinity;
  return `kashf: [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(f * 100).toFixed(0).padStart(3)}%  ${speed}  ETA ${clock(eta)}`;
}

/** Redraws at most ten times a second; does nothing when disabled. */
export class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;
  private docs = 0;
  private done = 0;

  constructor(
    private readonly out: Writable,
    private readonly enabled: boolean,
    /** Total documents or bytes; 0 when unknown. */
    private readonly total: number,
  ) {}

  /** Counts written documents and, when the total is in bytes, bytes read. */
  update(docs: number, progressed?: number): void {
    this.docs += docs;
    this.done = progressed ?? this.done + docs;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.draw();
  }

  /** Clears the line and prints a summary. */
  finish(failed: number): void {
    if (!this.enabled) return;
    this.draw();
    const seconds = (Date.now() - this.started) / 1000;
    this.out.write(`\r\x1b[2K${formatProgress(this.docs, seconds, undefined).replace(/ {2}\S+ elapsed$/, '')} in ${seconds.toFixed(1)} s${failed ? `, ${failed} failed` : ''}\n`);
  }

  private draw(): void {
    const seconds = (Date.now() - this.started) / 1000;
    this.out.write(`\r\x1b[2K${formatProgress(this.docs, seconds, this.total > 0 ? this.done / this.total : undefined)}`);
  }
}

// The outside world of the command line, passed in so tests can run commands in-process.

import type { Readable, Writable } from 'node:stream';

/** Streams and facts a command needs from its process. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Draw a progress bar on stderr (true when stderr is a terminal). */
  progress: boolean;
  /** Script that worker threads run (the CLI entry itself); needed for `--jobs`. */
  workerUrl?: URL;
  /** Package version, for `kashf --version`. */
  version?: string;
}

/** A mistake in the command line: reported with the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Tells a person at a terminal that the command is waiting for typed or pasted text. */
export function hintStdin(io: CliIo, paths: readonly string[]): void {
  if ((paths.length === 0 || paths.includes('-')) && (io.stdin as { isTTY?: boolean }).isTTY) {
    io.stderr.write('kashf: reading standard input; paste or type text, then press Ctrl-D (give file names to read files)\n');
  }
}

/** Exit codes: 0 everything fine, 1 problems found (bad data, failed documents), 2 usage error. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Writes a chunk, waiting when the stream asks to slow down (constant memory on big jobs). */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (chunk === '') return;
  if (!stream.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const done = (err?: Error): void => {
        stream.off('drain', done);
        stream.off('error', done);
        if (err) reject(err);
        else resolve();
      };
      stream.on('drain', done);
      stream.on('error', done);
    });
  }
}

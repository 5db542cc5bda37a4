// The `kashf` command. The same file is the entry of worker threads (`--jobs`), so the built
// CLI stays a single file.

import { readFileSync } from 'node:fs';
import { isExtractWorker, runExtractWorker } from './worker-pool.js';
import { runCli } from './run-cli.js';

/** The version in the package.json above this file (src/cli/ in development, dist/ when built). */
function packageVersion(): string | undefined {
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'kashf') return pkg.version;
    } catch {
      // not here; try the next level
    }
  }
  return undefined;
}

if (isExtractWorker()) {
  runExtractWorker();
} else {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // `kashf extract … | head` closes the pipe early: stop quietly.
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    progress: process.stderr.isTTY === true,
    workerUrl: new URL(import.meta.url),
    version: packageVersion(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`kashf: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

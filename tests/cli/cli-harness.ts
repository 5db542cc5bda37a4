// Runs the command line in-process with captured streams, or as a real process (for --jobs,
// which needs worker threads that load the entry file).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEEDS = `${ROOT}seeds`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs `kashf …args` in this process. */
export async function runInProcess(args: string[], stdin = ''): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await runCli(args, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, progress: false });
  return { code, stdout: out(), stderr: err() };
}

/** Runs `kashf …args` as a child process through tsx (the same entry the package's bin builds). */
export function runProcess(args: string[], stdin = ''): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}src/cli/main.ts`, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

// Dispatches `kashf <command>`: help, usage errors (exit 2), data problems (exit 1).

import { KashfError } from '../index.js';
import { EXIT, UsageError, type CliIo } from './cli-io.js';
import { evalCommand } from './eval-command.js';
import { extractCommand } from './extract-command.js';
import { HELP, MAIN_HELP } from './help-texts.js';
import { DataError } from './load-gazetteers.js';
import { normalizeCommand } from './normalize-command.js';
import { validateCommand } from './validate-command.js';

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  extract: extractCommand,
  eval: evalCommand,
  normalize: normalizeCommand,
  validate: validateCommand,
};

const wantsHelp = (argv: readonly string[]): boolean => {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    io.stdout.write(topic && HELP[topic] ? HELP[topic] : MAIN_HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${io.version ?? 'unknown'}\n`);
    return EXIT.ok;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr.write(`kashf: unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}. Run "kashf --help".\n`);
    return EXIT.usage;
  }
  if (wantsHelp(rest)) {
    io.stdout.write(HELP[command]!);
    return EXIT.ok;
  }
  try {
    return await run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`kashf ${command}: ${err.message}\nRun "kashf ${command} --help" for usage.\n`);
      return EXIT.usage;
    }
    const code = (err as { code?: unknown }).code;
    if (err instanceof DataError || err instanceof KashfError || code === 'KASHF_INVALID_OPTIONS') {
      io.stderr.write(`kashf ${command}: ${(err as Error).message}\n`);
      return code === 'KASHF_INVALID_OPTIONS' ? EXIT.usage : EXIT.problems;
    }
    if (code === 'EPIPE') return EXIT.ok; // the reader (e.g. `head`) closed the pipe
    io.stderr.write(`kashf ${command}: unexpected error: ${(err as Error)?.stack ?? String(err)}\nPlease report it with the command you ran.\n`);
    return EXIT.problems;
  }
}

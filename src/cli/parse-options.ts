// Thin wrapper over node:util's parseArgs that turns its errors into usage errors and
// checks the shared options (labels, numbers).

import { LABELS, type Label } from '../index.js';
import { UsageError } from './cli-io.js';

/** Options every command accepts. */
export const COMMON_OPTIONS = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Runs a node:util `parseArgs` call, turning its errors (unknown option, missing value) into
 * usage errors of `command`. Callers call parseArgs themselves so its result stays typed.
 */
export function parseOrThrow<R>(command: string, parse: () => R): R {
  try {
    return parse();
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''), command);
  }
}

/** Parses `PERS,ORG` into labels, naming any unknown one. */
export function parseLabels(value: string | undefined, option: string, command: string): Label[] | undefined {
  if (value === undefined) return undefined;
  const labels = value.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
  for (const l of labels) {
    if (!(LABELS as readonly string[]).includes(l)) {
      throw new UsageError(`unknown label "${l}" in ${option}; labels are ${LABELS.join(', ')}`, command);
    }
  }
  return labels as Label[];
}

/** Parses a positive integer option. */
export function parseCount(value: string | undefined, option: string, command: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} needs a positive whole number, got "${value}"`, command);
  return n;
}

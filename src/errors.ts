// Typed errors with stable codes: callers branch on `code`, never on the message.

/** Stable error codes thrown by kashf. */
export type KashfErrorCode =
  | 'KASHF_INVALID_INPUT'
  | 'KASHF_INVALID_OPTIONS'
  | 'KASHF_INVALID_ENTRY'
  | 'KASHF_INVALID_RULE'
  | 'KASHF_INVALID_FILE';

/**
 * Base class of every error kashf throws on purpose.
 *
 * @example
 * ```ts
 * try {
 *   parseGazetteer('{"id":"kashf:org/x","label":"COMPANY","ar":"شركة"}', { file: 'mine.jsonl' });
 * } catch (err) {
 *   if (err instanceof KashfError) console.error(err.code, err.location); // KASHF_INVALID_ENTRY { file, line: 1, field: 'label' }
 * }
 * ```
 */
export class KashfError extends Error {
  /** Stable, documented code. */
  readonly code: KashfErrorCode;
  /** Where the problem is (file, line, field) when known. */
  readonly location?: { file?: string; line?: number; field?: string };
  /** The offending value, when it is small enough to carry. */
  readonly value?: unknown;

  constructor(code: KashfErrorCode, message: string, details: { location?: KashfError['location']; value?: unknown } = {}) {
    super(message);
    this.name = 'KashfError';
    this.code = code;
    if (details.location) this.location = details.location;
    if (details.value !== undefined) this.value = details.value;
  }
}

/**
 * Thrown when `extract` (or an extractor) is given something that is not a string.
 *
 * @example
 * ```ts
 * try { extract(42 as never); } catch (err) { (err as KashfInputError).code; } // 'KASHF_INVALID_INPUT'
 * extract('بايدن'); // fine
 * ```
 */
export class KashfInputError extends TypeError {
  readonly code = 'KASHF_INVALID_INPUT' as const;
  readonly value: unknown;
  constructor(value: unknown) {
    super(`kashf: expected text to be a string, got ${describe(value)}`);
    this.name = 'KashfInputError';
    this.value = value;
  }
}

/**
 * Thrown when options are not valid (unknown label, wrong type, …).
 *
 * @example
 * ```ts
 * try { extract('روسيا', { labels: ['COUNTRY' as never] }); } catch (err) { (err as KashfOptionsError).field; } // 'labels'
 * ```
 */
export class KashfOptionsError extends TypeError {
  readonly code = 'KASHF_INVALID_OPTIONS' as const;
  readonly field: string;
  constructor(field: string, message: string) {
    super(`kashf: invalid option "${field}": ${message}`);
    this.name = 'KashfOptionsError';
    this.field = field;
  }
}

/** Short, safe description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  if (t === 'object') return `an object (${Object.prototype.toString.call(value)})`;
  if (t === 'string') return `a string`;
  return `${t} ${String(value).slice(0, 40)}`;
}

// Plain-text rendering of scores and errors for the evaluation command.
import type { ErrorKind, ScoringError } from './list-errors.js';
import type { Scores, TypeScore } from './score.js';

const percent = (x: number): string => (x * 100).toFixed(2);

/** Pads cells into columns: the first left-aligned, the rest (numbers) right-aligned. */
function alignColumns(rows: readonly string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join('  '));
}

/** A fixed-width table: one row per type, then the micro-average. */
export function formatScores(scores: Scores): string {
  const header = ['type', 'gold', 'pred', 'tp', 'P', 'R', 'F1'];
  const row = (name: string, s: TypeScore): string[] => [
    name,
    String(s.tp + s.fn),
    String(s.tp + s.fp),
    String(s.tp),
    percent(s.precision),
    percent(s.recall),
    percent(s.f1),
  ];
  const rows = [header, ...Object.entries(scores.types).map(([t, s]) => row(t, s)), row('micro', scores.micro)];
  const lines = alignColumns(rows);
  lines.splice(rows.length - 1, 0, '-'.repeat((lines[0] as string).length));
  return lines.join('\n');
}

/** Errors with the same kind, text and types, counted, with the first example's context. */
export interface ErrorGroup {
  kind: ErrorKind;
  text: string;
  gold?: string;
  predicted?: string;
  count: number;
  example: ScoringError;
}

/** Groups errors and returns, per kind, the `limit` most frequent groups. */
export function groupErrors(errors: readonly ScoringError[], limit: number): Record<ErrorKind, ErrorGroup[]> {
  const groups = new Map<string, ErrorGroup>();
  for (const error of errors) {
    const key = `${error.kind}\u0000${error.text}\u0000${error.gold ?? ''}\u0000${error.predicted ?? ''}`;
    const group = groups.get(key);
    if (group) group.count++;
    else
      groups.set(key, {
        kind: error.kind,
        text: error.text,
        ...(error.gold ? { gold: error.gold } : {}),
        ...(error.predicted ? { predicted: error.predicted } : {}),
        count: 1,
        example: error,
      });
  }
  const result: Record<ErrorKind, ErrorGroup[]> = { fp: [], fn: [], type: [] };
  for (const group of groups.values()) result[group.kind].push(group);
  for (const kind of Object.keys(result) as ErrorKind[]) {
    result[kind] = result[kind].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).slice(0, limit);
  }
  return result;
}

const KIND_TITLES: Record<ErrorKind, string> = {
  fp: 'false positives (predicted, no gold chunk with that span)',
  fn: 'false negatives (gold, no prediction with that span)',
  type: 'wrong type (same span)',
};

/** Lists the most frequent errors of each kind, one example context each. */
export function formatErrors(errors: readonly ScoringError[], limit: number): string {
  const grouped = groupErrors(errors, limit);
  const totals: Record<ErrorKind, number> = { fp: 0, fn: 0, type: 0 };
  for (const error of errors) totals[error.kind]++;
  // Chunks are runs of corpus tokens: a predicted «وقطاع غزة» is kashf's «قطاع غزة» projected
  // onto the token وقطاع, whose proclitic the corpus keeps attached.
  const out: string[] = ['chunk texts are whole corpus tokens (a proclitic glued to a token shows, though no span holds it)'];
  for (const kind of ['fn', 'fp', 'type'] as ErrorKind[]) {
    out.push(`${KIND_TITLES[kind]}: ${totals[kind]}`);
    for (const g of grouped[kind]) {
      const types = kind === 'type' ? `${g.gold}→${g.predicted}` : (g.gold ?? g.predicted);
      const overlap = g.example.overlap ? `  (overlaps ${g.example.overlap.type} «${g.example.overlap.text}»)` : '';
      out.push(`  ${String(g.count).padStart(4)}  ${types}  «${g.text}»${overlap}`);
      out.push(`        #${g.example.sentence}: ${g.example.context}`);
    }
  }
  return out.join('\n');
}

/** One line per corpus: micro P/R/F1 and the F1 of each of `types`. */
export function formatSummary(rows: readonly { corpus: string; scores: Scores }[], types: readonly string[] = ['PER', 'LOC', 'ORG', 'MISC']): string {
  const header = ['corpus', 'P', 'R', 'F1', ...types.map((t) => `F1 ${t}`)];
  const table = [
    header,
    ...rows.map(({ corpus, scores }) => [
      corpus,
      percent(scores.micro.precision),
      percent(scores.micro.recall),
      percent(scores.micro.f1),
      ...types.map((t) => (scores.types[t] ? percent(scores.types[t].f1) : '-')),
    ]),
  ];
  return alignColumns(table).join('\n');
}

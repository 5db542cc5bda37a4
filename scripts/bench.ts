// Throughput benchmark: kashf's full pipeline against a bare regex tokenization pass over the
// same Arabic documents in the same process, plus load time, heap, and how throughput scales
// with gazetteer size. Prints figures; asserts nothing. Each extractor compared (the default
// gazetteer, a 1,000-entry subset, none) is timed in a child process of its own, next to the
// bare pass in that process (scripts/bench-child.mjs; with --dist under plain node, as users
// run the package).
//
//   npm run bench
//   npx tsx scripts/bench.ts --mb 10 --runs 3 --rounds 3 --json
//   options: --dist (benchmark the built dist/index.js), --corpora DIR, --rounds N (processes
//   per extractor, taking turns; each extractor's best stands)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDocuments, CORPORA_DIR } from './bench-text.js';
import { VARIANTS } from './bench-child.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = fileURLToPath(new URL('./bench-child.mjs', import.meta.url));
const GAZETTEER_JSON = resolve(ROOT, 'src/data/default-gazetteer.json');
const MB = 1_000_000;
const SUBSET_SIZE = 1000;

function libraryUrl(dist: boolean): string {
  return pathToFileURL(resolve(ROOT, dist ? 'dist/index.js' : 'src/index.ts')).href;
}

/** What a load probe reports (scripts/bench-child.mjs). */
interface LoadProbe {
  importMs: number;
  createMs: number;
  gazetteerParseMs: number | null;
  heapBeforeMb: number;
  heapAfterMb: number;
  entries: number;
  aliases: number;
}

/** What one extractor's process reports (scripts/bench-child.mjs). */
interface ContenderResult {
  name: string;
  entries: number;
  aliases: number;
  buildMs: number;
  bareMs: number;
  bareTokens: number;
  ms: number;
  entities: number;
}

/**
 * Runs scripts/bench-child.mjs with `args` and returns what it printed. The built package runs
 * under plain node, as users run it; the sources need this process's TypeScript loader (tsx),
 * which transforms every file the child imports.
 */
function runChild<T>(dist: boolean, args: readonly string[]): T {
  const node = dist ? [] : process.execArgv;
  const child = spawnSync(process.execPath, [...node, '--expose-gc', CHILD, '--library', libraryUrl(dist), '--gazetteer', GAZETTEER_JSON, ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  if (child.status !== 0) throw new Error(`benchmark process ${args.join(' ')} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as T;
}

interface Throughput {
  ms: number;
  mbPerS: number;
  tokensPerS: number;
}

const throughput = (ms: number, bytes: number, tokens: number): Throughput => ({
  ms,
  mbPerS: bytes / MB / (ms / 1000),
  tokensPerS: tokens / (ms / 1000),
});

interface ScalingRow {
  name: string;
  entries: number;
  aliases: number;
  buildMs: number;
  mbPerS: number;
  relative: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mb: { type: 'string', default: '10' },
      runs: { type: 'string', default: '3' },
      rounds: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
      dist: { type: 'boolean', default: false },
      corpora: { type: 'string', default: CORPORA_DIR },
    },
  });
  if (values.dist && !existsSync(resolve(ROOT, 'dist/index.js'))) throw new Error('--dist needs a build: run npm run build first');
  const mb = Number(values.mb);
  const runs = Number(values.runs);
  const roundCount = Number(values.rounds);
  if (!(mb > 0) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(roundCount) || roundCount < 1) {
    throw new Error('--mb expects a positive number, --runs and --rounds positive integers');
  }

  const log = values.json ? () => {} : (line: string) => console.log(line);
  const load = runChild<LoadProbe>(values.dist, ['--probe-load']);
  const corpus = buildDocuments(values.corpora, mb * MB);
  const { documents, bytes } = corpus;
  // The children read the documents from a file: the corpus reader is TypeScript.
  const tmp = mkdtempSync(join(tmpdir(), 'kashf-bench-'));
  const documentsFile = join(tmp, 'documents.json');
  writeFileSync(documentsFile, JSON.stringify(documents));
  log(
    `text: ${(bytes / MB).toFixed(1)} MB in ${documents.length} documents of ~2 KB ` +
      `(from ${corpus.sentences} corpus sentences, ${(corpus.uniqueBytes / MB).toFixed(1)} MB unique), best of ${runs} runs in each of ${roundCount} processes per extractor`,
  );

  // Each contender runs in a process of its own, timed against the bare pass in that same
  // process. Interleaving the three extractors in one process made the default one measurably
  // slower than alone (ratio 0.17–0.23 against 0.21–0.25 in the same hour): JIT state and
  // cache contents that another extractor leaves behind, which a process with one extractor,
  // the usual case, never sees.
  // Each contender runs in `rounds` processes, the contenders taking turns, and its best process
  // (the highest ratio to its own bare pass) stands: another job slowing the machine for the
  // whole of one process then no longer decides the scaling table, which it did in about one
  // run in five with one process each.
  const rounds: ContenderResult[][] = [];
  try {
    for (let r = 0; r < roundCount; r++) {
      rounds.push(VARIANTS.map((_, i) => runChild<ContenderResult>(values.dist, ['--contender', String(i), '--documents', documentsFile, '--runs', String(runs)])));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const speed = (c: ContenderResult): number => c.bareMs / c.ms;
  const results = VARIANTS.map((_, i) => rounds.map((round) => round[i]!).reduce((a, b) => (speed(b) > speed(a) ? b : a)));
  // The spread: the scaling ratio from each round's processes alone.
  const perRound = rounds.map((round) => speed(round[0]!) / speed(round[1]!));
  const first = results[0]!;
  const tokens = first.bareTokens;
  const bareTp = throughput(first.bareMs, bytes, tokens);
  const pipelineTp = throughput(first.ms, bytes, tokens);
  const pipeline = { result: first.entities };
  const ratio = first.bareMs / first.ms;
  const scaling: ScalingRow[] = results.map((r) => {
    const mbPerS = throughput(r.ms, bytes, tokens).mbPerS;
    // Relative to each process's own bare pass, so drift between the processes cancels out.
    return { name: r.name, entries: r.entries, aliases: r.aliases, buildMs: r.buildMs, mbPerS, relative: ratio / (r.bareMs / r.ms) };
  });

  if (values.json) {
    console.log(
      JSON.stringify(
        {
          library: values.dist ? 'dist' : 'src',
          text: { bytes, documents: documents.length, tokens, uniqueBytes: corpus.uniqueBytes, runs },
          load,
          bare: bareTp,
          pipeline: { ...pipelineTp, entities: pipeline.result },
          ratio,
          scaling,
          scalingByRound: perRound,
        },
        null,
        2,
      ),
    );
    return;
  }

  const f = (x: number, digits = 2): string => x.toFixed(digits);
  const int = (x: number): string => Math.round(x).toLocaleString('en');
  log(`\nload (fresh process, ${values.dist ? 'dist/index.js under plain node' : 'src via tsx'}):`);
  const transform = values.dist ? '' : "; from src this includes tsx's TypeScript transform, --dist measures the build";
  log(`  import ${f(load.importMs, 0)} ms (module graph with the gazetteer JSON${transform})`);
  log(`  gazetteer JSON parse alone ${load.gazetteerParseMs === null ? 'n/a' : f(load.gazetteerParseMs, 1) + ' ms'}, first createExtractor() ${f(load.createMs, 0)} ms`);
  log(`  load + compile ${f(load.importMs + load.createMs, 0)} ms (module import, then the gazetteer and the rules; the gazetteer's own compile time is the "build ms" of the scaling table, target < 150)`);
  log(`  heap used after loading ${f(load.heapAfterMb, 1)} MB (+${f(load.heapAfterMb - load.heapBeforeMb, 1)} MB; target < 150)`);
  log(`  ${int(load.entries)} entries, ${int(load.aliases)} aliases`);
  log('\nthroughput            MB/s      tokens/s   entities');
  log(`  bare regex pass  ${f(bareTp.mbPerS).padStart(8)}  ${int(bareTp.tokensPerS).padStart(12)}          -`);
  log(`  kashf pipeline   ${f(pipelineTp.mbPerS).padStart(8)}  ${int(pipelineTp.tokensPerS).padStart(12)}  ${int(pipeline.result).padStart(9)}`);
  log(`  ratio pipeline / bare: ${f(ratio, 3)} (target >= 0.25)`);
  log('\ngazetteer scaling (same documents)');
  log('  gazetteer                       entries   aliases  build ms    MB/s  default/this');
  for (const row of scaling) {
    log(
      `  ${row.name.padEnd(30)} ${int(row.entries).padStart(8)} ${int(row.aliases).padStart(9)} ${f(row.buildMs, 0).padStart(9)} ${f(row.mbPerS).padStart(7)}  ${f(row.relative, 3).padStart(12)}`,
    );
  }
  log(`  (target: default / ${SUBSET_SIZE}-entry >= 0.8)`);
  log(`  default / ${SUBSET_SIZE}-entry by round (one process each): ${perRound.map((x) => x.toFixed(3)).join(', ')}`);
}

await main();

// Measures entity linking: of the gold mentions that carry a Wikidata ID, how many kashf finds,
// links to a `wd:` ID, and links to the right one. Two gold sets:
//   - tests/fixtures/linking-sample.jsonl: corpus mentions annotated with IDs by hand (the
//     sentences are read from ../shared/corpora, never copied into the repository);
//   - seeds/*.json: the seed articles' gold `id`s (flat entities and nested mentions).
//
//   npx tsx scripts/eval-linking.ts [--json] [--corpora DIR] [--wrong N]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createExtractor, type Entity, type Extractor } from '../src/index.js';
import { buildSentenceText, parseConll, type ConllSentence } from '../src/eval/index.js';
import { readLinkingSample, type SampleMention } from './linking-sample.js';


interface SeedMention {
  start: number;
  end: number;
  text: string;
  label: string;
  id?: string;
}

/** A gold mention located in a text, with the ID a reader gave it (`null`: none vouched for). */
interface GoldSpan {
  where: string;
  text: string;
  start: number;
  end: number;
  surface: string;
  id: string | null;
}

/** What kashf made of one gold mention. */
interface Outcome {
  gold: GoldSpan;
  found?: Entity;
}

interface Tally {
  mentions: number;
  withId: number;
  found: number;
  linked: number;
  right: number;
  /** Found mentions linked to a non-Wikidata identity (`kashf:`, `doc:`). */
  otherId: number;
  /** Mentions without a gold ID that kashf nevertheless linked to a `wd:` ID (not judged). */
  unjudgedLinks: number;
}

/** A link kashf made where the gold has no ID: listed so that annotators can review the gold. */
interface UnjudgedLink {
  where: string;
  surface: string;
  kashf: string;
  kashfText: string;
}

interface WrongLink {
  where: string;
  surface: string;
  gold: string;
  kashf: string;
  kashfText: string;
}

const isWikidata = (id: string | undefined): id is string => id !== undefined && id.startsWith('wd:');

/**
 * The kashf entity that stands for a gold span: the one with the same span, else the one
 * overlapping it most (ties: one with a Wikidata ID, then the earliest).
 */
function matchEntity(entities: readonly Entity[], start: number, end: number, options: { inside?: boolean } = {}): Entity | undefined {
  let best: Entity | undefined;
  let bestOverlap = 0;
  for (const e of entities) {
    // A nested gold mention is not stood for by the outer entity that contains it.
    if (options.inside && e.start <= start && e.end >= end && e.end - e.start > end - start) continue;
    if (e.start === start && e.end === end) {
      if (!best || best.start !== start || best.end !== end || (!isWikidata(best.id) && isWikidata(e.id))) best = e;
      bestOverlap = Number.POSITIVE_INFINITY;
      continue;
    }
    const overlap = Math.min(end, e.end) - Math.max(start, e.start);
    if (overlap <= 0) continue;
    if (overlap > bestOverlap || (overlap === bestOverlap && best && !isWikidata(best.id) && isWikidata(e.id))) {
      best = e;
      bestOverlap = overlap;
    }
  }
  return best;
}

function tally(outcomes: readonly Outcome[]): { tally: Tally; wrong: WrongLink[]; unjudged: UnjudgedLink[] } {
  const t: Tally = { mentions: outcomes.length, withId: 0, found: 0, linked: 0, right: 0, otherId: 0, unjudgedLinks: 0 };
  const wrong: WrongLink[] = [];
  const unjudged: UnjudgedLink[] = [];
  for (const { gold, found } of outcomes) {
    if (gold.id === null) {
      if (found && isWikidata(found.id)) {
        t.unjudgedLinks++;
        unjudged.push({ where: gold.where, surface: gold.surface, kashf: found.id, kashfText: found.text });
      }
      continue;
    }
    t.withId++;
    if (!found) continue;
    t.found++;
    if (!isWikidata(found.id)) {
      if (found.id !== undefined) t.otherId++;
      continue;
    }
    t.linked++;
    if (found.id === gold.id) t.right++;
    else wrong.push({ where: gold.where, surface: gold.surface, gold: gold.id, kashf: found.id, kashfText: found.text });
  }
  return { tally: t, wrong, unjudged };
}


/** Rebuilds each sampled sentence as `src/eval` does (tokens joined by single spaces) and runs kashf on it. */
function runSample(sample: readonly SampleMention[], corporaDir: string, extractor: Extractor): Outcome[] {
  const files = new Map<string, ConllSentence[]>();
  const entitiesBySentence = new Map<string, Entity[]>();
  const outcomes: Outcome[] = [];
  for (const m of sample) {
    let sentences = files.get(m.corpus);
    if (!sentences) {
      sentences = parseConll(readFileSync(resolve(corporaDir, m.corpus), 'utf8'));
      files.set(m.corpus, sentences);
    }
    const sentence = sentences[m.sentence];
    if (!sentence) throw new Error(`${m.corpus}: no sentence ${m.sentence}`);
    const { text, spans } = buildSentenceText(sentence.tokens);
    const first = spans[m.tokens[0]];
    const last = spans[m.tokens[1]];
    if (!first || !last) throw new Error(`${m.corpus}:${m.sentence}: tokens ${m.tokens.join('-')} out of range`);
    const key = `${m.corpus}:${m.sentence}`;
    let entities = entitiesBySentence.get(key);
    if (!entities) {
      entities = extractor.extract(text);
      entitiesBySentence.set(key, entities);
    }
    const gold: GoldSpan = { where: key, text, start: first.start, end: last.end, surface: m.surface, id: m.id };
    const found = matchEntity(entities, gold.start, gold.end);
    outcomes.push(found ? { gold, found } : { gold });
  }
  return outcomes;
}

/** Runs kashf (with nested mentions) on each seed article and matches its gold entities and nested mentions. */
function runSeeds(seedsDir: string, extractor: Extractor): { entities: Outcome[]; nested: Outcome[] } {
  const entities: Outcome[] = [];
  const nested: Outcome[] = [];
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(resolve(seedsDir, file), 'utf8')) as { file: string; entities: SeedMention[]; nested?: SeedMention[] };
    const text = readFileSync(resolve(seedsDir, gold.file), 'utf8');
    const found = extractor.extract(text, { nested: true });
    const judge = (g: SeedMention, inside: boolean): Outcome => {
      const span: GoldSpan = { where: `${gold.file}@${g.start}`, text, start: g.start, end: g.end, surface: g.text, id: g.id ?? null };
      const e = matchEntity(found, g.start, g.end, { inside });
      return e ? { gold: span, found: e } : { gold: span };
    };
    entities.push(...gold.entities.map((g) => judge(g, false)));
    nested.push(...(gold.nested ?? []).map((g) => judge(g, true)));
  }
  return { entities, nested };
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

function row(name: string, t: Tally): string {
  const cells = [
    name.padEnd(22),
    String(t.mentions).padStart(8),
    String(t.withId).padStart(7),
    String(t.found).padStart(6),
    String(t.linked).padStart(7),
    String(t.right).padStart(6),
    pct(t.right, t.withId).padStart(9),
    pct(t.right, t.linked).padStart(10),
    String(t.otherId).padStart(6),
    String(t.unjudgedLinks).padStart(10),
  ];
  return cells.join(' ');
}

const HEADER = [
  'gold set'.padEnd(22),
  'mentions'.padStart(8),
  'with ID'.padStart(7),
  'found'.padStart(6),
  'linked'.padStart(7),
  'right'.padStart(6),
  'accuracy'.padStart(9),
  'precision'.padStart(10),
  'other'.padStart(6),
  'unjudged'.padStart(10),
].join(' ');

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      corpora: { type: 'string', default: resolve(root, '../shared/corpora') },
      sample: { type: 'string', default: resolve(root, 'tests/fixtures/linking-sample.jsonl') },
      wrong: { type: 'string', default: '40' },
    },
  });
  const wrongLimit = Number(values.wrong);
  const extractor = createExtractor();

  const sample = readLinkingSample(values.sample);
  const corporaPresent = existsSync(values.corpora);
  if (!corporaPresent) console.error(`corpora not found at ${values.corpora}: skipping the corpus sample`);
  const sampleOutcomes = corporaPresent ? runSample(sample, values.corpora, extractor) : [];
  const seeds = runSeeds(resolve(root, 'seeds'), extractor);

  const sets: { name: string; outcomes: Outcome[] }[] = [];
  if (corporaPresent) {
    sets.push({ name: 'corpus sample', outcomes: sampleOutcomes });
    for (const corpus of [...new Set(sample.map((m) => m.corpus))]) {
      sets.push({ name: `  ${corpus.split('/')[0]}`, outcomes: sampleOutcomes.filter((o) => o.gold.where.startsWith(`${corpus}:`)) });
    }
  }
  sets.push({ name: 'seeds (entities)', outcomes: seeds.entities });
  sets.push({ name: 'seeds (nested)', outcomes: seeds.nested });
  const results = sets.map((s) => ({ name: s.name.trim(), label: s.name, ...tally(s.outcomes) }));
  const sentences = new Set(sampleOutcomes.map((o) => o.gold.where)).size;

  if (values.json) {
    const report = {
      sample: { mentions: sample.length, sentences, corpora: corporaPresent },
      sets: results.map((r) => ({
        name: r.name,
        ...r.tally,
        accuracy: r.tally.withId ? r.tally.right / r.tally.withId : null,
        precision: r.tally.linked ? r.tally.right / r.tally.linked : null,
        wrong: r.wrong,
        unjudged: r.unjudged,
      })),
    };
    console.log(JSON.stringify(report, null, 2));
    return;
  }

  if (corporaPresent) console.log(`corpus sample: ${sample.length} mentions in ${sentences} sentences\n`);
  console.log(HEADER);
  for (const r of results) console.log(row(r.label, r.tally));
  console.log(
    '\nfound: any span overlap; linked: found with a wd: ID; accuracy = right / with ID; precision = right / linked;' +
      '\nother: found with a kashf:/doc: ID; unjudged: mentions without a gold ID that kashf linked to a wd: ID.',
  );
  for (const r of results) {
    if (r.name === 'corpus sample' || r.wrong.length === 0) continue;
    console.log(`\nwrong links, ${r.name} (${r.wrong.length}):`);
    for (const w of r.wrong.slice(0, wrongLimit)) console.log(`  ${w.where}  ${w.surface}  gold ${w.gold}  kashf ${w.kashf} (${w.kashfText})`);
  }
}

main();

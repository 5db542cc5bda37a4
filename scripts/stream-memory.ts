// Memory over a long stream: runs N documents (default 100,000) through extractBatch one at a
// time and prints the heap every tenth of the way, after a forced GC when available
// (run with `node --expose-gc`: `npx tsx --expose-gc scripts/stream-memory.ts`).
//
//   npx tsx --expose-gc scripts/stream-memory.ts [--docs 100000]

import { createExtractor, extractBatch } from '../src/index.js';

const args = process.argv.slice(2);
const total = Number(args[args.indexOf('--docs') + 1] ?? 100_000) || 100_000;
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const words = ['الرئيس', 'الأمريكي', 'جو', 'بايدن', 'في', 'روسيا', 'قال', 'إن', 'الولايات', 'المتحدة', 'مليون', 'دولار', 'وزير', 'الخارجية', 'أنتوني', 'بلينكن', 'عام', '2022'];
function* docs(): Generator<{ id: number; text: string }> {
  let x = 12345;
  for (let i = 0; i < total; i++) {
    const n = 40 + (i % 80);
    const parts: string[] = [];
    for (let w = 0; w < n; w++) {
      // xorshift32: deterministic pseudo-random words
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      parts.push(words[(x >>> 0) % words.length]!);
    }
    // Unique names per document: a leak of per-document state would grow with them.
    parts.push(`المتحدث باسم الوزارة سامي${i}`);
    yield { id: i, text: parts.join(' ') };
  }
}

const kashf = createExtractor();
const start = heapMb();
console.log(`heap after loading: ${start.toFixed(1)} MB${gc ? '' : ' (no --expose-gc: figures include garbage)'}`);
const t0 = performance.now();
let n = 0;
let entities = 0;
let errors = 0;
const rows: number[] = [];
for (const r of extractBatch(kashf, docs())) {
  n++;
  if ('error' in r) errors++;
  else entities += r.entities.length;
  if (n % (total / 10) === 0) {
    const h = heapMb();
    rows.push(h);
    console.log(`${String(n).padStart(7)} docs  heap ${h.toFixed(1)} MB  ${(n / ((performance.now() - t0) / 1000)).toFixed(0)} docs/s`);
  }
}
const growth = rows[rows.length - 1]! - rows[0]!;
console.log(`${n} documents, ${entities} entities, ${errors} errors; heap growth from 10% to 100% of the stream: ${growth.toFixed(1)} MB`);

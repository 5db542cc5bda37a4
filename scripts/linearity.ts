// Drives the whole pipeline with adversarial inputs of growing size (1 KB to 10 MB, one
// document each) and prints the time per MB. Growth is judged by the log-log slope between the
// two largest sizes (time ∝ size^slope): 1 is linear, 2 quadratic. Exits 1 when a slope
// exceeds 1.3. (Between small sizes, caches and garbage collection give steps, not growth.)
//
//   npx tsx scripts/linearity.ts [--max-mb 10] [--json]

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createExtractor } from '../src/index.js';

const args = process.argv.slice(2);
const maxMb = Number(args[args.indexOf('--max-mb') + 1] ?? 10) || 10;
const asJson = args.includes('--json');

/** Each generator returns a string of about `n` UTF-16 units built from a hostile unit. */
const shapes: Record<string, (n: number) => string> = {
  'arabic news words': (n) => fill(n, ['الرئيس ', 'الأمريكي ', 'جو ', 'بايدن ', 'في ', 'روسيا ', 'قال ', 'إن ', 'الولايات ', 'المتحدة ', 'مليون ', 'دولار ', '19 ', 'مايو ', '، ']),
  'titles without names': (n) => fill(n, ['الرئيس ', 'وزير الخارجية ', 'السفير ', 'نائب ', 'المتحدث باسم ']),
  'number words and digits': (n) => fill(n, ['ثلاثة ', 'وعشرين ', 'ألفا ', '1,000,000.5 ', '٢٠٢٢ ', 'مليون ', 'في المئة ', '% ']),
  'dates without end': (n) => fill(n, ['19 ', 'مايو ', '(أيار) ', 'عام ', '2022 ', 'الماضي ', '1/1/']),
  // Lists of names joined by و, titles with complements, quoted speakers and Latin glosses: the steps that
  // read names after overlap resolution.
  'names before open brackets': (n) => fill(n, ['قال ', 'محمود مرسى ', '( ']),
  'names in lists and quotes': (n) => fill(n, ['محمود مرسى ', 'وكلارنس سيدورف ', '( 20 ) ', 'رئيس تحرير ', 'جريدة الوفاق ', 'عن كينيون ', 'قوله ', 'نور الدين ', 'محسن سعد ', '( Albert Einstein ) ']),
  'weak aliases and initials': (n) => fill(n, ['قال ', 'الأسد\n', 'إن ', 'محفوظ ', 'محمد ب. ', 'الأسد\n', 'حسن أبو السعود ', '، ', 'جيهان الناصر ', 'تصريحات ', 'علي بن أبي طالب ', 'الإمام ', 'الرضا ', 'صلى الله عليه ']),
  'one token, no space': (n) => 'ب'.repeat(n),
  'digits, no space': (n) => '1'.repeat(n),
  'diacritics flood': (n) => 'ب' + '\u064e'.repeat(n - 1),
  'tatweel flood': (n) => 'ب' + '\u0640'.repeat(n - 1),
  'punctuation and quotes': (n) => fill(n, ['«', '»', '(', ')', '.', '،', '"']),
  'latin capitals': (n) => fill(n, ['CNN ', 'FBI ', 'NATO ', 'A.B.C ', 'Joe ', 'Biden ']),
  'bidi and zero-width': (n) => fill(n, ['\u202e', 'ب', '\u200f', '\u200d', 'ا', '\u2066']),
};

function fill(n: number, units: string[]): string {
  const parts: string[] = [];
  let len = 0;
  let i = 0;
  while (len < n) {
    const u = units[i++ % units.length]!;
    parts.push(u);
    len += u.length;
  }
  return parts.join('');
}

/** A full garbage collection (exposed at run time: the script runs without flags). */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

const kashf = createExtractor();
kashf.extract('تمهيد: بايدن في روسيا 19 مايو 2022'); // warm up
const sizes = [1e3, 1e4, 1e5, 1e6, maxMb * 1e6].filter((s, i, a) => a.indexOf(s) === i && s <= maxMb * 1e6);
const report: Record<string, Record<string, number>> = {};
let failed = false;
for (const [name, make] of Object.entries(shapes)) {
  const row: Record<string, number> = {};
  for (const size of sizes) {
    const text = make(size);
    // Best of several runs: a garbage collection landing in one run is not growth.
    const reps = size <= 1e4 ? 50 : size <= 1e5 ? 10 : 3;
    let ms = Infinity;
    for (let r = 0; r < reps; r++) {
      // The garbage of the inputs before (10 MB each) is collected off the clock.
      if (size >= 1e6) collectGarbage();
      const t0 = performance.now();
      kashf.extract(text);
      ms = Math.min(ms, performance.now() - t0);
    }
    row[size >= 1e6 ? `${size / 1e6}MB` : `${size / 1e3}KB`] = +(ms / (text.length / 1e6)).toFixed(1);
  }
  report[name] = row;
  const keys = Object.keys(row);
  const sizesMs = sizes.map((size, i) => ({ size, ms: row[keys[i]!]! * (size / 1e6) }));
  const a = sizesMs[sizesMs.length - 2]!;
  const b = sizesMs[sizesMs.length - 1]!;
  const slope = Math.log(b.ms / a.ms) / Math.log(b.size / a.size);
  if (slope > 1.3) failed = true;
  if (!asJson) console.log(`${name.padEnd(26)} ms per MB: ${keys.map((k) => `${k} ${row[k]}`).join('  ')}  slope ${slope.toFixed(2)}${slope > 1.3 ? '  SUPER-LINEAR' : ''}`);
}
if (asJson) console.log(JSON.stringify(report, null, 2));
console.log(failed ? 'FAIL: super-linear growth' : 'ok: time per MB stays flat');
process.exit(failed ? 1 : 0);

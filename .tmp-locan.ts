import { readFileSync, writeFileSync } from 'node:fs';
import { createExtractor } from './src/index.js';
import { evaluateConll } from './src/eval/index.js';
const ex = createExtractor();
const calls: any[][] = [];
const file = process.argv[2] ?? '../shared/corpora/anercorp/train.conll';
const ev = evaluateConll(readFileSync(file, 'utf8'), (t) => { const e = ex.extract(t); calls.push(e); return e; }, { scheme: 'anercorp', collectErrors: true });
const fp = new Map<string, number>(); const fn = new Map<string, number>();
for (const e of ev.errors) {
  if (e.kind === 'fp' && e.predicted === 'LOC') {
    const ents = calls[e.sentence]!;
    const m = ents.find((x: any) => e.text.includes(x.text) || x.text.includes(e.text));
    const k = `${e.text}\t${m?.source.kind}:${m?.source.ref}\t${m?.label}${e.overlap ? '\tOV:' + e.overlap.type + ':' + e.overlap.text : ''}`;
    fp.set(k, (fp.get(k) ?? 0) + 1);
  }
  if (e.kind === 'fn' && e.gold === 'LOC') {
    const k = `${e.text}${e.overlap ? '\tOV:' + e.overlap.type + ':' + e.overlap.text : ''}`;
    fn.set(k, (fn.get(k) ?? 0) + 1);
  }
  if (e.kind === 'type' && (e.gold === 'LOC' || e.predicted === 'LOC')) {
    const k = `TYPE ${e.gold}->${e.predicted} ${e.text}`;
    fp.set(k, (fp.get(k) ?? 0) + 1);
  }
}
const dump = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v}\t${k}`).join('\n');
writeFileSync('/tmp/an/fp.txt', dump(fp)); writeFileSync('/tmp/an/fn.txt', dump(fn));
console.log(JSON.stringify(ev.scores.LOC ?? ev.scores));

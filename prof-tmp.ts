import { readFileSync } from 'node:fs';
import { createExtractor } from './src/index.ts';
const lines = readFileSync('/work/shared/corpora/anercorp/train.conll','utf8').split('\n\n').map(s=>s.split('\n').map(l=>l.split('\t')[0]).join(' '));
const docs: string[] = []; let cur='';
for (const l of lines) { cur += l + ' '; if (cur.length > 2000) { docs.push(cur); cur=''; } }
const k = createExtractor(JSON.parse(process.argv[2] ?? '{}'));
let best=Infinity; for (let r=0;r<60;r++){ const t0=performance.now(); for (const d of docs) k.extract(d); best=Math.min(best, performance.now()-t0); }
console.log('best', best.toFixed(1));

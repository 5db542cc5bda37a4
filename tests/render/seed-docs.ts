// The seed articles with kashf's current output, shared by the renderer tests.
import { readFileSync } from 'node:fs';
import { extract } from '../../src/index.js';
import type { RenderDocument } from '../../src/render/index.js';

export const SEED_FILES = ['000_f3d42182cc130942.txt', '004_d5f7514ccb544b39.txt'];

export function seedDoc(file: string, nested = false): RenderDocument {
  const text = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
  return { id: file, text, entities: extract(text, { nested }) };
}

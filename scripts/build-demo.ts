// Builds the browser demo: bundles the library (public API and renderers) with esbuild into
// docs/demo/kashf.browser.js (a classic script defining the global `kashf`, so the page works
// from file://) and writes docs/demo/index.html. The browser platform makes the build fail if
// the library ever imports a Node built-in.
//
//   npm run demo:build [-- --out DIR]

import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { demoPage } from './demo-page.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Where the demo was written and how big the bundle is. */
export interface DemoBuild {
  dir: string;
  page: string;
  bundle: string;
  bytes: number;
}

/** Bundles the library for browsers and writes the demo page into `outDir`. */
export async function buildDemo(outDir = join(ROOT, 'docs/demo')): Promise<DemoBuild> {
  await mkdir(outDir, { recursive: true });
  const bundle = join(outDir, 'kashf.browser.js');
  const result = await build({
    stdin: {
      // The renderers are re-exported here too, whether or not the public API exports them.
      contents: "export * from './src/index.ts';\nexport * from './src/render/index.ts';\n",
      resolveDir: ROOT,
      sourcefile: 'kashf-browser.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'kashf',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    outfile: bundle,
    metafile: true,
    logLevel: 'warning',
  });
  const bytes = result.metafile.outputs[Object.keys(result.metafile.outputs)[0]!]!.bytes;
  const page = join(outDir, 'index.html');
  await writeFile(page, demoPage());
  return { dir: outDir, page, bundle, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? resolve(process.argv[i + 1] ?? '') : undefined;
  const built = await buildDemo(out);
  console.log(`demo: ${built.page} (bundle ${(built.bytes / 1024).toFixed(0)} KB)`);
}

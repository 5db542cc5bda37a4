import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// Large JSON data is shipped as `JSON.parse('…')` of a string literal: V8 parses JSON much
// faster than the equivalent object literal, and the objects it makes are faster to use.
const jsonAsParse: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

// The command line imports the public API from the built library instead of bundling a
// second copy of it (and of its data).
const cliUsesLibrary: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'cli-uses-library',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: './index.js', external: true }));
    build.onResolve({ filter: /^\.\.\/latin\/index\.js$/ }, () => ({ path: './latin.js', external: true }));
  },
};

// The library ships ESM and CJS with matching declarations and no Node built-ins (it runs in
// browsers). `kashf/latin` (compromise) is its own entry so Arabic-only users never load it.
// The command line is a separate, Node-only entry.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', latin: 'src/latin/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    esbuildPlugins: [jsonAsParse],
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [cliUsesLibrary, jsonAsParse],
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
]);

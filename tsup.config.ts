import { defineConfig } from 'tsup';

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
  },
]);

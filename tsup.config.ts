import { defineConfig } from 'tsup';

// The library ships ESM and CJS with matching declarations; the CLI is a separate
// Node-only entry so the core bundle stays free of Node built-ins (it runs in browsers).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
]);

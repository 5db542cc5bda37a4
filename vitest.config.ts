import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests of the public API import 'kashf-under-test'. By default that is the source; the
// packaging smoke test runs the same suites with KASHF_UNDER_TEST pointing at the built,
// packed and installed package.
const target = process.env.KASHF_UNDER_TEST ?? fileURLToPath(new URL('./src/index.ts', import.meta.url));

export default defineConfig({
  resolve: { alias: { 'kashf-under-test': target } },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});

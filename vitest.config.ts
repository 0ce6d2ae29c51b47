import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
    },
  },
  test: {
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'test/**/*.test.ts',
      'content/**/*.test.ts',
    ],
    environment: 'node',
    // Builds dist/export-worker.mjs, the export pool's worker (see scripts/build-export-worker.mjs).
    globalSetup: ['test/build-export-worker.setup.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    // CI sums the runners' JSON reports into one closing line (scripts/test-summary.mjs).
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/vitest.json' },
  },
});

import { defineConfig } from 'vitest/config';

/** Browser tests: Chromium against the built site (`npm run build` first). */
export default defineConfig({
  test: {
    // CI asks for a JSON report too, to count tests over every run.
    reporters: process.env['VITEST_JSON'] ? ['default', 'json'] : ['default'],
    ...(process.env['VITEST_JSON'] ? { outputFile: { json: process.env['VITEST_JSON'] } } : {}),
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/setup.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

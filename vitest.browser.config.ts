import { defineConfig } from 'vitest/config';

/**
 * Tests of the built site: Chromium against dist/ (`npm run build` first),
 * and builds of their own (a sub-path build, two builds compared).
 */
export default defineConfig({
  test: {
    // CI asks for a JSON report too, to count tests over every run.
    reporters: process.env['VITEST_JSON'] ? ['default', 'json'] : ['default'],
    ...(process.env['VITEST_JSON'] ? { outputFile: { json: process.env['VITEST_JSON'] } } : {}),
    include: ['test/browser/**/*.test.ts', 'test/build/**/*.test.ts'],
    globalSetup: ['test/browser/setup.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time (one per core): Chromium's renderers and the builds run side by side.
    fileParallelism: true,
    maxWorkers: 2,
  },
});

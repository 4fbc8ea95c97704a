import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI asks for a JSON report too, to count tests over every run.
    reporters: process.env['VITEST_JSON'] ? ['default', 'json'] : ['default'],
    ...(process.env['VITEST_JSON'] ? { outputFile: { json: process.env['VITEST_JSON'] } } : {}),
    include: ['test/**/*.test.ts'],
    // Tests of the built site and of whole builds run after `npm run build` (vitest.browser.config.ts).
    exclude: ['test/browser/**', 'test/build/**', 'node_modules/**'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    // Test files share their worker's modules (the sample's site data loads once per worker, not per file):
    // no test mocks a module, and the one that changes TZ puts it back.
    isolate: false,
  },
});

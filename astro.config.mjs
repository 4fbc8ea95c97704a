// @ts-check
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

/**
 * Astro empties dist/ before it builds, so the pipeline writes the public
 * datasets to .cache/donnees/ (which the pages read) and this integration
 * copies them to dist/donnees/ once the site is built.
 */
const publishDatasets = {
  name: 'publish-datasets',
  hooks: {
    // Chart CSVs are written while pages render: start from an empty folder.
    'astro:build:start': async () => {
      await rm(fileURLToPath(new URL('./.cache/graphiques/', import.meta.url)), { recursive: true, force: true });
    },
    /** @param {{ dir: URL }} options */
    'astro:build:done': async ({ dir }) => {
      const staging = fileURLToPath(new URL('./.cache/donnees/', import.meta.url));
      await cp(staging, fileURLToPath(new URL('donnees/', dir)), { recursive: true });
      const charts = fileURLToPath(new URL('./.cache/graphiques/', import.meta.url));
      await cp(charts, fileURLToPath(new URL('donnees/graphiques/', dir)), { recursive: true, force: true }).catch(() => undefined);
    },
  },
};

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [publishDatasets],
});

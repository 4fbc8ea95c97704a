// @ts-check
import { cp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { deployment } from './src/lib/site/deployment.ts';
import { CACHE_DIR, OUTPUT_ROOT } from './src/lib/outputRoot.ts';
import { editionsDir } from './src/lib/editions/store.ts';
import { copyEditionDownloads } from './src/lib/editions/downloads.ts';
import { indexSite } from './src/build/searchIndex.ts';

/**
 * Deployment (contract §9): `SITE_URL` is the origin the site is published
 * at, `BASE_PATH` the sub-path under it. Defaults serve `npm start` at
 * http://localhost:4321/. `ALLIANCES_OUTPUT_ROOT` (tests) builds the whole
 * site, .cache/ and dist/, under another folder.
 */
const { site: SITE_URL, base: BASE_PATH } = deployment(process.env.BASE_PATH || '/', process.env.SITE_URL || 'http://localhost:4321');
if (!/^https?:\/\/[^/]+$/.test(SITE_URL)) {
  throw new Error(`SITE_URL doit être une origine http(s) sans chemin (ex. https://example.org), pas « ${SITE_URL} » : le chemin va dans BASE_PATH.`);
}

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
      await rm(join(CACHE_DIR, 'graphiques'), { recursive: true, force: true });
    },
    /** @param {{ dir: URL }} options */
    'astro:build:done': async ({ dir }) => {
      // The contract names /sitemap.xml: the integration's index, renamed.
      await rename(fileURLToPath(new URL('sitemap-index.xml', dir)), fileURLToPath(new URL('sitemap.xml', dir)));
      const staging = join(CACHE_DIR, 'donnees');
      await cp(staging, fileURLToPath(new URL('donnees/', dir)), { recursive: true });
      // The frozen editions' files and a ZIP of each revision (contract §6).
      copyEditionDownloads(editionsDir(fileURLToPath(new URL('.', import.meta.url))), fileURLToPath(dir));
      // Chart files, under each site's root (donnees/graphiques/, editions/<annee>/donnees/graphiques/).
      await cp(join(CACHE_DIR, 'graphiques'), fileURLToPath(dir), { recursive: true, force: true });
      // Site search (issue #10): Pagefind's index of the built pages, in dist/pagefind/.
      const search = await indexSite(fileURLToPath(dir));
      console.log(`Recherche : ${search.pages} pages lues par Pagefind en ${Math.round(search.milliseconds)} ms`);
    },
  },
};

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  outDir: join(OUTPUT_ROOT, 'dist'),
  output: 'static',
  trailingSlash: 'always',
  // Each page's few kilobytes of CSS inline: no render-blocking request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    sitemap({ i18n: { defaultLocale: 'fr', locales: { fr: 'fr-CA', en: 'en-CA' } } }),
    publishDatasets,
  ],
});

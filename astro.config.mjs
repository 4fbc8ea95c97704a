// @ts-check
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { LOCAL_SITE_URL, deployment } from './src/lib/site/deployment.ts';
import { OUTPUT_ROOT } from './src/lib/common/outputRoot.ts';
import { siteFiles } from './src/build/siteFiles.ts';

/**
 * Deployment (contract §9): `SITE_URL` is the origin the site is published
 * at, `BASE_PATH` the sub-path under it. Defaults serve `npm start` at
 * http://localhost:4321/. `ALLIANCES_OUTPUT_ROOT` (tests) builds the whole
 * site, .cache/ and dist/, under another folder.
 */
const DEPLOYMENT = deployment(process.env.BASE_PATH || '/', process.env.SITE_URL || LOCAL_SITE_URL);
const { site: SITE_URL, base: BASE_PATH } = DEPLOYMENT;
if (!/^https?:\/\/[^/]+$/.test(SITE_URL)) {
  throw new Error(`SITE_URL doit être une origine http(s) sans chemin (ex. https://example.org), pas « ${SITE_URL} » : le chemin va dans BASE_PATH.`);
}

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  outDir: join(OUTPUT_ROOT, 'dist'),
  output: 'static',
  trailingSlash: 'always',
  // Each page's few kilobytes of CSS inline: no render-blocking request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    // Embed pages (/integrer/, issue #19) are for other sites' frames, not search results: noindex, and not listed.
    sitemap({ i18n: { defaultLocale: 'fr', locales: { fr: 'fr-CA', en: 'en-CA' } }, filter: (page) => !new URL(page).pathname.includes('/integrer/') }),
    // Datasets, editions' files, sitemap name, search index: src/build/siteFiles.ts.
    siteFiles(fileURLToPath(new URL('.', import.meta.url)), DEPLOYMENT),
  ],
});

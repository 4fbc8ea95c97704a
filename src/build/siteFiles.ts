/**
 * The build's one step after Astro has rendered the pages and run the
 * endpoints (chart files, share cards, feeds, the changes CSV): the files
 * that no page makes, put into dist/.
 * - The public datasets: the pipeline (`npm run data`) writes them to
 *   .cache/donnees/, which the pages read, because Astro empties dist/
 *   before it builds; they are copied to dist/donnees/.
 * - The frozen editions' files and a ZIP of each revision with its README (contract §6).
 * - /sitemap.xml, the name the contract gives (the sitemap integration
 *   writes sitemap-index.xml).
 * - Site search: Pagefind's index of the built pages, in dist/pagefind/.
 * Then, when `SITE_URL` is unset, a loud warning: the permanent URLs point
 * to localhost (`siteUrlWarning`).
 */
import { cp, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CACHE_DIR } from '../lib/common/outputRoot.ts';
import { copyEditionDownloads } from '../lib/editions/downloads.ts';
import { editionsDir } from '../lib/editions/store.ts';
import { localeSitePath, siteUrlWarning } from '../lib/site/deployment.ts';
import type { Deployment } from '../lib/site/deployment.ts';
import { indexSite } from './searchIndex.ts';

/**
 * `projectRoot`: where data/editions/ is (EDITIONS_DIR aside); `site`: the
 * build's deployment, as astro.config.mjs reads it (this step runs in the
 * config's context, where url.ts would not see SITE_URL and BASE_PATH).
 */
export function siteFiles(projectRoot: string, site: Deployment): AstroIntegration {
  return {
    name: 'site-files',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        await rename(join(out, 'sitemap-index.xml'), join(out, 'sitemap.xml'));
        await cp(join(CACHE_DIR, 'donnees'), join(out, 'donnees'), { recursive: true });
        // The ZIPs' README names the edition's permanent pages and its files' folder.
        copyEditionDownloads(editionsDir(projectRoot), out, (annee) => ({
          edition: { fr: site.absoluteUrl(localeSitePath('fr', `/editions/${annee}/`)), en: site.absoluteUrl(localeSitePath('en', `/editions/${annee}/`)) },
          files: site.absoluteUrl(`/editions/${annee}/fichiers/`),
        }));
        const search = await indexSite(out);
        console.log(`Recherche : ${search.pages} pages lues par Pagefind en ${Math.round(search.milliseconds)} ms`);
        // Last, so that whoever builds for publication sees it under the build's output.
        const warning = siteUrlWarning(process.env['SITE_URL']);
        if (warning) console.warn(`\n${warning}\n`);
      },
    },
  };
}

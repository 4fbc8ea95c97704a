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
 */
import { cp, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CACHE_DIR } from '../lib/common/outputRoot.ts';
import { copyEditionDownloads } from '../lib/editions/downloads.ts';
import { editionsDir } from '../lib/editions/store.ts';
import { absoluteUrl, localeSitePath } from '../lib/site/url.ts';
import { indexSite } from './searchIndex.ts';

/** `projectRoot`: where data/editions/ is (EDITIONS_DIR aside). */
export function siteFiles(projectRoot: string): AstroIntegration {
  return {
    name: 'site-files',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        await rename(join(out, 'sitemap-index.xml'), join(out, 'sitemap.xml'));
        await cp(join(CACHE_DIR, 'donnees'), join(out, 'donnees'), { recursive: true });
        // The ZIPs' README names the edition's permanent pages and its files' folder.
        copyEditionDownloads(editionsDir(projectRoot), out, (annee) => ({
          edition: { fr: absoluteUrl(localeSitePath('fr', `/editions/${annee}/`)), en: absoluteUrl(localeSitePath('en', `/editions/${annee}/`)) },
          files: absoluteUrl(`/editions/${annee}/fichiers/`),
        }));
        const search = await indexSite(out);
        console.log(`Recherche : ${search.pages} pages lues par Pagefind en ${Math.round(search.milliseconds)} ms`);
      },
    },
  };
}

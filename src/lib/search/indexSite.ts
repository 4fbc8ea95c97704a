/**
 * Site search (issue #10, item 3): Pagefind indexes the built dist/ once
 * Astro has written it, and writes its bundle to dist/pagefind/. Only pages
 * whose <main> carries `data-pagefind-body` are indexed (Pagefind skips every
 * other page once one page has it): the current site's practice, region and
 * priority pages and the indicators page (see src/lib/site/searchEntry.ts),
 * never a frozen edition. Pagefind makes one index per `<html lang>`
 * (fr-CA, en-CA), with French and English stemming.
 */
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

export interface SearchIndexReport {
  /** Pages indexed, all languages together. */
  readonly pages: number;
  readonly milliseconds: number;
}

export async function indexSite(dist: string): Promise<SearchIndexReport> {
  const start = performance.now();
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind : ${errors.join(' ; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join(' ; ')}`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(' ; ')}`);
    return { pages: added.page_count, milliseconds: performance.now() - start };
  } finally {
    await close();
  }
}

/**
 * Site search (issue #10, item 3): Pagefind indexes the built dist/ once
 * Astro has written it, and writes its bundle to dist/pagefind/. Only pages
 * whose <main> carries `data-pagefind-body` are indexed (Pagefind skips every
 * other page once one page has it): the current site's practice, region and
 * priority pages and the indicators page (see src/pageData/searchEntry.ts),
 * never a frozen edition. Pagefind makes one index per `<html lang>`
 * (fr-CA, en-CA), with French and English stemming.
 */
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** The current site's folders with indexed pages, both languages (the pages say which with data-pagefind-body). */
const INDEXED_FOLDERS = '{regions,priorites,indicateurs,pratiques,en/regions,en/priorites,en/indicateurs,en/pratiques}/**/*.html';

export interface SearchIndexReport {
  /** HTML pages read (indexed or not), all languages together. */
  readonly pages: number;
  readonly milliseconds: number;
}

export async function indexSite(dist: string): Promise<SearchIndexReport> {
  const start = performance.now();
  try {
    // Tables, charts and the table of contents are figures and links, not prose; a practice
    // page's list of other regions' practices and its citation repeat other pages' titles and
    // its URL. Left out, a title finds its own page first and the excerpts read as sentences.
    const { index, errors } = await createIndex({ excludeSelectors: ['table', 'svg', '.toc', '.practice__related', '.practice__cite', '.copy-link'] });
    if (!index) throw new Error(`Pagefind : ${errors.join(' ; ')}`);
    // Only the folders that hold indexed pages: the editions' pages (most of dist/) are never
    // indexed, and not reading them takes two thirds off the indexing time.
    const added = await index.addDirectory({ path: dist, glob: INDEXED_FOLDERS });
    if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join(' ; ')}`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(' ; ')}`);
    return { pages: added.page_count, milliseconds: performance.now() - start };
  } finally {
    await close();
  }
}

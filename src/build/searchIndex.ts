/**
 * Site search (issue #10, item 3; issue #19, part 5): Pagefind indexes the
 * built dist/ once Astro has written it, and writes its bundle to
 * dist/pagefind/. Only pages whose <main> carries `data-pagefind-body` are
 * indexed (Pagefind skips every other page once one page has it): the current
 * site's practice, region and priority pages and the indicators page (see
 * src/pageData/searchEntry.ts), never a frozen edition (they would double the
 * index for pages a reader reaches from today's). Pagefind makes one index per
 * `<html lang>` (fr-CA, en-CA), with French and English stemming.
 */
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** The current site's folders with indexed pages, both languages (the pages say which with data-pagefind-body). */
const INDEXED_FOLDERS = '{regions,priorites,indicateurs,pratiques,en/regions,en/priorites,en/indicateurs,en/pratiques}/**/*.html';

/**
 * What the index leaves out of the indexed pages. Tables, charts (their findings, sources and
 * data), key figures, per-person figures, the « révisé » legend and the table of contents are
 * figures, links and boilerplate, not prose: indexed, they were half the words of the index and
 * their numbers ran into their labels in excerpts. A practice page's list of other regions'
 * practices and its citation repeat other pages' titles and its URL; the practice cards of the
 * region and priority pages repeat each practice's own page (their titles stay, so the region
 * or priority is still found by its practices' names). Left out, a title finds its own page
 * first and excerpts read as sentences.
 */
const EXCLUDED = [
  'table', 'svg', 'figure', '.toc', '.figures', '.per-person', '.chart__meta', '.revised-legend',
  '.practice__related', '.practice__cite', '.copy-link', '.cards p',
] as const;

/**
 * Locations (word occurrences) per index chunk. Pagefind's default, 20 000, gave chunks of
 * about 22 KB: a one-word query fetched 22 KB of index and a practice's title (seven words)
 * 57 KB, and a first query went over the ~100 KB Pagefind's documentation aims at. Measured on
 * the sample (`npm run bench`, six first queries): 2 000 (chunks of ~2.3 KB) gave 84 to 93 KB,
 * 3 500 to 5 000 up to 104 to 107 KB (a long query touches nearly as many chunks, each bigger).
 * More, smaller files cost nothing on a static host. Pagefind reads it from its environment
 * (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, the only way to set it in 1.6; unstable: a later
 * Pagefind may drop it, and the bench would then show chunks of ~20 KB again): set while the
 * indexing process starts, then restored.
 */
export const INDEX_CHUNK_SIZE = 2000;

async function withChunkSize<T>(start: () => Promise<T>): Promise<T> {
  const name = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
  const before = process.env[name];
  process.env[name] = String(INDEX_CHUNK_SIZE);
  try {
    // Pagefind starts its binary with this process's environment on its first call.
    return await start();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

export interface SearchIndexReport {
  /** HTML pages read (indexed or not), all languages together. */
  readonly pages: number;
  readonly milliseconds: number;
}

export async function indexSite(dist: string): Promise<SearchIndexReport> {
  const start = performance.now();
  try {
    const { index, errors } = await withChunkSize(() => createIndex({ excludeSelectors: [...EXCLUDED] }));
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

/**
 * The pages with little data of their own: search (`/recherche/`),
 * methodology (`/methodologie/`) and the page for a missing URL. Goldens
 * in each language (the methodology also for an edition, with its frozen
 * definitions).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { searchPage } from '../../src/pageData/search.ts';
import { methodologyPage } from '../../src/pageData/methodology.ts';
import { notFoundPage } from '../../src/pageData/notFound.ts';
import { SEARCH_FILTERS } from '../../src/pageData/searchEntry.ts';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { expectGolden } from '../golden.ts';
import { currentSite, editionSiteOf, goldenJson } from './site.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));

describe('search, methodology and not-found pages', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`search: the form, its filters and the script's texts (${lang})`, async () => {
      await expectGolden(goldenJson(searchPage(await currentSite(), lang)), golden(`search-current-${lang}`));
    });
    it(`methodology: sections and formulas (${lang})`, async () => {
      await expectGolden(goldenJson(methodologyPage(await currentSite(), lang)), golden(`methodology-current-${lang}`));
      await expectGolden(goldenJson(methodologyPage(await editionSiteOf('2024-2025'), lang)), golden(`methodology-edition-${lang}`));
    });
  }
  it('not found: French first, then English, with links of the current site', async () => {
    const page = notFoundPage(await currentSite());
    await expectGolden(goldenJson(page), golden('notFound-current-fr'));
    expect(page.parts.map((p) => [p.lang, p.locale])).toEqual([['fr', null], ['en', 'en-CA']]);
    expect(page.parts[1]!.links.every((l) => l.href.startsWith('/en/'))).toBe(true);
  });

  it('search: filters named as the index names them, the browse links in the page’s language', async () => {
    const page = searchPage(await currentSite(), 'en');
    expect([page.region.name, page.priority.name]).toEqual([SEARCH_FILTERS.region, SEARCH_FILTERS.priority]);
    expect(page.region.options).toHaveLength(REGIONS.length);
    expect([page.action, page.locale]).toEqual(['/en/recherche/', 'en-CA']);
    expect(page.browse.map((b) => b.href)).toEqual(['/en/regions/', '/en/priorites/', '/en/pratiques/']);
  });

  it('methodology: the same sections in both languages, every definition a row', async () => {
    const site = await currentSite();
    const [fr, en] = [methodologyPage(site, 'fr'), methodologyPage(site, 'en')];
    expect(fr.toc.map((x) => x.id)).toEqual(en.toc.map((x) => x.id));
    expect(fr.formulas.map((f) => f.code)).toEqual(site.definitions.map((d) => d.code));
    expect(fr.formulas[0]!.title).not.toBe(en.formulas[0]!.title);
  });
});

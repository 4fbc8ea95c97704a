/**
 * The home page's data (src/pageData/home.ts): goldens of the current data
 * and of the 2024-2025 edition in both languages, and the choices only a
 * browser saw before: rankings and their summaries, per-person figures
 * without populations, image files' names, links of an edition.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { homePage } from '../../src/pageData/home.ts';
import { currentSite, editionSiteOf, goldenJson, marksOf } from './site.ts';
import { expectGolden } from '../golden.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));

describe('home page data', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`current data (${lang})`, async () => {
      await expectGolden(goldenJson(homePage(await currentSite(), lang, await marksOf())), golden(`home-current-${lang}`));
    });
    it(`the 2024-2025 edition (${lang})`, async () => {
      await expectGolden(goldenJson(homePage(await editionSiteOf('2024-2025'), lang, await marksOf('2024-2025'))), golden(`home-edition-${lang}`));
    });
  }

  it('ranks the regions, highest first, and names the first and the last in the summary', async () => {
    const page = homePage(await currentSite(), 'fr');
    const [fqis] = page.regionFigures;
    const values = fqis!.csv.rows.map((r) => r[3] as number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(fqis!.summary).toContain(fqis!.table.rows[0]![0]!);
    expect(fqis!.summary).toContain(fqis!.table.rows.at(-1)![0]!);
    expect(page.regionFigures.map((f) => f.id)).toEqual(['fqis-par-region-2025-2026', 'fqis-par-habitant-par-region-2025-2026', 'initiatives-par-region-2025-2026']);
  });

  it('publishes the region rankings as images: no link in the chart, each region linked from the table', async () => {
    const page = homePage(await currentSite(), 'en');
    for (const f of page.regionFigures) {
      expect(f.image?.wide).toEqual({ file: `${f.id}-en-520.svg`, href: `/donnees/graphiques/${f.id}-en-520.svg`, width: 520 });
      expect(f.image?.narrow.file).toBe(`${f.id}-en-360.svg`);
      expect(f.chart.kind === 'rankedBars' && f.chart.rows.every((d) => d.href === undefined)).toBe(true);
      expect(f.table.links.every((l) => l?.startsWith('/en/regions/'))).toBe(true);
    }
    // The other figures are inline, and their charts link.
    expect(page.priorityFigure?.image).toBeNull();
    expect(page.priorityFigure?.chart.kind === 'rankedBars' && page.priorityFigure.chart.rows.every((d) => d.href?.startsWith('/en/priorites/'))).toBe(true);
  });

  it('says per-person figures are unavailable when the edition has no populations, and draws no per-person map', async () => {
    const current = homePage(await currentSite(), 'fr');
    expect(current.perPersonUnavailable).toBeNull();
    expect(current.map.variants.map((v) => v.key)).toEqual(['fqis', 'initiatives', 'persons', 'par-habitant']);
    expect(current.map.csv.columns.at(-1)).toBe('fqis_par_habitant');
    expect(current.map.context.length).toBeGreaterThan(0);
    const edition = homePage(await editionSiteOf('2024-2025'), 'fr');
    expect(edition.perPersonUnavailable).toMatch(/2024/);
    expect(edition.map.variants.map((v) => v.key)).toEqual(['fqis', 'initiatives', 'persons']);
    expect(edition.map.context).toEqual([]);
    expect(edition.regionFigures.map((f) => f.id)).toEqual(['fqis-par-region-2024-2025', 'initiatives-par-region-2024-2025']);
  });

  it('keeps an edition’s links and files inside the edition', async () => {
    const page = homePage(await editionSiteOf('2024-2025'), 'en');
    const hrefs = JSON.stringify(page).match(/"(?:href|csvHref)":"[^"]*"/g) ?? [];
    expect(hrefs.length).toBeGreaterThan(20);
    for (const h of hrefs) expect(h).toMatch(/"(\/en)?\/editions\/2024-2025\//);
    expect(page.map.csvHref).toBe('/editions/2024-2025/donnees/graphiques/carte-regions-2024-2025.csv');
  });

  it('is computed once per site and language', async () => {
    const site = await currentSite();
    expect(homePage(site, 'fr')).toBe(homePage(site, 'fr'));
    expect(homePage(site, 'en')).not.toBe(homePage(site, 'fr'));
  });
});

/**
 * The lists of national priorities (`/priorites/`) and regions
 * (`/regions/`): goldens for the current data and an edition in each
 * language; shares without any FQIS; the per-inhabitant column only with
 * the ministry's populations; links inside an edition.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prioritiesPage } from '../../src/pageData/priorities.ts';
import { regionsPage } from '../../src/pageData/regions.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import { PRIORITIES } from '../../src/lib/contract/priorities.ts';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { t } from '../../src/i18n/index.ts';
import { expectGolden } from '../golden.ts';
import { currentSite, editionSiteOf, goldenJson, marksOf } from './site.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));

describe('priorities and regions pages', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`show the latest year's figures (current, ${lang})`, async () => {
      const site = await currentSite();
      await expectGolden(goldenJson(prioritiesPage(site, lang)), golden(`priorities-current-${lang}`));
      await expectGolden(goldenJson(regionsPage(site, lang, await marksOf())), golden(`regions-current-${lang}`));
    });
    it(`show an edition's figures (edition, ${lang})`, async () => {
      const site = await editionSiteOf('2024-2025');
      await expectGolden(goldenJson(prioritiesPage(site, lang)), golden(`priorities-edition-${lang}`));
      await expectGolden(goldenJson(regionsPage(site, lang, await marksOf('2024-2025'))), golden(`regions-edition-${lang}`));
    });
  }

  it('lists every priority, with zeros and no share when the year has no initiative', async () => {
    const site = await currentSite();
    const page = prioritiesPage({ ...site, initiatives: [] } as SiteData, 'fr');
    expect(page.rows).toHaveLength(PRIORITIES.length);
    expect(page.rows.every((r) => r.share === '—' && r.initiatives === '0')).toBe(true);
    const full = prioritiesPage(site, 'en');
    expect(full.rows.some((r) => r.share !== '—')).toBe(true);
  });

  it('shows FQIS per inhabitant only with the ministry’s populations, and a dash for a missing value', async () => {
    const site = await currentSite();
    const withPop = regionsPage(site, 'fr');
    expect(withPop.sources.length).toBeGreaterThan(0);
    expect(withPop.columns).toContain(t('fr', 'table.perCapita'));
    const without = regionsPage({ ...site, contextSources: () => [], value: () => undefined } as unknown as SiteData, 'fr');
    expect(without.columns).not.toContain(t('fr', 'table.perCapita'));
    expect(without.rows).toHaveLength(REGIONS.length);
    expect(without.rows.every((r) => r.cells.length === 3 && r.cells.every((c) => c === '—'))).toBe(true);
    expect(without.total).toEqual(['—', '—', '—']);
  });

  it('links inside an edition', async () => {
    const site = await editionSiteOf('2025-2026');
    expect(regionsPage(site, 'en').rows.every((r) => r.href.startsWith('/en/editions/2025-2026/regions/'))).toBe(true);
    expect(prioritiesPage(site, 'fr').rows.every((r) => r.href.startsWith('/editions/2025-2026/priorites/'))).toBe(true);
  });
});

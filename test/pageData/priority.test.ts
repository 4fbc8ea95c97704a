/**
 * A national priority's page data (src/pageData/priority.ts): goldens for
 * « préjugés », current data and the 2024-2025 edition, both languages; a
 * priority without initiatives, per-person figures without populations,
 * the examples' limit and order.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_LIMIT, priorityPage } from '../../src/pageData/priority.ts';
import { PRIORITIES } from '../../src/lib/contract/priorities.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import { currentSite, editionSiteOf, goldenJson } from './site.ts';
import { expectGolden } from '../golden.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));
const PREJUGES = PRIORITIES.find((p) => p.code === 'prejuges')!;
const FOOD = PRIORITIES.find((p) => p.code === 'securite-alimentaire')!;

describe('priority page data', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`« préjugés », current data (${lang})`, async () => {
      await expectGolden(goldenJson(priorityPage(await currentSite(), lang, PREJUGES)), golden(`priority-current-${lang}`));
    });
    it(`« préjugés », the 2024-2025 edition (${lang})`, async () => {
      await expectGolden(goldenJson(priorityPage(await editionSiteOf('2024-2025'), lang, PREJUGES)), golden(`priority-edition-${lang}`));
    });
  }

  it('says there is no data for a priority no initiative of the year has, and keeps only the examples in its contents', async () => {
    const site = await currentSite();
    const none: SiteData = { ...site, initiatives: site.initiatives.filter((r) => r.priorite !== 'prejuges') };
    const page = priorityPage(none, 'en', PREJUGES);
    expect(page.comparison).toBeNull();
    expect(page.toc.map((i) => i.id)).toEqual(['exemples']);
    expect(page.examples.cards).toEqual([]);
    expect(page.examples.empty.length).toBeGreaterThan(0);
  });

  it('ranks the regions per inhabitant only where there are populations', async () => {
    const current = priorityPage(await currentSite(), 'fr', FOOD).comparison!;
    expect(current.map.variants.map((v) => v.key)).toEqual(['fqis', 'par-habitant']);
    expect(current.figures.map((f) => f.id)).toEqual(['priorite-securite-alimentaire-fqis-2025-2026', 'priorite-securite-alimentaire-fqis-par-habitant-2025-2026']);
    expect(current.perPersonUnavailable).toBeNull();
    const perCapita = current.figures[1]!.csv.rows.map((r) => r[3] as number);
    expect(perCapita).toEqual([...perCapita].sort((a, b) => b - a));
    const edition = priorityPage(await editionSiteOf('2024-2025'), 'fr', FOOD).comparison!;
    expect(edition.map.variants.map((v) => v.key)).toEqual(['fqis']);
    expect(edition.figures).toHaveLength(1);
    expect(edition.map.csv.columns).toEqual(['annee', 'priorite', 'region', 'fqis']);
    expect(edition.perPersonUnavailable).toMatch(/2024/);
  });

  it('keeps the rankings’ links out of the tab order (the map links every region)', async () => {
    const c = priorityPage(await currentSite(), 'fr', FOOD).comparison!;
    for (const f of [...c.figures, ...c.halfFigures]) expect(f.chart.kind === 'rankedBars' && f.chart.tabStops === false).toBe(true);
    expect(c.halfFigures.map((f) => f.chart.placement)).toEqual(['half', 'half']);
  });

  it('shows at most a dozen winning practices of the latest year, by region then title, naming their region', async () => {
    const site = await currentSite();
    const page = priorityPage(site, 'en', FOOD);
    const all = site.initiatives.filter((r) => r.annee === site.latest && r.priorite === FOOD.code && r.pratique_gagnante === true);
    expect(all.length).toBeGreaterThan(EXAMPLES_LIMIT);
    expect(page.examples.cards).toHaveLength(EXAMPLES_LIMIT);
    for (const c of page.examples.cards) {
      expect(c.region?.href).toMatch(/^\/en\/regions\/[a-z-]+\/$/);
      expect(c.href).toMatch(/^\/en\/pratiques\//);
    }
    const regions = page.examples.cards.map((c) => c.region!.name);
    const order = regions.map((n) => site.initiatives.find((r) => r.region_nom === n)?.region ?? n);
    expect(order).toEqual([...order].sort());
  });
});

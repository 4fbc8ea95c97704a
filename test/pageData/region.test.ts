/**
 * A region's page data (src/pageData/region.ts): goldens for Mauricie, in
 * the current data and the 2024-2025 edition, in both languages; and the
 * logic only a browser reached before: a region without initiatives, MRC
 * lists and counts, the *révisé* marks of an edition, cut titles, orders.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { regionPage } from '../../src/pageData/region.ts';
import { compareEdition } from '../../src/lib/site/editionChanges.ts';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import type { Region } from '../../src/lib/contract/regions.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import { indicatorChanges } from '../../src/lib/editions/changes.ts';
import { currentSite, editionSiteOf, goldenJson, marksOf } from './site.ts';
import { expectGolden } from '../golden.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));
const region = (slug: string): Region => REGIONS.find((r) => r.slug === slug)!;
const MAURICIE = region('mauricie');

describe('region page data', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`Mauricie, current data (${lang})`, async () => {
      await expectGolden(goldenJson(regionPage(await currentSite(), lang, MAURICIE, await marksOf())), golden(`region-current-${lang}`));
    });
    it(`Mauricie, the 2024-2025 edition (${lang})`, async () => {
      await expectGolden(goldenJson(regionPage(await editionSiteOf('2024-2025'), lang, MAURICIE, await marksOf('2024-2025'))), golden(`region-edition-${lang}`));
    });
  }

  it('says there is no data for a region without initiatives, and lists only its Alliances', async () => {
    const site = await currentSite();
    const empty: SiteData = { ...site, initiatives: site.initiatives.filter((r) => r.region !== '04') };
    const page = regionPage(empty, 'fr', MAURICIE);
    expect(page.details).toBeNull();
    expect(page.toc.map((i) => i.id)).toEqual(['alliances']);
    expect(page.noData.length).toBeGreaterThan(0);
    expect(page.alliances.length).toBeGreaterThan(0);
  });

  it('lists each MRC’s initiatives by name, with counts in the singular or plural, and links the map to them', async () => {
    const page = regionPage(await currentSite(), 'fr', MAURICIE);
    const mrc = page.details!.mrc!;
    const names = mrc.lists.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    for (const m of mrc.lists) {
      expect(m.count).toBe(m.items.length === 1 ? '1 initiative' : `${m.items.length} initiatives`);
      expect(m.id).toMatch(/^mrc-[\da-z-]+$/);
    }
    const mapChart = mrc.map!.variants[0]!.chart;
    const ids = new Set(mrc.lists.map((m) => `#${m.id}`));
    expect(mapChart.kind).toBe('mrcMap');
    for (const row of mapChart.rows) if (row.value !== null) expect(ids.has(row.href!)).toBe(true);
    // The MRC ranking sorts by initiatives; the table keeps FQIS order.
    const ranked = mrc.figure!.chart.kind === 'rankedBars' ? mrc.figure!.chart.rows.map((d) => d.value) : [];
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
  });

  it('sorts initiatives by FQIS, largest first, and points to the full texts only when a title is cut', async () => {
    const site = await currentSite();
    const page = regionPage(site, 'fr', MAURICIE);
    const amounts = page.details!.initiatives.rows.map((r) => r.fqisValue);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(page.details!.initiatives.fullText).toBeNull();
    const long = 'Une initiative au titre très long '.repeat(12);
    const first = site.initiatives.find((r) => r.region === '04' && r.annee === site.latest)!;
    const cut: SiteData = { ...site, initiatives: site.initiatives.map((r) => (r === first ? { ...r, titre: long } : r)) };
    const table = regionPage(cut, 'en', MAURICIE).details!.initiatives;
    expect(table.fullText).toBe('/en/donnees/#telechargements');
    expect(table.rows.find((r) => r.title.startsWith('Une initiative'))!.title).toMatch(/…$/);
  });

  it('shows the earlier years’ initiatives latest first', async () => {
    const page = regionPage(await currentSite(), 'fr', MAURICIE);
    expect(page.details!.otherYears.map((o) => o.summary)).toEqual([expect.stringContaining('2024')]);
    expect(regionPage(await editionSiteOf('2024-2025'), 'fr', MAURICIE).details!.otherYears).toEqual([]);
  });

  it('marks on an edition the figures of earlier years it revised, linked to the edition’s changes page', async () => {
    const [before, edition] = [await editionSiteOf('2024-2025'), await editionSiteOf('2025-2026')];
    const changes = indicatorChanges({ comparaison: 'edition-precedente', revisionAvant: 2, revisionApres: 1 }, before.indicators, edition.indicators, new Set(before.years));
    const keys = new Set(changes.map((c) => `${c.annee}|${c.region}|${c.indicateur}`));
    const revisions = compareEdition(edition, [before, edition], await currentSite()).marks;
    // A copy of the edition's data, so that the marks are not taken from another test's memo.
    const page = regionPage({ ...edition }, 'en', MAURICIE, revisions);
    const marks = page.details!.yearly.flatMap((y) => [y.fqis, y.initiatives, y.persons, y.completed].map((c) => ({ year: y.year, mark: c.revised })));
    // Never on the edition's own year.
    expect(marks.filter((m) => m.year.startsWith('2025')).every((m) => m.mark === null)).toBe(true);
    const revisedHere = ['fqis', 'initiatives', '3.3', '3.1'].filter((c) => keys.has(`2024-2025|04|${c}`));
    expect(revisedHere.length).toBeGreaterThan(0);
    const shown = marks.filter((m) => m.mark !== null);
    expect(shown).toHaveLength(revisedHere.length);
    for (const { mark } of shown) {
      expect(mark!.href).toMatch(/^\/en\/editions\/2025-2026\/changements\/#edition-precedente-2024-2025-04-/);
      expect(mark!.text).toBe('revised');
      expect(mark!.was).toMatch(/^published: .+ \(2024.+2025 edition, revision 2\)$/);
    }
  });

  it('prefixes the plan’s codes with the Alliance when a region has several', async () => {
    const site = await currentSite();
    const own = site.alliances.find((a) => a.region === '04')!;
    const two: SiteData = { ...site, alliances: [...site.alliances, { ...own, alliance: 'X' }] };
    const plan = regionPage(two, 'fr', MAURICIE).details!.plan;
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.every((p) => p.code.includes(' · '))).toBe(true);
    expect(regionPage(site, 'fr', MAURICIE).details!.plan.every((p) => !p.code.includes(' · '))).toBe(true);
  });

  it('keeps an edition’s links inside the edition, and its copy link absolute', async () => {
    const page = regionPage(await editionSiteOf('2024-2025'), 'fr', MAURICIE);
    const hrefs = (JSON.stringify(page).match(/"(?:href|csvHref|fullText)":"[^"#][^"]*"/g) ?? []).filter((h) => !h.includes('http'));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const h of hrefs) expect(h).toMatch(/":"\/editions\/2024-2025\//);
    expect(page.url).toMatch(/^https?:\/\/[^/]+\/editions\/2024-2025\/regions\/mauricie\/$/);
  });
});

/**
 * The *révisé* marks of the pages (src/pageData/revised.ts, contract §6
 * version 3) on the sample: current pages mark a figure that differs from
 * what the latest edition published; an edition's pages, a figure its
 * correction changed. Each mark shows the value published and links to the
 * line of the changes page; chart data tables carry them per cell (the
 * chart and its CSV do not change); a page has a legend only with marks.
 */
import { describe, expect, it } from 'vitest';
import { homePage } from '../../src/pageData/home.ts';
import { indicatorsPage } from '../../src/pageData/indicators.ts';
import { regionPage } from '../../src/pageData/region.ts';
import { regionsPage } from '../../src/pageData/regions.ts';
import { cellMarks, revisedLegend } from '../../src/pageData/revised.ts';
import type { Revisions } from '../../src/pageData/revised.ts';
import type { FigureTable } from '../../src/pageData/figure.ts';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import type { SiteData } from '../../src/lib/site/data.ts';
import { currentSite, editionSiteOf, marksOf } from './site.ts';

const LAVAL = REGIONS.find((r) => r.slug === 'laval')!;
const NO_MARKS: Revisions = { revised: () => null };
/** A copy of a site's data: its pages are computed afresh, not taken from another test's memo. */
const fresh = (site: SiteData): SiteData => ({ ...site });
/** Text with its no-break spaces and word joiners made plain, to compare with what a reader sees. */
const plain = (s: string | undefined): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '');
const marked = (table: FigureTable) => (table.marks ?? []).flatMap((row, r) => row.flatMap((m, i) => (m ? [{ row: table.rows[r]!.map(plain), cell: plain(table.rows[r]![i]), mark: m }] : [])));

describe('révisé marks', () => {
  it('mark the current home page’s FQIS with the value the 2025-2026 edition published, linked to its line', async () => {
    const page = homePage(fresh(await currentSite()), 'fr', await marksOf());
    const fqis = page.keyFigures.find((k) => k.code === 'fqis')!;
    expect(plain(fqis.shown)).toBe('24 741 762 $');
    expect(fqis.revised?.text).toBe('révisé');
    expect(plain(fqis.revised?.was)).toContain('24 774 819');
    expect(plain(fqis.revised?.was)).toMatch(/^publié : 24 774 819 \$ \(édition 2025–2026, révision 1\)$/);
    expect(fqis.revised?.href).toBe('/editions/2025-2026/changements/#donnees-actuelles-2025-2026-QC-fqis');
    expect(page.revisedLegend).toMatch(/révisé/);
    const en = homePage(fresh(await currentSite()), 'en', await marksOf());
    expect(en.keyFigures.find((k) => k.code === 'fqis')!.revised?.href).toBe('/en/editions/2025-2026/changements/#donnees-actuelles-2025-2026-QC-fqis');
  });

  it('mark on the 2024-2025 edition’s Laval page the FQIS its revision 2 corrected, with revision 1’s value', async () => {
    const page = regionPage(fresh(await editionSiteOf('2024-2025')), 'fr', LAVAL, await marksOf('2024-2025'));
    const d = page.details!;
    const line = d.yearly.find((y) => y.year.startsWith('2024'))!;
    expect(plain(line.fqis.value)).toBe('325 407 $');
    expect(plain(line.fqis.revised?.was)).toMatch(/^publié : 365 507 \$ \(édition 2024–2025, révision 1\)$/);
    expect(line.fqis.revised?.href).toBe('/editions/2024-2025/changements/#revision-2-2024-2025-13-fqis');
    expect(line.fqis.revised?.title).toMatch(/^Corrigé le /);
    expect(plain(d.keyFigures.find((k) => k.code === 'fqis')!.revised?.was)).toContain('365 507');
    // Only the FQIS was corrected.
    expect([line.initiatives, line.persons, line.completed].every((c) => c.revised === null)).toBe(true);
    expect(page.revisedLegend).not.toBeNull();
  });

  it('mark the cells of chart data tables, by the region, year and indicator of each cell', async () => {
    const home = homePage(fresh(await editionSiteOf('2024-2025')), 'fr', await marksOf('2024-2025'));
    const fqis = home.regionFigures.find((f) => f.id === 'fqis-par-region-2024-2025')!;
    expect(marked(fqis.table)).toEqual([{ row: ['Laval', '325 407 $'], cell: '325 407 $', mark: expect.objectContaining({ href: '/editions/2024-2025/changements/#revision-2-2024-2025-13-fqis' }) }]);
    // The map's table: Laval's FQIS column only, not its initiatives.
    expect(marked(home.map.table).map((m) => [m.row[0], m.cell])).toEqual([['Laval', '325 407 $']]);
    expect(marked(home.regionFigures.find((f) => f.id.startsWith('initiatives'))!.table)).toEqual([]);
    // Current data: the small multiples of the indicators page, and the region rankings.
    const current = homePage(fresh(await currentSite()), 'en', await marksOf());
    const cells = current.regionFigures.flatMap((f) => marked(f.table));
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c.mark.href).toMatch(/^\/en\/editions\/2025-2026\/changements\/#donnees-actuelles-2025-2026-\d\d-/);
    const indicators = indicatorsPage(fresh(await editionSiteOf('2025-2026')), 'fr', await marksOf('2025-2026'));
    const small = indicators.sections.flatMap((s) => (s.figure ? marked(s.figure.table) : []));
    expect(small.length).toBeGreaterThan(0);
    for (const c of small) expect(c.mark.href).toMatch(/#edition-precedente-2024-2025-\d\d-/);
    expect(indicators.revisedLegend).not.toBeNull();
  });

  it('leave the charts and their CSV as they are', async () => {
    const site = await currentSite();
    const [withMarks, without] = [homePage(fresh(site), 'fr', await marksOf()), homePage(fresh(site), 'fr', null)];
    expect(withMarks.regionFigures.some((f) => f.table.marks !== null)).toBe(true);
    expect(withMarks.regionFigures.map((f) => [f.chart, f.csv, f.table.rows])).toEqual(without.regionFigures.map((f) => [f.chart, f.csv, f.table.rows]));
    expect([withMarks.map.variants, withMarks.map.csv]).toEqual([without.map.variants, without.map.csv]);
  });

  it('give a legend only to a page that has a mark', async () => {
    const current = await currentSite();
    const edition = await editionSiteOf('2024-2025');
    // Without marks, or with marks that mark nothing here: no legend, no marks in the tables.
    for (const revisions of [null, NO_MARKS]) {
      const home = homePage(fresh(current), 'fr', revisions);
      expect(home.revisedLegend).toBeNull();
      expect(home.keyFigures.every((k) => k.revised === null)).toBe(true);
      expect([home.map, ...home.regionFigures].every((f) => f.table.marks === null)).toBe(true);
      expect(regionsPage(current, 'fr', revisions).revisedLegend).toBeNull();
    }
    // The 2024-2025 edition's correction changed Laval's and Québec's FQIS only: Mauricie's page has no mark.
    const mauricie = regionPage(fresh(edition), 'fr', REGIONS.find((r) => r.slug === 'mauricie')!, await marksOf('2024-2025'));
    expect(JSON.stringify(mauricie)).not.toContain('"was"');
    expect(mauricie.revisedLegend).toBeNull();
    expect(indicatorsPage(fresh(edition), 'en', await marksOf('2024-2025')).revisedLegend).toBeNull();
    expect(revisedLegend('en', true)).toMatch(/“revised”.*changes page/);
  });

  it('mark each cell from its own key, and none where the key is null', () => {
    const seen: string[] = [];
    const revisions: Revisions = {
      revised: (annee, region, code) => {
        seen.push(`${annee}|${region}|${code}`);
        return code === 'fqis' ? { comparaison: 'donnees-actuelles', avant: 10, apres: 12, edition: '2025-2026', revision: 1, date: null, page: '/editions/2025-2026/changements/', anchor: 'x' } : null;
      },
    };
    const marks = cellMarks(revisions, 'fr', [[null, ['2025-2026', '13', 'fqis'], ['2025-2026', '13', 'initiatives']]]);
    expect(seen).toEqual(['2025-2026|13|fqis', '2025-2026|13|initiatives']);
    expect(marks[0]![0]).toBeNull();
    expect(plain(marks[0]![1]?.was)).toMatch(/^publié : 10 \$ /);
    expect(marks[0]![2]).toBeNull();
    expect(cellMarks(null, 'fr', [[['2025-2026', '13', 'fqis']]])).toEqual([[null]]);
  });
});

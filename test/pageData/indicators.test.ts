/**
 * The indicators page's data (src/pageData/indicators.ts): goldens of the
 * 2024-2025 edition and, cut to its first sections to stay small, of the
 * current data, in both languages; which indicators it lists, national
 * values, the charts published as images.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indicatorsPage } from '../../src/pageData/indicators.ts';
import { currentSite, editionSiteOf, goldenJson, marksOf } from './site.ts';
import { expectGolden } from '../golden.ts';

const golden = (name: string): string => fileURLToPath(new URL(`golden/${name}.json`, import.meta.url));

describe('indicators page data', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`current data, first four sections (${lang})`, async () => {
      const page = indicatorsPage(await currentSite(), lang, await marksOf());
      await expectGolden(goldenJson({ ...page, sections: page.sections.slice(0, 4) }), golden(`indicators-current-${lang}`));
    });
    it(`the 2024-2025 edition (${lang})`, async () => {
      await expectGolden(goldenJson(indicatorsPage(await editionSiteOf('2024-2025'), lang, await marksOf('2024-2025'))), golden(`indicators-edition-${lang}`));
    });
  }

  it('lists the guide’s §5.1 indicators but not the status breakdown, each anchored by its code', async () => {
    const site = await currentSite();
    const page = indicatorsPage(site, 'fr');
    const expected = site.definitions.filter((d) => d.guideSection === '5.1' && !d.code.startsWith('3.1-')).map((d) => d.code);
    expect(page.sections.map((s) => s.heading.split(' — ')[0])).toEqual(expected);
    expect(page.sections.every((s) => /^indicateur-[\w-]+$/.test(s.id) && !s.id.includes('.'))).toBe(true);
    expect(page.toc.map((i) => i.id)).toEqual(page.sections.map((s) => s.id));
  });

  it('gives national values per year where the indicator has one, and the guide’s French wording on English pages', async () => {
    const site = await currentSite();
    const [fr, en] = [indicatorsPage(site, 'fr'), indicatorsPage(site, 'en')];
    for (const [i, s] of fr.sections.entries()) {
      const d = site.definitions.find((x) => x.code === s.heading.split(' — ')[0])!;
      expect(s.national === null).toBe(!d.national);
      if (s.national) expect(s.national).toHaveLength(site.years.length);
      expect(s.guideWording).toBeNull();
      expect(en.sections[i]!.guideWording?.title).toBe(d.titleFr);
    }
    // Without marks handed in, nothing is marked revised, and there is no legend.
    expect(fr.sections.flatMap((s) => s.national ?? []).every((n) => n.revised === null)).toBe(true);
    expect(fr.revisedLegend).toBeNull();
  });

  it('publishes each region chart as images across the column, with each region linked from the table', async () => {
    const page = indicatorsPage(await currentSite(), 'en');
    const figures = page.sections.flatMap((s) => (s.figure ? [s.figure] : []));
    expect(figures.length).toBeGreaterThan(5);
    for (const f of figures) {
      expect(f.chart.kind).toBe('smallMultiples');
      expect([f.image?.wide.width, f.image?.narrow.width]).toEqual([640, 360]);
      expect(f.table.links).toHaveLength(17);
      expect(f.table.links.every((l) => l?.startsWith('/en/regions/'))).toBe(true);
      expect(f.csv.columns).toEqual(['annee', 'region', 'indicateur', 'valeur']);
    }
  });
});

/**
 * Figures and the chart files (src/pageData/figure.ts, chartFiles.ts): a
 * figure's hrefs and defaults, and every figure of a site as the chart
 * files' endpoint publishes them: unique names, the same CSV in both
 * languages, image files under the site's root, drawable without links.
 */
import { describe, expect, it } from 'vitest';
import { figure, mapFigure } from '../../src/pageData/figure.ts';
import { siteFigures } from '../../src/pageData/chartFiles.ts';
import { chartCsvText } from '../../src/lib/publish/chartCsv.ts';
import { renderChart } from '../../src/charts/spec.ts';
import { imageSize, standaloneSvg } from '../../src/charts/image.ts';
import { currentSite, editionSiteOf } from './site.ts';

const chart = { kind: 'yearBars', rows: [{ year: '2025-2026', value: 3 }], format: 'integer', lang: 'fr', ariaLabel: 'Personnes', placement: 'half' } as const;

describe('figures', () => {
  it('fill in hrefs under the site’s root, numeric columns after the first, and a link per row', () => {
    const f = figure('/editions/2024-2025', 'en', {
      id: 'x-2025', title: 'T', summary: 'S', chart, source: 'Src', image: true,
      table: { headers: ['Region', 'A', 'B'], rows: [['Laval', '1', '2'], ['Estrie', '3', '4']], links: ['/en/regions/laval/'] },
      csv: { columns: ['region', 'a'], rows: [['13', 1]] },
    });
    expect(f.csvHref).toBe('/editions/2024-2025/donnees/graphiques/x-2025.csv');
    expect(f.table.numeric).toEqual([false, true, true]);
    expect(f.table.links).toEqual(['/en/regions/laval/', null]);
    expect(f.context).toEqual([]);
    expect(f.image).toEqual({
      wide: { file: 'x-2025-en-520.svg', href: '/editions/2024-2025/donnees/graphiques/x-2025-en-520.svg', width: 520 },
      narrow: { file: 'x-2025-en-360.svg', href: '/editions/2024-2025/donnees/graphiques/x-2025-en-360.svg', width: 360 },
    });
    expect(figure('', 'fr', { id: 'y', title: 'T', summary: 'S', chart, source: 'S', table: { headers: ['a'], rows: [] }, csv: { columns: [], rows: [] } }).image).toBeNull();
    const m = mapFigure('', { id: 'carte', title: 'T', variants: [], table: { headers: ['a', 'b'], rows: [] }, csv: { columns: [], rows: [] }, source: 'S' });
    expect(m.csvHref).toBe('/donnees/graphiques/carte.csv');
  });

  it('write their data as CSV: numbers to six significant digits, nothing for a missing value, formulas neutralised', () => {
    expect(chartCsvText({ columns: ['annee', 'region', 'valeur', 'x'], rows: [['2025-2026', '=1+1', 1 / 3, null]] })).toBe('annee,region,valeur,x\r\n2025-2026,\'=1+1,0.333333,\r\n');
  });
});

describe('chart files of a site', () => {
  for (const [name, load] of [['current data', currentSite], ['the 2024-2025 edition', () => editionSiteOf('2024-2025')]] as const) {
    it(`name each figure once, with the same CSV in both languages (${name})`, async () => {
      const site = await load();
      const [fr, en] = [siteFigures(site, 'fr', null), siteFigures(site, 'en', null)];
      const ids = fr.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(en.map((f) => f.id)).toEqual(ids);
      for (const [i, f] of fr.entries()) expect(chartCsvText(en[i]!.csv)).toBe(chartCsvText(f.csv));
      for (const f of [...fr, ...en]) expect(f.csvHref).toBe(`${site.root}/donnees/graphiques/${f.id}.csv`);
    });
  }

  it('publish image charts drawn at the width their names say, without links', async () => {
    const site = await currentSite();
    const images = siteFigures(site, 'fr', null).flatMap((f) => ('image' in f && f.image ? [f] : []));
    expect(images.map((f) => f.id).slice(0, 3)).toEqual(['fqis-par-region-2025-2026', 'fqis-par-habitant-par-region-2025-2026', 'initiatives-par-region-2025-2026']);
    for (const f of images) {
      const markup = renderChart(f.chart);
      for (const key of ['wide', 'narrow'] as const) {
        expect(imageSize(markup[key]).width).toBe(f.image![key].width);
        expect(() => standaloneSvg(markup[key])).not.toThrow();
      }
    }
  });
});

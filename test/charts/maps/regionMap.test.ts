import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelValue } from '../../../src/charts/common.ts';
import { regionMap } from '../../../src/charts/maps/regionMap.ts';
import { CLASS_COLORS } from '../../../src/charts/maps/scale.ts';
import { createDocument, toSvgMarkup } from '../../../src/charts/render.ts';
import { money } from '../../../src/i18n/format.ts';
import type { Lang } from '../../../src/i18n/format.ts';
import { chartTest, focusable, links, rootAttr } from '../snapshot.ts';
import { NO_DATA_REGION, ZERO_REGION, bytes, parseSvg, pathsAreClean, regionData } from './fixtures.ts';

const document = createDocument();
const BUDGET = 60 * 1024;
const TITLE = { fr: 'FQIS versé, 2025-2026', en: 'FQIS paid, 2025–2026' } as const;
const render = (lang: Lang, width = 640, highlight?: string): string =>
  toSvgMarkup(
    regionMap(regionData(lang), {
      document,
      width,
      lang,
      format: (v) => money(v, lang),
      ariaLabel: lang === 'fr' ? 'Carte du FQIS versé par région, 2025-2026' : 'Map of FQIS paid by region, 2025–2026',
      legendTitle: TITLE[lang],
      ...(highlight ? { highlight } : {}),
    }),
  );

/** The fill of the focusable link named `name` starts with. */
function fillOf(svg: string, name: string): string | null | undefined {
  const link = [...parseSvg(svg).querySelectorAll('a')].find((a) => a.getAttribute('aria-label')?.startsWith(name) && a.getAttribute('tabindex') !== '-1');
  return link?.querySelector('path')?.getAttribute('fill');
}

/** What every variant must hold. */
function expectRegionMap(svg: string, lang: Lang, width: number): void {
  const root = parseSvg(svg);
  expect(rootAttr(svg, 'width')).toBe(String(width));
  // Every region drawn exactly once on the main map.
  expect(root.querySelectorAll('g.regions path')).toHaveLength(17);
  // One tab stop per region, each its own page, named with its value.
  const stops = focusable(svg);
  expect(stops).toHaveLength(17);
  expect(new Set(stops.map((l) => l.href)).size).toBe(17);
  const none = lang === 'fr' ? 'aucune donnée' : 'no data';
  for (const d of regionData(lang)) {
    const name = labelValue(d.label, d.value === null ? none : money(d.value, lang), lang);
    expect(stops.filter((l) => l.label === name), name).toHaveLength(1);
  }
  // Montréal and Laval: focusable in the inset, their small copies not.
  const inset = root.querySelector('g.encart');
  const insetStops = [...(inset?.querySelectorAll('a') ?? [])].filter((a) => a.getAttribute('tabindex') !== '-1');
  expect(insetStops.map((a) => a.getAttribute('href'))).toEqual(regionData(lang).filter((d) => ['06', '13'].includes(d.code)).map((d) => d.href));
  const hidden = links(svg).filter((l) => l.tabindex === '-1');
  expect(hidden.length).toBeGreaterThanOrEqual(2);
  for (const a of root.querySelectorAll('a[tabindex="-1"]')) expect(a.closest('[aria-hidden="true"]')).not.toBeNull();
  // No data is hatched; zero is a value, in the lightest class.
  const hatchId = root.querySelector('pattern')?.getAttribute('id');
  expect(hatchId).toBeTruthy();
  const noData = regionData(lang).find((d) => d.code === NO_DATA_REGION)?.label ?? '';
  const zero = regionData(lang).find((d) => d.code === ZERO_REGION)?.label ?? '';
  expect(fillOf(svg, noData)).toBe(`url(#${hatchId})`);
  expect(fillOf(svg, zero)).toBe(CLASS_COLORS[0]);
  // The no-data region and the legend's swatch, nothing else.
  expect(svg.match(/fill="url\(#/g)).toHaveLength(2);
  // A visible keyboard focus, scoped to the maps: in the site's stylesheet
  // (once for every map of a page), on the link's shape, <path> or <use>.
  expect(svg).toMatch(/^<svg [^>]*class="carte"/);
  expect(SITE_CSS).toMatch(/\.carte a:focus-visible > \*[^{]*\{[^}]*stroke:/);
  // Hover shows each region's name and value: the shape's <title>. In a
  // link the shape is aria-hidden, so the title does not repeat the link's
  // name as its description.
  // The phone drawing (under 400 px) has none: a touch screen never hovers.
  const titles = [...root.querySelectorAll('g.regions path > title')].map((t) => t.textContent);
  expect(titles).toHaveLength(width >= 400 ? 17 : 0);
  if (width >= 400) for (const d of regionData(lang)) expect(titles).toContain(labelValue(d.label, d.value === null ? none : money(d.value, lang), lang));
  for (const a of root.querySelectorAll('a')) expect(a.querySelector('path')?.getAttribute('aria-hidden')).toBe('true');
  expect(pathsAreClean(svg)).toBe(true);
  expect(bytes(svg)).toBeLessThanOrEqual(BUDGET);
}

const SITE_CSS = readFileSync(new URL('../../../src/styles/site.css', import.meta.url), 'utf8');

describe('regionMap', () => {
  chartTest('region-map-fqis-fr', () => render('fr'), (svg) => {
    expectRegionMap(svg, 'fr', 640);
    console.log(`region map, fr, 640 px: ${bytes(svg)} bytes`);
    expect(focusable(svg).map((l) => l.label)).toContain('Laval\u00a0: 521\u00a0250\u00a0$');
    expect(focusable(svg).map((l) => l.label)).toContain('Nord-du-Québec\u00a0: aucune donnée');
    // The legend in the corner: five classes and "no data".
    expect(svg).toContain('>moins de 520\u00a0000\u00a0$<');
    expect(svg).toContain('>1\u00a0800\u00a0000\u00a0$ ou plus<');
    expect(svg).toContain('>Aucune donnée<');
    expect(parseSvg(svg).querySelectorAll('.legende rect')).toHaveLength(6);
    // The legend fits in the corner: the map's height, nothing under it.
    expect(rootAttr(svg, 'height')).toBe('788');
  });

  chartTest('region-map-en', () => render('en'), (svg) => {
    expectRegionMap(svg, 'en', 640);
    console.log(`region map, en, 640 px: ${bytes(svg)} bytes`);
    const names = focusable(svg).map((l) => l.label);
    expect(names).toContain('Laval: $521,250');
    expect(names).toContain('Côte-Nord: $0');
    expect(names).toContain('Nord-du-Québec: no data');
    expect(svg).toContain('>Montréal and Laval<');
    expect(svg).toContain('>$1,800,000 or more<');
    expect(svg).not.toContain('\u00a0$');
  });

  chartTest('region-map-highlight-laval-360', () => render('fr', 360, '13'), (svg) => {
    expectRegionMap(svg, 'fr', 360);
    console.log(`region map, fr, 360 px: ${bytes(svg)} bytes`);
    // Too narrow for the legend in the corner: it goes under the map.
    const map = parseSvg(svg);
    const translate = /translate\(([\d.]+),([\d.]+)\)/.exec(map.querySelector('.legende')?.getAttribute('transform') ?? '');
    expect(Number(translate?.[2])).toBeGreaterThan(430);
    // Laval outlined twice: on the main map and in the inset.
    expect(map.querySelectorAll('g[pointer-events="none"]')).toHaveLength(2);
  });

  chartTest('region-map-highlight-mauricie-fr', () => render('fr', 640, '04'), (svg) => {
    // One outline, on the main map (Mauricie is not in the inset).
    const outlines = parseSvg(svg).querySelectorAll('g[pointer-events="none"]');
    expect(outlines).toHaveLength(1);
    expect(outlines[0]?.closest('.encart')).toBeNull();
  });
});

describe('regionMap input', () => {
  const options = { document, format: (v: number) => money(v, 'fr'), ariaLabel: 'Carte', legendTitle: 'FQIS' };
  chartTest('region-map-partial-data', () => toSvgMarkup(regionMap(regionData('fr').slice(0, 3), options)), (svg) => {
    // Regions absent from the data are drawn, hatched, without a link.
    const root = parseSvg(svg);
    expect(root.querySelectorAll('g.regions path')).toHaveLength(17);
    expect(root.querySelectorAll('g.regions path[fill^="url(#"]')).toHaveLength(14);
    expect(focusable(svg)).toHaveLength(3);
  });

  chartTest('region-map-no-links', () => toSvgMarkup(regionMap(regionData('fr').map(({ code, label, value }) => ({ code, label, value })), options)), (svg) => {
    expect(links(svg)).toHaveLength(0);
    expect(rootAttr(svg, 'role')).toBe('img');
  });

  it('rejects unknown and repeated codes', () => {
    expect(() => regionMap([{ code: '18', label: 'Nulle part', value: 1 }], options)).toThrow(/unknown region code "18"/);
    expect(() => regionMap([...regionData('fr'), { code: '13', label: 'Laval', value: 1 }], options)).toThrow(/13 given twice/);
  });
});

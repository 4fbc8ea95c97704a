import { describe, expect, it } from 'vitest';
import { mrcFeatures } from '../../../src/charts/maps/geometry.ts';
import { mrcMap } from '../../../src/charts/maps/mrcMap.ts';
import { CLASS_COLORS } from '../../../src/charts/maps/scale.ts';
import { createDocument, toSvgMarkup } from '../../../src/charts/render.ts';
import { REGIONS } from '../../../src/lib/reference/regions.ts';
import { integer } from '../../../src/lib/site/format.ts';
import type { Lang } from '../../../src/lib/site/format.ts';
import { chartTest, links, rootAttr } from '../snapshot.ts';
import { bytes, mrcData, parseSvg, pathsAreClean } from './fixtures.ts';

const document = createDocument();
const BUDGET = 30 * 1024;
const initiatives = (v: number, lang: Lang): string => `${integer(v, lang)} initiative${v > 1 ? 's' : ''}`;
const render = (region: string, lang: Lang = 'fr'): string =>
  toSvgMarkup(
    mrcMap(region, mrcData(region), {
      document,
      lang,
      format: (v) => initiatives(v, lang),
      ariaLabel: lang === 'fr' ? `Carte des initiatives par MRC, région ${region}` : `Map of initiatives by RCM, region ${region}`,
      legendTitle: lang === 'fr' ? 'Initiatives, 2025-2026' : 'Initiatives, 2025–2026',
    }),
  );

/** Each shape's tooltip → its fill. */
const fills = (svg: string): Map<string, string | null> =>
  new Map([...parseSvg(svg).querySelectorAll('path')].filter((p) => p.querySelector('title')).map((p) => [p.querySelector('title')?.textContent ?? '', p.getAttribute('fill')]));

function expectMrcMap(svg: string, region: string): void {
  expect(links(svg)).toHaveLength(0);
  expect(rootAttr(svg, 'role')).toBe('img');
  // One shape per MRC of the region, each with its name in a tooltip.
  const titled = fills(svg);
  expect(titled.size).toBe(mrcFeatures(region).length);
  for (const d of mrcData(region)) expect([...titled.keys()].some((t) => t.startsWith(`${d.label}\u00a0: `) || t.startsWith(`${d.label}: `)), d.label).toBe(true);
  expect(pathsAreClean(svg)).toBe(true);
  expect(bytes(svg)).toBeLessThanOrEqual(BUDGET);
}

describe('mrcMap', () => {
  chartTest('mrc-map-mauricie-fr', () => render('04'), (svg) => {
    expectMrcMap(svg, '04');
    console.log(`MRC map, Mauricie: ${bytes(svg)} bytes`);
    const titled = fills(svg);
    const hatch = parseSvg(svg).querySelector('pattern')?.getAttribute('id');
    expect(titled.get('Maskinongé\u00a0: 12 initiatives')).toMatch(/^#/);
    // No data is hatched; zero is a value, in the lightest class.
    expect(titled.get('La Tuque\u00a0: aucune donnée')).toBe(`url(#${hatch})`);
    expect(titled.get('Les Chenaux\u00a0: 0 initiative')).toBe(CLASS_COLORS[0]);
    // The most initiatives, the darkest blue.
    expect(titled.get('Trois-Rivières\u00a0: 34 initiatives')).toBe(CLASS_COLORS[4]);
    expect(svg).toContain('>Aucune donnée<');
  });

  chartTest('mrc-map-nord-du-quebec', () => render('10', 'en'), (svg) => {
    expectMrcMap(svg, '10');
    console.log(`MRC map, Nord-du-Québec: ${bytes(svg)} bytes`);
    const titled = fills(svg);
    expect(titled.get('Administration régionale Kativik: no data')).toMatch(/^url\(#/);
    // Two values, two classes: the lightest and the darkest.
    expect(titled.get('Eeyou Istchee: 4 initiatives')).toBe(CLASS_COLORS[0]);
    expect(titled.get('Jamésie: 7 initiatives')).toBe(CLASS_COLORS[4]);
    expect(svg).toContain('>No data<');
    // Tall: held to 1.25 × the width, the legend under it.
    expect(Number(rootAttr(svg, 'height'))).toBeGreaterThan(800);
  });

  chartTest('mrc-map-montreal', () => render('06'), (svg) => {
    // One territory, one value: one class, its legend the value itself.
    expectMrcMap(svg, '06');
    expect(parseSvg(svg).querySelectorAll('.legende rect')).toHaveLength(1);
    expect(parseSvg(svg).querySelector('pattern')).toBeNull();
  });

  it('stays under 30 KB for each of the 17 regions', () => {
    const sizes = REGIONS.map((r) => {
      const svg = render(r.code);
      expectMrcMap(svg, r.code);
      return [r.name, bytes(svg)] as const;
    });
    const [name, largest] = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
    console.log(`MRC maps: largest ${name}, ${largest} bytes; ${sizes.map(([n, b]) => `${n} ${b}`).join(', ')}`);
  });

  it('rejects an MRC of another region', () => {
    expect(() => mrcMap('04', [{ code: '650', label: 'Laval', value: 1 }], { document, format: String, ariaLabel: 'x', legendTitle: 'x' })).toThrow(
      /MRC "650" is not in region 04/,
    );
    expect(() => mrcMap('99', [], { document, format: String, ariaLabel: 'x', legendTitle: 'x' })).toThrow(/no MRC in region "99"/);
  });
});

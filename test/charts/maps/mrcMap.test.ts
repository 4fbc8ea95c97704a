import { describe, expect, it } from 'vitest';
import { mrcFeatures } from '../../../src/charts/maps/geometry.ts';
import { mrcMap } from '../../../src/charts/maps/mrcMap.ts';
import { CLASS_COLORS } from '../../../src/charts/maps/scale.ts';
import { createDocument, toSvgMarkup } from '../../../src/charts/render.ts';
import { REGIONS } from '../../../src/lib/contract/regions.ts';
import { integer } from '../../../src/i18n/format.ts';
import type { Lang } from '../../../src/i18n/format.ts';
import { chartTest, links, rootAttr } from '../snapshot.ts';
import { bytes, mrcData, parseSvg, pathsAreClean } from './fixtures.ts';

const document = createDocument();
const BUDGET = 30 * 1024;
const initiatives = (v: number, lang: Lang): string => `${integer(v, lang)} initiative${v > 1 ? 's' : ''}`;
const render = (region: string, lang: Lang = 'fr', { links = false, width = 640 } = {}): string =>
  toSvgMarkup(
    mrcMap(region, links ? mrcData(region).map((d) => ({ ...d, href: `#mrc-${d.code}` })) : mrcData(region), {
      document,
      lang,
      width,
      format: (v) => initiatives(v, lang),
      ariaLabel: lang === 'fr' ? `Carte des initiatives par MRC, région ${region}` : `Map of initiatives by RCM, region ${region}`,
      legendTitle: lang === 'fr' ? 'Initiatives, 2025-2026' : 'Initiatives, 2025–2026',
    }),
  );

/** Each shape's tooltip → its fill. */
const fills = (svg: string): Map<string, string | null> =>
  new Map([...parseSvg(svg).querySelectorAll('path')].filter((p) => p.querySelector('title')).map((p) => [p.querySelector('title')?.textContent ?? '', p.getAttribute('fill')]));

/** The labels written on the shapes, and the numbered key's entries. */
function labelsOf(svg: string): { onShapes: string[]; key: string[] } {
  const root = parseSvg(svg);
  return {
    onShapes: [...root.querySelectorAll('.etiquettes text')].map((t) => t.textContent ?? ''),
    key: [...root.querySelectorAll('.cles text')].map((t) => t.textContent ?? ''),
  };
}

function expectMrcMap(svg: string, region: string, linked = false): void {
  const withValue = mrcData(region).filter((d) => d.value !== null && d.value > 0);
  expect(links(svg)).toHaveLength(linked ? withValue.length : 0);
  expect(rootAttr(svg, 'role')).toBe(linked && withValue.length ? 'group' : 'img');
  // One shape per MRC of the region, each with its name in a tooltip.
  const titled = fills(svg);
  expect(titled.size).toBe(mrcFeatures(region).length);
  for (const d of mrcData(region)) expect([...titled.keys()].some((t) => t.startsWith(`${d.label}\u00a0: `) || t.startsWith(`${d.label}: `)), d.label).toBe(true);
  // Every shape labelled: its name on it, or a number keyed to its name under the legend.
  const { onShapes, key } = labelsOf(svg);
  expect(onShapes).toHaveLength(mrcFeatures(region).length);
  const numbers = onShapes.filter((t) => /^\d+$/.test(t));
  expect(key.map((k) => /^\d+/.exec(k)?.[0])).toEqual(numbers.map((_, i) => String(i + 1)));
  const named = [...onShapes.filter((t) => !/^\d+$/.test(t)), ...key.map((k) => k.replace(/^\d+ /, ''))];
  expect(named.map((n) => n.replace(/\s+/g, ' ')).sort()).toEqual(mrcFeatures(region).map((f) => f.properties.name).sort());
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

  chartTest('mrc-map-monteregie-links-360', () => render('16', 'fr', { links: true, width: 288 }), (svg) => {
    expectMrcMap(svg, '16', true);
    // Each MRC with initiatives links to its list on the region page, named
    // with its count; the others (no data, none) are not links.
    const withValue = mrcData('16').filter((d) => d.value !== null && d.value > 0);
    expect(links(svg).map((l) => l.href)).toEqual(withValue.map((d) => `#mrc-${d.code}`));
    for (const l of links(svg)) expect(l.label).toMatch(/\u00a0: \d+ initiatives?$/);
    // The labels are out of the way of the pointer and of screen readers (the links say it all).
    expect(parseSvg(svg).querySelector('.etiquettes')?.getAttribute('pointer-events')).toBe('none');
    expect(parseSvg(svg).querySelector('.etiquettes')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('writes names on the shapes where they fit, at a 560 px layout', () => {
    const { onShapes } = labelsOf(render('16', 'fr', { width: 560 }));
    const names = onShapes.filter((t) => !/^\d+$/.test(t));
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names).toContain('Acton');
  });

  it('stays under 30 KB for each of the 17 regions', () => {
    const sizes = REGIONS.map((r) => {
      const svg = render(r.code, 'fr', { links: true });
      expectMrcMap(svg, r.code, true);
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

import { describe, expect, it } from 'vitest';
import { COLORS } from '../../../src/charts/common.ts';
import { locatorMap } from '../../../src/charts/maps/locatorMap.ts';
import { createDocument, toSvgMarkup } from '../../../src/charts/render.ts';
import { REGIONS } from '../../../src/lib/contract/regions.ts';
import { chartTest, links, rootAttr } from '../snapshot.ts';
import { bytes, parseSvg, pathsAreClean } from './fixtures.ts';

const document = createDocument();
const BUDGET = 15 * 1024;
const render = (code: string, width?: number): string => {
  const name = REGIONS.find((r) => r.code === code)?.name ?? code;
  return toSvgMarkup(locatorMap(code, { document, lang: 'fr', ariaLabel: `Situation de la région ${name} au Québec`, ...(width ? { width } : {}) }));
};

function expectLocator(svg: string): void {
  expect(links(svg)).toHaveLength(0);
  expect(rootAttr(svg, 'role')).toBe('img');
  expect(rootAttr(svg, 'width')).toBe('200');
  const paths = parseSvg(svg).querySelectorAll('path');
  // Québec, then the region on top.
  expect(paths).toHaveLength(2);
  expect(paths[0]?.getAttribute('fill')).toBe(COLORS.pale);
  expect(paths[1]?.getAttribute('fill')).toBe(COLORS.piv);
  expect(pathsAreClean(svg)).toBe(true);
  expect(bytes(svg)).toBeLessThanOrEqual(BUDGET);
}

describe('locatorMap', () => {
  chartTest('locator-map-laval', () => render('13'), (svg) => {
    expectLocator(svg);
    console.log(`locator map, Laval: ${bytes(svg)} bytes`);
    expect(rootAttr(svg, 'aria-label')).toBe('Situation de la région Laval au Québec');
    // Laval is a few pixels wide: ringed.
    expect(parseSvg(svg).querySelectorAll('circle')).toHaveLength(1);
  });

  chartTest('locator-map-nord-du-quebec', () => render('10'), (svg) => {
    expectLocator(svg);
    expect(parseSvg(svg).querySelectorAll('circle')).toHaveLength(0);
  });

  it('stays under 15 KB for every region, and only Montréal and Laval are ringed', () => {
    const sizes = REGIONS.map((r) => {
      const svg = render(r.code);
      expectLocator(svg);
      if (parseSvg(svg).querySelectorAll('circle').length) expect(['06', '13']).toContain(r.code);
      return bytes(svg);
    });
    console.log(`locator maps: ${Math.min(...sizes)}–${Math.max(...sizes)} bytes`);
  });

  it('rejects an unknown region', () => {
    expect(() => render('00')).toThrow(/unknown region code "00"/);
  });
});

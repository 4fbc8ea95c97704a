/**
 * Charts as data (src/charts/spec.ts): a spec draws exactly what the chart
 * function draws with the same options, each named format stands for the
 * page's format, and a spec is drawn once however often it is asked for.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/charts/render.ts';
import { responsive } from '../../src/charts/responsive.ts';
import { rankedBars } from '../../src/charts/rankedBars.ts';
import { moneyAxis } from '../../src/charts/common.ts';
import { formatOf, renderChart, renderLocator } from '../../src/charts/spec.ts';
import type { ChartSpec } from '../../src/charts/spec.ts';
import { imageSize, standaloneSvg } from '../../src/charts/image.ts';
import { integer, money, moneyCents } from '../../src/i18n/format.ts';
import { fqisByRegion } from './fixtures.ts';

describe('chart specs', () => {
  it('draw what the chart function draws with the same options', () => {
    const rows = fqisByRegion('fr');
    const document = createDocument();
    const direct = responsive((width) => rankedBars(rows, { document, width, lang: 'fr', format: moneyAxis(rows.map((d) => d.value), 'fr'), ariaLabel: 'FQIS par région', tabStops: false }), 'half');
    const spec: ChartSpec = { kind: 'rankedBars', rows, format: 'moneyAxis', lang: 'fr', ariaLabel: 'FQIS par région', tabStops: false, placement: 'half' };
    expect(renderChart(spec)).toEqual(direct);
  });

  it('are drawn once per spec object', () => {
    const spec: ChartSpec = { kind: 'yearBars', rows: [{ year: '2024-2025', value: 3 }, { year: '2025-2026', value: 5 }], format: 'integer', lang: 'en', ariaLabel: 'Persons', placement: 'half' };
    const first = renderChart(spec);
    expect(renderChart(spec)).toBe(first);
    // An equal spec that is another object is drawn again, to the same markup.
    const again = renderChart({ ...spec });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    const locator = { kind: 'locatorMap', region: '04', lang: 'fr', ariaLabel: 'Mauricie au Québec' } as const;
    expect(renderLocator(locator)).toBe(renderLocator(locator));
  });

  it('name the formats the pages use', () => {
    expect(formatOf('money', 'fr')(12500)).toBe(money(12500, 'fr'));
    expect(formatOf('moneyCents', 'en')(12.5)).toBe(moneyCents(12.5, 'en'));
    expect(formatOf('integer', 'fr')(1234)).toBe(integer(1234, 'fr'));
    expect(formatOf('mrcCount', 'fr')(1)).toBe('1 initiative');
    expect(formatOf('mrcCount', 'en')(3)).toBe('3 initiatives');
    expect(formatOf('moneyAxis', 'fr', [1_200_000, 300_000])(1_200_000)).toBe(moneyAxis([1_200_000, 300_000], 'fr')(1_200_000));
    expect(formatOf('indicator:3.1', 'fr')(0.5)).toMatch(/50.*%/);
    expect(() => formatOf('nope' as 'money', 'fr')).toThrow(/unknown chart format/);
  });

  it('publish as an image file only without links, carrying their own colour and fonts', () => {
    const rows = fqisByRegion('fr');
    const plain = renderChart({ kind: 'rankedBars', rows: rows.map(({ key, label, value }) => ({ key, label, value })), format: 'money', lang: 'fr', ariaLabel: 'FQIS « 2025 » & co', placement: 'half' });
    const size = imageSize(plain.wide);
    expect(size).toMatchObject({ width: 520, alt: 'FQIS « 2025 » & co' });
    expect(size.height).toBeGreaterThan(0);
    const file = standaloneSvg(plain.narrow);
    expect(file).toMatch(/^<svg style="color:#223654" font-family="system-ui[^"]*"[^>]*><style>text,tspan\{white-space:pre\}<\/style>/);
    const linked = renderChart({ kind: 'rankedBars', rows: rows.map((d) => ({ ...d, href: `/regions/${d.key}/` })), format: 'money', lang: 'fr', ariaLabel: 'FQIS', placement: 'half' });
    expect(() => standaloneSvg(linked.wide)).toThrow(/cannot hold links/);
  });
});

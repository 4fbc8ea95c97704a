import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { labelValue, moneyAxis, shortYear, textWidth, withMinus, wrapLabel } from '../../src/charts/common.ts';
import { year } from '../../src/i18n/format.ts';
import { createDocument, toSvgMarkup, withoutTabStops } from '../../src/charts/render.ts';
import { focusable, links, rootAttr } from './snapshot.ts';

const document = createDocument();
const bars = (rows: Array<{ k: string; v: number; href?: string }>, extra: Plot.PlotOptions = {}): Element =>
  Plot.plot({
    document,
    width: 200,
    height: 60,
    marks: [Plot.barX(rows, { x: 'v', y: 'k', href: 'href', ariaLabel: (d: { k: string; v: number }) => `${d.k}: ${d.v}` })],
    ...extra,
  });

describe('toSvgMarkup', () => {
  it('names an image without links, and removes aria-label from groups', () => {
    const svg = toSvgMarkup(bars([{ k: 'a', v: 1 }]), { ariaLabel: 'Un graphique' });
    expect(rootAttr(svg, 'role')).toBe('img');
    expect(rootAttr(svg, 'aria-label')).toBe('Un graphique');
    expect(rootAttr(svg, 'xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg).not.toMatch(/<(?!svg)\w+\s[^>]*aria-label/);
  });

  it('makes a group of a chart with links, each named from its mark', () => {
    const svg = toSvgMarkup(bars([{ k: 'Laval', v: 3, href: '/regions/laval/' }, { k: 'QC', v: 5 }]), { ariaLabel: 'x' });
    expect(rootAttr(svg, 'role')).toBe('group');
    expect(links(svg)).toEqual([{ href: '/regions/laval/', label: 'Laval: 3', tabindex: undefined }]);
  });

  it('takes links in an aria-hidden group out of the tab order', () => {
    const node = Plot.plot({ document, marks: [Plot.barX([{ v: 1, h: '/a' }], { x: 'v', href: 'h', ariaHidden: 'true', ariaLabel: () => 'A' })] });
    expect(focusable(toSvgMarkup(node, { ariaLabel: 'x' }))).toEqual([]);
    expect(links(toSvgMarkup(node, { ariaLabel: 'x' }))[0]?.tabindex).toBe('-1');
  });

  it('escapes attributes and text, and keeps no-break spaces as characters', () => {
    const svg = toSvgMarkup(bars([{ k: 'A & B <c>', v: 1, href: '/x?a=1&b=2' }]), { ariaLabel: 'Montants : 12\u00a0500\u00a0$ "net"' });
    expect(svg).toContain('href="/x?a=1&amp;b=2"');
    expect(svg).toContain('aria-label="Montants : 12\u00a0500\u00a0$ &quot;net&quot;"');
    expect(svg).toContain('>A &amp; B &lt;c&gt;<');
    expect(svg).not.toContain('&#160;');
  });

  it('removes the font-family, so the page font applies', () => {
    const node = bars([{ k: 'a', v: 1 }]);
    expect(node.getAttribute('font-family')).toBeTruthy();
    expect(toSvgMarkup(node, { ariaLabel: 'x' })).not.toContain('font-family');
  });

  it('does not change the node it is given, and gives the same bytes twice', () => {
    const node = bars([{ k: 'a', v: 1, href: '/a' }]);
    const before = node.outerHTML;
    const first = toSvgMarkup(node, { ariaLabel: 'x' });
    expect(node.outerHTML).toBe(before);
    expect(toSvgMarkup(node, { ariaLabel: 'x' })).toBe(first);
  });

  it('refuses a <figure> (a chart with a legend) and a chart without a name', () => {
    const figure = Plot.plot({ document, color: { legend: true }, marks: [Plot.dot([{ c: 'a' }, { c: 'b' }], { x: 'c', fill: 'c' })] });
    expect(figure.localName).toBe('figure');
    expect(() => toSvgMarkup(figure, { ariaLabel: 'x' })).toThrow(/figure/);
    expect(() => toSvgMarkup(bars([{ k: 'a', v: 1 }]))).toThrow(/accessible name/);
  });
});

// Issue #21: a chart on a page costs no Tab stop; its table has its links.
describe('withoutTabStops', () => {
  it('takes every link out of the tab order and keeps it for the pointer', () => {
    const svg = toSvgMarkup(bars([{ k: 'Laval', v: 3, href: '/regions/laval/' }, { k: 'Montréal', v: 5, href: '/regions/montreal/' }]), { ariaLabel: 'x' });
    expect(focusable(svg)).toHaveLength(2);
    const out = withoutTabStops(svg);
    expect(focusable(out)).toEqual([]);
    expect(links(out).map((l) => [l.href, l.label, l.tabindex])).toEqual([['/regions/laval/', 'Laval: 3', '-1'], ['/regions/montreal/', 'Montréal: 5', '-1']]);
    // Links already out keep their one tabindex.
    expect(withoutTabStops(out)).toBe(out);
  });
});

describe('chart text helpers', () => {
  it('breaks long region names at the dash first', () => {
    expect(wrapLabel('Gaspésie–Îles-de-la-Madeleine', 150)).toEqual(['Gaspésie–', 'Îles-de-la-Madeleine']);
    expect(wrapLabel('Gaspésie–Îles-de-la-Madeleine', 400)).toEqual(['Gaspésie–Îles-de-la-Madeleine']);
    expect(wrapLabel('Laval', 10)).toEqual(['Laval']);
  });

  it('estimates wider text for longer and wider characters', () => {
    expect(textWidth('Montréal')).toBe(textWidth('Montreal'));
    expect(textWidth('MMMM')).toBeGreaterThan(textWidth('iiii') * 2);
    expect(textWidth('Gaspésie–Îles-de-la-Madeleine')).toBeGreaterThan(150);
    expect(textWidth('Gaspésie–Îles-de-la-Madeleine')).toBeLessThan(220);
  });

  it('names values the French and English ways', () => {
    expect(labelValue('Laval', '412\u00a0000\u00a0$', 'fr')).toBe('Laval\u00a0: 412\u00a0000\u00a0$');
    expect(labelValue('Laval', '$412,000', 'en')).toBe('Laval: $412,000');
    expect(shortYear('2024-2025', 'fr')).toBe(year('24-25', 'fr'));
    expect(shortYear('2024-2025', 'en')).toBe(year('24-25', 'en'));
    // A year already formatted for display shortens too.
    expect(shortYear(year('2024-2025', 'en'), 'en')).toBe(year('24-25', 'en'));
  });

  it('counts no width for a word joiner, a digit width for the minus sign', () => {
    expect(textWidth('2024\u2013\u20602025')).toBe(textWidth('2024\u20132025'));
    expect(textWidth('\u22125')).toBe(textWidth('55'));
  });

  it('writes negative numbers with the minus sign (U+2212), not a hyphen', () => {
    expect(withMinus('-16,3\u00a0%')).toBe('\u221216,3\u00a0%');
    expect(withMinus('-$1,200')).toBe('\u2212$1,200');
    expect(withMinus('Laval\u00a0: -4')).toBe('Laval\u00a0: \u22124');
    // Ranges and compound names keep their hyphens.
    expect(withMinus('2024-2025')).toBe('2024-2025');
    expect(withMinus('Vaudreuil-Soulanges')).toBe('Vaudreuil-Soulanges');
  });
});

describe('moneyAxis: one unit for every value of a chart', () => {
  const home = [5_413_000, 3_400_000, 1_000_000, 906_000, 416_208];
  it('millions with two decimals on every label (README, « Style des nombres »)', () => {
    expect(home.map(moneyAxis(home, 'fr'))).toEqual(['5,41\u00a0M$', '3,40\u00a0M$', '1,00\u00a0M$', '0,91\u00a0M$', '0,42\u00a0M$']);
    expect(home.map(moneyAxis(home, 'en'))).toEqual(['$5.41M', '$3.40M', '$1.00M', '$0.91M', '$0.42M']);
    const big = [9_200_000, 8_900_000, 1_700_000];
    expect(big.map(moneyAxis(big, 'fr'))).toEqual(['9,20\u00a0M$', '8,90\u00a0M$', '1,70\u00a0M$']);
  });

  it('never thousands past 999 (`1 200 k$`): millions, a value too small for them as moneyShort writes it', () => {
    const spread = [1_200_000, 300_000, 12_000, 4_000, 0];
    expect(spread.map(moneyAxis(spread, 'fr'))).toEqual(['1,20\u00a0M$', '0,30\u00a0M$', '0,01\u00a0M$', '4\u00a0000\u00a0$', '0,00\u00a0M$']);
    expect(spread.map(moneyAxis(spread, 'en'))).toEqual(['$1.20M', '$0.30M', '$0.01M', '$4,000', '$0.00M']);
    const thousands = [185_400, 12_000, 300];
    expect(thousands.map(moneyAxis(thousands, 'fr'))).toEqual(['185\u00a0k$', '12\u00a0k$', '300\u00a0$']);
  });

  it('whole dollars under 10 000 $, the minus sign for negative values', () => {
    const small = [8_000, 500, -1_200];
    expect(small.map(moneyAxis(small, 'fr'))).toEqual(['8\u00a0000\u00a0$', '500\u00a0$', '\u22121\u00a0200\u00a0$']);
    const change = [-250_000, 120_000, 40_000];
    expect(change.map(moneyAxis(change, 'en'))).toEqual(['\u2212$250K', '$120K', '$40K']);
    expect(moneyAxis([0], 'fr')(0)).toBe('0\u00a0$');
  });

  it('never mixes units, whatever the values', () => {
    for (const values of [home, [1e6, 999_999, 10_001], [12_345_678, 50_000], [10_000, 9_999]]) {
      const units = new Set(values.map(moneyAxis(values, 'fr')).map((t) => /(M\$|k\$|\$)$/.exec(t)?.[1]));
      expect(units.size, values.join()).toBe(1);
    }
  });
});

import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { labelValue, shortYear, textWidth, wrapLabel } from '../../src/charts/common.ts';
import { createDocument, toSvgMarkup } from '../../src/charts/render.ts';
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
    expect(shortYear('2024-2025', 'fr')).toBe('24-25');
    expect(shortYear('2024-2025', 'en')).toBe('24–25');
  });
});

import { describe, expect, it } from 'vitest';
import { FONT_SIZE } from '../../src/charts/common.ts';
import { rankedBars } from '../../src/charts/rankedBars.ts';
import { createDocument } from '../../src/charts/render.ts';
import { VARIANTS, showAt, responsive } from '../../src/charts/responsive.ts';
import { integer } from '../../src/i18n/format.ts';
import { initiativesByRegion } from './fixtures.ts';
import { rootAttr } from './snapshot.ts';

const document = createDocument();
const render = (width: number): Element => rankedBars(initiativesByRegion(), { document, width, format: (v) => integer(v, 'fr'), ariaLabel: 'Initiatives par région' });

describe('responsive variants', () => {
  it('lays each variant out for its narrowest box, and publishes it at its full width', () => {
    for (const placement of ['full', 'half'] as const) {
      const markup = responsive(render, placement);
      for (const key of ['wide', 'narrow'] as const) {
        const { width, layout } = VARIANTS[placement][key];
        const svg = markup[key];
        expect(rootAttr(svg, 'width')).toBe(String(width));
        const [, , w, h] = (rootAttr(svg, 'viewBox') ?? '').split(' ').map(Number);
        expect(w).toBe(layout);
        // The same aspect ratio, to the pixel.
        expect(Math.abs(Number(rootAttr(svg, 'height')) - (h! * width) / layout)).toBeLessThanOrEqual(0.5);
        // Text is FONT_SIZE in layout units: larger on screen from the layout width up.
        expect(rootAttr(svg, 'font-size')).toBe(String(FONT_SIZE));
        expect(width).toBeGreaterThanOrEqual(layout);
      }
    }
  });

  it('keeps the layout of the boxes measured in Chromium (src/styles/site.css)', () => {
    // Rendered text = FONT_SIZE × box / layout, at the narrowest box of each variant.
    const rendered = (box: number, layout: number): number => (FONT_SIZE * Math.min(box, VARIANTS.full.wide.width)) / layout;
    expect(rendered(575, VARIANTS.full.wide.layout)).toBeGreaterThanOrEqual(12); // 641 px viewport
    expect(rendered(414, VARIANTS.half.wide.layout)).toBeGreaterThanOrEqual(12); // 944 px, two columns
    expect(rendered(294, VARIANTS.full.narrow.layout)).toBeGreaterThanOrEqual(12); // 360 px phone
  });

  it('adds a viewBox when the chart has none', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '300');
    svg.setAttribute('height', '100');
    showAt(svg, 360);
    expect([svg.getAttribute('viewBox'), svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['0 0 300 100', '360', '120']);
  });
});

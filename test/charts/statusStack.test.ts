import { describe, expect } from 'vitest';
import { createDocument, toSvgMarkup } from '../../src/charts/render.ts';
import { statusStack } from '../../src/charts/statusStack.ts';
import { STATUS_COUNTS } from './fixtures.ts';
import { chartTest, links, rootAttr } from './snapshot.ts';

const document = createDocument();

describe('statusStack', () => {
  chartTest('status-stack-fr', () => toSvgMarkup(statusStack(STATUS_COUNTS, { document, lang: 'fr', ariaLabel: 'Initiatives selon leur état, par année' })), (svg) => {
    expect(rootAttr(svg, 'role')).toBe('img');
    expect(links(svg)).toHaveLength(0);
    // The legend is SVG text, in the statuses' order.
    const order = ['Démarrée', 'En cours', 'Complétée', 'Abandonnée'].map((s) => svg.indexOf(`>${s}<`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Counts inside the segments wide enough, totals at the ends.
    for (const n of ['412', '521', '688', '251', '977', '1\u00a0060']) expect(svg).toContain(`>${n}<`);
    // 6 abandoned initiatives make a segment too thin for its count.
    expect(svg).not.toContain('>6<');
    // Abandoned: white with a dashed red outline, not a colour alone.
    expect(svg).toMatch(/<g (?=[^>]*fill="#ffffff")(?=[^>]*stroke="#cb381f")(?=[^>]*stroke-dasharray="4,2")/);
    expect(svg).toContain('>2024-2025<');
  });

  chartTest('status-stack-en-360', () => toSvgMarkup(statusStack(STATUS_COUNTS, { document, width: 360, lang: 'en', ariaLabel: 'Initiatives by status and year' })), (svg) => {
    expect(rootAttr(svg, 'width')).toBe('360');
    for (const s of ['Started', 'Ongoing', 'Completed', 'Abandoned']) expect(svg).toContain(`>${s}<`);
    expect(svg).toContain('>2024–2025<');
    expect(svg).toContain('>1,060<');
  });
});

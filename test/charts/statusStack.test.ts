import { describe, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { textWidth } from '../../src/charts/common.ts';
import { createDocument, toSvgMarkup } from '../../src/charts/render.ts';
import { statusStack } from '../../src/charts/statusStack.ts';
import { year } from '../../src/i18n/format.ts';
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
    // 38 completed and 6 abandoned initiatives make segments too thin for
    // their counts: written under the bar, each with a tick, never a bare sliver.
    const doc = parseHTML(svg).document;
    const callouts = [...doc.querySelectorAll('text')].filter((t) => t.textContent === '38' || t.textContent === '6');
    expect(callouts).toHaveLength(2);
    const bars = [...doc.querySelectorAll('rect')].filter((r) => r.parentElement?.getAttribute('class') !== 'legende');
    const barBottom = Math.max(...bars.map((r) => Number(r.getAttribute('y')) + Number(r.getAttribute('height'))).filter((b) => b < 80));
    for (const t of callouts) expect(Number(/translate\([\d.]+,([\d.]+)\)/.exec(t.getAttribute('transform') ?? '')?.[1] ?? t.getAttribute('y'))).toBeGreaterThan(barBottom);
    // Callouts do not overlap: the second starts after the first ends.
    const xs = callouts.map((t) => Number(/translate\(([\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1]));
    expect(xs[1]! - xs[0]!).toBeGreaterThanOrEqual(textWidth('38'));
    expect(svg).toContain('>6<');
    // Abandoned: white with a dashed red outline, not a colour alone.
    expect(svg).toMatch(/<g (?=[^>]*fill="#ffffff")(?=[^>]*stroke="#cb381f")(?=[^>]*stroke-dasharray="4,2")/);
    expect(svg).toContain(`>${year('2024-2025', 'fr')}<`);
  });

  chartTest('status-stack-en-360', () => toSvgMarkup(statusStack(STATUS_COUNTS, { document, width: 360, lang: 'en', ariaLabel: 'Initiatives by status and year' })), (svg) => {
    expect(rootAttr(svg, 'width')).toBe('360');
    for (const s of ['Started', 'Ongoing', 'Completed', 'Abandoned']) expect(svg).toContain(`>${s}<`);
    expect(svg).toContain(`>${year('2024-2025', 'en')}<`);
    expect(svg).toContain('>1,060<');
  });
});

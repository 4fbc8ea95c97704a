import { describe, expect } from 'vitest';
import { rankedBars } from '../../src/charts/rankedBars.ts';
import { createDocument, toSvgMarkup } from '../../src/charts/render.ts';
import { moneyAxis } from '../../src/charts/common.ts';
import { integer, money } from '../../src/i18n/format.ts';
import type { Lang } from '../../src/i18n/format.ts';
import { PRIORITIES, fqisByRegion, initiativesByRegion } from './fixtures.ts';
import { chartTest, focusable, links, rootAttr } from './snapshot.ts';

const document = createDocument();
const fqis = (lang: Lang, width = 640, highlight?: string, tabStops = true): string =>
  toSvgMarkup(
    rankedBars(fqisByRegion(lang), {
      document,
      width,
      lang,
      format: (v) => money(v, lang),
      ariaLabel: lang === 'fr' ? 'FQIS versé par région, 2025-2026' : 'FQIS paid by region, 2025–2026',
      ...(highlight ? { highlight } : {}),
      tabStops,
    }),
  );

describe('rankedBars', () => {
  chartTest('ranked-bars-fqis-fr', () => fqis('fr'), (svg) => {
    expect(rootAttr(svg, 'width')).toBe('640');
    expect(svg).toContain('\u00a0$');
    const names = focusable(svg).map((l) => l.label);
    expect(names).toHaveLength(17);
    // Largest first, each link named with its formatted value.
    expect(names[0]).toBe('Montréal\u00a0: 9\u00a0025\u00a0750\u00a0$');
    expect(names).toContain('Laval\u00a0: 521\u00a0250\u00a0$');
    expect(names.at(-1)).toBe('Côte-Nord\u00a0: 372\u00a0250\u00a0$');
    for (const d of fqisByRegion('fr')) expect(names).toContain(`${d.label}\u00a0: ${money(d.value, 'fr')}`);
    // Bars repeat their label's link but stay out of the tab order.
    expect(links(svg)).toHaveLength(34);
    expect(links(svg).filter((l) => l.tabindex === '-1')).toHaveLength(17);
    // The longest name fits on one line at 640 px.
    expect(svg).toContain('>Gaspésie–Îles-de-la-Madeleine<');
  });

  chartTest('ranked-bars-fqis-en', () => fqis('en'), (svg) => {
    expect(rootAttr(svg, 'width')).toBe('640');
    const names = focusable(svg).map((l) => l.label);
    expect(names[0]).toBe('Montréal: $9,025,750');
    expect(names).toContain('Laval: $521,250');
    expect(focusable(svg).every((l) => l.href.startsWith('/en/regions/'))).toBe(true);
    expect(svg).not.toContain('\u00a0$');
  });

  chartTest('ranked-bars-fqis-highlight-360', () => fqis('fr', 360, '13'), (svg) => {
    expect(rootAttr(svg, 'width')).toBe('360');
    expect(rootAttr(svg, 'viewBox')).toMatch(/^0 0 360 /);
    // At 360 px the longest name breaks at its dash.
    expect(svg).toContain('>Gaspésie–</tspan>');
    expect(svg).toContain('>Îles-de-la-Madeleine</tspan>');
    // One dark bar (Laval), the others light; Laval's value in bold.
    expect(svg.match(/fill="#19406C"/g)).toHaveLength(1);
    expect(svg.match(/fill="#4a98d9"/g)).toHaveLength(16);
    expect(svg).toMatch(/font-weight="bold"[^>]*>(<[^>]*>)*521\u00a0250\u00a0\$/);
  });

  chartTest('ranked-bars-fqis-no-tab-stops', () => fqis('fr', 640, undefined, false), (svg) => {
    // The region map beside offers the same links: none is a tab stop, but
    // each label stays a named link for the mouse and for screen readers.
    expect(focusable(svg)).toHaveLength(0);
    const labels = links(svg).filter((l) => l.label);
    expect(labels).toHaveLength(17);
    expect(labels.every((l) => l.tabindex === '-1')).toBe(true);
    expect(labels.map((l) => l.label)).toContain('Laval\u00a0: 521\u00a0250\u00a0$');
  });

  chartTest('ranked-bars-money-axis-fr', () =>
    toSvgMarkup(rankedBars(fqisByRegion('fr'), { document, lang: 'fr', format: moneyAxis(fqisByRegion('fr').map((d) => d.value), 'fr'), ariaLabel: 'FQIS versé par région' })),
    (svg) => {
      // One unit for every value: millions, two decimals (the smallest, 372 250 $, reads 0,37 M$).
      const values = [...svg.matchAll(/>([^<]*\$)</g)].map((m) => m[1]);
      expect(values).toHaveLength(17);
      for (const v of values) expect(v).toMatch(/^\d+,\d\d\u00a0M\$$/);
      expect(values).toContain('9,03\u00a0M$');
      expect(values).toContain('0,37\u00a0M$');
    },
  );

  chartTest('ranked-bars-initiatives-fr', () =>
    toSvgMarkup(rankedBars(initiativesByRegion(), { document, lang: 'fr', format: (v) => integer(v, 'fr'), ariaLabel: 'Initiatives par région' })),
    (svg) => {
      // No links: an image with a name, its values written beside the bars.
      expect(links(svg)).toHaveLength(0);
      expect(rootAttr(svg, 'role')).toBe('img');
      expect(svg).toContain('>312<');
    },
  );

  chartTest('ranked-bars-priorities-en', () =>
    toSvgMarkup(rankedBars(PRIORITIES, { document, lang: 'en', format: (v) => integer(v, 'en'), ariaLabel: 'Initiatives by priority' })),
    (svg) => {
      // The longest priority takes two lines, so every row is 34 px tall.
      expect(svg).toMatch(/<tspan[^>]*>Prévention de la pauvreté <\/tspan><tspan[^>]*>et de l’exclusion sociale<\/tspan>/);
      expect(rootAttr(svg, 'height')).toBe(String(5 * 34 + 8));
      expect(svg.indexOf('Sécurité alimentaire')).toBeLessThan(svg.indexOf('Lutte contre les préjugés'));
    },
  );
});

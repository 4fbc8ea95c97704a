import { describe, expect } from 'vitest';
import { createDocument, toSvgMarkup } from '../../src/charts/render.ts';
import { smallMultiples } from '../../src/charts/smallMultiples.ts';
import { change, moneyShort, year } from '../../src/i18n/format.ts';
import { fqisPanels } from './fixtures.ts';
import { chartTest, focusable, links, rootAttr } from './snapshot.ts';

const document = createDocument();

describe('smallMultiples', () => {
  chartTest('small-multiples-fr', () =>
    toSvgMarkup(smallMultiples(fqisPanels('fr'), { document, lang: 'fr', format: (v) => moneyShort(v, 'fr'), ariaLabel: 'FQIS versé par région et par année' })),
    (svg) => {
      expect(rootAttr(svg, 'width')).toBe('640');
      expect(svg.length).toBeLessThan(60_000);
      expect(svg.match(/<rect /g)).toHaveLength(34);
      // One link per panel, its name carrying every year's value.
      expect(links(svg)).toHaveLength(17);
      expect(focusable(svg).map((l) => l.label)).toContain(`Laval\u00a0: 209\u00a0k$ (${year('2024-2025', 'fr')}), 521\u00a0k$ (${year('2025-2026', 'fr')})`);
      expect(svg).toContain('>9,03\u00a0M$<');
    },
  );

  chartTest('small-multiples-en-360', () =>
    toSvgMarkup(smallMultiples(fqisPanels('en'), { document, width: 360, lang: 'en', format: (v) => moneyShort(v, 'en'), ariaLabel: 'FQIS paid by region and year' })),
    (svg) => {
      expect(rootAttr(svg, 'width')).toBe('360');
      expect(focusable(svg).map((l) => l.label)).toContain(`Laval: $209K (${year('2024-2025', 'en')}), $521K (${year('2025-2026', 'en')})`);
      // Two columns on a phone (issue #21: one column made each indicator 2 500 px tall at 375 px).
      const titles = [...svg.matchAll(/<a [^>]*><text [^>]*transform="translate\(([\d.]+),/g)].map((m) => m[1]);
      expect(titles).toHaveLength(17);
      expect(new Set(titles)).toEqual(new Set(['0', '190']));
    },
  );

  chartTest('small-multiples-five-years-fr', () => {
    const years = ['2024-2025', '2025-2026', '2026-2027', '2027-2028', '2028-2029'];
    const data = fqisPanels('fr').filter((d) => d.year === '2025-2026').flatMap((d) => years.map((year, i) => ({ ...d, year, value: d.value * (1 + i / 10) })));
    return toSvgMarkup(smallMultiples(data, { document, lang: 'fr', format: (v) => moneyShort(v, 'fr'), ariaLabel: 'FQIS par région, cinq ans' }));
  }, (svg) => {
    expect(svg.match(/<rect /g)).toHaveLength(85);
    expect(svg.length).toBeLessThan(60_000);
  });
});

describe('smallMultiples with negative values', () => {
  // Indicator 1.3 (change in persons reached) is negative in some regions;
  // the whole of Québec (QC) has no page of its own, so no link.
  const data = [
    ...fqisPanels('en').slice(0, 12).map((d, i) => ({ ...d, value: ((i % 5) - 2) / 10 + (d.year === '2025-2026' ? 0.05 : 0) })),
    { key: 'QC', label: 'Ensemble du Québec', year: '2024-2025', value: 0.08 },
    { key: 'QC', label: 'Ensemble du Québec', year: '2025-2026', value: -0.03 },
  ];
  chartTest('small-multiples-change-en', () =>
    toSvgMarkup(smallMultiples(data, { document, lang: 'en', format: (v) => change(v, 'en'), ariaLabel: 'Change in persons reached' })),
    (svg) => {
      expect(links(svg)).toHaveLength(6);
      expect(svg).toContain('>Ensemble du Québec<');
      expect(svg).toContain(`>${change(-0.03, 'en')}<`);
      // Bars of negative values hang below the zero line of their panel.
      const zero = [...svg.matchAll(/<line [^>]*y1="([\d.]+)"/g)].map((m) => Number(m[1]));
      const rects = [...svg.matchAll(/<rect [^>]*y="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(zero).toHaveLength(7);
      expect(rects.filter((y) => zero.includes(y)).length).toBeGreaterThan(0);
    },
  );
});

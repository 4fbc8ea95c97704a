import { describe, expect } from 'vitest';
import { createDocument, toSvgMarkup } from '../../src/charts/render.ts';
import { yearBars } from '../../src/charts/yearBars.ts';
import { change, integer, moneyShort, year } from '../../src/i18n/format.ts';
import { FQIS_BY_YEAR, PERSONS_REACHED } from './fixtures.ts';
import { chartTest, rootAttr } from './snapshot.ts';

const document = createDocument();

describe('yearBars', () => {
  chartTest('year-bars-persons-fr', () =>
    toSvgMarkup(yearBars(PERSONS_REACHED, { document, lang: 'fr', format: (v) => integer(v, 'fr'), ariaLabel: 'Personnes rejointes par année' })),
    (svg) => {
      expect(rootAttr(svg, 'height')).toBe('240');
      // Years in order, whatever the input's order; values on top.
      expect(svg.indexOf(`>${year('2024-2025', 'fr')}<`)).toBeGreaterThan(0);
      expect(svg.indexOf(`>${year('2024-2025', 'fr')}<`)).toBeLessThan(svg.indexOf(`>${year('2025-2026', 'fr')}<`));
      expect(svg).toContain('>48\u00a0215<');
      expect(svg.match(/<rect /g)).toHaveLength(2);
    },
  );

  chartTest('year-bars-fqis-en-360', () =>
    toSvgMarkup(yearBars(FQIS_BY_YEAR, { document, width: 360, lang: 'en', format: (v) => moneyShort(v, 'en'), ariaLabel: 'FQIS paid per year' })),
    (svg) => {
      expect(rootAttr(svg, 'width')).toBe('360');
      expect(svg.match(/<rect /g)).toHaveLength(5);
      expect(svg).toContain('>$29.03M<');
      // Five full years do not fit side by side at 360 px: short years.
      expect(svg).toContain(`>${year('24-25', 'en')}<`);
      expect(svg).not.toContain(`>${year('2024-2025', 'en')}<`);
    },
  );

  chartTest('year-bars-fqis-fr', () =>
    toSvgMarkup(yearBars(FQIS_BY_YEAR, { document, lang: 'fr', format: (v) => moneyShort(v, 'fr'), ariaLabel: 'FQIS versé par année' })),
    (svg) => {
      expect(svg).toContain('>12,12\u00a0M$<');
      expect(svg).toContain(`>${year('2028-2029', 'fr')}<`);
    },
  );
});

describe('yearBars with a negative value', () => {
  chartTest('year-bars-change-fr', () =>
    toSvgMarkup(yearBars([{ year: '2024-2025', value: 0.12 }, { year: '2025-2026', value: -0.08 }], { document, lang: 'fr', format: (v) => change(v, 'fr'), ariaLabel: 'Variation des personnes rejointes' })),
    (svg) => {
      expect(svg).toContain(`>${change(-0.08, 'fr')}<`);
      expect(svg).toContain(`>${change(0.12, 'fr')}<`);
    },
  );
});

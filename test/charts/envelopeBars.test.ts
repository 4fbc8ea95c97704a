import { describe, expect } from 'vitest';
import { envelopeBars } from '../../src/charts/envelopeBars.ts';
import { createDocument, toSvgMarkup } from '../../src/charts/render.ts';
import { money, percent } from '../../src/i18n/format.ts';
import { envelopes } from './fixtures.ts';
import { chartTest, focusable, rootAttr } from './snapshot.ts';

const document = createDocument();

describe('envelopeBars', () => {
  chartTest('envelope-bars-fr', () => toSvgMarkup(envelopeBars(envelopes('fr'), { document, lang: 'fr', ariaLabel: 'Enveloppes 2024-2029 et sommes versées' })), (svg) => {
    expect(rootAttr(svg, 'width')).toBe('640');
    const names = focusable(svg).map((l) => l.label);
    expect(names).toHaveLength(17);
    // Largest envelope first; the name says paid, envelope and share.
    expect(names[0]).toMatch(/^Montréal\u00a0: 12\u00a0629\u00a0750\u00a0\$ versés sur 45\u00a0000\u00a0000\u00a0\$ \(28,1\u00a0%\)$/);
    expect(names).toContain('Laval\u00a0: 729\u00a0750\u00a0$ versés sur 2\u00a0606\u00a0312\u00a0$ (28,0\u00a0%)');
    // The share is written beside each bar.
    for (const d of envelopes('fr')) expect(svg).toContain(`>${percent(d.paid / d.envelope, 'fr')}<`);
    // Envelopes pale and outlined, payments solid PIV blue.
    expect(svg).toMatch(/<g (?=[^>]*fill="#dae6f0")(?=[^>]*stroke="#19406C")/);
    expect(svg).toMatch(/<g (?=[^>]*fill="#095797")/);
    expect(svg).toContain('>Enveloppe quinquennale<');
    expect(svg).toContain('>Versé à ce jour<');
  });

  chartTest('envelope-bars-en-360', () =>
    toSvgMarkup(envelopeBars(envelopes('en'), { document, width: 360, lang: 'en', ariaLabel: 'Envelopes 2024–2029 and amounts paid' })),
    (svg) => {
      expect(rootAttr(svg, 'width')).toBe('360');
      const laval = envelopes('en').find((d) => d.key === '13');
      expect(laval).toBeDefined();
      if (!laval) return;
      expect(focusable(svg).map((l) => l.label)).toContain(`Laval: ${money(laval.paid, 'en')} paid of ${money(laval.envelope, 'en')} (28.0%)`);
      expect(svg).toContain('>Five-year envelope<');
      expect(svg).toContain('>Îles-de-la-Madeleine</tspan>');
    },
  );
});

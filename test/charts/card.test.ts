import { describe, expect, it } from 'vitest';
import { cardSvg, drawable, renderCard, textWidth, truncate, wrap } from '../../src/charts/card.ts';
import { roboto, woffToSfnt } from '../../src/charts/cardFont.ts';

const bold = roboto(700);

describe('share cards', () => {
  it('measures with the font: a W is wider than an i', () => {
    expect(textWidth('W', bold, 100)).toBeGreaterThan(3 * textWidth('i', bold, 100));
    expect(textWidth('Wi', bold, 10)).toBeCloseTo(textWidth('W', bold, 10) + textWidth('i', bold, 10));
  });

  it('wraps a long title into the lines it is given, the last ending with an ellipsis that fits', () => {
    const title = 'Cuisines collectives pour les familles à faible revenu des MRC de la Vallée-de-l’Or et d’Abitibi-Ouest, avec transport solidaire et halte-garderie';
    const lines = wrap(title, bold, 64, 1056, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(l, bold, 64)).toBeLessThanOrEqual(1056);
    expect(wrap('Laval', bold, 64, 1056, 3)).toEqual(['Laval']);
    expect(truncate('Court', bold, 30, 1000)).toBe('Court');
    // One word longer than a line is cut, not left overflowing.
    for (const l of wrap('x'.repeat(200), bold, 64, 500, 2)) expect(textWidth(l, bold, 64)).toBeLessThanOrEqual(500);
  });

  it('escapes export text, drops what the font cannot draw, keeps French spacing', () => {
    const svg = cardSvg({ program: 'Alliances', kicker: 'Pratique gagnante · Laval', title: '<b>"x"</b> & « Oui » 🍎', fictif: 'Données fictives' });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; «\u00a0Oui\u00a0»');
    expect(svg).not.toContain('🍎');
    expect(drawable('a\u0007b', bold)).toBe('ab');
  });

  it('renders a 1200×630 PNG, the same bytes every time', () => {
    const svg = cardSvg({ program: 'Alliances pour la solidarité', kicker: 'Portrait régional', title: 'Laval', figure: { value: '1 234 $', label: 'FQIS versé, 2025-2026' } });
    const a = renderCard(svg);
    expect(a.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([a.readUInt32BE(16), a.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(Buffer.compare(a, renderCard(svg))).toBe(0);
  });

  it('refuses a file that is not WOFF 1.0', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2xxxxxxxxxxxxxxxx'))).toThrow(/WOFF 1.0/);
  });
});

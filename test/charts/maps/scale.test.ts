import { describe, expect, it } from 'vitest';
import { CLASS_COLORS, NO_DATA, classBreaks, classLabels, colorScale } from '../../../src/charts/maps/scale.ts';
import { money } from '../../../src/i18n/format.ts';
import { regionData } from './fixtures.ts';

/** WCAG relative luminance of `#rrggbb`: what a greyscale print keeps. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe('colour classes', () => {
  it('get strictly darker, so they stay in order in greyscale', () => {
    const l = CLASS_COLORS.map(luminance);
    console.log(`class luminance: ${l.map((v) => v.toFixed(3)).join(', ')}`);
    for (let i = 1; i < l.length; i++) expect(l[i], CLASS_COLORS[i]).toBeLessThan((l[i - 1] ?? 0) * 0.75);
    // "No data" is not a class colour.
    expect(CLASS_COLORS).not.toContain(NO_DATA.fill);
  });

  it('break the region amounts at rounded quintiles', () => {
    const values = regionData().map((d) => d.value);
    expect(classBreaks(values)).toEqual([520_000, 940_000, 1_200_000, 1_800_000]);
    const scale = colorScale(values);
    // Zero is a value: the lightest class. Null has none.
    expect(scale.classOf(0)).toBe(0);
    expect(scale.color(0)).toBe(CLASS_COLORS[0]);
    expect(scale.classOf(519_999)).toBe(0);
    expect(scale.classOf(520_000)).toBe(1);
    expect(scale.color(9_025_750)).toBe(CLASS_COLORS[4]);
    expect(classLabels(scale, (v) => money(v, 'fr'), 'fr')).toEqual([
      'moins de 520\u00a0000\u00a0$',
      '520\u00a0000\u00a0$ à 940\u00a0000\u00a0$',
      '940\u00a0000\u00a0$ à 1\u00a0200\u00a0000\u00a0$',
      '1\u00a0200\u00a0000\u00a0$ à 1\u00a0800\u00a0000\u00a0$',
      '1\u00a0800\u00a0000\u00a0$ ou plus',
    ]);
  });

  it('use whole-number breaks for counts, and say « 5 à 9 » for [5, 10)', () => {
    const scale = colorScale([0, 2, 3, 5, 8, 9, 12, 15, 21, 34]);
    expect(scale.breaks.every(Number.isInteger)).toBe(true);
    expect(scale.counts).toBe(true);
    const labels = classLabels(scale, String, 'en');
    expect(labels[0]).toMatch(/^under \d+$/);
    expect(labels.at(-1)).toMatch(/^\d+ or more$/);
    for (const l of labels.slice(1, -1)) {
      const [a, b] = l.split(' to ').map(Number);
      expect(b).toBeGreaterThanOrEqual(a ?? Infinity);
    }
    // Each class ends one before the next begins.
    expect(labels.slice(1, -1).map((l) => Number(l.split(' to ')[1]) + 1)).toEqual(scale.breaks.slice(1));
  });

  it('make fewer classes from fewer distinct values, never an empty end class', () => {
    expect(colorScale([3, 3, 3]).colors).toEqual([CLASS_COLORS[0]]);
    expect(classLabels(colorScale([3, 3, 3]), String, 'fr')).toEqual(['3']);
    const two = colorScale([4, 7, null]);
    expect(two.colors).toEqual([CLASS_COLORS[0], CLASS_COLORS[4]]);
    expect([two.color(4), two.color(7)]).toEqual([CLASS_COLORS[0], CLASS_COLORS[4]]);
    expect(colorScale([null, null]).colors).toEqual([]);
    expect(classLabels(colorScale([null]), String, 'fr')).toEqual([]);
    // Many zeros: no break at or under the smallest value.
    expect(classBreaks([0, 0, 0, 0, 0, 0, 0, 10, 20, 30]).every((b) => b > 0)).toBe(true);
  });
});

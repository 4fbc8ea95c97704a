import { describe, expect, it } from 'vitest';
import { collection, conic, fitWidth, mrcFeatures, project, regionFeatures } from '../../../src/charts/maps/geometry.ts';
import { REGIONS } from '../../../src/lib/contract/regions.ts';

describe('geometry', () => {
  it('holds the 17 regions and the 104 MRC, each MRC in a region', () => {
    expect(regionFeatures().map((f) => f.properties.code)).toEqual(REGIONS.map((r) => r.code));
    expect(regionFeatures().map((f) => f.properties.name)).toEqual(REGIONS.map((r) => r.name));
    expect(mrcFeatures()).toHaveLength(104);
    for (const r of REGIONS) expect(mrcFeatures(r.code).length, r.name).toBeGreaterThan(0);
    expect(mrcFeatures('04').map((f) => f.properties.name)).toContain('Maskinongé');
  });

  it('projects to small, clean path data within the box', () => {
    const regions = collection(regionFeatures());
    const projection = conic();
    const height = fitWidth(projection, regions, 640);
    expect(height).toBe(788);
    for (const f of regionFeatures()) {
      const { d, bounds } = project(f, projection);
      // Relative commands, a tenth of a pixel at most, no NaN.
      expect(d, f.properties.name).toMatch(/^M-?\d+(\.\d)?,-?\d+(\.\d)?l/);
      expect(d).not.toMatch(/NaN|Infinity|\d\.\d\d/);
      expect(bounds?.[0][0]).toBeGreaterThanOrEqual(0);
      expect(bounds?.[1][0]).toBeLessThanOrEqual(640);
      expect(bounds?.[1][1]).toBeLessThanOrEqual(height);
    }
  });

  it('drops what a clip extent leaves out, and is the same twice', () => {
    const projection = conic().clipExtent([[0, 0], [50, 50]]);
    fitWidth(projection, collection(regionFeatures()), 640);
    const montreal = regionFeatures().find((f) => f.properties.code === '06');
    if (!montreal) throw new Error('no Montréal');
    expect(project(montreal, projection).d).toBe('');
    expect(project(montreal, conic().fitWidth(640, montreal))).toEqual(project(montreal, conic().fitWidth(640, montreal)));
  });
});

import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../../src/lib/derive/indicators.ts';
import { ordinal, rankRegions } from '../../src/pageData/perPerson.ts';

const v = (region: string, valeur: number): IndicatorValue => ({ annee: '2025-2026', region, indicateur: 'fqis-par-habitant', valeur, numerateur: null, denominateur: null });
const values = new Map([v('13', 1.5), v('09', 12), v('06', 1.5), v('01', 4)].map((x) => [x.region, x]));
const lookup = (_a: string, region: string, code: string): IndicatorValue | undefined => (code === 'fqis-par-habitant' ? values.get(region) : undefined);

describe('rankRegions', () => {
  it('ranks regions with a value, highest first, ties sharing a rank', () => {
    expect(rankRegions(lookup, '2025-2026', 'fqis-par-habitant').map((r) => [r.region, r.rank, r.count])).toEqual([
      ['09', 1, 4],
      ['01', 2, 4],
      ['06', 3, 4],
      ['13', 3, 4],
    ]);
  });
  it('is empty without values', () => {
    expect(rankRegions(lookup, '2025-2026', '3.3-pour-1000')).toEqual([]);
  });
});

describe('ordinal', () => {
  it('writes ranks as readers do', () => {
    expect([1, 2, 17].map((n) => ordinal(n, 'fr'))).toEqual(['1er', '2e', '17e']);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map((n) => ordinal(n, 'en'))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd']);
  });
});

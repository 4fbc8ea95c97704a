/**
 * Fixed map inputs. Region amounts are those of the other charts' fixtures
 * (FQIS paid 2025-2026 by region, fictional except where
 * test/charts/fixtures.ts says), with Nord-du-Québec set to "no data" and
 * Côte-Nord to zero, so both styles show. MRC counts are fictional.
 */
import { DOMParser } from 'linkedom';
import type { MrcMapDatum } from '../../../src/charts/maps/mrcMap.ts';
import type { RegionMapDatum } from '../../../src/charts/maps/regionMap.ts';
import { mrcFeatures } from '../../../src/charts/maps/geometry.ts';
import type { Lang } from '../../../src/i18n/format.ts';
import { fqisByRegion } from '../fixtures.ts';

export const NO_DATA_REGION = '10';
export const ZERO_REGION = '09';

export function regionData(lang: Lang = 'fr'): RegionMapDatum[] {
  return fqisByRegion(lang).map((d) => ({
    code: d.key,
    label: d.label,
    value: d.key === NO_DATA_REGION ? null : d.key === ZERO_REGION ? 0 : d.value,
    ...(d.href === undefined ? {} : { href: d.href }),
  }));
}

/** Initiatives by MRC of Mauricie (04): La Tuque without data, Les Chenaux with none. */
const MAURICIE: Record<string, number | null> = { '350': 9, '360': 21, '371': 34, '372': 0, '510': 12, '900': null };
/** Nord-du-Québec (10): Kativik without data. */
const NORD: Record<string, number | null> = { '991': 7, '992': null, '993': 4 };

/**
 * Initiatives by MRC of `region`: the tables above, else a count made from
 * the code (the second MRC without data, the third with none).
 */
export function mrcData(region: string): MrcMapDatum[] {
  const fixed = region === '04' ? MAURICIE : region === '10' ? NORD : undefined;
  return mrcFeatures(region).map((f, i) => {
    const { code, name } = f.properties;
    const made = i === 1 ? null : i === 2 ? 0 : ((Number(code) * 37) % 41) + 3;
    return { code, label: name, value: fixed ? (fixed[code] ?? null) : made };
  });
}

/** The markup parsed back, to query it. */
export function parseSvg(markup: string) {
  return new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
}

/** Bytes of the markup, as served (UTF-8). */
export const bytes = (markup: string): number => Buffer.byteLength(markup, 'utf8');

/** Every number in every path's data is finite, with at most one decimal. */
export function pathsAreClean(markup: string): boolean {
  const ds = [...markup.matchAll(/\sd="([^"]*)"/g)].map((m) => m[1] ?? '');
  return ds.length > 0 && ds.every((d) => !/NaN|Infinity|\d\.\d\d/.test(d));
}

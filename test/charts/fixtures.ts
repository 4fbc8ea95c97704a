/**
 * Fixed chart inputs. The envelopes of Mauricie, Chaudière-Appalaches and
 * Laval are the published 2024-2029 amounts, Lanaudière's is rounded from
 * its two agreements; every other number is fictional (the envelopes add up
 * to the real 145,36 M$ total).
 */
import { REGIONS } from '../../src/lib/contract/regions.ts';
import type { EnvelopeDatum } from '../../src/charts/envelopeBars.ts';
import type { PanelDatum } from '../../src/charts/smallMultiples.ts';
import type { RankedDatum } from '../../src/charts/rankedBars.ts';
import type { StatusDatum } from '../../src/charts/statusStack.ts';
import type { YearDatum } from '../../src/charts/yearBars.ts';

export const YEARS = ['2024-2025', '2025-2026'] as const;

/** Region code → [five-year envelope, FQIS paid 2024-2025, FQIS paid 2025-2026, initiatives]. */
const AMOUNTS: Record<string, readonly [number, number, number, number]> = {
  '01': [4_331_811, 352_400, 861_250, 41],
  '02': [5_900_000, 498_700, 1_174_300, 52],
  '03': [14_000_000, 1_126_000, 2_812_450, 118],
  '04': [5_805_682, 461_900, 1_158_000, 49],
  '05': [6_000_000, 512_300, 1_196_800, 57],
  '06': [45_000_000, 3_604_000, 9_025_750, 312],
  '07': [7_000_000, 540_100, 1_395_600, 63],
  '08': [2_600_000, 204_500, 517_900, 24],
  '09': [1_900_000, 151_800, 372_250, 17],
  '10': [2_300_000, 96_000, 412_000, 9],
  '11': [2_600_000, 221_300, 523_400, 26],
  '12': [4_716_195, 377_300, 943_200, 44],
  '13': [2_606_312, 208_500, 521_250, 27],
  '14': [6_100_000, 488_000, 1_220_000, 55],
  '15': [9_000_000, 735_600, 1_801_100, 76],
  '16': [21_000_000, 1_680_000, 4_197_300, 171],
  '17': [4_500_000, 359_900, 897_600, 38],
};

const amounts = (code: string): readonly [number, number, number, number] => AMOUNTS[code] ?? [0, 0, 0, 0];
const href = (slug: string, lang: 'fr' | 'en'): string => (lang === 'fr' ? `/regions/${slug}/` : `/en/regions/${slug}/`);

export function fqisByRegion(lang: 'fr' | 'en' = 'fr'): RankedDatum[] {
  return REGIONS.map((r) => ({ key: r.code, label: r.name, value: amounts(r.code)[2], href: href(r.slug, lang) }));
}

export function initiativesByRegion(): RankedDatum[] {
  return REGIONS.map((r) => ({ key: r.code, label: r.name, value: amounts(r.code)[3] }));
}

export const PRIORITIES: RankedDatum[] = [
  { key: 'securite-alimentaire', label: 'Sécurité alimentaire', value: 412 },
  { key: 'prevention', label: 'Prévention de la pauvreté et de l’exclusion sociale', value: 356 },
  { key: 'prejuges', label: 'Lutte contre les préjugés', value: 97 },
  { key: 'centres-villes', label: 'Centres-villes et itinérance', value: 128 },
  { key: 'autre', label: 'Priorité régionale', value: 201 },
];

export function envelopes(lang: 'fr' | 'en' = 'fr'): EnvelopeDatum[] {
  return REGIONS.map((r) => {
    const [envelope, y1, y2] = amounts(r.code);
    return { key: r.code, label: r.name, envelope, paid: y1 + y2, href: href(r.slug, lang) };
  });
}

export const STATUS_COUNTS: StatusDatum[] = [
  { year: '2024-2025', status: 'demarree', count: 412 },
  { year: '2024-2025', status: 'en-cours', count: 521 },
  { year: '2024-2025', status: 'completee', count: 38 },
  { year: '2024-2025', status: 'abandonnee', count: 6 },
  { year: '2025-2026', status: 'demarree', count: 97 },
  { year: '2025-2026', status: 'en-cours', count: 688 },
  { year: '2025-2026', status: 'completee', count: 251 },
  { year: '2025-2026', status: 'abandonnee', count: 24 },
];

export const PERSONS_REACHED: YearDatum[] = [
  { year: '2025-2026', value: 48_215 },
  { year: '2024-2025', value: 21_730 },
];

export const FQIS_BY_YEAR: YearDatum[] = [
  { year: '2024-2025', value: 12_118_100 },
  { year: '2025-2026', value: 29_030_150 },
  { year: '2026-2027', value: 29_500_000 },
  { year: '2027-2028', value: 29_600_000 },
  { year: '2028-2029', value: 29_650_000 },
];

export function fqisPanels(lang: 'fr' | 'en' = 'fr'): PanelDatum[] {
  return REGIONS.flatMap((r) =>
    YEARS.map((year, i) => ({ key: r.code, label: r.name, year, value: amounts(r.code)[i + 1] ?? 0, href: href(r.slug, lang) })),
  );
}

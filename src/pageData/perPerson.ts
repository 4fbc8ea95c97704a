/**
 * Per-person readings (issue #9, contract §3): regions ranked by a
 * per-person indicator, and ordinals to say a region's rank in words.
 */
import type { IndicatorValue } from '../lib/derive/indicators.ts';
import { REGIONS } from '../lib/contract/regions.ts';
import type { Lang } from '../i18n/format.ts';
import { LOCALE } from '../i18n/format.ts';

/** The per-person indicators, in the order the pages show them. */
export const PER_PERSON_CODES = ['fqis-par-habitant', 'fqis-par-personne-faible-revenu', '3.3-pour-1000'] as const;
export type PerPersonCode = (typeof PER_PERSON_CODES)[number];

export interface Ranked {
  readonly region: string;
  readonly value: IndicatorValue;
  /** 1 for the highest value; ties share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** Regions that have a value for this indicator and year. */
  readonly count: number;
}

/** Regions that have the indicator in the year, highest value first. */
export function rankRegions(value: (annee: string, region: string, code: string) => IndicatorValue | undefined, annee: string, code: string): Ranked[] {
  const values = REGIONS.flatMap((r) => {
    const v = value(annee, r.code, code);
    return v ? [{ region: r.code, value: v }] : [];
  }).sort((a, b) => b.value.valeur - a.value.valeur || a.region.localeCompare(b.region));
  return values.map((v) => ({ ...v, rank: 1 + values.filter((o) => o.value.valeur > v.value.valeur).length, count: values.length }));
}

const ordinalRules = new Intl.PluralRules(LOCALE.en, { type: 'ordinal' });
const EN_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** `1er`, `2e` (un rang, masculin) / `1st`, `2nd`, `3rd`, `4th`. */
export function ordinal(n: number, lang: Lang): string {
  if (lang === 'fr') return n === 1 ? '1er' : `${n}e`;
  return `${n}${EN_SUFFIX[ordinalRules.select(n)] ?? 'th'}`;
}

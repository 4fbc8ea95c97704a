/**
 * The catalogue's facets (issue #10, item 2): for each practice, the values
 * it is filtered by, and for each facet the count of practices per value.
 * A practice's priority, sectors and status are those of its latest row (what
 * its card shows); its years are every year it was reported. Pure.
 */
import type { Practice } from '../lib/derive/practices.ts';
import { REGIONS } from '../lib/contract/regions.ts';
import { PRIORITIES } from '../lib/contract/priorities.ts';
import { SECTORS, STATUSES } from '../lib/contract/codes.ts';

/** URL query names of the facets (`?priorite=securite-alimentaire&secteur=sante`). */
export const FACETS = ['region', 'priorite', 'secteur', 'annee', 'statut'] as const;
export type Facet = (typeof FACETS)[number];

export interface CatalogueItem {
  readonly practice: Practice;
  /** Each facet's values for this practice (region by slug). */
  readonly values: Readonly<Record<Facet, readonly string[]>>;
}

export interface FacetValue {
  readonly value: string;
  readonly count: number;
}

export function catalogueItem(practice: Practice): CatalogueItem {
  const r = practice.latest;
  return {
    practice,
    values: {
      region: [practice.regionSlug],
      priorite: [r.priorite],
      secteur: [...new Set(r.secteurs ?? [])],
      annee: practice.years.map((y) => y.annee),
      statut: [r.statut],
    },
  };
}

/**
 * Count per value, in the reference lists' order (regions, priorities,
 * sectors, statuses; years oldest first); values no practice has are left
 * out, values outside the lists (none after validation) come last.
 */
export function facetCounts(items: readonly CatalogueItem[]): Record<Facet, FacetValue[]> {
  const order: Record<Facet, readonly string[]> = {
    region: REGIONS.map((r) => r.slug),
    priorite: PRIORITIES.map((p) => p.code),
    secteur: SECTORS,
    annee: [],
    statut: STATUSES,
  };
  const out = {} as Record<Facet, FacetValue[]>;
  for (const facet of FACETS) {
    const counts = new Map<string, number>();
    for (const item of items) for (const v of item.values[facet]) counts.set(v, (counts.get(v) ?? 0) + 1);
    const known = order[facet].filter((v) => counts.has(v));
    const rest = [...counts.keys()].filter((v) => !order[facet].includes(v)).sort();
    out[facet] = [...known, ...rest].map((value) => ({ value, count: counts.get(value)! }));
  }
  return out;
}

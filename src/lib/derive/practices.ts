/**
 * Winning practices (contract §7): an initiative row with
 * `pratique_gagnante` = yes, identified across reporting years by
 * (region, id). A practice is every year's row of that (region, id) once
 * any of them is marked a winning practice; its page lives at
 * `/pratiques/<region-slug>/<id-slug>/`. Pure: rows in, practices out.
 */
import type { InitiativeRow } from '../ingest/types.ts';
import { regionByCode } from '../contract/regions.ts';
import { slugify } from '../common/text.ts';

export interface PracticeYear {
  readonly annee: string;
  readonly row: InitiativeRow;
}

export interface Practice {
  /** `<region-slug>/<id-slug>`: unique, stable, the page's path under /pratiques/. */
  readonly key: string;
  readonly region: string;
  readonly regionSlug: string;
  /** The initiative's id as the partner wrote it. */
  readonly id: string;
  /** URL-safe id (contract §5), with `-2`, `-3`… when two ids of a region map to the same one. */
  readonly slug: string;
  /** Every reporting year's row, oldest first. */
  readonly years: readonly PracticeYear[];
  /** The most recent row: what the cards and the page's header show. */
  readonly latest: InitiativeRow;
  /** The last reporting year it appears in. */
  readonly lastYear: string;
}

export interface PracticeWarning {
  readonly region: string;
  readonly id: string;
  readonly slug: string;
  readonly raison: string;
}

export interface Practices {
  /** By region code, then title (French collation), then id. */
  readonly practices: readonly Practice[];
  /** Ids whose URL form collides with another id of the region: both kept, with a suffix. */
  readonly warnings: readonly PracticeWarning[];
}

/** The URL-safe form of an id (contract §5): lower case, no accents, other runs turned into `-`. */
export function idSlug(id: string): string {
  return slugify(id) || 'initiative';
}

export function practicesOf(rows: readonly InitiativeRow[]): Practices {
  const byKey = new Map<string, InitiativeRow[]>();
  for (const r of rows) {
    const key = `${r.region}\u0000${r.id}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  const chosen = [...byKey.values()].filter((list) => list.some((r) => r.pratique_gagnante === true));
  // Stable suffixes: ids of a region that share a slug are numbered in code-point order of the id.
  chosen.sort((a, b) => cmp(a[0]!.region, b[0]!.region) || cmp(a[0]!.id, b[0]!.id));
  const taken = new Map<string, number>();
  const warnings: PracticeWarning[] = [];
  const practices = chosen.map((list): Practice => {
    const years = [...list].sort((a, b) => cmp(a.annee, b.annee)).map((row) => ({ annee: row.annee, row }));
    const latest = years.at(-1)!.row;
    const region = latest.region;
    const base = idSlug(latest.id);
    const seen = taken.get(`${region}/${base}`) ?? 0;
    taken.set(`${region}/${base}`, seen + 1);
    const slug = seen === 0 ? base : `${base}-${seen + 1}`;
    if (seen > 0) warnings.push({ region, id: latest.id, slug, raison: `l'identifiant « ${latest.id} » donne la même adresse qu'un autre identifiant de la région : publié sous « ${slug} »` });
    const regionSlug = regionByCode(region)?.slug ?? region;
    return { key: `${regionSlug}/${slug}`, region, regionSlug, id: latest.id, slug, years, latest, lastYear: latest.annee };
  });
  practices.sort((a, b) => cmp(a.region, b.region) || a.latest.titre.localeCompare(b.latest.titre, 'fr') || cmp(a.id, b.id));
  return { practices, warnings };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Titles and units of the regional indicators (`R.<code>`, contract §1.2
 * **indicateurs**), as the partners send them. `indicateurs.csv` has no room
 * for them (its columns are fixed by §2.1), so the pages read them from this
 * lookup, one entry per (region, indicator).
 */
import type { ReportedIndicatorRow } from '../ingest/types.ts';
import { isRegionalIndicator } from './definitions.ts';

export interface RegionalLabel {
  /** Two-digit region code. */
  readonly region: string;
  /** `R.<code>`. */
  readonly indicateur: string;
  readonly libelle: string | null;
  readonly unite: string | null;
}

/**
 * One label per (region, indicator): the latest year's title and unit that
 * are given (a region's Alliances, in identifier order, when they differ),
 * so that a title sent once stays with the indicator's other years.
 */
export function regionalLabels(rows: readonly ReportedIndicatorRow[]): RegionalLabel[] {
  const latestFirst = rows
    .filter((r) => isRegionalIndicator(r.indicateur))
    .sort((a, b) => (a.annee !== b.annee ? (a.annee < b.annee ? 1 : -1) : a.alliance < b.alliance ? -1 : a.alliance > b.alliance ? 1 : 0));
  const labels = new Map<string, { region: string; indicateur: string; libelle: string | null; unite: string | null }>();
  for (const r of latestFirst) {
    const key = `${r.region}|${r.indicateur}`;
    const label = labels.get(key) ?? { region: r.region, indicateur: r.indicateur, libelle: null, unite: null };
    label.libelle ??= blankToNull(r.libelle);
    label.unite ??= blankToNull(r.unite);
    labels.set(key, label);
  }
  return [...labels.values()].sort((a, b) => (a.region !== b.region ? (a.region < b.region ? -1 : 1) : a.indicateur < b.indicateur ? -1 : a.indicateur > b.indicateur ? 1 : 0));
}

function blankToNull(text: string | null): string | null {
  return text === null || text.trim() === '' ? null : text.trim();
}

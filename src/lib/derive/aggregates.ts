/**
 * Breakdowns the pages show besides the contract's indicators: by national
 * priority, by region for one priority, by MRC, by regional priority, and
 * envelopes against amounts paid. Pure functions over published rows.
 */
import * as aq from 'arquero';
import type { AllianceRow, InitiativeRow, PrioriteRow } from '../ingest/types.ts';
import { fold } from '../common/text.ts';

export interface Totals {
  key: string;
  fqis: number;
  initiatives: number;
  persons: number;
}

function rollupBy(rows: readonly InitiativeRow[], key: (r: InitiativeRow) => string): Totals[] {
  if (rows.length === 0) return [];
  return aq
    .from(rows.map((r) => ({ key: key(r), fqis: Math.round(r.montant_fqis * 100), persons: r.personnes_rejointes ?? 0 })))
    .groupby('key')
    .rollup({ fqis: aq.op.sum('fqis'), initiatives: aq.op.count(), persons: aq.op.sum('persons') })
    .objects()
    .map((o) => {
      const t = o as { key: string; fqis: number; initiatives: number; persons: number };
      return { key: t.key, fqis: t.fqis / 100, initiatives: t.initiatives, persons: t.persons };
    })
    .sort((a, b) => b.fqis - a.fqis || a.key.localeCompare(b.key));
}

const inYear = (rows: readonly InitiativeRow[], annee: string, region?: string): InitiativeRow[] =>
  rows.filter((r) => r.annee === annee && (region === undefined || r.region === region));

/** FQIS, initiatives and persons reached by national priority. */
export function byPriority(rows: readonly InitiativeRow[], annee: string, region?: string): Totals[] {
  return rollupBy(inYear(rows, annee, region), (r) => r.priorite);
}

/** The same by region, for one national priority. */
export function byRegionForPriority(rows: readonly InitiativeRow[], annee: string, priority: string): Totals[] {
  return rollupBy(inYear(rows, annee).filter((r) => r.priorite === priority), (r) => r.region);
}

/**
 * By MRC as the rows name them: an initiative naming several MRC counts in
 * each (its whole amount too); region-wide initiatives are counted apart.
 */
export function byMrc(rows: readonly InitiativeRow[], annee: string, region: string): { mrc: Totals[]; regionWide: number } {
  const own = inYear(rows, annee, region);
  const exploded = own.flatMap((r) => (r.mrc ?? []).map((m) => ({ ...r, mrc: [m] })));
  return { mrc: rollupBy(exploded, (r) => r.mrc![0]!), regionWide: own.filter((r) => !r.mrc || r.mrc.length === 0).length };
}

/** How many initiatives answer each regional priority (same matching as indicator 2.2). */
export function planCoverage(priorites: readonly PrioriteRow[], rows: readonly InitiativeRow[], annee: string, region: string): Array<PrioriteRow & { initiatives: number }> {
  const own = inYear(rows, annee, region);
  return priorites
    .filter((p) => p.region === region)
    .map((p) => {
      const names = new Set([fold(p.code), fold(p.libelle)]);
      const initiatives = own.filter((r) => r.alliance === p.alliance && r.priorite_regionale !== null && names.has(fold(r.priorite_regionale))).length;
      return { ...p, initiatives };
    });
}

export interface EnvelopeRow {
  region: string;
  envelope: number;
  paid: number;
}

/** Five-year envelope of a region's Alliances against FQIS paid over all years so far. */
export function envelopes(alliances: readonly AllianceRow[], rows: readonly InitiativeRow[]): EnvelopeRow[] {
  const out = new Map<string, EnvelopeRow>();
  for (const a of alliances) {
    const e = out.get(a.region) ?? { region: a.region, envelope: 0, paid: 0 };
    e.envelope += a.enveloppe ?? 0;
    out.set(a.region, e);
  }
  for (const r of rows) {
    const e = out.get(r.region) ?? { region: r.region, envelope: 0, paid: 0 };
    e.paid += r.montant_fqis;
    out.set(r.region, e);
  }
  return [...out.values()].filter((e) => e.envelope > 0).sort((a, b) => a.region.localeCompare(b.region));
}

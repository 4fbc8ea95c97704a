/**
 * The fictional regional plans: each Alliance's priorities (3 to 6) and the
 * indicators it reports each year (1.1, 1.2, 2.3 yes/no, 2.1 a number, and
 * one to three regional `R.<code>` indicators per region).
 */
import type { AllianceDef } from './alliances.ts';
import { stream } from './random.ts';
import type { Rng } from './random.ts';
import { INDICATOR_COMMENTS, NATIONAL, REGIONAL_INDICATORS, REGIONAL_PRIORITIES } from './vocabulary.ts';
import type { NationalPriority, RegionalIndicator } from './vocabulary.ts';

export const YEARS = ['2024-2025', '2025-2026'] as const;
export type Year = (typeof YEARS)[number];

export interface RegionalPriority {
  readonly alliance: string;
  readonly code: string;
  readonly libelle: string;
  readonly priorite: NationalPriority;
}

export interface IndicatorValue {
  readonly annee: Year;
  readonly alliance: string;
  readonly indicateur: string;
  /** A yes/no answer or a number. */
  readonly valeur: boolean | number;
  readonly libelle: string;
  readonly unite: string;
  readonly commentaire: string;
}

const POOL: readonly { libelle: string; priorite: NationalPriority }[] = NATIONAL.flatMap((priorite) =>
  REGIONAL_PRIORITIES[priorite].map((libelle) => ({ libelle, priorite })),
);

/** 3 to 6 priorities: food security and prevention always, then a draw. */
export function makePriorities(seed: number, alliance: AllianceDef): RegionalPriority[] {
  const rng = stream(seed, `priorites:${alliance.id}`);
  const count = rng.int(3, 6);
  const first = [
    rng.pick(POOL.filter((p) => p.priorite === 'securite-alimentaire')),
    rng.pick(POOL.filter((p) => p.priorite === 'prevention')),
  ];
  const rest = rng.sample(
    POOL.filter((p) => !first.includes(p)),
    count - first.length,
  );
  return rng.sample([...first, ...rest], count).map((p, i) => ({
    alliance: alliance.id,
    code: `P${i + 1}`,
    libelle: p.libelle,
    priorite: p.priorite,
  }));
}

/** The regional indicators a region reports (the same for its Alliances and both years). */
export function regionalIndicators(seed: number, region: string): RegionalIndicator[] {
  const rng = stream(seed, `indicateurs-regionaux:${region}`);
  return rng.sample(REGIONAL_INDICATORS, rng.int(1, 3));
}

function comment(rng: Rng): string {
  return rng.chance(0.15) ? rng.pick(INDICATOR_COMMENTS) : '';
}

export function makeIndicators(seed: number, alliance: AllianceDef, regional: readonly RegionalIndicator[]): IndicatorValue[] {
  const rng = stream(seed, `indicateurs:${alliance.id}`);
  const out: IndicatorValue[] = [];
  const base = new Map(regional.map((r) => [r.code, rng.int(r.min, r.max)]));
  let partners = rng.int(5, 45);
  YEARS.forEach((annee, y) => {
    const yesNo = (indicateur: string, p: number): void => {
      out.push({ annee, alliance: alliance.id, indicateur, valeur: rng.chance(p + y * 0.1), libelle: '', unite: '', commentaire: comment(rng) });
    };
    yesNo('1.1', 0.75);
    yesNo('1.2', 0.65);
    out.push({ annee, alliance: alliance.id, indicateur: '2.1', valeur: partners, libelle: '', unite: '', commentaire: comment(rng) });
    yesNo('2.3', 0.55);
    for (const r of regional) {
      const value = Math.round((base.get(r.code) ?? r.min) * (y === 0 ? 1 : rng.float(0.9, 1.3)));
      out.push({ annee, alliance: alliance.id, indicateur: r.code, valeur: value, libelle: r.libelle, unite: r.unite, commentaire: comment(rng) });
    }
    partners = Math.min(60, partners + rng.int(0, 12));
  });
  return out;
}

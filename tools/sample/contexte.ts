/**
 * The FICTIONAL sample's `contexte` file (contract §1.2): per region and
 * reporting year, a population and a count of persons in low-income
 * households, for the per-person figures (contract §3). The figures are of
 * the order of magnitude of the Institut de la statistique du Québec's
 * regional estimates, shifted at random: plausible, and not real. The source
 * text says so, and every page that shows a per-person figure prints it.
 */
import { REGIONS } from '../../src/lib/contract/regions.ts';
import type { Dialect } from './dialects.ts';
import * as F from './dialects.ts';
import { YEARS } from './plan.ts';
import { stream } from './random.ts';
import { draft } from './render.ts';
import type { FileDraft } from './render.ts';

/** Rough size of each region's population (thousands), before the random shift. */
const POPULATION_K: Readonly<Record<string, number>> = {
  '01': 200, '02': 280, '03': 780, '04': 280, '05': 510, '06': 2100, '07': 420, '08': 150, '09': 90,
  '10': 46, '11': 92, '12': 440, '13': 450, '14': 540, '15': 660, '16': 1640, '17': 255,
};

export const CONTEXT_SOURCE =
  "Chiffres fictifs de l'exemple, de l'ordre de grandeur des estimations régionales de l'Institut de la statistique du Québec (population au 1er juillet)";

export function contexteFile(seed: number, dialect: Dialect): FileDraft {
  const rng = stream(seed, 'contexte');
  const f = draft('ministere/contexte.csv', 'contexte', dialect, '', false);
  for (const r of REGIONS) {
    let population = Math.round((POPULATION_K[r.code]! * 1000 * rng.float(0.96, 1.04)) / 100) * 100;
    const lowIncomeShare = rng.float(0.07, 0.16);
    for (const annee of YEARS) {
      f.lines.push({
        values: {
          annee,
          region: F.formatRegion(r.code, dialect.region),
          population: F.formatCount(population, dialect.amount),
          personnes_faible_revenu: F.formatCount(Math.round((population * lowIncomeShare) / 100) * 100, dialect.amount),
          source: CONTEXT_SOURCE,
        },
      });
      population = Math.round((population * rng.float(1.002, 1.014)) / 100) * 100;
    }
  }
  return f;
}

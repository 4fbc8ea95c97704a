/**
 * Derivation of `indicateurs.csv` (data contract §3): for each reporting
 * year and territory (a region, or `QC`), from the published rows. National
 * figures are recomputed from summed numerators and denominators, never
 * averaged over regions.
 */
import * as aq from 'arquero';
import type { ContexteRow, Dataset, InitiativeRow, PrioriteRow, ReportedIndicatorRow } from '../ingest/types.ts';
import { fold } from '../common/text.ts';

export const QUEBEC = 'QC';

export interface IndicatorValue {
  annee: string;
  /** Two-digit region code, or `QC`. */
  region: string;
  indicateur: string;
  valeur: number;
  numerateur: number | null;
  denominateur: number | null;
}

/** Per-row facts as 0/1 flags and cents, so every figure is a plain sum. */
function initiativeFacts(rows: readonly InitiativeRow[], priorites: readonly PrioriteRow[]): aq.ColumnTable {
  const plans = new Map<string, Set<string>>();
  for (const p of priorites) {
    const set = plans.get(p.alliance) ?? new Set<string>();
    set.add(fold(p.code));
    set.add(fold(p.libelle));
    plans.set(p.alliance, set);
  }
  const n = rows.length;
  const col = (): Float64Array => new Float64Array(n);
  const annee: string[] = new Array(n);
  const region: string[] = new Array(n);
  const c = {
    fqis: col(), autres: col(), demarree: col(), enCours: col(), completee: col(), abandonnee: col(),
    ciblesDen: col(), ciblesNum: col(), persReported: col(), pers: col(), collab: col(),
    planDen: col(), planNum: col(), poolDen: col(), poolNum: col(),
  };
  rows.forEach((r, i) => {
    annee[i] = r.annee;
    region[i] = r.region;
    c.fqis[i] = Math.round(r.montant_fqis * 100);
    c.autres[i] = Math.round((r.autres_contributions ?? 0) * 100);
    c.demarree[i] = +(r.statut === 'demarree');
    c.enCours[i] = +(r.statut === 'en-cours');
    c.completee[i] = +(r.statut === 'completee');
    c.abandonnee[i] = +(r.statut === 'abandonnee');
    c.ciblesDen[i] = +(r.statut === 'completee' && r.cibles_atteintes !== null);
    c.ciblesNum[i] = +(r.statut === 'completee' && r.cibles_atteintes === 'oui');
    c.persReported[i] = +(r.personnes_rejointes !== null);
    c.pers[i] = r.personnes_rejointes ?? 0;
    c.collab[i] = +((r.nb_organisations ?? 0) >= 2 && (r.secteurs?.length ?? 0) >= 2);
    const plan = plans.get(r.alliance);
    c.planDen[i] = +(plan !== undefined);
    c.planNum[i] = +(plan !== undefined && r.priorite_regionale !== null && plan.has(fold(r.priorite_regionale)));
    c.poolDen[i] = +(r.mise_en_commun !== null);
    c.poolNum[i] = +(r.mise_en_commun === true);
  });
  return aq.table({ annee, region, ...c });
}

const SUMS = {
  n: aq.op.count(),
  fqis: aq.op.sum('fqis'),
  autres: aq.op.sum('autres'),
  demarree: aq.op.sum('demarree'),
  enCours: aq.op.sum('enCours'),
  completee: aq.op.sum('completee'),
  abandonnee: aq.op.sum('abandonnee'),
  ciblesDen: aq.op.sum('ciblesDen'),
  ciblesNum: aq.op.sum('ciblesNum'),
  persReported: aq.op.sum('persReported'),
  pers: aq.op.sum('pers'),
  collab: aq.op.sum('collab'),
  planDen: aq.op.sum('planDen'),
  planNum: aq.op.sum('planNum'),
  poolDen: aq.op.sum('poolDen'),
  poolNum: aq.op.sum('poolNum'),
};

/** National sums of regional sums: the same columns, summed again by year. */
const RESUMS = Object.fromEntries(Object.keys(SUMS).map((k) => [k, aq.op.sum(k)]));

type Totals = Record<keyof typeof SUMS, number> & { annee: string; region: string };

function emitTotals(t: Totals, out: IndicatorValue[]): void {
  const add = (indicateur: string, valeur: number, numerateur: number | null = null, denominateur: number | null = null): void => {
    out.push({ annee: t.annee, region: t.region, indicateur, valeur, numerateur, denominateur });
  };
  const ratio = (indicateur: string, num: number, den: number): void => {
    if (den > 0) add(indicateur, num / den, num, den);
  };
  add('initiatives', t.n);
  add('fqis', t.fqis / 100);
  add('autres-contributions', t.autres / 100);
  ratio('3.1', t.completee, t.n);
  add('3.1-demarrees', t.demarree);
  add('3.1-en-cours', t.enCours);
  add('3.1-completees', t.completee);
  add('3.1-abandonnees', t.abandonnee);
  ratio('3.2', t.ciblesNum, t.ciblesDen);
  if (t.persReported > 0) add('3.3', t.pers);
  ratio('3.4', t.collab, t.n);
  ratio('2.2', t.planNum, t.planDen);
  ratio('2.4', t.poolNum, t.poolDen);
}

function previousYear(annee: string): string {
  const start = Number(annee.slice(0, 4));
  return `${start - 1}-${start}`;
}

/** 1.3: this year's 3.3 over the previous year's, minus one. */
function changeInPersonsReached(values: readonly IndicatorValue[]): IndicatorValue[] {
  const reached = new Map<string, number>();
  for (const v of values) if (v.indicateur === '3.3') reached.set(`${v.annee}|${v.region}`, v.valeur);
  const out: IndicatorValue[] = [];
  for (const v of values) {
    if (v.indicateur !== '3.3') continue;
    const before = reached.get(`${previousYear(v.annee)}|${v.region}`);
    if (before !== undefined && before > 0) {
      out.push({ annee: v.annee, region: v.region, indicateur: '1.3', valeur: v.valeur / before - 1, numerateur: v.valeur, denominateur: before });
    }
  }
  return out;
}

/** Indicators the Alliances report: 1.1, 1.2 (count of yes), 2.3 (share), 2.1 and R.* (regional mean). */
function reportedIndicators(rows: readonly ReportedIndicatorRow[]): IndicatorValue[] {
  const table = aq.from(
    rows.map((r) => ({
      annee: r.annee,
      region: r.region,
      indicateur: r.indicateur,
      yes: r.valeur === true ? 1 : 0,
      value: typeof r.valeur === 'number' ? r.valeur : 0,
    })),
  );
  if (table.numRows() === 0) return [];
  const regional = table
    .groupby('annee', 'region', 'indicateur')
    .rollup({ reported: aq.op.count(), yes: aq.op.sum('yes'), total: aq.op.sum('value') })
    .objects() as Array<{ annee: string; region: string; indicateur: string; reported: number; yes: number; total: number }>;
  const national = aq
    .from(regional)
    .filter((d: { indicateur: string }) => d.indicateur === '1.1' || d.indicateur === '1.2' || d.indicateur === '2.3')
    .groupby('annee', 'indicateur')
    .rollup({ reported: aq.op.sum('reported'), yes: aq.op.sum('yes'), total: aq.op.sum('total') })
    .derive({ region: () => 'QC' })
    .objects() as typeof regional;
  const out: IndicatorValue[] = [];
  for (const r of [...regional, ...national]) {
    const base = { annee: r.annee, region: r.region, indicateur: r.indicateur };
    if (r.indicateur === '1.1' || r.indicateur === '1.2') {
      out.push({ ...base, valeur: r.yes, numerateur: r.yes, denominateur: r.reported });
    } else if (r.indicateur === '2.3') {
      out.push({ ...base, valeur: r.yes / r.reported, numerateur: r.yes, denominateur: r.reported });
    } else {
      out.push({ ...base, valeur: r.total / r.reported, numerateur: r.total, denominateur: r.reported });
    }
  }
  return out;
}

/**
 * Per-person figures (contract §3): a region's `fqis` and `3.3` over the
 * population (or persons in low-income households) of its `contexte` row
 * for the year. `QC` sums numerators and denominators over the regions that
 * have both the figure and a `contexte` row, never averages their ratios.
 */
function perPerson(values: readonly IndicatorValue[], contexte: readonly ContexteRow[]): IndicatorValue[] {
  if (contexte.length === 0) return [];
  const context = new Map(contexte.map((c) => [`${c.annee}|${c.region}`, c]));
  const specs = [
    { code: 'fqis-par-habitant', from: 'fqis', den: (c: ContexteRow) => c.population, scale: 1 },
    { code: 'fqis-par-personne-faible-revenu', from: 'fqis', den: (c: ContexteRow) => c.personnes_faible_revenu, scale: 1 },
    { code: '3.3-pour-1000', from: '3.3', den: (c: ContexteRow) => c.population, scale: 1000 },
  ] as const;
  const out: IndicatorValue[] = [];
  const national = new Map<string, { annee: string; code: string; scale: number; num: number; den: number }>();
  for (const v of values) {
    if (v.region === QUEBEC) continue;
    const c = context.get(`${v.annee}|${v.region}`);
    if (!c) continue;
    for (const spec of specs) {
      if (spec.from !== v.indicateur) continue;
      const den = spec.den(c);
      if (den === null || den <= 0) continue;
      out.push({ annee: v.annee, region: v.region, indicateur: spec.code, valeur: (spec.scale * v.valeur) / den, numerateur: v.valeur, denominateur: den });
      const key = `${v.annee}|${spec.code}`;
      const n = national.get(key) ?? { annee: v.annee, code: spec.code, scale: spec.scale, num: 0, den: 0 };
      n.num += v.valeur;
      n.den += den;
      national.set(key, n);
    }
  }
  for (const n of national.values()) {
    // Sums of amounts in dollars: rounded to the cent, as `fqis` is.
    const num = Math.round(n.num * 100) / 100;
    out.push({ annee: n.annee, region: QUEBEC, indicateur: n.code, valeur: (n.scale * num) / n.den, numerateur: num, denominateur: n.den });
  }
  return out;
}

/** Canonical order: year, territory (regions then QC), indicator as defined. */
function compareValues(order: Map<string, number>) {
  return (a: IndicatorValue, b: IndicatorValue): number =>
    a.annee.localeCompare(b.annee) ||
    a.region.localeCompare(b.region) ||
    (order.get(a.indicateur) ?? 1000) - (order.get(b.indicateur) ?? 1000) ||
    a.indicateur.localeCompare(b.indicateur);
}

export function deriveIndicators(dataset: Dataset, indicatorOrder: readonly string[]): IndicatorValue[] {
  const out: IndicatorValue[] = [];
  if (dataset.initiatives.length > 0) {
    const regional = initiativeFacts(dataset.initiatives, dataset.priorites).groupby('annee', 'region').rollup(SUMS);
    const national = regional.groupby('annee').rollup(RESUMS).derive({ region: () => 'QC' });
    for (const t of regional.objects() as Totals[]) emitTotals(t, out);
    for (const t of national.objects() as Totals[]) emitTotals(t, out);
    out.push(...changeInPersonsReached(out));
  }
  out.push(...perPerson(out, dataset.contexte));
  out.push(...reportedIndicators(dataset.indicateurs));
  const order = new Map(indicatorOrder.map((code, i) => [code, i]));
  return out.sort(compareValues(order));
}

/**
 * Fictional initiatives of one region over the two reporting years. Many
 * 2024-2025 initiatives go on in 2025-2026 under the same id, and their
 * status moves on (demarree → en-cours or completee; en-cours → completee,
 * sometimes abandonnee); new ones appear in 2025-2026 as demarree.
 */
import type { Sector, Status, Target } from '../../src/lib/contract/codes.ts';
import { SECTORS } from '../../src/lib/contract/codes.ts';
import { slugify } from '../../src/lib/common/text.ts';
import type { AllianceDef } from './alliances.ts';
import { CYCLE_END, addDays, between, maxIso, minIso, yearWindow } from './dates.ts';
import type { RegionalPriority, Year } from './plan.ts';
import type { Rng } from './random.ts';
import * as V from './vocabulary.ts';
import type { NationalPriority } from './vocabulary.ts';

export interface Initiative {
  annee: Year;
  region: string;
  alliance: string;
  id: string;
  titre: string;
  organisme: string;
  mrc: string[];
  priorite: NationalPriority;
  prioriteRegionale: string;
  statut: Status;
  dateDebut: string;
  dateFin: string;
  /** Cents. */
  montant: number;
  autres: number | null;
  personnes: number | null;
  cibles: Target | '';
  nbOrg: number | null;
  secteurs: Sector[];
  miseEnCommun: boolean | null;
  participation: boolean | null;
  pratique: boolean | null;
  /** What the description says the initiative aims at (not a column). */
  goal: string;
  description: string;
  resultats: string;
  lien: string;
}

export interface RegionContext {
  readonly region: string;
  readonly prefix: string;
  readonly alliances: readonly AllianceDef[];
  readonly mrcByAlliance: ReadonlyMap<string, readonly string[]>;
  readonly priorities: ReadonlyMap<string, readonly RegionalPriority[]>;
  /** Initiatives in 2024-2025 at scale 1. */
  readonly baseCount: number;
  /** Mean FQIS amount per initiative, dollars. */
  readonly meanAmount: number;
}

const REACH: Readonly<Record<NationalPriority, [number, number]>> = {
  'securite-alimentaire': [30, 1_500],
  prevention: [8, 400],
  prejuges: [20, 800],
  'centres-villes': [15, 600],
  autre: [10, 300],
};

function maybe<T>(rng: Rng, p: number, value: () => T): T | null {
  return rng.chance(p) ? value() : null;
}

function amount(rng: Rng, mean: number): number {
  const dollars = Math.min(110_000, Math.max(1_500, mean * rng.spread(0.55)));
  const kind = rng.next();
  if (kind < 0.7) return Math.round(dollars / 100) * 10_000;
  if (kind < 0.9) return Math.round(dollars) * 100;
  return Math.round(dollars * 100);
}

/** Counts as a Québec partner writes them in French: `1 264 personnes`, never `1264`. */
const frenchCount = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 0 });

function fill(template: string, rng: Rng, n: number): string {
  return template.replace('{n}', frenchCount.format(n)).replace('{k}', String(rng.int(2, 9)));
}

function yearly(rng: Rng, it: Initiative, ctx: RegionContext, wasWinning = false): void {
  it.montant = amount(rng, ctx.meanAmount);
  it.autres = maybe(rng, 0.6, () => (rng.chance(0.1) ? 0 : Math.round((it.montant * rng.float(0.05, 1.4)) / 10_000) * 10_000));
  const [lo, hi] = REACH[it.priorite];
  it.personnes = it.statut === 'abandonnee' && rng.chance(0.5) ? null : maybe(rng, 0.88, () => rng.int(lo, hi));
  it.cibles = it.statut === 'completee' ? rng.weighted<Target | ''>({ oui: 68, partiellement: 15, non: 7, '': 10 }) : '';
  // A winning practice stays one the next year, unless it was dropped.
  it.pratique = it.statut === 'abandonnee' ? false : wasWinning ? true : rng.chance(0.15) ? null : rng.chance(0.1);
  const reached = it.personnes ?? rng.int(lo, hi);
  if (it.pratique) it.resultats = fill(rng.pick(V.WINNING_RESULTS), rng, reached);
  else if (it.statut === 'completee' && rng.chance(0.85)) it.resultats = fill(rng.pick(V.RESULTS), rng, reached);
  else if (it.statut === 'en-cours' && rng.chance(0.3)) it.resultats = `Bilan partiel : ${fill(rng.pick(V.RESULTS), rng, reached)}`;
  else it.resultats = '';
}

function describe(rng: Rng, goal: string, winning: boolean): string {
  if (rng.chance(0.05)) return rng.pick(V.TRICKY_DESCRIPTIONS);
  if (!winning && rng.chance(0.1)) return '';
  const text = `L'initiative vise à ${goal}. Les activités ont lieu ${rng.pick(V.FREQUENCIES)}, avec ${rng.pick(V.PARTNERS)}.`;
  return winning ? `${text} ${rng.pick(V.WINNING_NOTES)}` : text;
}

function regionalPriority(rng: Rng, list: readonly RegionalPriority[]): { value: string; priorite: NationalPriority } {
  const rp = rng.pick(list);
  const priorite = rng.chance(0.85) ? rp.priorite : rng.weighted(V.NATIONAL_WEIGHTS);
  const how = rng.weighted({ code: 62, libelle: 14, shouted: 6, empty: 10, unmatched: 8 });
  const value =
    how === 'code' ? rp.code
    : how === 'libelle' ? rp.libelle
    : how === 'shouted' ? rp.libelle.toUpperCase()
    : how === 'empty' ? ''
    : rng.pick(V.UNMATCHED_PRIORITIES);
  return { value, priorite };
}

function create(rng: Rng, ctx: RegionContext, annee: Year, id: string): Initiative {
  const alliance = rng.pickWeighted(ctx.alliances, (a) => a.enveloppe);
  const mrcList = ctx.mrcByAlliance.get(alliance.id) ?? [];
  const { value: prioriteRegionale, priorite } = regionalPriority(rng, ctx.priorities.get(alliance.id) ?? []);
  const mrc = rng.chance(0.25) || mrcList.length === 0 ? [] : rng.sample(mrcList, rng.chance(0.75) ? 1 : 2);
  const town = rng.pick(alliance.towns);
  // Local initiatives are named after their MRC, or a town where the Alliance covers one MRC (Montréal, Laval, Nord-du-Québec).
  const local = mrc.length === 0 ? null : mrcList.length === 1 ? town : (mrc[0] ?? town);
  const audience = rng.chance(0.4) ? ` ${rng.pick(V.AUDIENCES)}` : '';
  const [base, goal] = rng.pick(V.TITLES[priorite]);
  const suffix = local !== null ? ` – ${local}` : rng.chance(0.5) ? ' – volet régional' : '';
  const titre = `${base}${audience}${suffix}`;
  const home = local ?? town;
  const organisme = rng.pick(V.ORGANISATIONS[priorite]).replace('{town}', home).replace('{de}', V.de(home));
  const others = rng.sample(SECTORS.filter((s) => s !== 'communautaire'), rng.int(0, 3));
  const secteurs: Sector[] = rng.chance(0.08) ? [] : rng.chance(0.9) ? ['communautaire', ...others] : others.length > 0 ? others : ['autre'];
  const it: Initiative = {
    annee, region: ctx.region, alliance: alliance.id, id, titre, organisme, mrc, priorite, prioriteRegionale,
    statut: 'demarree', dateDebut: '', dateFin: '', montant: 0, autres: null, personnes: null, cibles: '',
    nbOrg: maybe(rng, 0.92, () => rng.pick([1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 12])),
    secteurs,
    miseEnCommun: maybe(rng, 0.9, () => rng.chance(0.72)),
    participation: maybe(rng, 0.88, () => rng.chance(0.6)),
    pratique: null, goal, description: '', resultats: '',
    lien: rng.chance(0.3) ? `https://${slugify(organisme).slice(0, 40).replace(/-+$/, '')}.exemple.org/projets/${id.toLowerCase()}` : '',
  };
  return it;
}

/** Start and end dates of a new initiative of the given status in its first year. */
function firstDates(rng: Rng, it: Initiative): void {
  const { start, end } = yearWindow(it.annee);
  const later = addDays(end, 15);
  const planned = (from: string): string =>
    rng.chance(0.08) ? '' : minIso(CYCLE_END, maxIso(later, addDays(from, rng.int(365, 1_095))));
  if (it.statut === 'en-cours') {
    // Carried over from the 2023-2024 extension year of the previous cycle.
    it.dateDebut = between(rng, addDays(start, -365), addDays(start, -30));
    it.dateFin = planned(start);
  } else if (it.statut === 'completee') {
    it.dateDebut = between(rng, start, addDays(start, 240));
    it.dateFin = between(rng, addDays(it.dateDebut, 30), end);
  } else if (it.statut === 'abandonnee') {
    it.dateDebut = between(rng, start, addDays(start, 200));
    it.dateFin = addDays(it.dateDebut, rng.int(30, 150));
  } else {
    it.dateDebut = between(rng, start, addDays(start, 330));
    it.dateFin = planned(it.dateDebut);
  }
}

/** The same initiative one year later. */
function carryOn(rng: Rng, prev: Initiative, annee: Year): Initiative {
  const { start, end } = yearWindow(annee);
  const statut: Status =
    prev.statut === 'demarree'
      ? rng.weighted({ 'en-cours': 62, completee: 33, abandonnee: 5 })
      : rng.weighted({ completee: 75, 'en-cours': 17, abandonnee: 8 });
  const it: Initiative = { ...prev, annee, statut, mrc: [...prev.mrc], secteurs: [...prev.secteurs] };
  const from = maxIso(start, addDays(prev.dateDebut, 30));
  if (statut === 'completee') {
    it.dateFin = prev.dateFin !== '' && prev.dateFin >= from && prev.dateFin <= end ? prev.dateFin : between(rng, from, end);
  } else if (statut === 'abandonnee') {
    it.dateFin = between(rng, from, end);
  } else if (prev.dateFin !== '' && prev.dateFin <= end) {
    it.dateFin = minIso(CYCLE_END, addDays(prev.dateFin, 365));
  }
  return it;
}

function idOf(prefix: string, year: Year, n: number, width: number): string {
  return `${prefix}-${year.slice(2, 4)}-${String(n).padStart(width, '0')}`;
}

/** Both years of a region: 2024-2025 rows, then 2025-2026 rows. */
export function generateRegion(rng: Rng, ctx: RegionContext, scale: number): Record<Year, Initiative[]> {
  const n1 = ctx.baseCount * scale;
  const width = Math.max(3, String(n1 * 2).length);
  const y1: Initiative[] = [];
  for (let i = 1; i <= n1; i += 1) {
    const it = create(rng, ctx, '2024-2025', idOf(ctx.prefix, '2024-2025', i, width));
    it.statut = rng.weighted({ demarree: 58, completee: 28, 'en-cours': 10, abandonnee: 4 });
    firstDates(rng, it);
    it.description = describe(rng, it.goal, false);
    yearly(rng, it, ctx);
    if (it.pratique) it.description = describe(rng, it.goal, true);
    y1.push(it);
  }
  const y2: Initiative[] = [];
  for (const prev of y1) {
    if (prev.statut !== 'demarree' && prev.statut !== 'en-cours') continue;
    const it = carryOn(rng, prev, '2025-2026');
    yearly(rng, it, ctx, prev.pratique === true);
    if (it.pratique && !prev.pratique) it.description = describe(rng, it.goal, true);
    y2.push(it);
  }
  const fresh = Math.min(Math.round(n1 * rng.float(0.38, 0.48)), 80 * scale - y2.length);
  for (let i = 1; i <= fresh; i += 1) {
    const it = create(rng, ctx, '2025-2026', idOf(ctx.prefix, '2025-2026', i, width));
    firstDates(rng, it);
    it.description = describe(rng, it.goal, false);
    yearly(rng, it, ctx);
    if (it.pratique) it.description = describe(rng, it.goal, true);
    y2.push(it);
  }
  return { '2024-2025': y1, '2025-2026': y2 };
}

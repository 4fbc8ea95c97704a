/**
 * Every formula of the contract §3, on a dataset small enough to check by
 * hand. Expected values are worked out in the comments.
 */
import { describe, it, expect } from 'vitest';
import { INDICATORS } from '../../../src/lib/derive/definitions.ts';
import { deriveIndicators } from '../../../src/lib/derive/indicators.ts';
import type { IndicatorValue } from '../../../src/lib/derive/indicators.ts';
import type { Dataset, InitiativeRow, ReportedIndicatorRow } from '../../../src/lib/ingest/types.ts';

function initiative(partial: Partial<InitiativeRow> & Pick<InitiativeRow, 'annee' | 'region' | 'id'>): InitiativeRow {
  return {
    region_nom: '',
    alliance: partial.region,
    titre: 't',
    organisme: 'o',
    mrc: null,
    priorite: 'prevention',
    priorite_regionale: null,
    statut: 'en-cours',
    date_debut: '2024-11-01',
    date_fin: null,
    montant_fqis: 0,
    autres_contributions: null,
    personnes_rejointes: null,
    cibles_atteintes: null,
    nb_organisations: null,
    secteurs: null,
    mise_en_commun: null,
    participation_personnes: null,
    pratique_gagnante: null,
    description: null,
    resultats: null,
    lien: null,
    ...partial,
  };
}

const Y1 = '2024-2025';
const Y2 = '2025-2026';

// Region 04 (Alliance 04 has regional priorities P1 « Sécurité alimentaire » and P2).
// Region 13 (no regional priorities).
const initiatives: InitiativeRow[] = [
  initiative({ annee: Y1, region: '04', id: 'a', statut: 'completee', cibles_atteintes: 'oui', montant_fqis: 1000.1, autres_contributions: 50, personnes_rejointes: 100, nb_organisations: 2, secteurs: ['communautaire', 'sante'], mise_en_commun: true, priorite_regionale: ' p1 ' }),
  initiative({ annee: Y1, region: '04', id: 'b', statut: 'completee', cibles_atteintes: 'partiellement', montant_fqis: 2000.2, personnes_rejointes: 50, nb_organisations: 3, secteurs: ['emploi'], mise_en_commun: false, priorite_regionale: 'SÉCURITÉ alimentaire' }),
  initiative({ annee: Y1, region: '04', id: 'c', statut: 'completee', montant_fqis: 3000, nb_organisations: 1, secteurs: ['emploi', 'municipal'], priorite_regionale: 'P9' }),
  initiative({ annee: Y1, region: '04', id: 'd', statut: 'abandonnee', montant_fqis: 400 }),
  initiative({ annee: Y1, region: '13', id: 'e', statut: 'demarree', montant_fqis: 500, personnes_rejointes: 30, mise_en_commun: true, priorite_regionale: 'P1' }),
  initiative({ annee: Y2, region: '04', id: 'a', statut: 'en-cours', montant_fqis: 100, personnes_rejointes: 75 }),
  initiative({ annee: Y2, region: '13', id: 'e', statut: 'completee', cibles_atteintes: 'non', montant_fqis: 200, personnes_rejointes: 0 }),
];

const reported = (annee: string, region: string, alliance: string, indicateur: string, valeur: boolean | number): ReportedIndicatorRow => ({
  annee, region, region_nom: '', alliance, indicateur, valeur, libelle: indicateur.startsWith('R.') ? 'Repas' : null, unite: null, commentaire: null,
});

const dataset: Dataset = {
  alliances: [],
  priorites: [
    { region: '04', region_nom: 'Mauricie', alliance: '04', code: 'P1', libelle: 'Sécurité alimentaire', priorite: 'securite-alimentaire' },
    { region: '04', region_nom: 'Mauricie', alliance: '04', code: 'P2', libelle: 'Logement', priorite: 'centres-villes' },
  ],
  initiatives,
  indicateurs: [
    reported(Y1, '10', '10-cree', '1.1', true),
    reported(Y1, '10', '10-kativik', '1.1', false),
    reported(Y1, '10', '10-jamesie', '1.1', true),
    reported(Y1, '04', '04', '1.1', true),
    reported(Y1, '04', '04', '1.2', false),
    reported(Y1, '10', '10-cree', '2.3', true),
    reported(Y1, '10', '10-kativik', '2.3', false),
    reported(Y1, '10', '10-cree', '2.1', 10),
    reported(Y1, '10', '10-kativik', '2.1', 25),
    reported(Y1, '04', '04', 'R.repas', 1250),
  ],
  contexte: [
    { annee: Y1, region: '04', region_nom: 'Mauricie', population: 1000, personnes_faible_revenu: 100, source: 'ISQ' },
    { annee: Y1, region: '07', region_nom: 'Outaouais', population: 300, personnes_faible_revenu: 30, source: 'ISQ' },
    { annee: Y1, region: '13', region_nom: 'Laval', population: 500, personnes_faible_revenu: null, source: 'ISQ' },
    { annee: Y2, region: '04', region_nom: 'Mauricie', population: 2000, personnes_faible_revenu: 0, source: 'ISQ' },
  ],
};

const values = deriveIndicators(dataset, INDICATORS.map((d) => d.code));
function find(annee: string, region: string, indicateur: string): IndicatorValue | undefined {
  return values.find((v) => v.annee === annee && v.region === region && v.indicateur === indicateur);
}
function expectValue(annee: string, region: string, indicateur: string, valeur: number, num: number | null = null, den: number | null = null): void {
  const v = find(annee, region, indicateur);
  expect(v, `${annee} ${region} ${indicateur}`).toBeDefined();
  expect(v!.valeur).toBeCloseTo(valeur, 10);
  expect(v!.numerateur).toBe(num);
  expect(v!.denominateur).toBe(den);
}

describe('indicator formulas (contract §3), checked by hand', () => {
  it('counts and sums: initiatives, fqis, autres-contributions', () => {
    expectValue(Y1, '04', 'initiatives', 4);
    expectValue(Y1, '04', 'fqis', 6400.3); // 1000.10 + 2000.20 + 3000 + 400, summed in cents
    expectValue(Y1, '04', 'autres-contributions', 50);
    expectValue(Y1, 'QC', 'fqis', 6900.3);
    expectValue(Y1, 'QC', 'initiatives', 5);
  });

  it('3.1 and the status counts', () => {
    expectValue(Y1, '04', '3.1', 3 / 4, 3, 4);
    expectValue(Y1, '04', '3.1-completees', 3);
    expectValue(Y1, '04', '3.1-abandonnees', 1);
    expectValue(Y1, '04', '3.1-demarrees', 0);
    expectValue(Y1, '04', '3.1-en-cours', 0);
    expectValue(Y1, 'QC', '3.1', 3 / 5, 3, 5);
  });

  it('3.2: completed with targets reported; « partiellement » is not « oui »', () => {
    expectValue(Y1, '04', '3.2', 1 / 2, 1, 2); // a (oui), b (partiellement); c not assessed
    expect(find(Y1, '13', '3.2')).toBeUndefined(); // no completed row: den 0, no row
    expectValue(Y2, '13', '3.2', 0, 0, 1);
  });

  it('3.3: persons reached over the rows that report it; no row when none does', () => {
    expectValue(Y1, '04', '3.3', 150);
    expectValue(Y1, 'QC', '3.3', 180);
    expectValue(Y2, '13', '3.3', 0); // reported as 0: a real zero
  });

  it('3.4: at least 2 organisations and 2 distinct sectors', () => {
    expectValue(Y1, '04', '3.4', 1 / 4, 1, 4); // only a: b has one sector, c one organisation
  });

  it('2.2: rows of Alliances with a plan, matching code or title ignoring case, accents, blanks', () => {
    // a (" p1 ") and b (the title in capitals, no accents) match; c (P9) and d (empty) do not.
    expectValue(Y1, '04', '2.2', 2 / 4, 2, 4);
    // Region 13's Alliance has no regional priority: its row is not in the denominator.
    expect(find(Y1, '13', '2.2')).toBeUndefined();
    expectValue(Y1, 'QC', '2.2', 2 / 4, 2, 4);
  });

  it('2.4: pooling among rows that report it', () => {
    expectValue(Y1, '04', '2.4', 1 / 2, 1, 2);
    expectValue(Y1, '13', '2.4', 1, 1, 1);
    expectValue(Y1, 'QC', '2.4', 2 / 3, 2, 3);
  });

  it('1.3: change in persons reached from the previous year', () => {
    expectValue(Y2, '04', '1.3', 75 / 150 - 1, 75, 150);
    expectValue(Y2, 'QC', '1.3', 75 / 180 - 1, 75, 180);
    expect(find(Y1, '04', '1.3')).toBeUndefined(); // no previous year
  });

  it('1.1 and 1.2: number of Alliances saying yes among those that reported', () => {
    expectValue(Y1, '10', '1.1', 2, 2, 3);
    expectValue(Y1, 'QC', '1.1', 3, 3, 4);
    expectValue(Y1, '04', '1.2', 0, 0, 1);
  });

  it('2.3: share of Alliances saying yes', () => {
    expectValue(Y1, '10', '2.3', 1 / 2, 1, 2);
    expectValue(Y1, 'QC', '2.3', 1 / 2, 1, 2);
  });

  it('2.1 and R.*: regional mean over the Alliances, no QC row', () => {
    expectValue(Y1, '10', '2.1', 17.5, 35, 2);
    expect(find(Y1, 'QC', '2.1')).toBeUndefined();
    expectValue(Y1, '04', 'R.repas', 1250, 1250, 1);
    expect(find(Y1, 'QC', 'R.repas')).toBeUndefined();
  });

  it('national proportions come from summed numerators and denominators, not averaged', () => {
    // Mean of the regional 3.1 values would be (0.75 + 0) / 2 = 0.375; the sum gives 3/5.
    expect(find(Y1, 'QC', '3.1')!.valeur).toBeCloseTo(0.6, 10);
  });

  it('per person: fqis and 3.3 over the contexte row of the year and region', () => {
    expectValue(Y1, '04', 'fqis-par-habitant', 6400.3 / 1000, 6400.3, 1000);
    expectValue(Y1, '04', 'fqis-par-personne-faible-revenu', 6400.3 / 100, 6400.3, 100);
    expectValue(Y1, '04', '3.3-pour-1000', 150, 150, 1000);
    expectValue(Y1, '13', 'fqis-par-habitant', 1, 500, 500);
    expectValue(Y1, '13', '3.3-pour-1000', 60, 30, 500);
    // No low-income figure for Laval; zero persons with low income: no row (den 0).
    expect(find(Y1, '13', 'fqis-par-personne-faible-revenu')).toBeUndefined();
    expectValue(Y2, '04', 'fqis-par-habitant', 100 / 2000, 100, 2000);
    expect(find(Y2, '04', 'fqis-par-personne-faible-revenu')).toBeUndefined();
    expectValue(Y2, '04', '3.3-pour-1000', 37.5, 75, 2000);
    // Laval has no contexte row in Y2: no per-person row.
    expect(find(Y2, '13', 'fqis-par-habitant')).toBeUndefined();
  });

  it('per person for Québec: sums over the regions that have a contexte row, never a mean', () => {
    expectValue(Y1, 'QC', 'fqis-par-habitant', 6900.3 / 1500, 6900.3, 1500);
    expectValue(Y1, 'QC', 'fqis-par-personne-faible-revenu', 6400.3 / 100, 6400.3, 100);
    expectValue(Y1, 'QC', '3.3-pour-1000', 120, 180, 1500);
    // Y2: Laval (200 $) has no contexte row, so only Mauricie counts.
    expectValue(Y2, 'QC', 'fqis-par-habitant', 100 / 2000, 100, 2000);
  });

  it('has no per-person row without a contexte file', () => {
    const without = deriveIndicators({ ...dataset, contexte: [] }, INDICATORS.map((d) => d.code));
    expect(without.some((v) => v.indicateur.includes('par-') || v.indicateur === '3.3-pour-1000')).toBe(false);
  });

  it('has no row for a territory without data', () => {
    expect(values.some((v) => v.region === '07')).toBe(false);
  });
});

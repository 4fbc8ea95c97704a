/**
 * Typed rows of each kind, as published (contract §1.2 canonical values),
 * with `region_nom` after `region`.
 */
import type { Sector, Status, Target } from '../contract/codes.ts';

export interface AllianceRow {
  alliance: string;
  region: string;
  region_nom: string;
  nom: string;
  responsable: string | null;
  fiduciaire: string | null;
  enveloppe: number | null;
  date_convention: string | null;
  date_approbation_plan: string | null;
  site_web: string | null;
}

export interface PrioriteRow {
  region: string;
  region_nom: string;
  alliance: string;
  code: string;
  libelle: string;
  priorite: string | null;
}

export interface InitiativeRow {
  annee: string;
  region: string;
  region_nom: string;
  alliance: string;
  id: string;
  titre: string;
  organisme: string;
  mrc: string[] | null;
  priorite: string;
  priorite_regionale: string | null;
  statut: Status;
  date_debut: string;
  date_fin: string | null;
  montant_fqis: number;
  autres_contributions: number | null;
  personnes_rejointes: number | null;
  cibles_atteintes: Target | null;
  nb_organisations: number | null;
  secteurs: Sector[] | null;
  mise_en_commun: boolean | null;
  participation_personnes: boolean | null;
  pratique_gagnante: boolean | null;
  description: string | null;
  resultats: string | null;
  lien: string | null;
}

/** An indicator an Alliance reports (`indicateurs` kind). */
export interface ReportedIndicatorRow {
  annee: string;
  region: string;
  region_nom: string;
  alliance: string;
  indicateur: string;
  /** yes/no for 1.1, 1.2, 2.3; a number for 2.1 and R.*. */
  valeur: boolean | number;
  libelle: string | null;
  unite: string | null;
  commentaire: string | null;
}

/**
 * Reference figures for reading results per person (`contexte` kind),
 * supplied by the ministry: one row per (annee, region).
 */
export interface ContexteRow {
  annee: string;
  region: string;
  region_nom: string;
  population: number;
  personnes_faible_revenu: number | null;
  source: string;
}

export interface Dataset {
  alliances: AllianceRow[];
  priorites: PrioriteRow[];
  initiatives: InitiativeRow[];
  indicateurs: ReportedIndicatorRow[];
  contexte: ContexteRow[];
}

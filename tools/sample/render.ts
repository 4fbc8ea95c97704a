/**
 * Turns the sample's records into file drafts: a header and rows of cells
 * written in a partner's dialect. Drafts stay editable until they are
 * serialised, so that the deliberate faults can be applied to them.
 */
import { SCHEMAS } from '../../src/lib/contract/columns.ts';
import type { Kind } from '../../src/lib/contract/columns.ts';
import type { AllianceDef } from './alliances.ts';
import * as F from './dialects.ts';
import type { Dialect } from './dialects.ts';
import type { Initiative } from './initiatives.ts';
import type { IndicatorValue, RegionalPriority } from './plan.ts';
import { raw, row } from './csv-writer.ts';
import type { Line } from './csv-writer.ts';

export interface DraftRow {
  /** Cell text by column name. */
  values: Record<string, string>;
  tag?: string;
  /** Cells that replace one column's cell (a text cut by an unquoted delimiter). */
  split?: { column: string; parts: string[] };
  /** The record the row was written from, when there is one. */
  readonly item?: Initiative;
}

export type DraftLine = DraftRow | { raw: string; tag?: string };

export interface FileDraft {
  /** Path under the output folder, with `/`. */
  readonly path: string;
  /** What the file holds (`notes` for the file that matches no kind). */
  readonly kind: Kind | 'notes';
  readonly dialect: Dialect;
  readonly region: string;
  columns: string[];
  header: string[];
  lines: DraftLine[];
  /** A tag on the header line (a fault that concerns the whole file). */
  headerTag?: string;
}

export function isRow(line: DraftLine): line is DraftRow {
  return 'values' in line;
}

/** The columns a partner writes for a kind: all of the contract's, `alliance` only where useful. */
export function draft(path: string, kind: Kind, dialect: Dialect, region: string, multiAlliance: boolean): FileDraft {
  const columns = SCHEMAS[kind].map((c) => c.name).filter((c) => c !== 'alliance' || kind === 'alliances' || multiAlliance || dialect.allianceColumn);
  return { path, kind, dialect, region, columns, header: columns.map((c) => F.headerName(c, dialect.headers)), lines: [] };
}

const amountOrEmpty = (cents: number | null, d: Dialect): string => (cents === null ? '' : F.formatAmount(cents, d.amount));
const countOrEmpty = (n: number | null, d: Dialect): string => (n === null ? '' : F.formatCount(n, d.amount));

export function allianceRow(a: AllianceDef, dates: { convention: string; plan: string; site: string }, d: Dialect): DraftRow {
  return {
    values: {
      alliance: a.id,
      region: F.formatRegion(a.region, d.region),
      nom: a.nom,
      responsable: a.responsable,
      fiduciaire: a.fiduciaire,
      enveloppe: F.formatAmount(a.enveloppe * 100, d.amount),
      date_convention: F.formatDate(dates.convention, d.date),
      date_approbation_plan: F.formatDate(dates.plan, d.date),
      site_web: dates.site,
    },
  };
}

export function priorityRow(region: string, p: RegionalPriority, d: Dialect): DraftRow {
  return {
    values: {
      region: F.formatRegion(region, d.region),
      alliance: p.alliance,
      code: p.code,
      libelle: p.libelle,
      priorite: F.formatPriority(p.priorite, d.priorityLabels),
    },
  };
}

export function indicatorRow(region: string, v: IndicatorValue, d: Dialect): DraftRow {
  return {
    values: {
      annee: v.annee,
      region: F.formatRegion(region, d.region),
      alliance: v.alliance,
      indicateur: v.indicateur,
      valeur: typeof v.valeur === 'boolean' ? F.formatYesNo(v.valeur, d.yesNo) : F.formatCount(v.valeur, d.amount),
      libelle: v.libelle,
      unite: v.unite,
      commentaire: v.commentaire,
    },
  };
}

export function initiativeRow(it: Initiative, d: Dialect): DraftRow {
  return {
    item: it,
    values: {
      annee: it.annee,
      region: F.formatRegion(it.region, d.region),
      alliance: it.alliance,
      id: it.id,
      titre: it.titre,
      organisme: it.organisme,
      mrc: it.mrc.join('|'),
      priorite: F.formatPriority(it.priorite, d.priorityLabels),
      priorite_regionale: it.prioriteRegionale,
      statut: F.formatStatus(it.statut, d.statusLabels),
      date_debut: F.formatDate(it.dateDebut, d.date),
      date_fin: F.formatDate(it.dateFin, d.date),
      montant_fqis: F.formatAmount(it.montant, d.amount),
      autres_contributions: amountOrEmpty(it.autres, d),
      personnes_rejointes: countOrEmpty(it.personnes, d),
      cibles_atteintes: it.cibles,
      nb_organisations: countOrEmpty(it.nbOrg, d),
      secteurs: it.secteurs.join('|'),
      mise_en_commun: F.formatYesNo(it.miseEnCommun, d.yesNo),
      participation_personnes: F.formatYesNo(it.participation, d.yesNo),
      pratique_gagnante: F.formatYesNo(it.pratique, d.yesNo),
      description: it.description,
      resultats: it.resultats,
      lien: it.lien,
    },
  };
}

/** The draft's lines as the CSV writer takes them. */
export function toLines(f: FileDraft): Line[] {
  return f.lines.map((line) => {
    if (!isRow(line)) return raw(line.raw, line.tag);
    const cells = f.columns.flatMap((c) => (line.split?.column === c ? line.split.parts : [line.values[c] ?? '']));
    return row(cells, line.tag);
  });
}

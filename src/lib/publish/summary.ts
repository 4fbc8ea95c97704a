/** The report printed by `npm run build` and `npm run validate`, in French. */
import type { IngestResult } from '../ingest/index.ts';
import type { Problem } from '../ingest/problems.ts';

const n = new Intl.NumberFormat('fr-CA');

export interface Totals {
  fichiers: number;
  nonReconnus: number;
  lignes: number;
  publiees: number;
  rejetees: number;
  doublons: number;
  avertissements: number;
}

export function totals(result: IngestResult): Totals {
  const t: Totals = { fichiers: result.files.length, nonReconnus: 0, lignes: 0, publiees: 0, rejetees: 0, doublons: 0, avertissements: 0 };
  for (const f of result.files) {
    if (f.type === null) t.nonReconnus++;
    t.lignes += f.lignes;
    t.publiees += f.publiees;
    t.rejetees += f.rejetees;
    t.doublons += f.doublons;
    t.avertissements += f.avertissements;
  }
  return t;
}

export function summaryLines(result: IngestResult, inputLabel: string, fictional: boolean): string[] {
  const t = totals(result);
  return [
    `Dossier lu : ${inputLabel}${fictional ? ' (données fictives d’exemple)' : ''}`,
    `Fichiers lus : ${n.format(t.fichiers)}${t.nonReconnus > 0 ? ` dont ${n.format(t.nonReconnus)} de type non reconnu (rejeté en entier)` : ''}`,
    `Lignes lues : ${n.format(t.lignes)}`,
    `  publiées : ${n.format(t.publiees)}`,
    `  rejetées : ${n.format(t.rejetees)}`,
    `  doublons identiques (publiés une fois) : ${n.format(t.doublons)}`,
    `Avertissements : ${n.format(t.avertissements)}`,
  ];
}

export function problemLine(p: Problem): string {
  const where = p.ligne > 0 ? `${p.fichier}:${p.ligne}` : p.fichier;
  const column = p.colonne ? `, colonne « ${p.colonne} »` : '';
  const value = p.valeur !== '' ? `, valeur « ${p.valeur.replace(/\r?\n/g, '⏎')} »` : '';
  const label = p.gravite === 'erreur' ? 'ERREUR' : 'avertissement';
  return `${where} — ${label}${column}${value} : ${p.raison}`;
}

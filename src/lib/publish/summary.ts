/** The report printed by `npm run build` and `npm run validate`, in French. */
import type { IngestResult } from '../ingest/index.ts';
import type { Problem } from '../ingest/problems.ts';

const n = new Intl.NumberFormat('fr-CA');

export interface Totals {
  fichiers: number;
  nonReconnus: number;
  /** Workbook sheets skipped as not data (reported as warnings). */
  ignorees: number;
  /** Files of the folder that are not exports (documentation, other formats): listed, not read. */
  autres: number;
  lignes: number;
  publiees: number;
  rejetees: number;
  doublons: number;
  avertissements: number;
}

export function totals(result: IngestResult): Totals {
  const skipped = new Set([...result.skipped, ...result.others]);
  const t: Totals = { fichiers: result.files.length - result.others.length, nonReconnus: 0, ignorees: result.skipped.length, autres: result.others.length, lignes: 0, publiees: 0, rejetees: 0, doublons: 0, avertissements: 0 };
  for (const f of result.files) {
    if (f.type === null && !skipped.has(f.fichier)) t.nonReconnus++;
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
    `Fichiers lus : ${n.format(t.fichiers)}${fileDetail(t)}`,
    `Lignes lues : ${n.format(t.lignes)}`,
    `  publiées : ${n.format(t.publiees)}`,
    `  rejetées : ${n.format(t.rejetees)}`,
    `  doublons identiques (publiés une fois) : ${n.format(t.doublons)}`,
    `Avertissements : ${n.format(t.avertissements)}`,
  ];
}

/** The last line of `npm run validate` and of the checker: what to do next. */
export function verdictLine(t: Totals): string {
  if (t.rejetees === 0 && t.nonReconnus === 0) return 'Résultat : aucune ligne rejetée.';
  // French counts 0 and 1 in the singular.
  const rows = t.rejetees <= 1 ? `${t.rejetees} ligne rejetée` : `${n.format(t.rejetees)} lignes rejetées`;
  const files = t.nonReconnus === 0 ? '' : t.nonReconnus === 1 ? ', 1 fichier non lu' : `, ${n.format(t.nonReconnus)} fichiers non lus`;
  return `Résultat : ${rows}${files}. Corrigez-les, puis validez de nouveau.`;
}

/** Which files were not read, after the file count. */
function fileDetail(t: Totals): string {
  const parts: string[] = [];
  if (t.nonReconnus > 0) parts.push(`${n.format(t.nonReconnus)} ${t.nonReconnus === 1 ? 'de type non reconnu ou illisible (rejeté en entier)' : 'de type non reconnu ou illisibles (rejetés en entier)'}`);
  if (t.ignorees > 0) parts.push(`${n.format(t.ignorees)} ${t.ignorees === 1 ? 'feuille ignorée (vide ou sans en-tête de données)' : 'feuilles ignorées (vides ou sans en-tête de données)'}`);
  const others = t.autres === 0 ? '' : `; ${n.format(t.autres)} ${t.autres === 1 ? 'autre fichier, pas une exportation, non lu' : 'autres fichiers, pas des exportations, non lus'} (voir validation.json)`;
  return (parts.length > 0 ? ` dont ${parts.join(' et ')}` : '') + others;
}

export function problemLine(p: Problem): string {
  const where = p.ligne > 0 ? `${p.fichier}:${p.ligne}` : p.fichier;
  const column = p.colonne ? `, colonne « ${p.colonne} »` : '';
  const value = p.valeur !== '' ? `, valeur « ${p.valeur.replace(/\r?\n/g, '⏎')} »` : '';
  const label = p.gravite === 'erreur' ? 'ERREUR' : 'avertissement';
  return `${where} — ${label}${column}${value} : ${p.raison}`;
}

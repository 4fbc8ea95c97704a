/** The report `npm run build` prints, in French; and one problem on one line, as `npm run validate` prints it. */
import type { IngestResult } from '../ingest/index.ts';
import type { Problem } from '../ingest/problems.ts';
import { reasonText } from '../contract/reasons.ts';
import type { ReasonLang } from '../contract/reasons.ts';

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

/** Which files were not read, after the file count. */
function fileDetail(t: Totals): string {
  const parts: string[] = [];
  if (t.nonReconnus > 0) parts.push(`${n.format(t.nonReconnus)} ${t.nonReconnus === 1 ? 'de type non reconnu ou illisible (rejeté en entier)' : 'de type non reconnu ou illisibles (rejetés en entier)'}`);
  if (t.ignorees > 0) parts.push(`${n.format(t.ignorees)} ${t.ignorees === 1 ? 'feuille ignorée (vide ou sans en-tête de données)' : 'feuilles ignorées (vides ou sans en-tête de données)'}`);
  const others = t.autres === 0 ? '' : `; ${n.format(t.autres)} ${t.autres === 1 ? 'autre fichier, pas une exportation, non lu' : 'autres fichiers, pas des exportations, non lus'} (voir validation.json)`;
  return (parts.length > 0 ? ` dont ${parts.join(' et ')}` : '') + others;
}

/** One problem on one line, as `npm run validate` prints it: `file:line — severity, column, value: reason`, in a language. */
export function problemLine(p: Problem, lang: ReasonLang = 'fr'): string {
  return formatProblemLine(p, lang === 'fr' ? p.raison : reasonText(p.cause, lang), lang);
}

/** The same line from its parts (the reason already written in the language). */
export function formatProblemLine(p: Pick<Problem, 'fichier' | 'ligne' | 'colonne' | 'valeur' | 'gravite'>, reason: string, lang: ReasonLang): string {
  const where = p.ligne > 0 ? `${p.fichier}:${p.ligne}` : p.fichier;
  const value = p.valeur.replace(/\r?\n/g, '⏎');
  if (lang === 'en') {
    const column = p.colonne ? `, column “${p.colonne}”` : '';
    return `${where} — ${p.gravite === 'erreur' ? 'ERROR' : 'warning'}${column}${p.valeur !== '' ? `, value “${value}”` : ''}: ${reason}`;
  }
  const column = p.colonne ? `, colonne « ${p.colonne} »` : '';
  const label = p.gravite === 'erreur' ? 'ERREUR' : 'avertissement';
  return `${where} — ${label}${column}${p.valeur !== '' ? `, valeur « ${value} »` : ''} : ${reason}`;
}

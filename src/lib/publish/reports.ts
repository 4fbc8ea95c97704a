/** The maintainers' report (`reports/`, contract §2.2): never published on the site. */
import type { FileReport } from '../ingest/index.ts';
import type { Problem } from '../ingest/problems.ts';
import { toCsv } from './csv.ts';

export const REJECT_COLUMNS = ['fichier', 'ligne', 'colonne', 'valeur', 'raison', 'gravite'] as const;

export function rejectsCsv(problems: readonly Problem[]): string {
  return toCsv(
    REJECT_COLUMNS,
    problems.map((p) => [p.fichier, { number: String(p.ligne) }, p.colonne, p.valeur, p.raison, p.gravite]),
  );
}

export function validationJson(files: readonly FileReport[]): string {
  return `${JSON.stringify(files, null, 2)}\n`;
}

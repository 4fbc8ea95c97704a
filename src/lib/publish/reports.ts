/** The maintainers' report (`reports/`, contract §2.2): never published on the site. */
import type { FileReport } from '../ingest/index.ts';
import type { Problem } from '../ingest/problems.ts';
import { text } from '../formats/content.ts';
import type { Content } from '../formats/content.ts';
import { textField } from '../formats/csvWrite.ts';

export const REJECT_COLUMNS = ['fichier', 'ligne', 'colonne', 'valeur', 'raison', 'gravite'] as const;

/** Problems per written chunk. */
const CHUNK = 4096;

function rejectLine(p: Problem): string {
  return `${textField(p.fichier)},${p.ligne},${textField(p.colonne)},${textField(p.valeur)},${textField(p.raison)},${textField(p.gravite)}`;
}

/**
 * `rejets.csv` as chunks, written as they come (contract §1.5): the file is
 * never one string, whatever the number of problems.
 */
export function rejectsContent(problems: readonly Problem[]): Content {
  return function* () {
    // A BOM, so that the maintainers' Excel opens the accents right (the report is theirs, not a dataset).
    yield `\uFEFF${REJECT_COLUMNS.join(',')}\r\n`;
    for (let start = 0; start < problems.length; start += CHUNK) {
      const end = Math.min(start + CHUNK, problems.length);
      let chunk = '';
      for (let i = start; i < end; i++) chunk += `${rejectLine(problems[i]!)}\r\n`;
      yield chunk;
    }
  };
}

/** The same file as one string, for the checker's download (its problems are capped per file). */
export function rejectsCsv(problems: readonly Problem[]): string {
  return text(rejectsContent(problems));
}

export function validationJson(files: readonly FileReport[]): string {
  return `${JSON.stringify(files, null, 2)}\n`;
}

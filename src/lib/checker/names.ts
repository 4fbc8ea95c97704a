/** Which chosen files the checker reads, and under what name: no ingest code (the page's own script imports this). */
import { isExportName } from '../formats/fileNames.ts';

/** Whether the checker reads a file: the files `readSources` reads (`*.csv`, `*.xlsx`, other spreadsheets to report; no lock file `~$…`). */
export function isCheckable(name: string): boolean {
  return isExportName(name);
}

/**
 * A file's name as `npm run validate` prints it for the folder chosen: the
 * path below that folder (`laval/priorites.csv` for `exports/laval/priorites.csv`,
 * a folder's `webkitRelativePath` or a dropped entry's `/exports/laval/…`),
 * or the name alone for a file chosen by itself.
 */
export function relativeName(path: string): string {
  const parts = path.replace(/^\/+/, '').split('/');
  return parts.length > 1 ? parts.slice(1).join('/') : parts[0]!;
}

/** The download's name of a kind's accepted rows: the public file's, `indicateurs-declares.csv` for the reported indicators (`indicateurs.csv` is derived). */
export function rowsFileName(kind: string): string {
  return kind === 'indicateurs' ? 'indicateurs-declares.csv' : `${kind}.csv`;
}

/** The download's name of the problems with how to fix each, in the page's language. */
export const PROBLEMS_FILE = { fr: 'problemes-a-corriger.csv', en: 'problems-to-fix.csv' } as const;

/**
 * Which files of an input folder (or of the checker's selection) are
 * exports: CSV files and Excel workbooks, plus the other spreadsheet
 * formats a partner may save by mistake, read only to be reported (never
 * skipped silently). No dependency: the checker's page script imports it
 * (the reasons are causes, written by the catalogue where they are shown).
 */
import type { Cause } from '../contract/reasons.ts';

/** Spreadsheet formats the pipeline does not read: each such file gets a problem saying how to save it. */
export const OTHER_SPREADSHEETS = /\.(xls|xlsm|xlsb|ods|numbers)$/i;

/** `*.csv`, `*.xlsx`, or another spreadsheet format (reported); never an Excel lock file (`~$…`). */
export function isExportName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return (/\.(csv|xlsx)$/i.test(base) || OTHER_SPREADSHEETS.test(base)) && !base.startsWith('~$');
}

/**
 * The largest input file read (contract §1.5), far above any real export:
 * the 100× sample's largest file is under 4 MB. A larger file is reported
 * and not read, so one file cannot exhaust the build's memory.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Why a file over `MAX_FILE_BYTES` is not read. */
export function tooLargeCause(size: number): Cause {
  return { code: 'fichier-trop-volumineux', params: { size, limit: MAX_FILE_BYTES } };
}

/** Files a data folder holds besides the exports, listed without a warning. */
const DOCUMENTATION = /(^|\/)(readme[^/]*|[^/]*\.(md|txt)|source\.json)$/i;

/**
 * Why a file of the input folder is not read as an export, or null when it
 * is one (a CSV file, a workbook, or another spreadsheet the ingest reports).
 * `gravite` null: listed in the report only (documentation, a hidden file).
 */
export function notExportReason(path: string): { cause: Cause; gravite: 'avertissement' | null } | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base.startsWith('~$')) return { cause: { code: 'fichier-verrou' }, gravite: null };
  if (isExportName(path)) return null;
  if (path === 'source.json') return { cause: { code: 'fichier-source-json' }, gravite: null };
  if (base.startsWith('.')) return { cause: { code: 'fichier-cache' }, gravite: null };
  if (DOCUMENTATION.test(path)) return { cause: { code: 'documentation' }, gravite: null };
  const dot = base.lastIndexOf('.');
  return { cause: { code: 'autre-format', params: { extension: dot > 0 ? base.slice(dot + 1).toLowerCase() : '' } }, gravite: 'avertissement' };
}

/**
 * Which files of an input folder (or of the checker's selection) are
 * exports: CSV files and Excel workbooks, plus the other spreadsheet
 * formats a partner may save by mistake, read only to be reported (never
 * skipped silently). No dependency: the checker's page script imports it.
 */

/** Spreadsheet formats the pipeline does not read: each such file gets a problem saying how to save it. */
export const OTHER_SPREADSHEETS = /\.(xls|xlsm|xlsb|ods|numbers)$/i;

/** `*.csv`, `*.xlsx`, or another spreadsheet format (reported); never an Excel lock file (`~$…`). */
export function isExportName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return (/\.(csv|xlsx)$/i.test(base) || OTHER_SPREADSHEETS.test(base)) && !base.startsWith('~$');
}

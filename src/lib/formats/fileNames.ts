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

/**
 * The largest input file read (contract §1.5), far above any real export:
 * the 100× sample's largest file is under 4 MB. A larger file is reported
 * and not read, so one file cannot exhaust the build's memory.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A size in megabytes as the reports write it (« 80 Mo »). */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat('fr-CA', { maximumFractionDigits: mb < 10 ? 1 : 0 }).format(mb)} Mo`;
}

export function tooLargeReason(size: number): string {
  return `fichier trop volumineux : ${megabytes(size)}, limite ${megabytes(MAX_FILE_BYTES)}; découpez-le en plusieurs fichiers (par année ou par région)`;
}

/** Files a data folder holds besides the exports, listed without a warning. */
const DOCUMENTATION = /(^|\/)(readme[^/]*|[^/]*\.(md|txt)|source\.json)$/i;

/**
 * Why a file of the input folder is not read as an export, or null when it
 * is one (a CSV file, a workbook, or another spreadsheet the ingest reports).
 * `gravite` null: listed in the report only (documentation, a hidden file).
 */
export function notExportReason(path: string): { raison: string; gravite: 'avertissement' | null } | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base.startsWith('~$')) return { raison: 'fichier de verrouillage d’Excel (~$…) : non lu', gravite: null };
  if (isExportName(path)) return null;
  if (path === 'source.json') return { raison: 'description des données (source.json) : lue à part, pas une exportation', gravite: null };
  if (base.startsWith('.')) return { raison: 'fichier caché : non lu', gravite: null };
  if (DOCUMENTATION.test(path)) return { raison: 'documentation : non lue (ni CSV ni classeur .xlsx)', gravite: null };
  const dot = base.lastIndexOf('.');
  const format = dot > 0 ? ` (format .${base.slice(dot + 1).toLowerCase()})` : '';
  return { raison: `fichier non lu : ni CSV ni classeur Excel .xlsx${format}; enregistrez les données en CSV UTF-8 ou en .xlsx`, gravite: 'avertissement' };
}

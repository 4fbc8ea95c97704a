/**
 * Ingestion: every export of a folder → typed rows of each kind, plus the
 * problems and a per-file tally where `lignes = publiees + rejetees + doublons`.
 */
import { KINDS, requiredColumns } from '../schema/contract.ts';
import type { Kind } from '../schema/contract.ts';
import { AllianceDirectory } from './alliances.ts';
import type { Encoding } from './decode.ts';
import { DELIMITER_NAMES } from './dialect.ts';
import { resolveDuplicates } from './duplicates.ts';
import { recogniseKind } from './headers.ts';
import type { KindMatch } from './headers.ts';
import type { Problem } from './problems.ts';
import { decodeCsv, isBlank, parseCsv, readHeader } from './read.ts';
import type { CsvTable } from './read.ts';
import { OTHER_SPREADSHEETS } from './fileNames.ts';
import { looksLikeOle, looksLikeZip, readWorkbook } from './xlsx.ts';
import type { Sheet, SheetRow } from './xlsx.ts';
import { layoutFor, readRow } from './rows.ts';
import type { Candidate, RowValues } from './rows.ts';
import { KEY_COLUMN, RULE_ORDER, applyRules } from './rules.ts';
import type { RuleContext } from './rules.ts';
import { populationIndex } from './plausibility.ts';
import type { AllianceRow, ContexteRow, Dataset, InitiativeRow, PrioriteRow, ReportedIndicatorRow } from './types.ts';

export interface SourceFile {
  /** Path relative to the input folder, `/`-separated. */
  readonly fichier: string;
  readonly bytes: Uint8Array;
}

/** One entry of `reports/validation.json` (contract §2.2). */
export interface FileReport {
  fichier: string;
  type: Kind | null;
  /** `xlsx` for a workbook's sheet. */
  encodage: Encoding | 'xlsx';
  delimiteur: string;
  lignes: number;
  publiees: number;
  rejetees: number;
  doublons: number;
  avertissements: number;
}

export interface FileDetails {
  /** Region codes named by the file's rows. */
  regions: string[];
  /** MRC values that are unknown or of another region. */
  mrc: number;
}

export interface IngestResult {
  readonly dataset: Dataset;
  readonly files: FileReport[];
  /** What the data-quality page shows of each file besides its report. */
  readonly fileDetails: Record<string, FileDetails>;
  /** Every error and warning, by file then line. */
  readonly problems: Problem[];
  /** Workbook sheets skipped as not data (empty, or an instructions sheet): not counted as rejected. */
  readonly skipped: string[];
}

/** A table to read: a CSV file, or one sheet of a workbook. */
interface TypedFile {
  readonly fichier: string;
  /** Reads the table; dropped once the rows are read (memory on large inputs). */
  table: (() => CsvTable) | null;
  /** Problems of the table as a whole (hidden sheet, merged cells), reported with its rows. */
  readonly notes: Problem[];
  readonly report: FileReport;
}

const KIND_NAMES: Record<Kind, string> = {
  alliances: 'alliances',
  priorites: 'priorités',
  initiatives: 'initiatives',
  indicateurs: 'indicateurs',
  contexte: 'contexte',
};

const lines = (n: number): string => `${n} ${n === 1 ? 'ligne' : 'lignes'}`;

/** Why a header names no kind, with the closest kind's missing columns and look-alike headers. */
function unrecognised(match: KindMatch, lignes: number, what: 'fichier' | 'feuille'): string {
  const head = `type de ${what} non reconnu : ${what === 'fichier' ? 'rejeté' : 'rejetée'} en entier (${lines(lignes)})`;
  if (!match.closest) return head;
  const missing = match.closest.missing.map((m) =>
    m.closest === null ? m.column : `${m.column} (« ${m.closest} » ressemble à ${m.column})`,
  );
  return `${head}; pour un fichier ${KIND_NAMES[match.closest.kind]}, il manque : ${missing.join(', ')}`;
}

function emptyReport(fichier: string, type: Kind | null, encodage: Encoding | 'xlsx', delimiteur: string): FileReport {
  return { fichier, type, encodage, delimiteur, lignes: 0, publiees: 0, rejetees: 0, doublons: 0, avertissements: 0 };
}

/** Whether bytes look like a binary file (a NUL byte early on), which no CSV export has. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function isWorkbook(file: SourceFile): boolean {
  return /\.xlsx$/i.test(file.fichier) || looksLikeZip(file.bytes) || looksLikeOle(file.bytes);
}

/**
 * Recognises a CSV file's kind from its header, or each sheet's kind for a
 * workbook; a table of no kind is rejected whole here.
 */
function classify(file: SourceFile, problems: Problem[], skipped: Set<string>): { typed: TypedFile; kind: Kind | null }[] {
  const error = (fichier: string, ligne: number, valeur: string, raison: string): void => {
    problems.push({ fichier, ligne, colonne: '', valeur, raison, gravite: 'erreur' });
  };
  const other = OTHER_SPREADSHEETS.exec(file.fichier);
  if (other && !looksLikeOle(file.bytes)) {
    error(file.fichier, 0, '', `format non pris en charge (.${other[1]!.toLowerCase()}) : enregistrez le fichier au format Excel .xlsx ou en CSV UTF-8`);
    return [{ typed: { fichier: file.fichier, table: null, notes: [], report: emptyReport(file.fichier, null, 'xlsx', '') }, kind: null }];
  }
  if (isWorkbook(file)) return classifyWorkbook(file, problems, skipped);
  if (looksBinary(file.bytes)) {
    error(file.fichier, 0, '', "fichier illisible : ce n'est pas un fichier texte CSV (enregistrez-le en CSV UTF-8 ou en classeur .xlsx)");
    return [{ typed: { fichier: file.fichier, table: null, notes: [], report: emptyReport(file.fichier, null, 'utf-8', '') }, kind: null }];
  }
  const csv = decodeCsv(file.bytes);
  let { header, headerLine } = readHeader(csv);
  if (header.length === 0) ({ header, headerLine } = parseCsv(csv));
  const match = recogniseKind(header);
  const report = emptyReport(file.fichier, match.kind, csv.encoding, DELIMITER_NAMES[csv.delimiter]);
  if (match.kind === null) {
    const lignes = parseCsv(csv).records.length;
    report.lignes = lignes;
    report.rejetees = lignes;
    error(file.fichier, headerLine, header.join(' | '), header.length === 0 ? 'fichier vide : aucun en-tête' : unrecognised(match, lignes, 'fichier'));
  }
  return [{ typed: { fichier: file.fichier, table: () => parseCsv(csv), notes: [], report }, kind: match.kind }];
}

/** How many rows a sheet's title and notes may take above its header. */
const TITLE_ROWS = 10;

/**
 * A sheet as a table: its first non-blank row is the header, as in a CSV
 * file; unless that row names no kind and one of the next few does (a
 * title, a date, notes typed above the table): that row is then the header,
 * and the rows above it are returned to be reported.
 */
function sheetTable(sheet: Sheet): { table: CsvTable; above: SheetRow[] } {
  const rows = sheet.rows.filter((r) => r.issues !== undefined || !isBlank(r.fields));
  const table = (h: number): CsvTable => ({ encoding: 'utf-8', delimiter: ',', header: rows[h]!.fields.map((f) => f.trim()), headerLine: rows[h]!.line, records: rows.slice(h + 1) });
  if (rows.length === 0) return { table: { encoding: 'utf-8', delimiter: ',', header: [], headerLine: 0, records: [] }, above: [] };
  if (recogniseKind(rows[0]!.fields).kind === null) {
    for (let h = 1; h < Math.min(rows.length, TITLE_ROWS + 1); h++) {
      if (recogniseKind(rows[h]!.fields).kind !== null) return { table: table(h), above: rows.slice(0, h) };
    }
  }
  return { table: table(0), above: [] };
}

/**
 * Each sheet of a workbook whose header names a kind is read like a CSV
 * file named `<file>#<sheet>`. Other sheets are reported and skipped: as
 * errors (rows rejected) when they look like data or when no sheet of the
 * workbook is recognised, as warnings otherwise (an instructions sheet).
 */
function classifyWorkbook(file: SourceFile, problems: Problem[], skipped: Set<string>): { typed: TypedFile; kind: Kind | null }[] {
  const read = readWorkbook(file.bytes);
  if (!read.ok) {
    problems.push({ fichier: file.fichier, ligne: 0, colonne: '', valeur: '', raison: read.raison, gravite: 'erreur' });
    return [{ typed: { fichier: file.fichier, table: null, notes: [], report: emptyReport(file.fichier, null, 'xlsx', '') }, kind: null }];
  }
  const sheets = read.sheets.map((sheet) => {
    const { table, above } = sheetTable(sheet);
    return { sheet, table, above, match: recogniseKind(table.header) };
  });
  const anyRecognised = sheets.some((s) => s.match.kind !== null);
  if (!sheets.some((s) => s.table.header.length > 0)) {
    problems.push({ fichier: file.fichier, ligne: 0, colonne: '', valeur: '', raison: 'classeur sans données : aucune feuille ne contient d’en-tête', gravite: 'erreur' });
    return [{ typed: { fichier: file.fichier, table: null, notes: [], report: emptyReport(file.fichier, null, 'xlsx', '') }, kind: null }];
  }
  return sheets.map(({ sheet, table, above, match }) => {
    const fichier = `${file.fichier}#${sheet.name}`;
    const report = emptyReport(fichier, match.kind, 'xlsx', '');
    const notes: Problem[] = [];
    const warn = (ligne: number, colonne: string, valeur: string, raison: string): void => {
      notes.push({ fichier, ligne, colonne, valeur, raison, gravite: 'avertissement' });
    };
    if (match.kind !== null) {
      if (sheet.hidden) warn(0, '', '', 'feuille masquée dans le classeur : lue et publiée comme les autres');
      if (above.length > 0) {
        const n = above.length;
        warn(above[0]!.line, '', above[0]!.fields.filter((f) => f.trim() !== '').join(' | '), `${n === 1 ? 'ligne au-dessus de l’en-tête (titre ou notes) : non lue' : `${n} lignes au-dessus de l’en-tête (titre ou notes) : non lues`}; l’en-tête est à la ligne ${table.headerLine}`);
      }
      // A title merged across the columns above the table is no problem.
      for (const m of sheet.merges.filter((r) => r.top >= table.headerLine)) {
        warn(m.top, table.header[m.left] ?? '', m.ref, `cellules fusionnées (${m.ref}) : seule la première cellule porte la valeur, les autres sont lues vides`);
      }
      return { typed: { fichier, table: () => table, notes, report }, kind: match.kind };
    }
    const lignes = table.records.length;
    if (table.header.length === 0) {
      warn(0, '', '', 'feuille vide : ignorée');
    } else if (anyRecognised && !looksLikeData(match)) {
      warn(table.headerLine, '', table.header.join(' | '), `feuille ignorée : son en-tête ne nomme aucun type de fichier (${lines(lignes)} non ${lignes === 1 ? 'lue' : 'lues'})`);
      skipped.add(fichier);
    } else {
      report.lignes = lignes;
      report.rejetees = lignes;
      problems.push({ fichier, ligne: table.headerLine, colonne: '', valeur: table.header.join(' | '), raison: unrecognised(match, lignes, 'feuille'), gravite: 'erreur' });
    }
    problems.push(...notes);
    report.avertissements += notes.length;
    if (table.header.length === 0) skipped.add(fichier);
    return { typed: { fichier, table: null, notes: [], report }, kind: null };
  });
}

/** A header that names at least half of the closest kind's required columns is an attempt at data. */
function looksLikeData(match: KindMatch): boolean {
  if (!match.closest) return false;
  const required = requiredColumns(match.closest.kind).length;
  return required - match.closest.missing.length >= required / 2;
}

/** Parses one file of a known kind into candidates; its records are dropped afterwards. */
function readFileRows(kind: Kind, file: TypedFile, context: RuleContext, problems: Problem[], details: Record<string, FileDetails>): Candidate[] {
  const regions = new Set<string>();
  const table = file.table!();
  file.table = null;
  const layout = layoutFor(kind, table.header, file.fichier, table.headerLine);
  problems.push(...file.notes, ...layout.problems);
  file.report.avertissements += file.notes.length + layout.problems.length;
  file.report.lignes = table.records.length;
  const keyColumn = KEY_COLUMN[kind];
  const candidates: Candidate[] = new Array(table.records.length);
  table.records.forEach((record, i) => {
    const c = readRow(layout, record, keyColumn);
    if (!c.errors) applyRules(kind, c, record.fields, context);
    const region = c.values['region'];
    if (typeof region === 'string') regions.add(region);
    candidates[i] = c;
  });
  details[file.fichier] = { regions: [...regions].sort(), mrc: layout.tally.mrc };
  return candidates;
}

/** Reads every file; pure (no file system), so tests and benchmarks call it. */
export function ingestFiles(sources: readonly SourceFile[]): IngestResult {
  const problems: Problem[] = [];
  const files: FileReport[] = [];
  const byKind = new Map<Kind, TypedFile[]>(KINDS.map((k) => [k, []]));
  const skipped = new Set<string>();
  for (const source of [...sources].sort((a, b) => a.fichier.localeCompare(b.fichier))) {
    for (const { typed, kind } of classify(source, problems, skipped)) {
      files.push(typed.report);
      if (kind) byKind.get(kind)!.push(typed);
    }
  }

  const published: Record<Kind, RowValues[]> = { alliances: [], priorites: [], initiatives: [], indicateurs: [], contexte: [] };
  const fileDetails: Record<string, FileDetails> = {};
  let directory: AllianceDirectory | null = null;
  // Contexte before initiatives: the rules compare persons reached with the region's population.
  for (const kind of RULE_ORDER) {
    if (kind !== 'alliances' && directory === null) {
      directory = new AllianceDirectory(published.alliances as unknown as AllianceRow[]);
    }
    const context: RuleContext = { directory, populations: populationIndex(published.contexte as unknown as ContexteRow[]) };
    const perFile = byKind.get(kind)!.map((file) => ({ file, candidates: readFileRows(kind, file, context, problems, fileDetails) }));
    resolveDuplicates(kind, perFile.flatMap((f) => f.candidates));
    for (const { file, candidates } of perFile) {
      const { report } = file;
      for (const c of candidates) {
        if (c.outcome === 'publiee') {
          report.publiees++;
          published[kind].push(c.values);
        } else if (c.outcome === 'doublon') report.doublons++;
        else report.rejetees++;
        if (c.errors) problems.push(...c.errors);
        if (c.warnings) {
          report.avertissements += c.warnings.length;
          problems.push(...c.warnings);
        }
      }
    }
  }
  directory ??= new AllianceDirectory([]);

  problems.sort((a, b) => a.fichier.localeCompare(b.fichier) || a.ligne - b.ligne);
  const values = <T>(kind: Kind): T[] => published[kind] as unknown as T[];
  return {
    dataset: {
      alliances: [...directory.alliances],
      priorites: values<PrioriteRow>('priorites').sort(
        (a, b) => a.region.localeCompare(b.region) || a.alliance.localeCompare(b.alliance) || a.code.localeCompare(b.code),
      ),
      initiatives: values<InitiativeRow>('initiatives').sort(
        (a, b) =>
          cmp(a.annee, b.annee) || cmp(a.region, b.region) || cmp(a.alliance, b.alliance) || cmp(a.id, b.id),
      ),
      indicateurs: values<ReportedIndicatorRow>('indicateurs').sort(
        (a, b) =>
          cmp(a.annee, b.annee) || cmp(a.region, b.region) || cmp(a.alliance, b.alliance) || cmp(a.indicateur, b.indicateur),
      ),
      contexte: values<ContexteRow>('contexte').sort((a, b) => cmp(a.annee, b.annee) || cmp(a.region, b.region)),
    },
    files,
    fileDetails,
    problems,
    skipped: [...skipped].sort(),
  };
}

/** Code-point order: stable across machines and fast on large tables. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

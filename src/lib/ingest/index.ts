/**
 * Ingestion: every export of a folder → typed rows of each kind, plus the
 * problems and a per-file tally where `lignes = publiees + rejetees + doublons`.
 */
import { KINDS, requiredColumns } from '../contract/columns.ts';
import type { Kind } from '../contract/columns.ts';
import { AllianceDirectory } from './alliances.ts';
import { looksBinary } from '../formats/decode.ts';
import type { Encoding } from '../formats/decode.ts';
import { DELIMITER_NAMES } from '../formats/dialect.ts';
import { resolveDuplicates } from './duplicates.ts';
import { recogniseKind } from './headers.ts';
import type { KindMatch } from './headers.ts';
import { problemOf } from './problems.ts';
import type { Problem, Severity } from './problems.ts';
import { ProblemCaps, clipValue } from './problemCap.ts';
import { MAX_FILE_BYTES, tooLargeCause } from '../formats/fileNames.ts';
import { reasonText } from '../contract/reasons.ts';
import type { Cause } from '../contract/reasons.ts';
import { decodeCsv, isBlank, parseCsv, readHeader } from '../formats/read.ts';
import type { CsvTable } from '../formats/read.ts';
import { OTHER_SPREADSHEETS } from '../formats/fileNames.ts';
import { looksLikeOle, looksLikeZip, readWorkbook } from '../formats/xlsxRead.ts';
import type { Sheet, SheetRow } from '../formats/xlsxRead.ts';
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
  /**
   * Set for a file of the folder that is not read (another format, a link
   * out of the folder, over the size limit): it is reported with this
   * reason, as an error, a warning, or (gravite null) in the report only.
   */
  readonly unread?: { readonly cause: Cause; readonly gravite: Severity | null };
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
  /** Only on a file that was not read (contract §1.5): `false`, with `raison`. */
  lu?: false;
  raison?: string;
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
  /** Files of the folder that are not exports (documentation, other formats): listed, not read, not counted as rejected. */
  readonly others: string[];
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

/** Why a header names no kind, with the closest kind's missing columns and look-alike headers. */
function unrecognised(match: KindMatch, lignes: number, what: 'fichier' | 'feuille'): Cause {
  if (!match.closest) return { code: 'type-non-reconnu', params: { what, lines: lignes } };
  const { kind, missing } = match.closest;
  return {
    code: 'type-non-reconnu',
    params: { what, lines: lignes, kind, missing: missing.map((m) => m.column), closest: missing.map((m) => m.closest ?? '') },
  };
}

function emptyReport(fichier: string, type: Kind | null, encodage: Encoding | 'xlsx', delimiteur: string): FileReport {
  return { fichier, type, encodage, delimiteur, lignes: 0, publiees: 0, rejetees: 0, doublons: 0, avertissements: 0 };
}

function isWorkbook(file: SourceFile): boolean {
  return /\.xlsx$/i.test(file.fichier) || looksLikeZip(file.bytes) || looksLikeOle(file.bytes);
}

/**
 * Recognises a CSV file's kind from its header, or each sheet's kind for a
 * workbook; a table of no kind is rejected whole here.
 */
function classify(file: SourceFile, problems: ProblemSink, skipped: Set<string>, others: Set<string>): { typed: TypedFile; kind: Kind | null }[] {
  const error = (fichier: string, ligne: number, valeur: string, cause: Cause): void => {
    problems.push(problemOf(fichier, ligne, '', valeur, cause, 'erreur'));
  };
  const unreadAs = (cause: Cause, gravite: Severity | null, encodage: Encoding | 'xlsx' = 'utf-8'): { typed: TypedFile; kind: null }[] => {
    const report: FileReport = { ...emptyReport(file.fichier, null, encodage, ''), lu: false, raison: reasonText(cause) };
    if (gravite !== null) {
      problems.push(problemOf(file.fichier, 0, '', '', cause, gravite));
      if (gravite === 'avertissement') report.avertissements++;
    }
    if (gravite !== 'erreur') others.add(file.fichier);
    return [{ typed: { fichier: file.fichier, table: null, notes: [], report }, kind: null }];
  };
  if (file.unread) return unreadAs(file.unread.cause, file.unread.gravite);
  if (file.bytes.length > MAX_FILE_BYTES) return unreadAs(tooLargeCause(file.bytes.length), 'erreur');
  const other = OTHER_SPREADSHEETS.exec(file.fichier);
  if (other && !looksLikeOle(file.bytes)) {
    error(file.fichier, 0, '', { code: 'format-non-pris-en-charge', params: { extension: other[1]!.toLowerCase() } });
    return [{ typed: { fichier: file.fichier, table: null, notes: [], report: emptyReport(file.fichier, null, 'xlsx', '') }, kind: null }];
  }
  if (isWorkbook(file)) return classifyWorkbook(file, problems, skipped);
  if (looksBinary(file.bytes)) {
    error(file.fichier, 0, '', { code: 'fichier-binaire' });
    return [{ typed: { fichier: file.fichier, table: null, notes: [], report: emptyReport(file.fichier, null, 'utf-8', '') }, kind: null }];
  }
  const csv = decodeCsv(file.bytes);
  let { header, headerLine } = readHeader(csv);
  if (header.length === 0) ({ header, headerLine } = parseCsv(csv));
  const match = recogniseKind(header);
  const report = emptyReport(file.fichier, match.kind, csv.encoding, DELIMITER_NAMES[csv.delimiter]);
  // What decoding decided line by line (contract §1.5): mixed encodings or line endings, NUL bytes.
  const notes: Problem[] = csv.notes.map((n) => problemOf(file.fichier, n.ligne, '', n.valeur, n.cause, 'avertissement'));
  if (match.kind === null) {
    const lignes = parseCsv(csv).records.length;
    report.lignes = lignes;
    report.rejetees = lignes;
    error(file.fichier, headerLine, header.join(' | '), header.length === 0 ? { code: 'fichier-vide' } : unrecognised(match, lignes, 'fichier'));
    problems.push(...notes);
    report.avertissements += notes.length;
    return [{ typed: { fichier: file.fichier, table: null, notes: [], report }, kind: null }];
  }
  return [{ typed: { fichier: file.fichier, table: () => parseCsv(csv), notes, report }, kind: match.kind }];
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
function classifyWorkbook(file: SourceFile, problems: ProblemSink, skipped: Set<string>): { typed: TypedFile; kind: Kind | null }[] {
  const read = readWorkbook(file.bytes);
  if (!read.ok) {
    problems.push(problemOf(file.fichier, 0, '', '', read.cause, 'erreur'));
    return [{ typed: { fichier: file.fichier, table: null, notes: [], report: emptyReport(file.fichier, null, 'xlsx', '') }, kind: null }];
  }
  // A sheet over a limit (contract §1.5) is reported on its own; the others are read.
  const refused = read.sheets.filter((sheet) => sheet.refused !== undefined).map((sheet) => {
    const fichier = `${file.fichier}#${sheet.name}`;
    problems.push(problemOf(fichier, 0, '', '', sheet.refused!, 'erreur'));
    return { typed: { fichier, table: null, notes: [], report: { ...emptyReport(fichier, null, 'xlsx', ''), lu: false as const, raison: reasonText(sheet.refused!) } }, kind: null };
  });
  const sheets = read.sheets.filter((sheet) => sheet.refused === undefined).map((sheet) => {
    const { table, above } = sheetTable(sheet);
    return { sheet, table, above, match: recogniseKind(table.header) };
  });
  if (refused.length > 0 && sheets.every((s) => s.table.header.length === 0)) {
    for (const s of sheets) skipped.add(`${file.fichier}#${s.sheet.name}`);
    return [...refused, ...sheets.map(({ sheet }) => ({ typed: { fichier: `${file.fichier}#${sheet.name}`, table: null, notes: [], report: emptyReport(`${file.fichier}#${sheet.name}`, null, 'xlsx', '') }, kind: null }))];
  }
  const anyRecognised = sheets.some((s) => s.match.kind !== null);
  if (!sheets.some((s) => s.table.header.length > 0)) {
    problems.push(problemOf(file.fichier, 0, '', '', { code: 'classeur-sans-donnees' }, 'erreur'));
    return [{ typed: { fichier: file.fichier, table: null, notes: [], report: emptyReport(file.fichier, null, 'xlsx', '') }, kind: null }];
  }
  return [...refused, ...sheets.map(({ sheet, table, above, match }) => {
    const fichier = `${file.fichier}#${sheet.name}`;
    const report = emptyReport(fichier, match.kind, 'xlsx', '');
    const notes: Problem[] = [];
    const warn = (ligne: number, colonne: string, valeur: string, cause: Cause): void => {
      notes.push(problemOf(fichier, ligne, colonne, valeur, cause, 'avertissement'));
    };
    if (match.kind !== null) {
      if (sheet.hidden) warn(0, '', '', { code: 'feuille-masquee' });
      if (above.length > 0) {
        warn(above[0]!.line, '', above[0]!.fields.filter((f) => f.trim() !== '').join(' | '), { code: 'lignes-au-dessus', params: { count: above.length, header: table.headerLine } });
      }
      // A title merged across the columns above the table is no problem.
      for (const m of sheet.merges.filter((r) => r.top >= table.headerLine)) {
        warn(m.top, table.header[m.left] ?? '', m.ref, { code: 'cellules-fusionnees', params: { ref: m.ref } });
      }
      return { typed: { fichier, table: () => table, notes, report }, kind: match.kind };
    }
    const lignes = table.records.length;
    if (table.header.length === 0) {
      warn(0, '', '', { code: 'feuille-vide' });
    } else if (anyRecognised && !looksLikeData(match)) {
      warn(table.headerLine, '', table.header.join(' | '), { code: 'feuille-ignoree', params: { lines: lignes } });
      skipped.add(fichier);
    } else {
      report.lignes = lignes;
      report.rejetees = lignes;
      problems.push(problemOf(fichier, table.headerLine, '', table.header.join(' | '), unrecognised(match, lignes, 'feuille'), 'erreur'));
    }
    problems.push(...notes);
    report.avertissements += notes.length;
    if (table.header.length === 0) skipped.add(fichier);
    return { typed: { fichier, table: null, notes: [], report }, kind: null };
  })];
}

/** A header that names at least half of the closest kind's required columns is an attempt at data. */
function looksLikeData(match: KindMatch): boolean {
  if (!match.closest) return false;
  const required = requiredColumns(match.closest.kind).length;
  return required - match.closest.missing.length >= required / 2;
}

/** Parses one file of a known kind into candidates; its records are dropped afterwards. */
function readFileRows(kind: Kind, file: TypedFile, context: RuleContext, problems: ProblemSink, details: Record<string, FileDetails>): Candidate[] {
  const regions = new Set<string>();
  const table = file.table!();
  file.table = null;
  const layout = layoutFor(kind, table.header, file.fichier, table.headerLine, problems.caps.of(file.fichier));
  problems.push(...file.notes);
  problems.kept(layout.problems);
  file.report.avertissements += file.notes.length + layout.headerWarnings;
  file.report.lignes = table.records.length;
  const keyColumn = KEY_COLUMN[kind];
  const candidates: Candidate[] = [];
  for (const record of table.records) {
    const c = readRow(layout, record, keyColumn);
    if (!c.errors) applyRules(kind, c, record.fields, context);
    if (c.region !== null) regions.add(c.region);
    if (c.errors) {
      // Rejected now and never looked at again (duplicates compare valid rows
      // only): counted and let go, so 800 000 broken rows fit in memory.
      file.report.rejetees++;
      file.report.avertissements += c.warningCount;
      problems.kept(c.errors);
      if (c.warnings) problems.kept(c.warnings);
      continue;
    }
    candidates.push(c);
  }
  details[file.fichier] = { regions: [...regions].sort(), mrc: layout.tally.mrc };
  return candidates;
}

/**
 * Where an ingestion's problems go: each through its file's cap (contract
 * §1.5), so the list stays bounded whatever the input; rows' problems were
 * capped when added (`addProblem`) and are taken as they are (`kept`).
 */
class ProblemSink {
  readonly list: Problem[] = [];
  readonly caps = new ProblemCaps();

  push(...problems: Problem[]): void {
    for (const p of problems) {
      const clipped = clipValue(p);
      if (this.caps.of(p.fichier).admit(clipped)) this.list.push(clipped);
    }
  }

  kept(problems: readonly Problem[]): void {
    for (const p of problems) this.list.push(p);
  }
}

/** Reads every file; pure (no file system), so tests and benchmarks call it. */
export function ingestFiles(sources: readonly SourceFile[]): IngestResult {
  const problems = new ProblemSink();
  const files: FileReport[] = [];
  const byKind = new Map<Kind, TypedFile[]>(KINDS.map((k) => [k, []]));
  const skipped = new Set<string>();
  const others = new Set<string>();
  for (const source of [...sources].sort((a, b) => a.fichier.localeCompare(b.fichier))) {
    for (const { typed, kind } of classify(source, problems, skipped, others)) {
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
        if (c.errors) problems.kept(c.errors);
        if (c.warnings) problems.kept(c.warnings);
        report.avertissements += c.warningCount;
      }
    }
  }
  directory ??= new AllianceDirectory([]);

  problems.kept(problems.caps.summaries());
  const list = problems.list.sort((a, b) => a.fichier.localeCompare(b.fichier) || a.ligne - b.ligne);
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
    problems: list,
    skipped: [...skipped].sort(),
    others: [...others].sort(),
  };
}

/** Code-point order: stable across machines and fast on large tables. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

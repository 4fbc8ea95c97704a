/**
 * Ingestion: every export of a folder → typed rows of each kind, plus the
 * problems and a per-file tally where `lignes = publiees + rejetees + doublons`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { KINDS } from '../schema/contract.ts';
import type { Kind } from '../schema/contract.ts';
import { AllianceDirectory } from './alliances.ts';
import type { Encoding } from './decode.ts';
import { DELIMITER_NAMES } from './dialect.ts';
import { resolveDuplicates } from './duplicates.ts';
import { normaliseHeader, recogniseKind } from './headers.ts';
import type { Problem } from './problems.ts';
import { decodeCsv, parseCsv, readHeader } from './read.ts';
import type { DecodedCsv } from './read.ts';
import { layoutFor, readRow } from './rows.ts';
import type { Candidate, RowValues } from './rows.ts';
import { KEY_COLUMN, applyRules } from './rules.ts';
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
  encodage: Encoding;
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
}

interface TypedFile {
  readonly fichier: string;
  /** Decoded text, dropped once the rows are read (memory on large inputs). */
  csv: DecodedCsv | null;
  readonly report: FileReport;
}

const KIND_NAMES: Record<Kind, string> = {
  alliances: 'alliances',
  priorites: 'priorités',
  initiatives: 'initiatives',
  indicateurs: 'indicateurs',
  contexte: 'contexte',
};

/** Recognises a file's kind from its header; a file of no kind is rejected whole here. */
function classify(file: SourceFile, problems: Problem[]): { typed: TypedFile; kind: Kind | null } {
  const csv = decodeCsv(file.bytes);
  let { header, headerLine } = readHeader(csv);
  if (header.length === 0) ({ header, headerLine } = parseCsv(csv));
  const match = recogniseKind(header.map(normaliseHeader));
  const report: FileReport = {
    fichier: file.fichier,
    type: match.kind,
    encodage: csv.encoding,
    delimiteur: DELIMITER_NAMES[csv.delimiter],
    lignes: 0,
    publiees: 0,
    rejetees: 0,
    doublons: 0,
    avertissements: 0,
  };
  if (match.kind === null) {
    const lignes = parseCsv(csv).records.length;
    report.lignes = lignes;
    report.rejetees = lignes;
    const raison =
      header.length === 0
        ? 'fichier vide : aucun en-tête'
        : match.closest
          ? `type de fichier non reconnu : rejeté en entier (${lignes} ligne(s)); ` +
            `pour un fichier ${KIND_NAMES[match.closest.kind]}, il manque : ${match.closest.missing.join(', ')}`
          : 'type de fichier non reconnu : rejeté en entier';
    problems.push({ fichier: file.fichier, ligne: headerLine, colonne: '', valeur: header.join(' | '), raison, gravite: 'erreur' });
  }
  return { typed: { fichier: file.fichier, csv, report }, kind: match.kind };
}

/** Parses one file of a known kind into candidates; its records are dropped afterwards. */
function readFileRows(kind: Kind, file: TypedFile, directory: AllianceDirectory | null, problems: Problem[], details: Record<string, FileDetails>): Candidate[] {
  const regions = new Set<string>();
  const table = parseCsv(file.csv!);
  file.csv = null;
  const layout = layoutFor(kind, table.header, file.fichier, table.headerLine);
  problems.push(...layout.problems);
  file.report.avertissements += layout.problems.length;
  file.report.lignes = table.records.length;
  const keyColumn = KEY_COLUMN[kind];
  const candidates: Candidate[] = new Array(table.records.length);
  table.records.forEach((record, i) => {
    const c = readRow(layout, record, keyColumn);
    if (!c.errors) applyRules(kind, c, record.fields, directory);
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
  for (const source of [...sources].sort((a, b) => a.fichier.localeCompare(b.fichier))) {
    const { typed, kind } = classify(source, problems);
    files.push(typed.report);
    if (kind) byKind.get(kind)!.push(typed);
  }

  const published: Record<Kind, RowValues[]> = { alliances: [], priorites: [], initiatives: [], indicateurs: [], contexte: [] };
  const fileDetails: Record<string, FileDetails> = {};
  let directory: AllianceDirectory | null = null;
  for (const kind of KINDS) {
    if (kind !== 'alliances' && directory === null) {
      directory = new AllianceDirectory(published.alliances as unknown as AllianceRow[]);
    }
    const perFile = byKind.get(kind)!.map((file) => ({ file, candidates: readFileRows(kind, file, directory, problems, fileDetails) }));
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
  };
}

/** Code-point order: stable across machines and fast on large tables. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every `*.csv` below `dir`, at any depth, in a stable order. */
export async function readSources(dir: string): Promise<SourceFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.csv'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return Promise.all(
    paths.map(async (path) => ({ fichier: relative(dir, path).split(sep).join('/'), bytes: await readFile(path) })),
  );
}

export async function ingestFolder(dir: string): Promise<IngestResult> {
  return ingestFiles(await readSources(dir));
}

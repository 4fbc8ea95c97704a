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
import { readCsv } from './read.ts';
import type { CsvTable } from './read.ts';
import { layoutFor, readRow } from './rows.ts';
import type { Candidate } from './rows.ts';
import { applyRules } from './rules.ts';
import type { AllianceRow, Dataset, InitiativeRow, PrioriteRow, ReportedIndicatorRow } from './types.ts';

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

export interface IngestResult {
  readonly dataset: Dataset;
  readonly files: FileReport[];
  /** Every error and warning, by file then line. */
  readonly problems: Problem[];
}

interface TypedFile {
  readonly fichier: string;
  readonly table: CsvTable;
  readonly report: FileReport;
}

const KIND_NAMES: Record<Kind, string> = {
  alliances: 'alliances',
  priorites: 'priorités',
  initiatives: 'initiatives',
  indicateurs: 'indicateurs',
};

function classify(file: SourceFile, problems: Problem[]): { typed: TypedFile; kind: Kind | null } {
  const table = readCsv(file.bytes);
  const match = recogniseKind(table.header.map(normaliseHeader));
  const report: FileReport = {
    fichier: file.fichier,
    type: match.kind,
    encodage: table.encoding,
    delimiteur: DELIMITER_NAMES[table.delimiter],
    lignes: table.records.length,
    publiees: 0,
    rejetees: 0,
    doublons: 0,
    avertissements: 0,
  };
  if (match.kind === null) {
    report.rejetees = table.records.length;
    const raison =
      table.header.length === 0
        ? 'fichier vide : aucun en-tête'
        : match.closest
          ? `type de fichier non reconnu : rejeté en entier (${table.records.length} ligne(s)); ` +
            `pour un fichier ${KIND_NAMES[match.closest.kind]}, il manque : ${match.closest.missing.join(', ')}`
          : 'type de fichier non reconnu : rejeté en entier';
    problems.push({
      fichier: file.fichier,
      ligne: table.headerLine,
      colonne: '',
      valeur: table.header.join(' | '),
      raison,
      gravite: 'erreur',
    });
  }
  return { typed: { fichier: file.fichier, table, report }, kind: match.kind };
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

  const published: Record<Kind, Candidate[]> = { alliances: [], priorites: [], initiatives: [], indicateurs: [] };
  let directory: AllianceDirectory | null = null;
  for (const kind of KINDS) {
    if (kind !== 'alliances' && directory === null) directory = new AllianceDirectory(published.alliances.map((c) => c.values as unknown as AllianceRow));
    const candidates: Candidate[] = [];
    const owner = new Map<Candidate, FileReport>();
    for (const file of byKind.get(kind)!) {
      const { table, report } = file;
      const layout = layoutFor(kind, table.header, file.fichier, table.headerLine);
      problems.push(...layout.problems);
      report.avertissements += layout.problems.length;
      for (const record of table.records) {
        const c = readRow(layout, record, file.fichier, table.header.length);
        if (c.errors.length === 0) applyRules(kind, c, directory);
        candidates.push(c);
        owner.set(c, report);
      }
    }
    const outcomes = resolveDuplicates(kind, candidates);
    for (const c of candidates) {
      const report = owner.get(c)!;
      const outcome = outcomes.get(c)!;
      if (outcome === 'publiee') {
        report.publiees++;
        published[kind].push(c);
      } else if (outcome === 'doublon') report.doublons++;
      else report.rejetees++;
      report.avertissements += c.warnings.length;
      problems.push(...c.errors, ...c.warnings);
    }
  }
  directory ??= new AllianceDirectory([]);

  problems.sort((a, b) => a.fichier.localeCompare(b.fichier) || a.ligne - b.ligne);
  const values = <T>(kind: Kind): T[] => published[kind].map((c) => c.values as unknown as T);
  return {
    dataset: {
      alliances: [...directory.alliances],
      priorites: values<PrioriteRow>('priorites').sort(
        (a, b) => a.region.localeCompare(b.region) || a.alliance.localeCompare(b.alliance) || a.code.localeCompare(b.code),
      ),
      initiatives: values<InitiativeRow>('initiatives').sort(
        (a, b) =>
          a.annee.localeCompare(b.annee) ||
          a.region.localeCompare(b.region) ||
          a.alliance.localeCompare(b.alliance) ||
          a.id.localeCompare(b.id),
      ),
      indicateurs: values<ReportedIndicatorRow>('indicateurs').sort(
        (a, b) =>
          a.annee.localeCompare(b.annee) ||
          a.region.localeCompare(b.region) ||
          a.alliance.localeCompare(b.alliance) ||
          a.indicateur.localeCompare(b.indicateur),
      ),
    },
    files,
    problems,
  };
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

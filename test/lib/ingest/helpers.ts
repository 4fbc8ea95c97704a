/**
 * Small in-memory exports for the ingestion tests: a header, rows given as
 * overrides of a valid default row, and `ingest`, which also checks that
 * every file's tally adds up (`lignes = publiees + rejetees + doublons`).
 */
import { expect } from 'vitest';
import { ingestFiles } from '../../../src/lib/ingest/index.ts';
import type { IngestResult, SourceFile } from '../../../src/lib/ingest/index.ts';
import type { Problem } from '../../../src/lib/ingest/problems.ts';

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

export function source(fichier: string, text: string): SourceFile {
  return { fichier, bytes: encode(text) };
}

/** Quotes a cell when it holds the delimiter, a quote or a line break. */
export function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csv(header: readonly string[], rows: readonly (readonly string[])[], delimiter = ';', newline = '\n'): string {
  return [header, ...rows].map((cells) => cells.map((c) => quote(c, delimiter)).join(delimiter)).join(newline) + newline;
}

/** Initiatives columns as a partner's spreadsheet names them (header as written). */
export const INITIATIVE_COLUMNS = [
  'Année',
  'Région',
  'Alliance',
  'ID',
  'Titre',
  'Organisme',
  'Priorité',
  'Statut',
  'Date début',
  'Date fin',
  'Montant FQIS',
  'Autres contributions',
  'Personnes rejointes',
  'Nb organisations',
  'Secteurs',
  'Mise en commun',
  'Lien',
] as const;

/** A valid initiative of Mauricie (04), 2024-2025. */
export const VALID_INITIATIVE: Readonly<Record<string, string>> = {
  'Année': '2024-2025',
  'Région': '04',
  'Alliance': '',
  'ID': 'A1',
  'Titre': 'Cuisines collectives',
  'Organisme': 'Moisson Mauricie',
  'Priorité': 'securite-alimentaire',
  'Statut': 'en-cours',
  'Date début': '2024-11-01',
  'Date fin': '2025-10-31',
  'Montant FQIS': '12 500,50 $',
  'Autres contributions': '',
  'Personnes rejointes': '120',
  'Nb organisations': '2',
  'Secteurs': 'communautaire|santé',
  'Mise en commun': 'oui',
  'Lien': 'https://exemple.org/cuisines',
};

/** An initiatives export: each row is the valid row with some cells replaced. */
export function initiatives(
  rows: readonly Readonly<Record<string, string>>[],
  columns: readonly string[] = INITIATIVE_COLUMNS,
  delimiter = ';',
): string {
  return csv(
    columns,
    rows.map((row) => columns.map((c) => row[c] ?? VALID_INITIATIVE[c] ?? '')),
    delimiter,
  );
}

/** `ingestFiles`, plus the tally check every file must pass. */
export function ingest(...sources: SourceFile[]): IngestResult {
  const result = ingestFiles(sources);
  expect(result.files).toHaveLength(sources.length);
  for (const f of result.files) {
    expect(f.lignes, `${f.fichier}: lignes = publiees + rejetees + doublons`).toBe(f.publiees + f.rejetees + f.doublons);
  }
  return result;
}

/** A problem as the report writes it: its cause (the catalogue's code) left aside. */
export type Reported = Omit<Problem, 'cause'>;
const reported = ({ cause: _cause, ...p }: Problem): Reported => p;
export const errors = (r: IngestResult): Reported[] => r.problems.filter((p) => p.gravite === 'erreur').map(reported);
export const warnings = (r: IngestResult): Reported[] => r.problems.filter((p) => p.gravite === 'avertissement').map(reported);

/** The report of one file, by name. */
export function fileReport(r: IngestResult, fichier: string): IngestResult['files'][number] {
  const found = r.files.find((f) => f.fichier === fichier);
  if (!found) throw new Error(`no report for ${fichier}`);
  return found;
}

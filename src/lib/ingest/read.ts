/**
 * Reads one export into a header and records, each with the line number a
 * spreadsheet shows (header = 1). A quoted field may hold line breaks: it
 * stays one record, so numbering follows records, not text lines.
 */
import Papa from 'papaparse';
import { decode } from './decode.ts';
import type { Encoding } from './decode.ts';
import { detectDelimiter } from './dialect.ts';
import type { Delimiter } from './dialect.ts';

export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
  /** Set when the parser found broken quoting in this record. */
  readonly quoteError?: string;
}

export interface CsvTable {
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  /** Header as written; empty when the file has no content. */
  readonly header: string[];
  readonly headerLine: number;
  /** Data records, blank ones (no content, or only delimiters) left out. */
  readonly records: CsvRecord[];
}

export function isBlank(fields: readonly string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

const QUOTE_REASONS: Record<string, string> = {
  MissingQuotes: 'guillemet ouvert jamais refermé : la suite du fichier a été lue comme un seul champ',
  InvalidQuotes: 'guillemets mal placés dans un champ',
};

export function readCsv(bytes: Uint8Array): CsvTable {
  const { text, encoding } = decode(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const quoteErrors = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.type === 'Quotes' && e.row !== undefined) {
      quoteErrors.set(e.row, QUOTE_REASONS[e.code] ?? 'guillemets mal formés');
    }
  }
  const rows = parsed.data;
  let h = 0;
  while (h < rows.length && isBlank(rows[h]!)) h++;
  if (h === rows.length) return { encoding, delimiter, header: [], headerLine: 0, records: [] };
  const header = rows[h]!.map((name) => name.trim());
  const records: CsvRecord[] = [];
  for (let i = h + 1; i < rows.length; i++) {
    const fields = rows[i]!;
    if (isBlank(fields) && !quoteErrors.has(i)) continue;
    const quoteError = quoteErrors.get(i);
    records.push(quoteError ? { line: i + 1, fields, quoteError } : { line: i + 1, fields });
  }
  return { encoding, delimiter, header, headerLine: h + 1, records };
}

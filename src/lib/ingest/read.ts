/**
 * Reads one export into a header and records, each with the line number a
 * spreadsheet shows (header = 1). A quoted field may hold line breaks: it
 * stays one record, so numbering follows records, not text lines.
 */
import Papa from 'papaparse';
import { decode } from './decode.ts';
import type { Encoding } from './decode.ts';
import { detectDelimiter, detectNewline } from './dialect.ts';
import type { Delimiter } from './dialect.ts';
import type { CellIssue } from './xlsx.ts';

export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
  /** Set when the parser found broken quoting in this record. */
  readonly quoteError?: string;
  /** Workbook cells that hold no readable value (an Excel error, a formula never calculated), by field index. */
  readonly issues?: ReadonlyMap<number, CellIssue>;
}

export interface CsvTable {
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  /** Header as written (trimmed); empty when the file has no content. */
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

/** A decoded export, before its rows are parsed (kind recognition needs the header only). */
export interface DecodedCsv {
  readonly text: string;
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  readonly newline: '\r\n' | '\n' | '\r';
}

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const { text, encoding } = decode(bytes);
  return { text, encoding, delimiter: detectDelimiter(text), newline: detectNewline(text) };
}

/** The header (first non-blank record) and its line, parsing no more than needed. */
export function readHeader(csv: DecodedCsv): { header: string[]; headerLine: number } {
  const rows = Papa.parse<string[]>(csv.text, { delimiter: csv.delimiter, newline: csv.newline, preview: 50, skipEmptyLines: false }).data;
  const h = rows.findIndex((r) => !isBlank(r));
  return h < 0 ? { header: [], headerLine: 0 } : { header: rows[h]!.map((n) => n.trim()), headerLine: h + 1 };
}

export function parseCsv(csv: DecodedCsv): CsvTable {
  const { text, encoding, delimiter, newline } = csv;
  const parsed = Papa.parse<string[]>(text, { delimiter, newline, skipEmptyLines: false, header: false });
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
    const quoteError = quoteErrors.get(i);
    if (quoteError === undefined && isBlank(fields)) continue;
    records.push(quoteError ? { line: i + 1, fields, quoteError } : { line: i + 1, fields });
  }
  return { encoding, delimiter, header, headerLine: h + 1, records };
}

export function readCsv(bytes: Uint8Array): CsvTable {
  return parseCsv(decodeCsv(bytes));
}

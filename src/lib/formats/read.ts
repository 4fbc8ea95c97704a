/**
 * Reads one export into a header and records, each with the line number a
 * spreadsheet shows (header = 1). A quoted field may hold line breaks: it
 * stays one record, so numbering follows records, not text lines.
 */
import Papa from 'papaparse';
import { decode } from './decode.ts';
import type { DecodeNote, Encoding } from './decode.ts';
import { detectDelimiter, detectNewline, mayMixNewlines, scanRecords } from './dialect.ts';
import type { Delimiter, Newline } from './dialect.ts';
import type { CellIssue } from './xlsxRead.ts';
import type { Cause, ReasonCode } from '../contract/reasons.ts';

export type { DecodeNote } from './decode.ts';

export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
  /** Set when the parser found broken quoting in this record. */
  readonly quoteError?: Cause;
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

const QUOTE_REASONS: Record<string, ReasonCode> = {
  MissingQuotes: 'guillemet-non-ferme',
  InvalidQuotes: 'guillemets-mal-places',
};

/** A decoded export, before its rows are parsed (kind recognition needs the header only). */
export interface DecodedCsv {
  readonly text: string;
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  readonly newline: Newline;
  /** Warnings about the file as a whole: lines in another encoding, NUL bytes, mixed line endings. */
  readonly notes: readonly DecodeNote[];
}

/**
 * Decodes an export and decides its dialect. The fast path (one encoding,
 * one line ending, no NUL) is one decoding call and a few searches. A file
 * whose lines disagree is read line by line and gets a note naming its
 * lines as records (header = 1), so they match the rows' line numbers:
 * its NULs are removed; its line endings, when they mix CRLF, LF and CR
 * outside quoted fields, are all turned into LF (line breaks inside quoted
 * fields too), so that no record is merged into another.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const { text, encoding, otherLines } = decode(bytes);
  const newline = detectNewline(text);
  const nul = text.indexOf('\0');
  if (nul < 0 && !otherLines && !mayMixNewlines(text, newline)) {
    return { text, encoding, delimiter: detectDelimiter(text), newline, notes: [] };
  }
  const clean = nul < 0 ? text : text.replaceAll('\0', '');
  const delimiter = detectDelimiter(clean);
  const nuls = nul < 0 ? [] : nulsByLine(text, nul);
  const scan = scanRecords(text, delimiter, [otherLines?.starts ?? [], nuls]);
  const notes: DecodeNote[] = [];
  if (otherLines) {
    const { named, count } = distinct(scan.lines[0]!);
    const [other, file] = otherLines.encoding === 'windows-1252' ? ['Windows-1252', 'UTF-8'] : ['UTF-8', 'Windows-1252'];
    notes.push({
      ligne: named[0]!,
      valeur: sample(text, otherLines.starts[0]!).replaceAll('␀', ''),
      cause: { code: 'encodage-mixte', params: { count, other, file, lines: named } },
    });
  }
  if (nul >= 0) {
    const removed = text.length - clean.length;
    const { named, count } = distinct(scan.lines[1]!);
    notes.push({
      ligne: named[0]!,
      valeur: sample(text, nul),
      cause: { code: 'octets-nuls', params: { removed, count, lines: named } },
    });
  }
  const mixed = scan.firstOther > 0;
  if (mixed) {
    const found = NEWLINES.filter((e) => scan.ends[e] > 0);
    notes.push({
      ligne: scan.firstOther,
      valeur: found.map((e) => `${scan.ends[e]} ${NEWLINE_NAMES[e]}`).join(', '),
      cause: { code: 'fins-de-ligne', params: { kinds: found.map((e) => NEWLINE_NAMES[e]), first: scan.firstOther } },
    });
  }
  return {
    text: mixed ? clean.replace(/\r\n?/g, '\n') : clean,
    encoding,
    delimiter,
    newline: mixed ? '\n' : (scan.first ?? newline),
    notes: notes.sort((a, b) => a.ligne - b.ligne),
  };
}

const NEWLINES: readonly Newline[] = ['\r\n', '\n', '\r'];
const NEWLINE_NAMES: Record<Newline, string> = { '\r\n': 'CRLF', '\n': 'LF', '\r': 'CR' };

/** How many lines are named in a note before « et N autres » (the catalogue writes the list). */
const NAMED_LINES = 3;

/** The first distinct lines of an ascending list (enough to name them), and how many distinct lines it holds. */
function distinct(lines: readonly number[]): { named: number[]; count: number } {
  const named: number[] = [];
  let count = 0;
  let last = -1;
  for (const l of lines) {
    if (l === last) continue;
    last = l;
    if (count++ <= NAMED_LINES) named.push(l);
  }
  return { named, count };
}

export { lineList } from '../contract/reasons.ts';

/** One NUL per physical line (split at CR and LF) that holds some, from the first NUL on. */
function nulsByLine(text: string, firstNul: number): number[] {
  const found: number[] = [];
  // The next CR and LF are searched again only once passed: no quadratic search in a file without CR.
  let cr = text.indexOf('\r', firstNul);
  let lf = text.indexOf('\n', firstNul);
  for (let i = firstNul; i >= 0; ) {
    found.push(i);
    if (cr >= 0 && cr < i) cr = text.indexOf('\r', i);
    if (lf >= 0 && lf < i) lf = text.indexOf('\n', i);
    const end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
    if (end < 0) break;
    i = text.indexOf('\0', end);
  }
  return found;
}

/** The physical line around `at`, NULs shown as ␀, cut at 80 characters: what the report shows as the value. */
function sample(text: string, at: number): string {
  const start = at === 0 ? 0 : Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  let end = at;
  while (end < text.length && end - start < 200 && text[end] !== '\n' && text[end] !== '\r') end++;
  const line = text.slice(start, end).replaceAll('\0', '␀').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
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
  const quoteErrors = new Map<number, Cause>();
  for (const e of parsed.errors) {
    if (e.type === 'Quotes' && e.row !== undefined) {
      quoteErrors.set(e.row, { code: QUOTE_REASONS[e.code] ?? 'guillemets-mal-formes' });
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

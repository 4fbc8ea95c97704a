/**
 * CSV as the contract §2.1 publishes it: RFC 4180 (CRLF, quotes doubled),
 * comma-delimited, UTF-8 with a BOM so Excel opens accents correctly. A
 * text cell that starts with `=`, `+`, `-`, `@`, tab or carriage return is
 * prefixed with `'`, so no spreadsheet runs it as a formula.
 */

/** A cell: text is neutralised and quoted as needed; numbers are written as given. */
export type CsvCell = string | { readonly number: string };

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell): string {
  if (typeof cell !== 'string') return cell.number;
  const text = neutralise(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const BOM = '\uFEFF';

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(field).join(',')];
  for (const row of rows) lines.push(row.map(field).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

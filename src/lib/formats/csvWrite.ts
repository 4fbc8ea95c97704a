/**
 * CSV as the contract §2.1 publishes it: RFC 4180 (CRLF, quotes doubled),
 * comma-delimited, UTF-8 **without** a BOM. The Frictionless reference
 * client (`datapackage` on npm) keeps a BOM in the first header name, so
 * that column is "missing" and every row fails; Excel users have the
 * workbooks instead (French-Canadian Excel opens a comma CSV as one column,
 * BOM or not). A text cell that starts with `=`, `+`, `-`, `@`, tab or
 * carriage return is prefixed with `'`, so no spreadsheet runs it as a
 * formula.
 */

/** A cell: text is neutralised and quoted as needed; numbers are written as given. */
export type CsvCell = string | { readonly number: string };

/** What a spreadsheet may take for the start of a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The text before `neutralise`: a `'` followed by a formula start is dropped
 * (a text that itself began so loses its `'`, the one ambiguity).
 */
export function restore(text: string): string {
  return text.charCodeAt(0) === 39 && FORMULA_START.test(text.slice(1, 2)) ? text.slice(1) : text;
}

/** A text cell, neutralised and quoted as RFC 4180 needs. */
export function textField(value: string): string {
  const text = neutralise(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function field(cell: CsvCell): string {
  return typeof cell === 'string' ? textField(cell) : cell.number;
}

/** UTF-8's byte order mark, for files meant for Excel (the partners' `;` templates); never in `toCsv`. */
export const BOM = '\uFEFF';

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(field).join(',')];
  for (const row of rows) lines.push(row.map(field).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The header line, for a file written row by row. */
export function csvHeader(header: readonly string[]): string {
  return `${header.map(textField).join(',')}\r\n`;
}

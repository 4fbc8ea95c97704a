/**
 * Serialises rows as RFC 4180 CSV in a partner's dialect and encodes the
 * text. Rows are joined in memory and written once per file (scale 100
 * gives some 200 000 rows). A row may carry a tag, so that the README can
 * say on which line each deliberate fault lands.
 */
import iconv from 'iconv-lite';
import type { Dialect, Encoding } from './dialects.ts';

export type Line =
  | { readonly kind: 'row'; readonly cells: readonly string[]; readonly tag?: string }
  /** Written as is (a blank line, a line of only delimiters). */
  | { readonly kind: 'raw'; readonly text: string; readonly tag?: string };

export interface Position {
  /** Row as a spreadsheet shows it, header = 1 (one per CSV record). */
  readonly row: number;
  /** Physical text line where the record starts (differs after multi-line cells). */
  readonly line: number;
}

export interface Serialised {
  readonly text: string;
  readonly positions: ReadonlyMap<string, Position>;
  /** Data records written (rows, not raw lines). */
  readonly rows: number;
}

export function row(cells: readonly string[], tag?: string): Line {
  return tag === undefined ? { kind: 'row', cells } : { kind: 'row', cells, tag };
}

export function raw(text: string, tag?: string): Line {
  return tag === undefined ? { kind: 'raw', text } : { kind: 'raw', text, tag };
}

const NEEDS_QUOTES = /["\r\n]/;

/** One cell, quoted when it holds the delimiter, a quote or a line break. */
export function quote(cell: string, delimiter: string): string {
  if (NEEDS_QUOTES.test(cell) || cell.includes(delimiter)) return `"${cell.replace(/"/g, '""')}"`;
  return cell;
}

function countBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

export function serialise(header: readonly string[], lines: readonly Line[], dialect: Dialect): Serialised {
  const { delimiter, eol } = dialect;
  const out: string[] = [header.map((h) => quote(h, delimiter)).join(delimiter)];
  const positions = new Map<string, Position>();
  let rowNo = 1;
  let lineNo = 1 + countBreaks(out[0] ?? '');
  let rows = 0;
  for (const line of lines) {
    rowNo += 1;
    lineNo += 1;
    const text = line.kind === 'raw' ? line.text : line.cells.map((c) => quote(c, delimiter)).join(delimiter);
    if (line.tag !== undefined) {
      if (positions.has(line.tag)) throw new Error(`duplicate tag ${line.tag}`);
      positions.set(line.tag, { row: rowNo, line: lineNo });
    }
    if (line.kind === 'row') rows += 1;
    lineNo += countBreaks(text);
    out.push(text);
  }
  return { text: out.join(eol) + eol, positions, rows };
}

/**
 * The bytes of a text in an encoding. Windows-1252 cannot hold every
 * character (e.g. U+202F): refuse rather than write a `?` silently.
 */
export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.from(`\ufeff${text}`, 'utf8');
  const bytes = iconv.encode(text, 'windows-1252');
  if (iconv.decode(bytes, 'windows-1252') !== text) {
    const bad = [...new Set([...text].filter((ch) => iconv.decode(iconv.encode(ch, 'windows-1252'), 'windows-1252') !== ch))];
    throw new Error(`not encodable in Windows-1252: ${bad.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16)}`).join(', ')}`);
  }
  return bytes;
}

/**
 * Reads back how an .xlsx is written, which the project's reader
 * (readWorkbook, src/lib/formats/xlsxRead.ts) does not tell: the parts' XML,
 * each cell's type and style, the cell styles' formats, bold and quote
 * prefix. Tests of values read workbooks with readWorkbook; this is for the
 * writer's form. (The reference `r` is optional: a cell without one follows
 * the previous.)
 */
import { strFromU8, unzipSync } from 'fflate';
import { columnIndex, columnName } from '../../../src/lib/formats/ooxml.ts';

export interface XlsxCell {
  /** `t`: `s` (shared string), `inlineStr`, or absent for a number. */
  readonly type: string | null;
  readonly style: number;
  /** The `<v>` text, or the string itself for text cells. */
  readonly value: string;
  /** True for a cell that holds a formula (`<f>`). */
  readonly formula: boolean;
}

export interface XlsxSheet {
  readonly name: string;
  readonly xml: string;
  /** `A1` → cell. */
  readonly cells: Map<string, XlsxCell>;
  /** Rows as arrays of cells (`null` where no cell), from row 1. */
  readonly rows: Array<Array<XlsxCell | null>>;
}

export interface Xlsx {
  readonly parts: Record<string, string>;
  readonly sheets: XlsxSheet[];
  /** cellXfs index → `{ numFmt code, quotePrefix, bold }`. */
  readonly styles: Array<{ numFmt: string | null; quotePrefix: boolean; bold: boolean }>;
}

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const textOf = (xml: string): string => unescape([...xml.matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(''));

const attr = (tag: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

export const cellRef = (row: number, column: number): string => `${columnName(column)}${row}`;

export function readXlsx(bytes: Uint8Array): Xlsx {
  const files = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  const shared = [...(parts['xl/sharedStrings.xml'] ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]!));
  const workbook = parts['xl/workbook.xml']!;
  const names = [...workbook.matchAll(/<sheet [^>]*>/g)].map((m) => unescape(attr(m[0], 'name')!));
  const sheets = names.map((name, i): XlsxSheet => {
    const xml = parts[`xl/worksheets/sheet${i + 1}.xml`]!;
    const cells = new Map<string, XlsxCell>();
    const rows: Array<Array<XlsxCell | null>> = [];
    for (const row of xml.matchAll(/<row ([^>]*)>([\s\S]*?)<\/row>/g)) {
      const r = Number(attr(` ${row[1]}`, 'r'));
      const out: Array<XlsxCell | null> = [];
      let column = -1;
      for (const c of row[2]!.matchAll(/<c((?: [^>]*?)?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const ref = attr(c[1]!, 'r');
        column = ref ? columnIndex(ref.replace(/\d+$/, '')) : column + 1;
        const type = attr(c[1]!, 't');
        const body = c[2] ?? '';
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '';
        const value = type === 's' ? shared[Number(v)]! : type === 'inlineStr' ? textOf(body) : unescape(v);
        const cell: XlsxCell = { type, style: Number(attr(c[1]!, 's') ?? 0), value, formula: body.includes('<f') };
        cells.set(cellRef(r, column), cell);
        while (out.length < column) out.push(null);
        out[column] = cell;
      }
      while (rows.length < r - 1) rows.push([]);
      rows[r - 1] = out;
    }
    return { name, xml, cells, rows };
  });
  const stylesXml = parts['xl/styles.xml']!;
  const formats = new Map([...stylesXml.matchAll(/<numFmt [^>]*>/g)].map((m) => [Number(attr(m[0], 'numFmtId')), unescape(attr(m[0], 'formatCode')!)]));
  const fonts = [...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(stylesXml)?.[1] ?? '').matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]!.includes('<b/>'));
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)![1]!;
  const styles = [...xfs.matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    return { numFmt: formats.get(id) ?? null, quotePrefix: attr(m[0], 'quotePrefix') === '1', bold: fonts[Number(attr(m[0], 'fontId') ?? 0)] ?? false };
  });
  return { parts, sheets, styles };
}

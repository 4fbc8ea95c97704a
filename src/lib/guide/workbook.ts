/**
 * Tiny Excel workbooks for the guide's examples, written as raw OOXML parts
 * (names from formats/ooxml.ts) with fflate (the same library the reader unzips with): just enough for
 * `readWorkbook` to see a formula without a cached value, merged cells or a
 * hidden sheet. And the first bytes of a password-protected workbook, which
 * Excel saves as an OLE file holding an `EncryptedPackage` stream.
 */
import { strToU8, zipSync } from 'fflate';
import { CONTENT_TYPE, NS, REL_TYPE, XML_DECLARATION as XML, columnName, escapeXml } from '../formats/ooxml.ts';

export interface WorkbookOptions {
  /** A cell of the second row holding this formula and no value (column index). */
  readonly formula?: { readonly column: number; readonly formula: string };
  /** A merged range, e.g. `L2:M2`. */
  readonly merge?: string;
  readonly hidden?: boolean;
}

function cellXml(ref: string, text: string): string {
  return text === '' ? '' : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
}

/** A one-sheet `.xlsx` whose cells are text, as bytes. */
export function sheetWorkbook(name: string, rows: readonly (readonly string[])[], options: WorkbookOptions = {}): Uint8Array {
  const rowsXml = rows
    .map((cells, r) => {
      const xml = cells.map((text, c) => {
        const ref = `${columnName(c)}${r + 1}`;
        if (r === 1 && options.formula?.column === c) return `<c r="${ref}"><f>${escapeXml(options.formula.formula)}</f></c>`;
        return cellXml(ref, text);
      });
      return `<row r="${r + 1}">${xml.join('')}</row>`;
    })
    .join('');
  const merges = options.merge ? `<mergeCells count="1"><mergeCell ref="${options.merge}"/></mergeCells>` : '';
  const state = options.hidden ? ' state="hidden"' : '';
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${XML}<Types xmlns="${NS.contentTypes}">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPE.worksheet}"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${NS.packageRelationships}"><Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${NS.main}" xmlns:r="${NS.relationships}"><sheets><sheet name="${escapeXml(name)}" sheetId="1"${state} r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${NS.packageRelationships}"><Relationship Id="rId1" Type="${REL_TYPE.worksheet}" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="${NS.main}"><sheetData>${rowsXml}</sheetData>${merges}</worksheet>`,
  };
  // A fixed date keeps the bytes the same from build to build.
  const mtime = new Date(Date.UTC(2024, 10, 1));
  return zipSync(Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, [strToU8(xml), { mtime }]])));
}

/** The start of a password-protected workbook: the OLE signature, then the `EncryptedPackage` stream's name in UTF-16LE. */
export function encryptedWorkbook(): Uint8Array {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = [...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const bytes = new Uint8Array(512);
  bytes.set(signature, 0);
  bytes.set(name, 256);
  return bytes;
}

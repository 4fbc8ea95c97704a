/**
 * Builds `.xlsx` bytes part by part, for tests of the workbook reader: the
 * cases Excel produces that the published-workbook writer never does
 * (formulas, merged ranges, hidden sheets, error values, inline strings,
 * prefixed XML, the 1904 date system). Raw parts on purpose, but the names
 * (namespaces, relationship types, column letters) are the project's
 * (src/lib/formats/ooxml.ts); the XML declaration leaves out `standalone`,
 * as some producers do.
 */
import { strToU8, zipSync } from 'fflate';
import { NS, REL_TYPE, XML_DECLARATION, columnName, escapeXml as esc } from '../../../src/lib/formats/ooxml.ts';

export type TestCell =
  | string
  | null
  | { readonly n: number; readonly date?: boolean }
  | { readonly f: string; readonly v?: string | number; readonly t?: 'str' }
  | { readonly b: boolean }
  | { readonly e: string }
  | { readonly inline: string };

export interface TestSheet {
  readonly name: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** Rows by sheet row number (1-based); missing numbers are absent rows. */
  readonly rows: Readonly<Record<number, readonly TestCell[]>>;
  readonly merges?: readonly string[];
}

const XML = '<?xml version="1.0" encoding="UTF-8"?>';

export function buildWorkbook(sheets: readonly TestSheet[], options: { date1904?: boolean; prefix?: string } = {}): Uint8Array {
  const p = options.prefix ? `${options.prefix}:` : '';
  const ns = options.prefix ? `xmlns:${options.prefix}` : 'xmlns';
  const strings: string[] = [];
  const shared = (s: string): number => {
    const i = strings.indexOf(s);
    if (i >= 0) return i;
    strings.push(s);
    return strings.length - 1;
  };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, k) => {
    const rows = Object.entries(sheet.rows)
      .map(([r, cells]) => {
        const xml = cells
          .map((cell, c) => {
            const ref = `${columnName(c)}${r}`;
            if (cell === null) return '';
            if (typeof cell === 'string') return `<${p}c r="${ref}" t="s"><${p}v>${shared(cell)}</${p}v></${p}c>`;
            if ('n' in cell) return `<${p}c r="${ref}"${cell.date ? ' s="1"' : ''}><${p}v>${cell.n}</${p}v></${p}c>`;
            if ('f' in cell) {
              const v = cell.v === undefined ? '' : `<${p}v>${esc(String(cell.v))}</${p}v>`;
              return `<${p}c r="${ref}"${cell.t ? ` t="${cell.t}"` : ''}><${p}f>${esc(cell.f)}</${p}f>${v}</${p}c>`;
            }
            if ('b' in cell) return `<${p}c r="${ref}" t="b"><${p}v>${cell.b ? 1 : 0}</${p}v></${p}c>`;
            if ('e' in cell) return `<${p}c r="${ref}" t="e"><${p}v>${esc(cell.e)}</${p}v></${p}c>`;
            return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${esc(cell.inline)}</${p}t></${p}is></${p}c>`;
          })
          .join('');
        return `<${p}row r="${r}">${xml}</${p}row>`;
      })
      .join('');
    const merges = sheet.merges?.length
      ? `<${p}mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join('')}</${p}mergeCells>`
      : '';
    files[`xl/worksheets/sheet${k + 1}.xml`] = strToU8(
      `${XML_DECLARATION}\n<${p}worksheet ${ns}="${NS.main}"><${p}sheetData>${rows}</${p}sheetData>${merges}</${p}worksheet>`,
    );
  });
  // An empty content-types part: the reader goes by the relationships.
  files['[Content_Types].xml'] = strToU8(`${XML}<Types xmlns="${NS.contentTypes}"/>`);
  files['_rels/.rels'] = strToU8(`${XML}<Relationships xmlns="${NS.packageRelationships}"><Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/></Relationships>`);
  files['xl/workbook.xml'] = strToU8(
    `${XML}<${p}workbook ${ns}="${NS.main}" xmlns:r="${NS.relationships}">` +
      `<${p}workbookPr${options.date1904 ? ' date1904="1"' : ''}/><${p}sheets>` +
      sheets.map((s, k) => `<${p}sheet name="${esc(s.name)}" sheetId="${k + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${k + 1}"/>`).join('') +
      `</${p}sheets></${p}workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${XML}<Relationships xmlns="${NS.packageRelationships}">` +
      sheets.map((_, k) => `<Relationship Id="rId${k + 1}" Type="${REL_TYPE.worksheet}" Target="worksheets/sheet${k + 1}.xml"/>`).join('') +
      `<Relationship Id="rId100" Type="${REL_TYPE.sharedStrings}" Target="sharedStrings.xml"/><Relationship Id="rId101" Type="${REL_TYPE.styles}" Target="/xl/styles.xml"/></Relationships>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `${XML}<${p}sst ${ns}="${NS.main}" count="${strings.length}">` +
      strings.map((s) => `<${p}si><${p}t xml:space="preserve">${esc(s)}</${p}t></${p}si>`).join('') +
      `</${p}sst>`,
  );
  // Style 1: the custom date format `jj/mm/aaaa` as French Excel writes it (dd/mm/yyyy).
  files['xl/styles.xml'] = strToU8(
    `${XML}<${p}styleSheet ${ns}="${NS.main}">` +
      `<${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></${p}numFmts>` +
      `<${p}cellXfs count="2"><${p}xf numFmtId="0"/><${p}xf numFmtId="164" applyNumberFormat="1"/></${p}cellXfs></${p}styleSheet>`,
  );
  return zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') });
}

/** What a password-protected workbook starts with: an OLE file holding an `EncryptedPackage` stream. */
export function encryptedWorkbook(): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const bytes = new Uint8Array(2048);
  bytes.set(head, 0);
  const name = 'EncryptedPackage';
  for (let i = 0; i < name.length; i++) bytes[1024 + 2 * i] = name.charCodeAt(i);
  return bytes;
}

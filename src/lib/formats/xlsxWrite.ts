/**
 * A small Office Open XML spreadsheet writer (.xlsx): text, numbers and
 * dates, a bold frozen header, column widths, an autofilter; for the
 * partners' templates (contract §8), drop-down lists (data validations),
 * date-formatted empty columns and hidden sheets. Only what the published
 * workbooks and the templates need, streamed through fflate so a
 * 100× dataset is never held as one XML string, and deterministic: fixed ZIP
 * timestamps and document dates from the build date.
 *
 * Text is always a shared string (`t="s"`): Excel never evaluates it. A text
 * that starts like a formula (`=`, `+`, `-`, `@`, tab, carriage return) also
 * gets Excel's quote prefix, so editing the cell keeps it text.
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { Content } from './content.ts';
import { FORMULA_START } from './csvWrite.ts';
import { CONTENT_TYPE, DAY_MS, EXCEL_EPOCH_1900, NS, REL_TYPE, XML_DECLARATION, columnName, escapeXml } from './ooxml.ts';

export { columnName, escapeXml } from './ooxml.ts';

/** How a column's cells are written; a value that does not read as its kind is written as text. */
export type CellKind = 'text' | 'number' | 'date';

export interface SheetColumn {
  readonly kind: CellKind;
  /** Width in characters. */
  readonly width: number;
  /** Long text wraps (row height grows) instead of overflowing. */
  readonly wrap?: boolean;
  /** The whole column is formatted `yyyy-mm-dd`, so dates typed in empty cells show as the contract writes them. */
  readonly dateFormat?: boolean;
}

/**
 * A drop-down list on a range of cells: Excel's list data validation, its
 * values read from a range (usually on another sheet).
 */
export interface ListValidation {
  /** The cells it applies to, `B2:B1000`. */
  readonly sqref: string;
  /** The allowed values' range, as `sheetRange` writes it. */
  readonly source: string;
  /** `stop` refuses another value; `warning` asks; `information` only tells (free text allowed). */
  readonly errorStyle: 'stop' | 'warning' | 'information';
  /** Shown when a cell of the range is selected: title (≤ 32 characters) and text (≤ 255). */
  readonly prompt?: { readonly title: string; readonly text: string };
  /** Shown when a typed value is not in the list. */
  readonly error?: { readonly title: string; readonly text: string };
}

export interface Sheet {
  /** Tab name (at most 31 characters, none of `[]:*?/\`). */
  readonly name: string;
  readonly header: readonly string[];
  readonly columns: readonly SheetColumn[];
  /** Cells as text: `''` is an empty cell. */
  readonly rows: Iterable<readonly string[]>;
  readonly autofilter?: boolean;
  /** Lines of text after the table, one blank row between. */
  readonly notes?: readonly string[];
  /** Hidden tab (a lists sheet the drop-downs read). */
  readonly hidden?: boolean;
  readonly validations?: readonly ListValidation[];
}

export interface WorkbookInfo {
  readonly title: string;
  readonly creator: string;
  readonly description?: string;
  /** BCP 47, `fr-CA`. */
  readonly language: string;
  /** ISO date-time: the document's created and modified dates, and the ZIP entries' date. */
  readonly created: string;
}

export const XLSX_MEDIATYPE = CONTENT_TYPE.xlsx;

// Cell styles, indexes into cellXfs below.
const HEADER = 1;
const DATE = 2;
const QUOTED = 3;
const WRAP = 4;

const STYLES =
  `<styleSheet xmlns="${NS.main}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const XML = `${XML_DECLARATION}\n`;
const MAIN = NS.main;
const REL = NS.relationships;
const PKG_REL = NS.packageRelationships;

// Characters XML 1.0 cannot hold (and lone surrogates), written as Excel's `_xHHHH_` escapes.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A literal `_x0041_` in the text would be read back as an escape: its `_` is escaped first.
const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;
const NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A text as the content of a `<t>` element: XML-escaped, Excel-escaped, spaces kept. */
function textElement(text: string): string {
  const escaped = escapeXml(text.replace(ESCAPE_LIKE, '_x005F_$1').replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
  return /^\s|\s$/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}


/** Excel's 1900 date serial of `AAAA-MM-JJ`, or null when it is not a real date from 1900-03-01 on. */
export function dateSerial(text: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(y, mo - 1, d);
  const back = new Date(time);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  const serial = (time - EXCEL_EPOCH_1900) / DAY_MS;
  // Before 1900-03-01 Excel's serials are off by its fictitious 1900-02-29.
  return serial >= 61 ? serial : null;
}

/** Collects the workbook's shared strings, numbered in order of first use. */
class SharedStrings {
  readonly index = new Map<string, number>();
  count = 0;
  id(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }
}

// `ref` is the cell's ` r="B7"` attribute. ECMA-376 makes it optional, and
// leaving it out would make the file a third lighter, but some readers
// (exceljs) then fail: every cell carries it.
function textCell(ref: string, text: string, strings: SharedStrings, style: number): string {
  const s = FORMULA_START.test(text) ? QUOTED : style;
  return `<c${ref}${s ? ` s="${s}"` : ''} t="s"><v>${strings.id(text)}</v></c>`;
}

/** What a number column must never hold (contract §1.5): `Infinity`, `NaN`, exponent notation. */
const NOT_A_PLAIN_NUMBER = /^[-+]?(Infinity|NaN|∞)$|^[-+]?\d+(\.\d+)?e[-+]?\d+$/i;

function cell(ref: string, text: string, column: SheetColumn | undefined, strings: SharedStrings): string {
  if (column?.kind === 'number') {
    if (NUMBER.test(text)) return `<c${ref}><v>${text}</v></c>`;
    // The published CSV never holds one (publish/format.ts): a bug, stopped here rather than shown as text.
    if (NOT_A_PLAIN_NUMBER.test(text)) throw new RangeError(`xlsx: ${text} in the number cell${ref} cannot be published`);
  }
  if (column?.kind === 'date') {
    const serial = dateSerial(text);
    if (serial !== null) return `<c${ref} s="${DATE}"><v>${serial}</v></c>`;
  }
  return textCell(ref, text, strings, column?.wrap ? WRAP : 0);
}

/** A row's cells, an empty text being no cell. */
function rowXml(r: number, cells: readonly string[], letters: readonly string[], write: (ref: string, text: string, i: number) => string): string {
  let xml = `<row r="${r}">`;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!;
    if (text !== '') xml += write(` r="${letters[i] ?? columnName(i)}${r}"`, text, i);
  }
  return `${xml}</row>`;
}

const CHUNK = 1 << 20;

/** The worksheet's XML in chunks of about a megabyte; `rows` is read once. */
function* sheetXml(sheet: Sheet, strings: SharedStrings, selected: boolean): Generator<string, number> {
  const letters = sheet.header.map((_, i) => columnName(i));
  const last = letters.at(-1) ?? 'A';
  let xml =
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>';
  if (sheet.columns.length > 0) {
    xml += '<cols>';
    sheet.columns.forEach((c, i) => (xml += `<col min="${i + 1}" max="${i + 1}" width="${c.width}"${c.dateFormat ? ` style="${DATE}"` : ''} customWidth="1"/>`));
    xml += '</cols>';
  }
  xml += '<sheetData>';
  xml += rowXml(1, sheet.header, letters, (ref, text) => textCell(ref, text, strings, HEADER));
  const write = (ref: string, text: string, i: number): string => cell(ref, text, sheet.columns[i], strings);
  let r = 1;
  for (const row of sheet.rows) {
    r++;
    xml += rowXml(r, row, letters, write);
    if (xml.length >= CHUNK) {
      yield xml;
      xml = '';
    }
  }
  const rows = r;
  if (sheet.notes && sheet.notes.length > 0) {
    r++;
    for (const note of sheet.notes) {
      r++;
      xml += rowXml(r, [note], letters, (ref, text) => textCell(ref, text, strings, 0));
    }
  }
  xml += '</sheetData>';
  if (sheet.autofilter) xml += `<autoFilter ref="A1:${last}${rows}"/>`;
  if (sheet.validations && sheet.validations.length > 0) xml += validationsXml(sheet.validations);
  xml += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  // Codes such as `01` are text on purpose: no "number stored as text" flags.
  xml += '<ignoredErrors><ignoredError sqref="A1:XFD1048576" numberStoredAsText="1"/></ignoredErrors></worksheet>';
  yield xml;
  return rows;
}

function* sharedStringsXml(strings: SharedStrings): Iterable<string> {
  let xml = `${XML}<sst xmlns="${MAIN}" count="${strings.count}" uniqueCount="${strings.index.size}">`;
  for (const text of strings.index.keys()) {
    xml += `<si>${textElement(text)}</si>`;
    if (xml.length >= CHUNK) {
      yield xml;
      xml = '';
    }
  }
  yield `${xml}</sst>`;
}

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** An absolute range of one column on a sheet, `'Listes'!$A$2:$A$18`, for a validation's source. */
export function sheetRange(sheet: string, column: number, firstRow: number, lastRow: number): string {
  const c = columnName(column);
  return `${quoteSheet(sheet)}!$${c}$${firstRow}:$${c}$${lastRow}`;
}

function validationsXml(validations: readonly ListValidation[]): string {
  const attrs = (v: ListValidation): string =>
    (v.errorStyle === 'stop' ? '' : ` errorStyle="${v.errorStyle}"`) +
    ' allowBlank="1" showInputMessage="1" showErrorMessage="1"' +
    (v.error ? ` errorTitle="${escapeXml(v.error.title)}" error="${escapeXml(v.error.text)}"` : '') +
    (v.prompt ? ` promptTitle="${escapeXml(v.prompt.title)}" prompt="${escapeXml(v.prompt.text)}"` : '') +
    ` sqref="${v.sqref}"`;
  return (
    `<dataValidations count="${validations.length}">` +
    validations.map((v) => `<dataValidation type="list"${attrs(v)}><formula1>${escapeXml(v.source)}</formula1></dataValidation>`).join('') +
    '</dataValidations>'
  );
}

function workbookXml(sheets: readonly Sheet[], rows: readonly number[]): string {
  const filters = sheets
    .map((s, i) => (s.autofilter ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoteSheet(s.name)}!$A$1:$${columnName(Math.max(s.header.length - 1, 0))}$${rows[i]}`)}</definedName>` : ''))
    .join('');
  return (
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`
  );
}

function contentTypes(sheets: number): string {
  let xml =
    `${XML}<Types xmlns="${NS.contentTypes}">` +
    `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>`;
  for (let i = 1; i <= sheets; i++) xml += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${CONTENT_TYPE.worksheet}"/>`;
  return (
    xml +
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT_TYPE.sharedStrings}"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="${CONTENT_TYPE.coreProperties}"/></Types>`
  );
}

const ROOT_RELS =
  `${XML}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${REL_TYPE.coreProperties}" Target="docProps/core.xml"/>` +
  '</Relationships>';

function workbookRels(sheets: number): string {
  let xml = `${XML}<Relationships xmlns="${PKG_REL}">`;
  for (let i = 1; i <= sheets; i++) xml += `<Relationship Id="rId${i}" Type="${REL_TYPE.worksheet}" Target="worksheets/sheet${i}.xml"/>`;
  return `${xml}<Relationship Id="rId${sheets + 1}" Type="${REL_TYPE.styles}" Target="styles.xml"/><Relationship Id="rId${sheets + 2}" Type="${REL_TYPE.sharedStrings}" Target="sharedStrings.xml"/></Relationships>`;
}

function coreXml(info: WorkbookInfo): string {
  // W3CDTF without milliseconds, as Office writes it.
  const when = `${info.created.slice(0, 19)}Z`;
  return (
    `${XML}<cp:coreProperties xmlns:cp="${NS.coreProperties}" xmlns:dc="${NS.dc}" xmlns:dcterms="${NS.dcterms}" xmlns:xsi="${NS.xsi}">` +
    `<dc:title>${escapeXml(info.title)}</dc:title><dc:creator>${escapeXml(info.creator)}</dc:creator>` +
    (info.description ? `<dc:description>${escapeXml(info.description)}</dc:description>` : '') +
    `<dc:language>${escapeXml(info.language)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * The ZIP entries' date: the build date's UTC calendar time given as local
 * time, because ZIP stores local time (fflate reads the Date's local
 * fields); so the bytes do not depend on the machine's time zone.
 */
export function zipTime(iso: string): Date {
  const d = new Date(iso);
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2099);
  return new Date(year, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** The workbook as binary chunks; the rows are read when the content is. */
export function workbook(sheets: readonly Sheet[], info: WorkbookInfo): Content {
  return function* () {
    const out: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      out.push(chunk);
    });
    const mtime = zipTime(info.created);
    const entry = (name: string): ZipDeflate => {
      const file = new ZipDeflate(name, { level: 6 });
      file.mtime = mtime;
      zip.add(file);
      return file;
    };
    const whole = (name: string, xml: string): void => entry(name).push(strToU8(xml), true);
    whole('[Content_Types].xml', contentTypes(sheets.length));
    whole('_rels/.rels', ROOT_RELS);
    whole('docProps/core.xml', coreXml(info));
    whole('xl/_rels/workbook.xml.rels', workbookRels(sheets.length));
    whole('xl/styles.xml', STYLES);
    yield* out.splice(0);

    const strings = new SharedStrings();
    const rows: number[] = [];
    for (const [i, sheet] of sheets.entries()) {
      const file = entry(`xl/worksheets/sheet${i + 1}.xml`);
      const xml = sheetXml(sheet, strings, i === 0);
      for (let next = xml.next(); ; next = xml.next()) {
        if (next.done) {
          rows.push(next.value);
          break;
        }
        file.push(strToU8(next.value));
        yield* out.splice(0);
      }
      file.push(new Uint8Array(0), true);
    }
    const sst = entry('xl/sharedStrings.xml');
    for (const xml of sharedStringsXml(strings)) {
      sst.push(strToU8(xml));
      yield* out.splice(0);
    }
    sst.push(new Uint8Array(0), true);
    whole('xl/workbook.xml', workbookXml(sheets, rows));
    zip.end();
    yield* out.splice(0);
  };
}

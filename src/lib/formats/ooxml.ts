/**
 * The names of Office Open XML (ECMA-376) that every workbook writer and
 * reader here shares: the XML namespaces, the parts' content types, the
 * relationship types, the Excel date epochs and the column letters. The
 * published-workbook writer (xlsxWrite.ts), the reader (xlsxRead.ts), the
 * guide's example workbooks (guide/workbook.ts) and the tests' hand-made
 * workbooks take them from here, so a name is spelled once.
 */

/** The XML declaration Office writes at the head of every part. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

// The namespaces as plain strings first: the objects below are built
// without reading a property, so a bundle that uses none of them (the
// checker's worker reads only the epochs and column letters) drops them.
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SPREADSHEETML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** XML namespaces. */
export const NS = {
  /** SpreadsheetML: workbook, worksheets, shared strings, styles. */
  main: MAIN,
  /** The `r:` prefix of relationship ids (`r:id`), and the base of a workbook's relationship types. */
  relationships: RELATIONSHIPS,
  /** The `.rels` parts. */
  packageRelationships: PACKAGE_RELATIONSHIPS,
  /** `[Content_Types].xml`. */
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  /** `docProps/core.xml` and its Dublin Core neighbours. */
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** Content types: of the file itself, and of the parts `[Content_Types].xml` names. */
export const CONTENT_TYPE = {
  /** An .xlsx file (its media type when served or listed in a datapackage). */
  xlsx: `${SPREADSHEETML}.sheet`,
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  workbook: `${SPREADSHEETML}.sheet.main+xml`,
  worksheet: `${SPREADSHEETML}.worksheet+xml`,
  styles: `${SPREADSHEETML}.styles+xml`,
  sharedStrings: `${SPREADSHEETML}.sharedStrings+xml`,
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
} as const;

/** Relationship types (the `Type` of a `<Relationship>`). */
export const REL_TYPE = {
  officeDocument: `${RELATIONSHIPS}/officeDocument`,
  worksheet: `${RELATIONSHIPS}/worksheet`,
  styles: `${RELATIONSHIPS}/styles`,
  sharedStrings: `${RELATIONSHIPS}/sharedStrings`,
  coreProperties: `${PACKAGE_RELATIONSHIPS}/metadata/core-properties`,
} as const;

export const DAY_MS = 86_400_000;
/**
 * Day 0 of Excel's 1900 date system (as UTC milliseconds): 1899-12-30, so
 * that serials from 61 (1900-03-01) on are right despite the 29 February
 * 1900 Excel counts and that never was.
 */
export const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 date system (old Mac workbooks, `date1904="1"`). */
export const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Column letters back to the index: A → 0, AA → 26 (case-insensitive). */
export function columnIndex(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column - 1;
}

/** Text as XML character data or an attribute value (`"` quoted). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

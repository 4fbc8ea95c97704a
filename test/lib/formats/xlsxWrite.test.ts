import { describe, expect, it } from 'vitest';
import { bytes } from '../../../src/lib/formats/content.ts';
import { columnName, dateSerial, workbook } from '../../../src/lib/formats/xlsxWrite.ts';
import type { Sheet } from '../../../src/lib/formats/xlsxWrite.ts';
import { readWorkbook } from '../../../src/lib/formats/xlsxRead.ts';
import { readXlsx } from './readXlsx.ts';

const INFO = { title: 'Essai', creator: 'Tests', language: 'fr-CA', created: '2026-01-01T00:00:00.000Z' } as const;

const sheet = (rows: string[][], extra: Partial<Sheet> = {}): Sheet => ({
  name: 'donnees',
  header: ['texte', 'nombre', 'date'],
  columns: [
    { kind: 'text', width: 20 },
    { kind: 'number', width: 10 },
    { kind: 'date', width: 12 },
  ],
  rows,
  autofilter: true,
  ...extra,
});

/** The workbook's first sheet as the project's reader sees it (ingest reads partners' workbooks with it). */
const readBack = (book: Uint8Array) => {
  const read = readWorkbook(book);
  if (!read.ok) throw new Error(read.cause.code);
  return read.sheets[0]!;
};

describe('xlsx writer', () => {
  it('writes what the project’s reader reads back: text, numbers, dates, formula-like and tricky text', () => {
    const rows = [
      ['Épicerie', '12500.5', '2024-11-01'],
      ['=HYPERLINK("http://x")', '-3', ''],
      [' a < b & "c" ', '', '2026-01-01'],
    ];
    const sheet0 = readBack(bytes(workbook([sheet(rows)], INFO)));
    expect(sheet0.rows.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    // The reader leaves out a row's trailing empty cells.
    expect(sheet0.rows.map((r) => [...r.fields, '', ''].slice(0, 3))).toEqual([['texte', 'nombre', 'date'], ...rows]);
  });

  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('turns AAAA-MM-JJ into Excel 1900 date serials, and nothing else', () => {
    expect(dateSerial('1900-03-01')).toBe(61);
    expect(dateSerial('2024-11-01')).toBe(45597);
    expect(dateSerial('2026-01-01')).toBe(46023);
    expect(dateSerial('2024-02-30')).toBeNull();
    expect(dateSerial('2024-2025')).toBeNull();
    expect(dateSerial('1899-12-31')).toBeNull();
  });

  it('writes typed cells: numbers as numbers, dates as dates, text as shared strings', () => {
    const book = readXlsx(bytes(workbook([sheet([['Épicerie', '12500.5', '2024-11-01'], ['x', '-3', '']])], INFO)));
    const data = book.sheets[0]!;
    expect(book.sheets.map((s) => s.name)).toEqual(['donnees']);
    const number = data.cells.get('B2')!;
    expect(number.type).toBeNull();
    expect(number.value).toBe('12500.5');
    expect(data.cells.get('B3')!.value).toBe('-3');
    const date = data.cells.get('C2')!;
    expect(date.type).toBeNull();
    expect(date.value).toBe('45597');
    expect(book.styles[date.style]!.numFmt).toBe('yyyy-mm-dd');
    expect(data.cells.get('A2')).toMatchObject({ type: 's', value: 'Épicerie' });
  });

  it('writes nothing for an empty cell, and gives every cell its reference (exceljs needs it)', () => {
    const data = readXlsx(bytes(workbook([sheet([['', '', '2025-01-02'], ['a', '', '']])], INFO))).sheets[0]!;
    expect(data.xml).not.toMatch(/<c(?![^>]* r="[A-Z]+\d+")[ >]/);
    expect(data.rows[1]!.map((c) => c?.value ?? null)).toEqual([null, null, String(dateSerial('2025-01-02'))]);
    expect(data.rows[2]!.map((c) => c?.value ?? null)).toEqual(['a']);
    expect(data.cells.has('A2')).toBe(false);
    expect(data.cells.has('B3')).toBe(false);
  });

  it('bolds and freezes the header row, with an autofilter over the data', () => {
    const book = readXlsx(bytes(workbook([sheet([['a', '1', ''], ['b', '2', '']])], INFO)));
    const data = book.sheets[0]!;
    expect(data.rows[0]!.map((c) => c!.value)).toEqual(['texte', 'nombre', 'date']);
    for (const c of data.rows[0]!) expect(book.styles[c!.style]!.bold).toBe(true);
    expect(data.xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(data.xml).toContain('<autoFilter ref="A1:C3"/>');
    expect(book.parts['xl/workbook.xml']).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'donnees'!$A$1:$C$3</definedName>`);
    expect(data.xml).toMatch(/<col min="1" max="1" width="20" customWidth="1"\/>/);
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1'])('keeps %j a string, with the quote prefix, never a formula', (text) => {
    const book = readXlsx(bytes(workbook([sheet([[text, '', '']])], INFO)));
    const cell = book.sheets[0]!.cells.get('A2')!;
    expect(cell).toMatchObject({ type: 's', value: text, formula: false });
    expect(book.styles[cell.style]!.quotePrefix).toBe(true);
    expect(book.sheets[0]!.xml).not.toContain('<f>');
  });

  it('writes a text that is not a number or a date of its column as text', () => {
    const book = bytes(workbook([sheet([['a', 'n/d', '2024-13-01']])], INFO));
    const data = readXlsx(book).sheets[0]!;
    expect(data.cells.get('B2')).toMatchObject({ type: 's', value: 'n/d' });
    expect(data.cells.get('C2')).toMatchObject({ type: 's', value: '2024-13-01' });
    expect(readBack(book).rows[1]!.fields).toEqual(['a', 'n/d', '2024-13-01']);
  });

  it('escapes XML, control characters and text that looks like an Excel escape', () => {
    const tricky = 'a < b & "c" \u0001 _x0041_ ';
    const written = bytes(workbook([sheet([[tricky, '', '']])], INFO));
    const book = readXlsx(written);
    expect(book.sheets[0]!.cells.get('A2')!.value).toBe(tricky);
    // The project's reader keeps Excel's `_xHHHH_` escapes as written (it does not decode them).
    expect(readBack(written).rows[1]!.fields[0]).toBe('a < b & "c" _x0001_ _x005F_x0041_ ');
    expect(book.parts['xl/sharedStrings.xml']).toContain('<t xml:space="preserve">');
  });

  it('adds notes after the table, below a blank row', () => {
    const written = bytes(workbook([sheet([['a', '1', '']], { autofilter: false, notes: ['Source : essai'] })], INFO));
    expect(readBack(written).rows.map((r) => [r.line, r.fields[0]])).toEqual([[1, 'texte'], [2, 'a'], [4, 'Source : essai']]);
    expect(readXlsx(written).sheets[0]!.xml).not.toContain('autoFilter');
  });

  it('dates the document from the build date', () => {
    const core = readXlsx(bytes(workbook([sheet([])], INFO))).parts['docProps/core.xml']!;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified>');
  });

  it('gives the same bytes twice, whatever the time zone', () => {
    const make = (): Uint8Array => bytes(workbook([sheet([['a', '1', '2024-11-01']])], INFO));
    const before = process.env['TZ'];
    try {
      process.env['TZ'] = 'UTC';
      const utc = make();
      expect(make()).toEqual(utc);
      process.env['TZ'] = 'America/Toronto';
      expect(make()).toEqual(utc);
      process.env['TZ'] = 'Asia/Tokyo';
      expect(make()).toEqual(utc);
    } finally {
      process.env['TZ'] = before;
    }
  });
});

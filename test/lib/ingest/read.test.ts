import { describe, it, expect } from 'vitest';
import { decodeCsv, isBlank, parseCsv, readCsv, readHeader } from '../../../src/lib/ingest/read.ts';
import type { CsvTable } from '../../../src/lib/ingest/read.ts';
import { encode } from './helpers.ts';

const read = (text: string): CsvTable => readCsv(encode(text));
const lines = (t: CsvTable): number[] => t.records.map((r) => r.line);

describe('readCsv: records and their spreadsheet line numbers (header = 1)', () => {
  it('numbers LF records from 2', () => {
    const t = read('id;titre\nA1;x\nA2;y\n');
    expect(t.header).toEqual(['id', 'titre']);
    expect(t.headerLine).toBe(1);
    expect(t.records).toEqual([
      { line: 2, fields: ['A1', 'x'] },
      { line: 3, fields: ['A2', 'y'] },
    ]);
  });

  it('reads CRLF like LF, leaving no \\r in the fields', () => {
    const t = read('id;titre\r\nA1;x\r\nA2;y\r\n');
    expect(t.records).toEqual([
      { line: 2, fields: ['A1', 'x'] },
      { line: 3, fields: ['A2', 'y'] },
    ]);
  });

  it('reads a file without a final line break', () => {
    expect(lines(read('id;titre\nA1;x\nA2;y'))).toEqual([2, 3]);
  });

  it('keeps a quoted field with line breaks as one record: the next record is the next row', () => {
    const t = read('id;description;montant\nA1;"ligne 1\nligne 2\nligne 3";5\nA2;court;6\n');
    expect(t.records).toEqual([
      { line: 2, fields: ['A1', 'ligne 1\nligne 2\nligne 3', '5'] },
      { line: 3, fields: ['A2', 'court', '6'] },
    ]);
  });

  it('keeps CRLF inside a quoted field of a CRLF file', () => {
    const t = read('id;description\r\nA1;"a\r\nb"\r\nA2;c\r\n');
    expect(t.records).toEqual([
      { line: 2, fields: ['A1', 'a\r\nb'] },
      { line: 3, fields: ['A2', 'c'] },
    ]);
  });

  it('keeps LF inside quotes in a CRLF file (Excel writes both)', () => {
    const t = read('id;description\r\nA1;"a\nb"\r\nA2;c\r\n');
    expect(t.records.map((r) => r.fields)).toEqual([['A1', 'a\nb'], ['A2', 'c']]);
    expect(lines(t)).toEqual([2, 3]);
  });

  it('reads quoted fields holding the delimiter and doubled quotes', () => {
    const t = read('titre;organisme\n"Épicerie; solidaire";"Le ""Carrefour"""\n');
    expect(t.records[0]?.fields).toEqual(['Épicerie; solidaire', 'Le "Carrefour"']);
  });

  it('skips blank lines and lines of only delimiters, numbering later rows as the spreadsheet does', () => {
    const t = read('id;titre\nA1;x\n\n;\n  ;  \n;;;\nA2;y\n');
    expect(t.records).toEqual([
      { line: 2, fields: ['A1', 'x'] },
      { line: 7, fields: ['A2', 'y'] },
    ]);
  });

  it('skips blank lines in a CRLF file the same way', () => {
    const t = read('id;titre\r\n\r\nA1;x\r\n;\r\nA2;y\r\n\r\n');
    expect(lines(t)).toEqual([3, 5]);
  });

  it('counts the rows of a multi-line record and of blank lines together', () => {
    const t = read('id;description\nA1;"a\n\nb"\n\nA2;c\n');
    expect(t.records).toEqual([
      { line: 2, fields: ['A1', 'a\n\nb'] },
      { line: 4, fields: ['A2', 'c'] },
    ]);
  });

  it('finds the header after leading blank lines', () => {
    const t = read('\n;;\nid;titre\nA1;x\n');
    expect(t.header).toEqual(['id', 'titre']);
    expect(t.headerLine).toBe(3);
    expect(lines(t)).toEqual([4]);
  });

  it('trims the header names', () => {
    expect(read(' Année ; Région \n').header).toEqual(['Année', 'Région']);
  });

  it('reads the header of a UTF-8 file with a BOM without the BOM', () => {
    const t = readCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Année;Région\n2024-2025;04\n')]));
    expect(t.encoding).toBe('utf-8-bom');
    expect(t.header[0]).toBe('Année');
  });

  it('reports the encoding and delimiter it detected', () => {
    // "Année\tRégion\n2024-2025\tCôte-Nord\n" in Windows-1252
    const bytes = Buffer.from('Ann\u00e9e\tR\u00e9gion\n2024-2025\tC\u00f4te-Nord\n', 'latin1');
    const t = readCsv(bytes);
    expect(t.encoding).toBe('windows-1252');
    expect(t.delimiter).toBe('\t');
    expect(t.header).toEqual(['Année', 'Région']);
    expect(t.records[0]?.fields).toEqual(['2024-2025', 'Côte-Nord']);
  });

  it('reads an empty file as no header and no records', () => {
    expect(read('')).toMatchObject({ header: [], headerLine: 0, records: [] });
    expect(read('\n\n;;\n')).toMatchObject({ header: [], headerLine: 0, records: [] });
  });

  it('marks a record whose quote is never closed', () => {
    const t = read('id;titre\nA1;"pas fermé\nA2;y\n');
    expect(t.records).toHaveLength(1);
    expect(t.records[0]?.line).toBe(2);
    expect(t.records[0]?.quoteError).toContain('guillemet');
  });
});

describe('readHeader', () => {
  it('finds the same header and line as a full parse', () => {
    const csv = decodeCsv(encode('\n\n Année ;Région\n2024-2025;04\n'));
    expect(readHeader(csv)).toEqual({ header: ['Année', 'Région'], headerLine: 3 });
    const full = parseCsv(csv);
    expect([full.header, full.headerLine]).toEqual([['Année', 'Région'], 3]);
  });
});

describe('isBlank', () => {
  it('is true only when every field is blank', () => {
    expect(isBlank(['', ' ', '\t'])).toBe(true);
    expect(isBlank([])).toBe(true);
    expect(isBlank(['', 'x'])).toBe(false);
  });
});

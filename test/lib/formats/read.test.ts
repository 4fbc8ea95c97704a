import { describe, it, expect } from 'vitest';
import { reasonText } from '../../../src/lib/contract/reasons.ts';
import { decodeCsv, isBlank, lineList, parseCsv, readCsv, readHeader } from '../../../src/lib/formats/read.ts';
import type { CsvTable } from '../../../src/lib/formats/read.ts';
import { encode } from '../ingest/helpers.ts';

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
    expect(t.records[0]?.quoteError && reasonText(t.records[0].quoteError)).toContain('guillemet');
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

/** Windows-1252 bytes of a text (Latin-1, plus ’ and œ). */
const cp1252 = (text: string): Uint8Array => Uint8Array.from([...text], (ch) => ({ '’': 0x92, 'œ': 0x9c })[ch] ?? ch.charCodeAt(0));
const join = (...parts: (Uint8Array | string)[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? encode(p) : p))));
const fields = (t: CsvTable): string[][] => t.records.map((r) => r.fields);

describe('decodeCsv: the fast path has no notes and leaves the text as decoded', () => {
  it('gives no note for UTF-8, Windows-1252, CRLF with LF inside quotes, CR alone', () => {
    for (const bytes of [
      encode('Titre;Organisme\nÉpicerie;Café\n'),
      cp1252('Titre;Organisme\r\nÉpicerie;Café\r\n'),
      encode('id;description\r\nA1;"a\nb"\r\nA2;c\r\n'),
      encode('id;titre\rA1;x\rA2;y\r'),
    ]) {
      expect(decodeCsv(bytes).notes).toEqual([]);
    }
    expect(decodeCsv(encode('id;description\r\nA1;"a\r\nb"\r\n'))).toMatchObject({ text: 'id;description\r\nA1;"a\r\nb"\r\n', newline: '\r\n' });
  });
});

describe('decodeCsv: one Windows-1252 line in a UTF-8 file (contract §1.5)', () => {
  it('reads every row right, the Windows-1252 one included, and names its line', () => {
    const bytes = join(
      'id;titre;organisme\nA1;Épicerie solidaire;Café de l’Île\n',
      cp1252('A2;Cuisine collective;Centre d’entraide Léo\n'),
      'A3;Frigo partagé;Maison de la famille\n',
    );
    const csv = decodeCsv(bytes);
    expect(csv.encoding).toBe('utf-8');
    const t = parseCsv(csv);
    expect(fields(t)).toEqual([
      ['A1', 'Épicerie solidaire', 'Café de l’Île'],
      ['A2', 'Cuisine collective', 'Centre d’entraide Léo'],
      ['A3', 'Frigo partagé', 'Maison de la famille'],
    ]);
    expect(lines(t)).toEqual([2, 3, 4]);
    expect(csv.notes.map(({ cause, ...n }) => ({ ...n, raison: reasonText(cause) }))).toEqual([
      {
        ligne: 3,
        valeur: 'A2;Cuisine collective;Centre d’entraide Léo',
        raison: '1 ligne en Windows-1252 dans un fichier UTF-8 (ligne 3) : lue dans son propre encodage, accents compris; enregistrez le fichier en CSV UTF-8 pour l’uniformiser',
      },
    ]);
  });

  it('keeps an accented UTF-8 header when a data line is Windows-1252', () => {
    const csv = decodeCsv(join('Année;Région;Priorité\n2024-2025;Côte-Nord;sécurité\n', cp1252('2024-2025;Gaspésie;lutte à la pauvreté\n')));
    expect(readHeader(csv)).toEqual({ header: ['Année', 'Région', 'Priorité'], headerLine: 1 });
    expect(fields(parseCsv(csv))[1]).toEqual(['2024-2025', 'Gaspésie', 'lutte à la pauvreté']);
    expect(csv.notes.map((n) => n.ligne)).toEqual([3]);
  });

  it('names records, not text lines: a quoted field with line breaks is one line', () => {
    const csv = decodeCsv(join('id;description\nA1;"un é\ndeux é\ntrois é"\nA2;"é\n', cp1252('è"\n'), 'A3;x\n', cp1252('A4;à\n')));
    const t = parseCsv(csv);
    expect(lines(t)).toEqual([2, 3, 4, 5]);
    expect(t.records[1]?.fields).toEqual(['A2', 'é\nè']);
    expect(csv.notes[0]).toMatchObject({ ligne: 3 });
    expect((csv.notes[0] && reasonText(csv.notes[0].cause))).toContain('2 lignes en Windows-1252 dans un fichier UTF-8 (lignes 3 et 5)');
  });

  it('names a bounded number of lines however many there are', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? encode(`A${i};été\n`) : cp1252(`A${i};été\n`)));
    const csv = decodeCsv(join('id;titre\n', ...rows));
    expect(parseCsv(csv).records.every((r) => r.fields[1] === 'été')).toBe(true);
    expect(csv.notes).toHaveLength(1);
    expect(csv.notes[0]?.ligne).toBe(3);
    expect((csv.notes[0] && reasonText(csv.notes[0].cause))).toContain('500 lignes en Windows-1252 dans un fichier UTF-8 (lignes 3, 5, 7 et 497 autres)');
  });

  it('names the UTF-8 lines of a file mostly in Windows-1252', () => {
    const csv = decodeCsv(join(cp1252('id;titre\nA1;é\nA2;à\n'), 'A3;ô\n'));
    expect(csv.encoding).toBe('windows-1252');
    expect(fields(parseCsv(csv))).toEqual([['A1', 'é'], ['A2', 'à'], ['A3', 'ô']]);
    expect((csv.notes[0] && reasonText(csv.notes[0].cause))).toMatch(/^1 ligne en UTF-8 dans un fichier Windows-1252 \(ligne 4\)/);
  });
});

describe('decodeCsv: mixed line endings (contract §1.5)', () => {
  it('reads a CRLF file whose second half is LF as every one of its records, with their lines', () => {
    const rows = Array.from({ length: 34 }, (_, i) => `A${i + 1};titre ${i + 1};${i}`);
    const text = `id;titre;n\r\n${rows.slice(0, 16).join('\r\n')}\r\n${rows.slice(16).join('\n')}\n`;
    const csv = decodeCsv(encode(text));
    const t = parseCsv(csv);
    expect(t.records).toHaveLength(34);
    expect(lines(t)).toEqual(Array.from({ length: 34 }, (_, i) => i + 2));
    expect(t.records.every((r) => r.fields.length === 3 && !r.fields[2]!.includes('\r'))).toBe(true);
    expect(csv.notes.map(({ cause, ...n }) => ({ ...n, raison: reasonText(cause) }))).toEqual([
      {
        ligne: 18,
        valeur: '17 CRLF, 18 LF',
        raison: 'fins de ligne mélangées (Windows CRLF et Unix LF) dès la ligne 18 : chaque ligne est lue séparément, aucune n’est fusionnée à une autre',
      },
    ]);
  });

  it('reads an LF file with CRLF lines, keeping blank lines counted', () => {
    const t = read('id;titre\nA1;x\r\n\r\nA2;y\nA3;z\r\n');
    expect(t.records).toEqual([
      { line: 2, fields: ['A1', 'x'] },
      { line: 4, fields: ['A2', 'y'] },
      { line: 5, fields: ['A3', 'z'] },
    ]);
  });

  it('reads a file of lone CRs, and CRs mixed with CRLF and LF', () => {
    expect(read('id;titre\rA1;x\r\rA2;y\r').records).toEqual([
      { line: 2, fields: ['A1', 'x'] },
      { line: 4, fields: ['A2', 'y'] },
    ]);
    const csv = decodeCsv(encode('id;titre\r\nA1;x\rA2;"a\r\nb"\nA3;z'));
    const t = parseCsv(csv);
    expect(t.records).toEqual([
      { line: 2, fields: ['A1', 'x'] },
      { line: 3, fields: ['A2', 'a\nb'] },
      { line: 4, fields: ['A3', 'z'] },
    ]);
    expect(csv.notes[0]).toMatchObject({ ligne: 2, valeur: '1 CRLF, 1 LF, 1 CR' });
    expect((csv.notes[0] && reasonText(csv.notes[0].cause))).toContain('(Windows CRLF, Unix LF et ancien Mac CR) dès la ligne 2');
  });

  it('takes the line ending from outside quotes when a quoted header field holds another', () => {
    const t = read('id;"titre\r\nlong"\nA1;x\nA2;y\n');
    expect(t.header).toEqual(['id', 'titre\r\nlong']);
    expect(lines(t)).toEqual([2, 3]);
  });
});

describe('decodeCsv: UTF-16 with a BOM', () => {
  const text = 'Année\tRégion\tTitre\r\n2024-2025\tCôte-Nord\t"Épicerie, « solidaire »"\r\n';
  const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
  const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
  for (const [name, bytes] of [['utf-16le', le], ['utf-16be', be]] as const) {
    it(`reads ${name}, tab-delimited, with its accents`, () => {
      const t = readCsv(bytes);
      expect(t).toMatchObject({ encoding: name, delimiter: '\t', header: ['Année', 'Région', 'Titre'] });
      expect(t.records).toEqual([{ line: 2, fields: ['2024-2025', 'Côte-Nord', 'Épicerie, « solidaire »'] }]);
      expect(decodeCsv(bytes).notes).toEqual([]);
    });
  }
});

describe('decodeCsv: NUL bytes', () => {
  it('removes NULs beyond the first 4 KB and names their lines', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `A${i + 2};titre numéro ${i + 2}`);
    rows[199] = 'A201;ti\0tre\0';
    rows[249] = '\0A251;x';
    const bytes = encode(`id;titre\n${rows.join('\n')}\n`);
    expect(bytes.indexOf(0)).toBeGreaterThan(4096);
    const csv = decodeCsv(bytes);
    expect(csv.text).not.toContain('\0');
    const t = parseCsv(csv);
    expect(t.records).toHaveLength(300);
    expect(t.records[199]).toEqual({ line: 201, fields: ['A201', 'titre'] });
    expect(t.records[249]).toEqual({ line: 251, fields: ['A251', 'x'] });
    expect(csv.notes.map(({ cause, ...n }) => ({ ...n, raison: reasonText(cause) }))).toEqual([
      {
        ligne: 201,
        valeur: 'A201;ti␀tre␀',
        raison: '3 caractères nuls (octets 0) retirés (lignes 201 et 251) : le fichier a probablement été mal enregistré; vérifiez ces lignes',
      },
    ]);
  });

  it('reports NULs, mixed encodings and mixed line endings together, by line', () => {
    const csv = decodeCsv(join('id;titre\r\nA1;é\0\r\n', cp1252('A2;è\n'), 'A3;x\n'));
    expect(fields(parseCsv(csv))).toEqual([['A1', 'é'], ['A2', 'è'], ['A3', 'x']]);
    expect(csv.notes.map((n) => [n.ligne, reasonText(n.cause).slice(0, 20)])).toEqual([
      [2, '1 caractère nul (oct'],
      [3, '1 ligne en Windows-1'],
      [3, 'fins de ligne mélang'],
    ]);
  });
});

describe('lineList', () => {
  it('names at most four lines', () => {
    expect(lineList([12], 1)).toBe('ligne 12');
    expect(lineList([12, 40], 2)).toBe('lignes 12 et 40');
    expect(lineList([12, 40, 52, 60], 4)).toBe('lignes 12, 40, 52 et 60');
    expect(lineList([12, 40, 52, 60], 5)).toBe('lignes 12, 40, 52 et 2 autres');
    expect(lineList([12, 40, 52, 60], 100000)).toBe('lignes 12, 40, 52 et 99997 autres');
  });
});

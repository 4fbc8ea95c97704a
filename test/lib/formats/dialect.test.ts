import { describe, it, expect } from 'vitest';
import { DELIMITER_NAMES, detectDelimiter, detectNewline, mayMixNewlines, scanRecords } from '../../../src/lib/formats/dialect.ts';

describe('detectDelimiter (contract §1.1: `,`, `;` or tab)', () => {
  it('detects ; from the header', () => {
    expect(detectDelimiter('annee;region;id;titre\n2024-2025;04;A1;x\n')).toBe(';');
  });

  it('detects , from the header', () => {
    expect(detectDelimiter('annee,region,id,titre\n2024-2025,04,A1,x\n')).toBe(',');
  });

  it('detects a tab from the header', () => {
    expect(detectDelimiter('annee\tregion\tid\ttitre\n2024-2025\t04\tA1\tx\n')).toBe('\t');
  });

  it('keeps ; when the data lines are full of commas (French amounts)', () => {
    const text = 'region;montant_fqis\n04;12 500,50\n04;1,5\n04;"a, b, c, d, e"\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('keeps , when the data lines are full of semicolons', () => {
    expect(detectDelimiter('region,description\n04,"a; b; c; d; e"\n04,x;y;z\n')).toBe(',');
  });

  it('ignores delimiters inside quoted header fields', () => {
    expect(detectDelimiter('"Montant, FQIS";"Région, code";annee\n1;2;3\n')).toBe(';');
    expect(detectDelimiter('"a;b;c","d;e",f\n')).toBe(',');
    expect(detectDelimiter('"Titre\tcourt"\t"x,y,z"\tannee\n')).toBe('\t');
  });

  it('lets the first line with content decide, after blank lines', () => {
    expect(detectDelimiter('\n\r\n   \nannee\tregion\tid\n')).toBe('\t');
  });

  it('lets the header decide, not a leading line of only delimiters', () => {
    expect(detectDelimiter(';;;;;;\nannee,region,id\n')).toBe(',');
    expect(detectDelimiter(';;;;\n;;;;\nannee\tregion\n')).toBe('\t');
    expect(detectDelimiter(',,,,\nannee;region;id\n')).toBe(';');
  });

  it('still reads a file of only delimiter lines with their delimiter (so it is seen as blank)', () => {
    expect(detectDelimiter('\n;;\n;;;\n')).toBe(';');
    expect(detectDelimiter('\t\t\n')).toBe('\t');
  });

  it('falls back to , for a one-column file', () => {
    expect(detectDelimiter('annee\n2024-2025\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });

  it('names the tab in words for reports', () => {
    expect(DELIMITER_NAMES['\t']).toBe('tabulation');
    expect(DELIMITER_NAMES[';']).toBe(';');
  });
});

describe('detectNewline', () => {
  it('detects CRLF, LF and CR alone', () => {
    expect(detectNewline('a;b\r\n1;2\r\n')).toBe('\r\n');
    expect(detectNewline('a;b\n1;2\n')).toBe('\n');
    expect(detectNewline('a;b\r1;2\r')).toBe('\r');
  });

  it('uses the first line ending met', () => {
    expect(detectNewline('a;b\n1;"x\r\ny"\n')).toBe('\n');
    expect(detectNewline('a;b\r\n1;"x\ny"\r\n')).toBe('\r\n');
  });

  it('defaults to LF for a single line', () => {
    expect(detectNewline('a;b')).toBe('\n');
  });
});

describe('mayMixNewlines (the fast path: true only when the quotes must be looked at)', () => {
  it('is false for one line ending throughout', () => {
    expect(mayMixNewlines('a;b\n1;2\n', '\n')).toBe(false);
    expect(mayMixNewlines('a;b\r\n1;2\r\n', '\r\n')).toBe(false);
    expect(mayMixNewlines('a;b\r1;2\r', '\r')).toBe(false);
  });

  it('is true when another line ending occurs anywhere', () => {
    expect(mayMixNewlines('a;b\n1;2\r\n', '\n')).toBe(true);
    expect(mayMixNewlines('a;b\r\n1;2\n', '\r\n')).toBe(true);
    expect(mayMixNewlines('a;b\r\n1;2\r3;4\r\n', '\r\n')).toBe(true);
    expect(mayMixNewlines('a;b\r\n1;"x\ny"\r\n', '\r\n')).toBe(true);
    expect(mayMixNewlines('a;b\r1;2\n', '\r')).toBe(true);
  });
});

describe('scanRecords (records as the parser splits them, numbered as a spreadsheet does)', () => {
  it('counts the line endings outside quotes and finds the first record that ends otherwise', () => {
    const scan = scanRecords('id;d\r\nA1;"a\nb"\r\nA2;x\nA3;y\rA4;z', ';');
    expect(scan.ends).toEqual({ '\r\n': 2, '\n': 1, '\r': 1 });
    expect(scan.first).toBe('\r\n');
    expect(scan.firstOther).toBe(3);
  });

  it('sees no mix when the other line endings are inside quoted fields', () => {
    const scan = scanRecords('id;d\r\nA1;"a\nb\rc"\r\nA2;"x"  \r\n', ';');
    expect(scan).toMatchObject({ ends: { '\r\n': 3, '\n': 0, '\r': 0 }, first: '\r\n', firstOther: 0 });
  });

  it('gives the record line of each offset, a multi-line quoted field being one line', () => {
    const text = 'id;d\nA1;"a\nb"\n\nA2;c';
    const at = (s: string): number => text.indexOf(s);
    const scan = scanRecords(text, ';', [[at('id'), at('A1'), at('b"'), at('\n\n') + 1], [at('c'), text.length]]);
    expect(scan.lines).toEqual([[1, 2, 2, 3], [4, 4]]);
  });

  it('quotes as papaparse does: only at the start of a field, "" inside, a stray quote not closing', () => {
    // A quote inside an unquoted field is a character; `"x"y` does not close at the first quote.
    // papaparse: [["a", "b 12\" pouces"], ["c", "x\"\n"], ["d", "x\"y\n"], ["e"]].
    const text = 'a;b 12" pouces\nc;"x""\n"\nd;"x"y\n"\ne';
    const scan = scanRecords(text, ';', [[text.indexOf('\n'), text.indexOf('x'), text.indexOf('d'), text.indexOf('y'), text.length - 1]]);
    expect(scan.lines).toEqual([[1, 2, 3, 3, 4]]);
    expect(scan.ends['\n']).toBe(3);
  });

  it('runs a quote never closed to the end of the text', () => {
    expect(scanRecords('a;b\n1;"x\n2;y\n', ';')).toMatchObject({ ends: { '\n': 1 }, first: '\n' });
  });

  it('follows the delimiter: a quote after a tab starts a field only in a tab-delimited file', () => {
    expect(scanRecords('a\t"x\ny"\n', '\t').ends['\n']).toBe(1);
    expect(scanRecords('a\t"x\ny"\n', ';').ends['\n']).toBe(2);
  });
});

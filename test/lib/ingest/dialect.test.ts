import { describe, it, expect } from 'vitest';
import { DELIMITER_NAMES, detectDelimiter, detectNewline } from '../../../src/lib/ingest/dialect.ts';

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

/**
 * The shared OOXML names (src/lib/formats/ooxml.ts): column letters both
 * ways, and one date epoch that the writer and the reader agree on.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPE, REL_TYPE, columnIndex, columnName, escapeXml } from '../../../src/lib/formats/ooxml.ts';
import { XLSX_MEDIATYPE, dateSerial } from '../../../src/lib/formats/xlsxWrite.ts';
import { serialToIso } from '../../../src/lib/formats/xlsxRead.ts';

describe('OOXML names', () => {
  it('turns column letters into indexes and back, as Excel numbers them', () => {
    for (const [i, name] of [[0, 'A'], [25, 'Z'], [26, 'AA'], [701, 'ZZ'], [702, 'AAA'], [16383, 'XFD']] as const) {
      expect(columnName(i)).toBe(name);
      expect(columnIndex(name)).toBe(i);
    }
    expect(columnIndex('ab')).toBe(27);
    for (let i = 0; i < 2000; i += 37) expect(columnIndex(columnName(i))).toBe(i);
  });

  it('writes and reads dates with the same 1900 epoch, from 1900-03-01 on', () => {
    for (const iso of ['1900-03-01', '1999-12-31', '2024-02-29', '2025-03-31', '2099-12-31']) {
      expect(serialToIso(dateSerial(iso)!, false)).toBe(iso);
    }
    expect(dateSerial('2025-03-31')).toBe(45747);
    // 1904 system: four years and a day fewer.
    expect(serialToIso(45747 - 1462, true)).toBe('2025-03-31');
  });

  it('spells each type once: the writer’s media type and the relationship types', () => {
    expect(XLSX_MEDIATYPE).toBe(CONTENT_TYPE.xlsx);
    expect(CONTENT_TYPE.xlsx).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(REL_TYPE.officeDocument).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument');
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

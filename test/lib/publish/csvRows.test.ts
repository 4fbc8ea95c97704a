import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/formats/csvWrite.ts';
import { csvRows } from '../../../src/lib/publish/csvRows.ts';

/** The same text, cut into chunks at the given lengths. */
const chunked = (text: string, cuts: number[]) => () => {
  const out: string[] = [];
  let at = 0;
  for (const n of cuts) {
    out.push(text.slice(at, at + n));
    at += n;
  }
  out.push(text.slice(at));
  return out;
};

describe('reading back a published CSV', () => {
  it('reads quotes, commas, line breaks and empty fields, BOM dropped', () => {
    const csv = toCsv(['a', 'b', 'c'], [['x, y', 'il a dit "oui"', ''], ['ligne\r\nsuivante', '', 'z']]);
    expect([...csvRows(() => [csv])]).toEqual([['a', 'b', 'c'], ['x, y', 'il a dit "oui"', ''], ['ligne\r\nsuivante', '', 'z']]);
  });

  it('gives the rows written, wherever the chunks are cut', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\r', '\n', ' ', '|', '=') });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 }), fc.array(fc.nat(12), { maxLength: 10 }), (rows, cuts) => {
        // Cells starting like a formula get a `'`: compare with what the CSV holds.
        const csv = toCsv(['a', 'b', 'c'], rows);
        const expected = [['a', 'b', 'c'], ...rows.map((r) => r.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)))];
        expect([...csvRows(chunked(csv, cuts))]).toEqual(expected);
      }),
    );
  });
});

/**
 * Numbers in the published files (contract §1.5, §2.1): never `Infinity`,
 * `NaN` or exponent notation. A non-finite value stops the build with the
 * value named (the inputs' limits make it a bug); large and tiny values are
 * written in plain digits.
 */
import { describe, expect, it } from 'vitest';
import { bytes } from '../../../src/lib/formats/content.ts';
import { formatFixed, formatNumber, toCell, toField } from '../../../src/lib/publish/format.ts';
import { formatIndicatorValue, indicatorsCsv } from '../../../src/lib/publish/datasets.ts';
import { workbook } from '../../../src/lib/formats/xlsxWrite.ts';

const EXPONENT = /\d[eE][+-]?\d/;

describe('formatNumber', () => {
  it.each([Infinity, -Infinity, NaN])('refuses %d, naming it', (value) => {
    expect(() => formatNumber(value, 2)).toThrow(new RegExp(`formatNumber: ${String(value)} is not a finite number`));
    expect(() => toField(value)).toThrow(RangeError);
    expect(() => toCell(value)).toThrow(RangeError);
  });

  it.each<[number, number, string]>([
    [1e21, 2, '1000000000000000000000'],
    [1.7e308, 0, '17' + '0'.repeat(307)],
    [-1e22, 6, '-10000000000000000000000'],
    [1e-7, 6, '0'],
    [1.5e-6, 6, '0.000002'],
    [-1e-7, 2, '0'],
    [-0, 2, '0'],
    [123456789.125, 2, '123456789.13'],
  ])('writes %d (%d decimals) as %s', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
    expect(formatNumber(value, decimals)).not.toMatch(EXPONENT);
  });
});

describe('formatFixed', () => {
  it('keeps its decimals, without exponent, on both sides of 1e21', () => {
    expect(formatFixed(0.5, 6)).toBe('0.500000');
    expect(formatFixed(1e-7, 6)).toBe('0.000000');
    expect(formatFixed(2e21, 6)).toBe('2000000000000000000000.000000');
    expect(formatFixed(-2e21, 0)).toBe('-2000000000000000000000');
    expect(() => formatFixed(NaN, 6)).toThrow(/formatFixed: NaN/);
  });
});

describe('indicateurs.csv', () => {
  it('writes proportions, changes and amounts without exponent, and refuses a non-finite value', () => {
    expect(formatIndicatorValue('1.3', 1e21)).toBe('1000000000000000000000.000000');
    expect(formatIndicatorValue('3.1', 1e-9)).toBe('0.000000');
    expect(formatIndicatorValue('fqis', 1e21)).toBe('1000000000000000000000');
    expect(() => formatIndicatorValue('1.3', Infinity)).toThrow(/Infinity/);
    const row = { annee: '2024-2025', region: '13', indicateur: '3.3-pour-1000', valeur: 1e300, numerateur: 1e300, denominateur: 1 };
    const text = [...indicatorsCsv([row])()].join('');
    expect(text).not.toMatch(EXPONENT);
    expect(() => [...indicatorsCsv([{ ...row, valeur: NaN }])()]).toThrow(/NaN/);
  });
});

describe('workbooks', () => {
  const INFO = { title: 'Essai', creator: 'Tests', language: 'fr-CA', created: '2026-01-01T00:00:00.000Z' } as const;
  const sheetOf = (value: string) => ({ name: 'donnees', header: ['nombre'], columns: [{ kind: 'number', width: 10 }] as const, rows: [[value]] });

  it.each(['Infinity', '-Infinity', 'NaN', '∞', '1e+21', '1.7E308', '-2e-7'])('refuse %j in a number column, naming it', (value) => {
    expect(() => bytes(workbook([sheetOf(value)], INFO))).toThrow(new RegExp(`xlsx: ${value.replace(/[+.]/g, '\\$&')} in the number cell r="A2"`));
  });

  it('still write other text of a number column as text (a template’s note, `n/d`)', () => {
    expect(() => bytes(workbook([sheetOf('n/d')], INFO))).not.toThrow();
  });
});

import { describe, it, expect } from 'vitest';
import { toCsv, neutralise } from '../../../src/lib/formats/csvWrite.ts';
import { formatNumber, toCell } from '../../../src/lib/publish/format.ts';
import { formatIndicatorValue } from '../../../src/lib/publish/datasets.ts';

describe('CSV as published (contract §2.1)', () => {
  it('has no BOM (the Frictionless client would read it into the first header), uses commas and CRLF, quotes what needs it', () => {
    const csv = toCsv(['a', 'b'], [['x, y', 'il a dit "oui"'], ['ligne\nsuivante', '']]);
    expect(csv).toBe('a,b\r\n"x, y","il a dit ""oui"""\r\n"ligne\nsuivante",\r\n');
  });

  it.each(['=1+1', '+33', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises a text cell starting with %j', (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });

  it('leaves numbers alone, even negative ones', () => {
    expect(toCsv(['v'], [[{ number: '-0.5' }]])).toBe('v\r\n-0.5\r\n');
  });

  it('writes booleans oui/non, lists with |, empty for not reported', () => {
    expect(toCell(true)).toBe('oui');
    expect(toCell(false)).toBe('non');
    expect(toCell(['a', 'b'])).toBe('a|b');
    expect(toCell(null)).toBe('');
    expect(toCell(12500.5)).toEqual({ number: '12500.5' });
  });

  it('formats numbers with a dot and no exponent', () => {
    expect(formatNumber(12500, 2)).toBe('12500');
    expect(formatNumber(0.1 + 0.2, 2)).toBe('0.3');
    expect(formatNumber(1e-7, 6)).toBe('0');
  });

  it('writes proportions with at least 4 decimals', () => {
    expect(formatIndicatorValue('3.1', 0.5)).toBe('0.500000');
    expect(formatIndicatorValue('3.1', 1)).toBe('1.000000');
    expect(formatIndicatorValue('1.3', -0.25)).toBe('-0.250000');
    expect(formatIndicatorValue('fqis', 1234.5)).toBe('1234.5');
    expect(formatIndicatorValue('initiatives', 12)).toBe('12');
  });
});

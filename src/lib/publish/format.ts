/** How values are written in the published files (contract §2.1). */
import type { CellValue } from '../ingest/rows.ts';
import { textField } from './csv.ts';
import type { CsvCell } from './csv.ts';

/** A number with at most `decimals` decimals, `.` as separator, no exponent. */
export function formatNumber(value: number, decimals: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  const fixed = value.toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** A cell of a published row: `oui`/`non`, lists `|`-separated, empty for not reported. */
export function toCell(value: CellValue): CsvCell {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return { number: formatNumber(value, 2) };
  if (Array.isArray(value)) return value.join('|');
  return value;
}

/** The same, written straight to a CSV field. */
export function toField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return formatNumber(value, 2);
  if (Array.isArray(value)) return textField(value.join('|'));
  return textField(value);
}

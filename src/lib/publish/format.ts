/** How values are written in the published files (contract §2.1). */
import type { CellValue } from '../ingest/rows.ts';
import { textField } from '../formats/csvWrite.ts';
import type { CsvCell } from '../formats/csvWrite.ts';

/**
 * A number no dataset may hold (contract §1.5: never `Infinity`, `NaN`).
 * The ingest's limits keep every input finite and bounded, and the derived
 * indicators divide only by positive denominators: a non-finite value here
 * is a bug, so the build stops and names it rather than publish an empty
 * cell that would read as « not reported ».
 */
export function assertFinite(value: number, where: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${where}: ${String(value)} is not a finite number and cannot be published`);
}

/**
 * A whole number from 10²¹ on, where JavaScript writes `1.7e+308`, in
 * plain digits: the same shortest digits, then zeros (`17` and 307 zeros).
 */
function largeDigits(value: number): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e\+(\d+)$/.exec(String(value));
  if (!m) throw new RangeError(`largeDigits: unexpected ${String(value)}`);
  const fraction = m[3] ?? '';
  return `${m[1]}${m[2]}${fraction}${'0'.repeat(Number(m[4]) - fraction.length)}`;
}

/**
 * `value` with exactly `decimals` decimals, `.` as separator, never in
 * exponent notation: `toFixed` writes `1e+21` from 10²¹ on, where every
 * double is a whole number, written here in digits.
 */
export function formatFixed(value: number, decimals: number): string {
  assertFinite(value, 'formatFixed');
  if (Math.abs(value) < 1e21) return value.toFixed(decimals);
  const digits = largeDigits(value);
  return decimals > 0 ? `${digits}.${'0'.repeat(decimals)}` : digits;
}

/** A number with at most `decimals` decimals, `.` as separator, no exponent (`1e21` in digits, `1e-7` as `0`). */
export function formatNumber(value: number, decimals: number): string {
  assertFinite(value, 'formatNumber');
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? String(value === 0 ? 0 : value) : largeDigits(value);
  const fixed = formatFixed(value, decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  // `-0.000001` to 2 decimals is `-0.00`: zero has no sign.
  return trimmed === '-0' ? '0' : trimmed;
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

/**
 * Each chart's data as a downloadable CSV (`/donnees/graphiques/<id>.csv`),
 * written while pages render and published with the datasets.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toCsv } from '../publish/csv.ts';
import type { CsvCell } from '../publish/csv.ts';
import { formatNumber } from '../publish/format.ts';

export const CHART_DATA_DIR = resolve('.cache/graphiques');

export interface ChartCsv {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

export function chartCsvHref(id: string): string {
  return `/donnees/graphiques/${id}.csv`;
}

export function writeChartCsv(id: string, csv: ChartCsv): void {
  const cells = csv.rows.map((row) =>
    row.map((v): CsvCell => (v === null ? '' : typeof v === 'number' ? { number: formatNumber(v, 6) } : v)),
  );
  mkdirSync(CHART_DATA_DIR, { recursive: true });
  writeFileSync(join(CHART_DATA_DIR, `${id}.csv`), toCsv(csv.columns, cells));
}

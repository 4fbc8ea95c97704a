/**
 * Each chart's data as a downloadable CSV (`<root>/donnees/graphiques/<id>.csv`,
 * root `''` for the current data, `/editions/<annee>` for an edition): its
 * text. The figures name their files (src/pageData/figure.ts) and the
 * endpoint `src/pages/[...prefix]/donnees/graphiques/[file].ts` serves them.
 */
import { toCsv } from '../formats/csvWrite.ts';
import type { CsvCell } from '../formats/csvWrite.ts';
import { formatNumber } from './format.ts';

export interface ChartCsv {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

/** A chart's data as CSV text (contract §2.1): numbers to 6 significant digits, empty for null. */
export function chartCsvText(csv: ChartCsv): string {
  const cells = csv.rows.map((row) =>
    row.map((v): CsvCell => (v === null ? '' : typeof v === 'number' ? { number: formatNumber(v, 6) } : v)),
  );
  return toCsv(csv.columns, cells);
}

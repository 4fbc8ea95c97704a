/**
 * Each chart's data as a downloadable CSV (`<root>/donnees/graphiques/<id>.csv`,
 * root `''` for the current data, `/editions/<annee>` for an edition): its
 * text. The figures name their files (src/pageData/figure.ts) and the
 * endpoint `src/pages/[...prefix]/donnees/graphiques/[file].ts` serves them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { toCsv } from '../formats/csvWrite.ts';
import type { CsvCell } from '../formats/csvWrite.ts';
import { formatNumber } from '../publish/format.ts';
import { withBase } from './url.ts';
import { CACHE_DIR } from '../outputRoot.ts';

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

/**
 * Files that pages other than the charts' still write while they render
 * (the changes page's CSV, the share cards), copied into dist/ by the
 * build. To go when those become outputs of their own too.
 */
export const CHART_DATA_DIR = resolve(CACHE_DIR, 'graphiques');

/** Writes a file the pages publish at `sitePath` under CHART_DATA_DIR; returns its href. */
export function writeSiteFile(sitePath: string, content: string): string {
  const file = join(CHART_DATA_DIR, sitePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return withBase(sitePath);
}

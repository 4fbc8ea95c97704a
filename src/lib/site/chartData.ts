/**
 * Each chart's files, as the site publishes them under its root (`''` for
 * the current data, `/editions/<annee>` for an edition): its data as CSV,
 * `<root>/donnees/graphiques/<id>.csv`, and, for a chart shown as an image,
 * `<root>/donnees/graphiques/<id>-<lang>-<width>.svg`. Their names, hrefs and
 * the CSV's text; the endpoint `src/pages/[...prefix]/donnees/graphiques/[file].ts`
 * serves them.
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

/** Site path of a site's chart files: `/donnees/graphiques/`, or under an edition's root. */
export const chartPath = (root: string): string => `${root}/donnees/graphiques/`;

/** The file name of a chart's image in a language and width. */
export const chartImageName = (id: string, lang: string, width: number): string => `${id}-${lang}-${width}.svg`;

export function chartCsvHref(root: string, id: string): string {
  return withBase(`${chartPath(root)}${id}.csv`);
}

export function chartImageHref(root: string, id: string, lang: string, width: number): string {
  return withBase(`${chartPath(root)}${chartImageName(id, lang, width)}`);
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

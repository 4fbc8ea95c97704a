/**
 * Each chart's data as a downloadable CSV (`/donnees/graphiques/<id>.csv`,
 * or `/editions/<annee>/donnees/graphiques/…` for an edition's pages),
 * written while pages render and published with the datasets.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { toCsv } from '../formats/csvWrite.ts';
import type { CsvCell } from '../formats/csvWrite.ts';
import { formatNumber } from '../publish/format.ts';
import { withBase } from './url.ts';
import { CACHE_DIR } from '../outputRoot.ts';

export const CHART_DATA_DIR = resolve(CACHE_DIR, 'graphiques');

export interface ChartCsv {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

/** Site path of a site's chart files: `/donnees/graphiques/`, or under an edition's root. */
const chartPath = (root: string): string => `${root}/donnees/graphiques/`;

/**
 * Writes a file the pages publish at `sitePath` (`/donnees/graphiques/x.csv`,
 * `/editions/2024-2025/changements.csv`); the build copies CHART_DATA_DIR
 * into dist/. Returns its href.
 */
export function writeSiteFile(sitePath: string, content: string): string {
  const file = join(CHART_DATA_DIR, sitePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return withBase(sitePath);
}

const writeChartFile = (root: string, name: string, content: string): string => writeSiteFile(`${chartPath(root)}${name}`, content);

export function chartCsvHref(root: string, id: string): string {
  return withBase(`${chartPath(root)}${id}.csv`);
}

/**
 * A chart published as an image file (`/donnees/graphiques/<id>-<lang>-<width>.svg`)
 * rather than inline: an `<img>` is one DOM node instead of hundreds, loads
 * lazily and is cached. The page's stylesheet and fonts do not reach into an
 * image, so the file carries its text colour, a system font stack and
 * Plot's `white-space: pre` itself. Its links would not work in an `<img>`:
 * charts written this way have none (their table holds the links).
 */
export interface ChartImage {
  readonly href: string;
  readonly width: number;
  readonly height: number;
}

export function writeChartImage(root: string, id: string, lang: string, markup: string): ChartImage {
  if (/<a\b/.test(markup)) throw new Error(`chart ${id}: an image cannot hold links; draw it without href`);
  const attr = (name: string): number => Number(new RegExp(`^<svg\\b[^>]*\\s${name}="([\\d.]+)"`).exec(markup)?.[1] ?? NaN);
  const [width, height] = [attr('width'), attr('height')];
  if (!Number.isFinite(width) || !Number.isFinite(height)) throw new Error(`chart ${id}: the <svg> has no width and height`);
  const file = `${id}-${lang}-${width}.svg`;
  const standalone = markup.replace(
    /^<svg\b/,
    `<svg style="color:#223654" font-family="system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"`,
  ).replace(/>/, '><style>text,tspan{white-space:pre}</style>');
  return { href: writeChartFile(root, file, standalone), width, height };
}

export function writeChartCsv(root: string, id: string, csv: ChartCsv): void {
  const cells = csv.rows.map((row) =>
    row.map((v): CsvCell => (v === null ? '' : typeof v === 'number' ? { number: formatNumber(v, 6) } : v)),
  );
  writeChartFile(root, `${id}.csv`, toCsv(csv.columns, cells));
}

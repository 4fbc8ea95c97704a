/**
 * Each chart's data as a downloadable CSV (`/donnees/graphiques/<id>.csv`),
 * written while pages render and published with the datasets.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toCsv } from '../publish/csv.ts';
import type { CsvCell } from '../publish/csv.ts';
import { formatNumber } from '../publish/format.ts';
import { withBase } from './url.ts';
import { CACHE_DIR } from '../outputRoot.ts';

export const CHART_DATA_DIR = resolve(CACHE_DIR, 'graphiques');

export interface ChartCsv {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

export function chartCsvHref(id: string): string {
  return withBase(`/donnees/graphiques/${id}.csv`);
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

export function writeChartImage(id: string, lang: string, markup: string): ChartImage {
  if (/<a\b/.test(markup)) throw new Error(`chart ${id}: an image cannot hold links; draw it without href`);
  const attr = (name: string): number => Number(new RegExp(`^<svg\\b[^>]*\\s${name}="([\\d.]+)"`).exec(markup)?.[1] ?? NaN);
  const [width, height] = [attr('width'), attr('height')];
  if (!Number.isFinite(width) || !Number.isFinite(height)) throw new Error(`chart ${id}: the <svg> has no width and height`);
  const file = `${id}-${lang}-${width}.svg`;
  const standalone = markup.replace(
    /^<svg\b/,
    `<svg style="color:#223654" font-family="system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"`,
  ).replace(/>/, '><style>text,tspan{white-space:pre}</style>');
  mkdirSync(CHART_DATA_DIR, { recursive: true });
  writeFileSync(join(CHART_DATA_DIR, file), standalone);
  return { href: withBase(`/donnees/graphiques/${file}`), width, height };
}

export function writeChartCsv(id: string, csv: ChartCsv): void {
  const cells = csv.rows.map((row) =>
    row.map((v): CsvCell => (v === null ? '' : typeof v === 'number' ? { number: formatNumber(v, 6) } : v)),
  );
  mkdirSync(CHART_DATA_DIR, { recursive: true });
  writeFileSync(join(CHART_DATA_DIR, `${id}.csv`), toCsv(csv.columns, cells));
}

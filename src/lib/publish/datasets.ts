/**
 * The public datasets of `dist/donnees/` (contract §2.1): published rows
 * with their canonical columns, `region` as its code followed by
 * `region_nom`, and the derived indicators in long format.
 */
import { indicatorDefinition } from '../derive/definitions.ts';
import type { IndicatorValue } from '../derive/indicators.ts';
import type { RowValues } from '../ingest/rows.ts';
import type { Dataset } from '../ingest/types.ts';
import { practicesOf } from '../derive/practices.ts';
import { SCHEMAS } from '../contract/columns.ts';
import type { Kind } from '../contract/columns.ts';
import { csvHeader, toCsv } from '../formats/csvWrite.ts';
import { chunkedLines, fromString } from '../formats/content.ts';
import type { Content } from '../formats/content.ts';
import type { CsvCell } from '../formats/csvWrite.ts';
import { formatFixed, formatNumber, toField } from './format.ts';

const COLUMNS = new Map<Kind, readonly string[]>(
  (Object.keys(SCHEMAS) as Kind[]).map((kind) => [
    kind,
    SCHEMAS[kind].flatMap((c) => (c.name === 'region' ? ['region', 'region_nom'] : [c.name])),
  ]),
);

/** Published columns of a kind: the schema's, with `region_nom` after `region`. */
export function publishedColumns(kind: Kind): readonly string[] {
  return COLUMNS.get(kind)!;
}

export function rowsCsv(kind: Kind, rows: readonly object[]): Content {
  const columns = publishedColumns(kind);
  // One writer per column, decided once, not per cell.
  const writers = columns.map((name): ((row: RowValues) => string) => (row) => toField(row[name] ?? null));
  const line = (row: object): string => {
    let out = writers[0]!(row as RowValues);
    for (let i = 1; i < writers.length; i++) out += ',' + writers[i]!(row as RowValues);
    return out + '\r\n';
  };
  return function* () {
    yield csvHeader(columns);
    yield* chunkedLines(rows, line, '');
  };
}

/** A JSON array, one row per line (readable, diffable, and lighter than indented JSON). */
export function rowsJson(rows: readonly object[]): Content {
  return function* () {
    if (rows.length === 0) {
      yield '[]\n';
      return;
    }
    yield '[\n';
    // Rows are built in the published column order (see ingest/rows.ts).
    yield* chunkedLines(rows, (row) => JSON.stringify(row), ',\n');
    yield '\n]\n';
  };
}

export const INDICATOR_COLUMNS = ['annee', 'region', 'indicateur', 'valeur', 'numerateur', 'denominateur'] as const;

/** Proportions and changes keep 6 decimals (the contract asks for at least 4). */
export function formatIndicatorValue(code: string, value: number): string {
  const unit = indicatorDefinition(code)?.unit ?? 'number';
  switch (unit) {
    case 'proportion':
    case 'change':
      return formatFixed(value, 6);
    case 'dollars':
      return formatNumber(value, 2);
    case 'number':
    case 'dollars-per-person':
    case 'per-1000':
      return formatNumber(value, 6);
    default:
      return formatNumber(value, 0);
  }
}

export function indicatorsCsv(values: readonly IndicatorValue[]): Content {
  const part = (n: number | null): CsvCell => (n === null ? '' : { number: formatNumber(n, 6) });
  return fromString(
    toCsv(
      INDICATOR_COLUMNS,
      values.map((v) => [v.annee, v.region, v.indicateur, { number: formatIndicatorValue(v.indicateur, v.valeur) }, part(v.numerateur), part(v.denominateur)]),
    ),
  );
}

/**
 * `pratiques.csv` (contract §2.1, §7): every year's row of every winning
 * practice, with the published initiative columns in the same order, then
 * `page`, the practice page's site path (`/pratiques/<region-slug>/<id>/`,
 * without the deployment's origin or base path, so a frozen edition's file
 * does not depend on where the site is served). Ordered as the practices are
 * (region, title, id), then by year, oldest first.
 */
export const PRACTICE_COLUMNS: readonly string[] = [...publishedColumns('initiatives'), 'page'];

export function practicesCsv(rows: Dataset['initiatives']): Content {
  const { practices } = practicesOf(rows);
  const lines = practices.flatMap((p) => p.years.map((y) => ({ ...y.row, page: `/pratiques/${p.key}/` })));
  const writers = PRACTICE_COLUMNS.map((name) => (row: RowValues): string => toField(row[name] ?? null));
  return function* () {
    yield csvHeader(PRACTICE_COLUMNS);
    yield* chunkedLines(lines, (row) => writers.map((w) => w(row as unknown as RowValues)).join(',') + '\r\n', '');
  };
}

export type PublicFiles = Record<'initiatives.csv' | 'initiatives.json' | 'indicateurs.csv' | 'alliances.csv' | 'priorites.csv' | 'contexte.csv' | 'pratiques.csv', Content>;

export function publicFiles(dataset: Dataset, indicators: readonly IndicatorValue[]): PublicFiles {
  return {
    'initiatives.csv': rowsCsv('initiatives', dataset.initiatives),
    'initiatives.json': rowsJson(dataset.initiatives),
    'indicateurs.csv': indicatorsCsv(indicators),
    'alliances.csv': rowsCsv('alliances', dataset.alliances),
    'priorites.csv': rowsCsv('priorites', dataset.priorites),
    'contexte.csv': rowsCsv('contexte', dataset.contexte),
    'pratiques.csv': practicesCsv(dataset.initiatives),
  };
}

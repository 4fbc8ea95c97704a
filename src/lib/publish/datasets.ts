/**
 * The public datasets of `dist/donnees/` (contract §2.1): published rows
 * with their canonical columns, `region` as its code followed by
 * `region_nom`, and the derived indicators in long format.
 */
import { indicatorDefinition } from '../derive/definitions.ts';
import type { IndicatorValue } from '../derive/indicators.ts';
import type { CellValue, RowValues } from '../ingest/rows.ts';
import type { Dataset } from '../ingest/types.ts';
import { regionByCode } from '../reference/regions.ts';
import { SCHEMAS } from '../schema/contract.ts';
import type { Kind } from '../schema/contract.ts';
import { toCsv } from './csv.ts';
import type { CsvCell } from './csv.ts';
import { formatNumber, toCell } from './format.ts';

/** Published columns of a kind: the schema's, with `region_nom` after `region`. */
export function publishedColumns(kind: Kind): string[] {
  return SCHEMAS[kind].flatMap((c) => (c.name === 'region' ? ['region', 'region_nom'] : [c.name]));
}

function withRegionName(kind: Kind, row: object): Record<string, CellValue> {
  const values = row as RowValues;
  const out: Record<string, CellValue> = {};
  for (const name of publishedColumns(kind)) {
    out[name] = name === 'region_nom' ? (regionByCode(String(values['region']))?.name ?? null) : (values[name] ?? null);
  }
  return out;
}

export function publishedRows(kind: Kind, rows: readonly object[]): Array<Record<string, CellValue>> {
  return rows.map((r) => withRegionName(kind, r));
}

export function rowsCsv(kind: Kind, rows: readonly object[]): string {
  const columns = publishedColumns(kind);
  return toCsv(
    columns,
    publishedRows(kind, rows).map((r) => columns.map((c) => toCell(r[c] ?? null))),
  );
}

export const INDICATOR_COLUMNS = ['annee', 'region', 'indicateur', 'valeur', 'numerateur', 'denominateur'] as const;

/** Proportions and changes keep 6 decimals (the contract asks for at least 4). */
export function formatIndicatorValue(code: string, value: number): string {
  const unit = indicatorDefinition(code)?.unit ?? 'number';
  switch (unit) {
    case 'proportion':
    case 'change':
      return value.toFixed(6);
    case 'dollars':
      return formatNumber(value, 2);
    case 'number':
      return formatNumber(value, 6);
    default:
      return formatNumber(value, 0);
  }
}

export function indicatorsCsv(values: readonly IndicatorValue[]): string {
  const part = (n: number | null): CsvCell => (n === null ? '' : { number: formatNumber(n, 6) });
  return toCsv(
    INDICATOR_COLUMNS,
    values.map((v) => [v.annee, v.region, v.indicateur, { number: formatIndicatorValue(v.indicateur, v.valeur) }, part(v.numerateur), part(v.denominateur)]),
  );
}

export interface PublicFiles {
  readonly 'initiatives.csv': string;
  readonly 'initiatives.json': string;
  readonly 'indicateurs.csv': string;
  readonly 'alliances.csv': string;
  readonly 'priorites.csv': string;
}

export function publicFiles(dataset: Dataset, indicators: readonly IndicatorValue[]): PublicFiles {
  return {
    'initiatives.csv': rowsCsv('initiatives', dataset.initiatives),
    'initiatives.json': `${JSON.stringify(publishedRows('initiatives', dataset.initiatives), null, 1)}\n`,
    'indicateurs.csv': indicatorsCsv(indicators),
    'alliances.csv': rowsCsv('alliances', dataset.alliances),
    'priorites.csv': rowsCsv('priorites', dataset.priorites),
  };
}

/**
 * English descriptions of the published fields. `datapackage.json` is in
 * French (its descriptions are the French site's); the workbooks' column
 * sheet gives both. A dataset of one of the contract's kinds takes its
 * columns' `en` from the schema; the derived indicators' fields are
 * described here, beside nothing else that would say it in English.
 */
import { INDICATORS } from '../derive/definitions.ts';
import { SCHEMAS } from '../contract/columns.ts';
import type { Kind } from '../contract/columns.ts';
import { publishedColumns } from './datasets.ts';

const REGION_NAME = 'Official name of the administrative region';

const INDICATOR_FIELDS_EN: Readonly<Record<string, string>> = {
  annee: 'Reporting year (1 November to 31 October)',
  region: 'Region code, or QC for all of Québec',
  indicateur: `Indicator code: ${INDICATORS.map((d) => d.code).join(', ')} or R.<code> (regional indicator)`,
  valeur: 'Value; proportions are fractions between 0 and 1',
  numerateur: 'Numerator, when the value is a ratio',
  denominateur: 'Denominator, when the value is a ratio',
};

const isKind = (name: string): name is Kind => Object.hasOwn(SCHEMAS, name);

const sameColumns = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((name, i) => name === b[i]);

/**
 * The English description of `field` in the dataset `resource` (its name in
 * datapackage.json) whose columns are `columns`, or null when none is known.
 */
export function englishDescription(resource: string, columns: readonly string[], field: string): string | null {
  // A kind's own columns (indicateurs.csv is not the indicateurs input kind: its columns differ).
  if (isKind(resource) && sameColumns(columns, publishedColumns(resource))) {
    if (field === 'region_nom') return REGION_NAME;
    return SCHEMAS[resource].find((c) => c.name === field)?.en ?? null;
  }
  if (resource === 'indicateurs') return INDICATOR_FIELDS_EN[field] ?? null;
  // pratiques.csv: the initiatives' columns, then the practice page's path.
  if (resource === 'pratiques' && sameColumns(columns, [...publishedColumns('initiatives'), 'page'])) {
    return field === 'page' ? 'Path of the practice’s page on the dashboard (/pratiques/<region>/<id>/)' : englishDescription('initiatives', publishedColumns('initiatives'), field);
  }
  return null;
}

/** English titles of the data package's resources (its titles are French), by resource name. */
const RESOURCE_TITLES_EN: Readonly<Record<string, string>> = {
  initiatives: 'Initiatives, one row per initiative and year',
  'initiatives-json': 'Initiatives (JSON)',
  indicateurs: 'Derived indicators, long format',
  alliances: 'Alliances',
  priorites: 'Priorities of the regional action plans',
  contexte: 'Context figures (population, persons in low-income households) for reading the per-person results',
  pratiques: 'Winning practices, one row per practice and year (the columns of initiatives.csv, then the practice’s page)',
};

const RESOURCE_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  'initiatives-json': 'The same rows as initiatives.csv; lists as arrays, booleans true/false, null when not reported.',
};

/**
 * The English title and description of a data package resource, or null
 * for a resource this code does not know (a later one in an old package). A
 * workbook (`<name>-xlsx`) is its CSV's title with « (Excel) ».
 */
export function englishResource(resource: { readonly name: string; readonly path: string }): { readonly title: string; readonly description: string | null } | null {
  const workbook = /^(.+)-xlsx$/.exec(resource.name)?.[1];
  if (workbook !== undefined) {
    const title = RESOURCE_TITLES_EN[workbook];
    const csv = resource.path.replace(/\.xlsx$/, '.csv');
    return title === undefined ? null : { title: `${title} (Excel)`, description: `The same rows as ${csv}, numbers and dates typed; the “Colonnes” sheet describes each column in French and English.` };
  }
  const title = RESOURCE_TITLES_EN[resource.name];
  return title === undefined ? null : { title, description: RESOURCE_DESCRIPTIONS_EN[resource.name] ?? null };
}

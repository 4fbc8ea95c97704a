/**
 * `datapackage.json`: a Frictionless Data Package describing every public
 * file, generated from the contract's schema (never kept by hand).
 *
 * Contract §2.1 (version 3): encodings are IANA names (`utf-8`; `utf-8-sig`
 * is a Python codec name that other clients refuse), and the Frictionless
 * reference client (`datapackage` on npm) and DuckDB read every CSV
 * resource with zero errors. So every value the CSVs hold casts to its
 * field: booleans through `trueValues`/`falseValues` (`oui`/`non`), lists
 * and codes as strings, not reported as `""` (`missingValues`), and links
 * as plain strings (the client's `uri` format refuses links the ingest
 * accepts, e.g. `http://intranet/projet` or a space in the path). The CSVs
 * have no BOM (see csv.ts). test/lib/publish/datapackage-clients.test.ts
 * runs both clients on the pipeline's output.
 */
import { INDICATORS } from '../derive/definitions.ts';
import { PRIORITIES } from '../contract/priorities.ts';
import { REGIONS } from '../contract/regions.ts';
import { SECTORS, STATUSES, TARGETS } from '../contract/codes.ts';
import { SCHEMAS } from '../contract/columns.ts';
import type { Column, ColumnType, Kind } from '../contract/columns.ts';
import { publishedColumns } from './datasets.ts';

export interface Field {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date' | 'boolean';
  description: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: string[]; minimum?: number; pattern?: string };
}

const FRICTIONLESS_TYPE: Record<ColumnType, Field['type']> = {
  text: 'string', identifier: 'string', year: 'string', region: 'string', alliance: 'string',
  priority: 'string', status: 'string', date: 'date', amount: 'number', count: 'integer',
  'positive-count': 'integer', 'yes-no': 'boolean', targets: 'string', 'mrc-list': 'string',
  'sector-list': 'string', url: 'string', indicator: 'string', 'indicator-value': 'string',
};

function fieldOf(column: Column): Field {
  const field: Field = { name: column.name, type: FRICTIONLESS_TYPE[column.type], description: column.fr };
  const constraints: NonNullable<Field['constraints']> = {};
  if (column.required) constraints.required = true;
  switch (column.type) {
    case 'year': constraints.pattern = '\\d{4}-\\d{4}'; break;
    case 'region': constraints.enum = REGIONS.map((r) => r.code); break;
    case 'priority': constraints.enum = PRIORITIES.map((p) => p.code); break;
    case 'status': constraints.enum = [...STATUSES]; break;
    case 'targets': constraints.enum = [...TARGETS]; break;
    case 'amount': case 'count': constraints.minimum = 0; break;
    case 'positive-count': constraints.minimum = 1; break;
    case 'yes-no': field.trueValues = ['oui']; field.falseValues = ['non']; break;
    case 'sector-list': field.description += ` (valeurs : ${SECTORS.join(', ')})`; break;
    case 'date': field.format = '%Y-%m-%d'; break;
    default: break;
  }
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

/** Fields of a published kind, with `region_nom` after `region`. */
export function fieldsOf(kind: Kind): Field[] {
  const byName = new Map(SCHEMAS[kind].map((c) => [c.name, c]));
  return publishedColumns(kind).map((name) =>
    name === 'region_nom'
      ? { name, type: 'string', description: 'Nom officiel de la région administrative' }
      : fieldOf(byName.get(name)!),
  );
}

export const INDICATOR_FIELDS: Field[] = [
  { name: 'annee', type: 'string', description: 'Année de reddition de comptes (1er novembre au 31 octobre)', constraints: { required: true, pattern: '\\d{4}-\\d{4}' } },
  { name: 'region', type: 'string', description: 'Code de la région, ou QC pour tout le Québec', constraints: { required: true, enum: [...REGIONS.map((r) => r.code), 'QC'] } },
  { name: 'indicateur', type: 'string', description: `Code de l'indicateur : ${INDICATORS.map((d) => d.code).join(', ')} ou R.<code> (indicateur régional)`, constraints: { required: true } },
  { name: 'valeur', type: 'number', description: 'Valeur; les proportions sont des fractions entre 0 et 1', constraints: { required: true } },
  { name: 'numerateur', type: 'number', description: 'Numérateur, quand la valeur est un rapport' },
  { name: 'denominateur', type: 'number', description: 'Dénominateur, quand la valeur est un rapport' },
];

/** `pratiques.csv`: the initiatives' fields, then the practice page's path. */
export const PRACTICE_FIELDS: Field[] = [
  ...fieldsOf('initiatives'),
  { name: 'page', type: 'string', description: 'Chemin de la page de la pratique sur le tableau de bord (/pratiques/<région>/<identifiant>/)', constraints: { required: true, pattern: '/pratiques/[a-z0-9-]+/[a-z0-9-]+/' } },
];

/** The distinct sources of the contexte rows, in order of first appearance. */
export function contextSources(rows: ReadonlyArray<{ source: string }>): string[] {
  return [...new Set(rows.map((r) => r.source))];
}

export interface PackageInfo {
  /** ISO date-time of the build. */
  readonly created: string;
  /** Whether the input is the fictional sample. */
  readonly fictional: boolean;
  /** A frozen edition's version (Frictionless: a correction bumps the patch number). */
  readonly version?: string;
  /** The `source` texts of the contexte rows: the per-person figures' denominators. */
  readonly contextSources?: readonly string[];
}

export function dataPackage(info: PackageInfo): object {
  const csv = (name: string, path: string, title: string, fields: Field[]): object => ({
    name, path, title, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: { fields, missingValues: [''] },
  });
  return {
    profile: 'data-package',
    name: 'alliances-pour-la-solidarite',
    title: 'Alliances pour la solidarité — données ouvertes du tableau de bord',
    description:
      "Initiatives financées par le Fonds québécois d'initiatives sociales (FQIS) dans le cadre des Alliances pour la solidarité 2024-2029, et indicateurs dérivés." +
      (info.fictional ? ' ATTENTION : données fictives d’exemple, générées pour la démonstration; elles ne décrivent aucune initiative réelle.' : ''),
    ...(info.version ? { version: info.version } : {}),
    created: info.created,
    licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    sources: [
      ...(info.fictional
        ? [{ title: 'Données fictives générées (échantillon de démonstration)' }]
        : [{ title: 'Exportations des partenaires régionaux des Alliances pour la solidarité' }]),
      ...(info.contextSources ?? []).map((title) => ({ title: `Chiffres de contexte : ${title}` })),
    ],
    keywords: ['pauvreté', 'exclusion sociale', 'FQIS', 'Québec', 'Alliances pour la solidarité'],
    resources: [
      csv('initiatives', 'initiatives.csv', 'Initiatives, une ligne par initiative et par année', fieldsOf('initiatives')),
      {
        name: 'initiatives-json', path: 'initiatives.json', title: 'Initiatives (JSON)', format: 'json',
        mediatype: 'application/json', encoding: 'utf-8',
        description: 'Mêmes lignes que initiatives.csv; listes en tableaux, booléens true/false, null si non déclaré.',
      },
      csv('indicateurs', 'indicateurs.csv', 'Indicateurs dérivés, format long', INDICATOR_FIELDS),
      csv('alliances', 'alliances.csv', 'Alliances', fieldsOf('alliances')),
      csv('priorites', 'priorites.csv', "Priorités des plans d'action régionaux", fieldsOf('priorites')),
      csv('contexte', 'contexte.csv', 'Chiffres de contexte (population, personnes à faible revenu) pour lire les résultats par personne', fieldsOf('contexte')),
      csv('pratiques', 'pratiques.csv', 'Pratiques gagnantes, une ligne par pratique et par année (colonnes de initiatives.csv, puis la page de la pratique)', PRACTICE_FIELDS),
    ],
  };
}

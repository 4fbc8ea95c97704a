/**
 * Contract §2.1: every CSV dataset is also published as an Excel workbook
 * (French-Canadian Excel opens a comma CSV as one column). Each workbook is
 * made from the published CSV and its description in `datapackage.json`, so
 * a new CSV dataset gets its workbook without a line here, with the same
 * rows as its CSV:
 * - sheet 1, named after the dataset: the rows, header bold and frozen, an
 *   autofilter; numbers as numbers, dates as Excel dates (`yyyy-mm-dd`),
 *   booleans `oui`/`non` and lists `|`-joined as in the CSV, nothing for not
 *   reported; text as text (the CSV's `'` before a formula-like text becomes
 *   Excel's quote prefix);
 * - sheet 2, « Colonnes »: each column's name, type, whether it is required,
 *   its description in French and English; then the data's description,
 *   sources, licence and build date.
 */
import type { Content } from '../formats/content.ts';
import { restore } from '../formats/csvWrite.ts';
import { csvRows } from './csvRows.ts';
import type { Field } from './datapackage.ts';
import { englishDescription } from './fieldsEnglish.ts';
import { XLSX_MEDIATYPE, workbook } from '../formats/xlsxWrite.ts';
import type { CellKind, Sheet, SheetColumn } from '../formats/xlsxWrite.ts';

/** The parts of a data package (datapackage.json) that the workbooks read. */
export interface DescribedPackage {
  readonly title: string;
  readonly description: string;
  readonly created: string;
  readonly licenses: ReadonlyArray<{ readonly name: string; readonly title?: string; readonly path?: string }>;
  readonly sources: ReadonlyArray<{ readonly title: string }>;
  readonly resources: readonly Resource[];
}

interface Resource {
  readonly name: string;
  readonly path: string;
  readonly title?: string;
  readonly format?: string;
  readonly schema?: { readonly fields: readonly Field[] };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** `dataPackage()` returns a plain object: its shape is checked here, once. */
function described(pkg: object): DescribedPackage {
  const p = pkg as Record<string, unknown>;
  const ok =
    typeof p['title'] === 'string' && typeof p['description'] === 'string' && typeof p['created'] === 'string' &&
    Array.isArray(p['licenses']) && Array.isArray(p['sources']) && Array.isArray(p['resources']) &&
    p['resources'].every((r) => isRecord(r) && typeof r['name'] === 'string' && typeof r['path'] === 'string');
  if (!ok) throw new TypeError('datapackage: title, description, created, licenses, sources and resources (name, path) expected');
  return pkg as DescribedPackage;
}

export const workbookPath = (csv: string): string => csv.replace(/\.csv$/, '.xlsx');

/** Excel's tab names: at most 31 characters, none of `[]:*?/\`. */
const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'donnees';

const KIND: Record<Field['type'], CellKind> = { string: 'text', number: 'number', integer: 'number', date: 'date', boolean: 'text' };

/** Rows read to size the columns (the rest stream through). */
const SAMPLE = 2000;
const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

function widths(header: readonly string[], kinds: readonly CellKind[], sample: readonly (readonly string[])[]): number[] {
  return header.map((name, i) => {
    // The header's filter button takes about two characters.
    let longest = name.length + 2;
    if (kinds[i] === 'date') longest = Math.max(longest, 10);
    else for (const row of sample) longest = Math.max(longest, row[i]?.length ?? 0);
    return Math.min(Math.max(longest + 1, MIN_WIDTH), MAX_WIDTH);
  });
}

/** The text type shown for a field: its Frictionless type, with its true/false values. */
function typeLabel(field: Field | undefined): string {
  if (!field) return 'string';
  return field.trueValues && field.falseValues ? `${field.type} (${field.trueValues.join('/')}/${field.falseValues.join('/')})` : field.type;
}

function dataSheet(name: string, header: readonly string[], fields: ReadonlyMap<string, Field>, rows: Iterator<string[]>): Sheet {
  const kinds = header.map((h) => KIND[fields.get(h)?.type ?? 'string']);
  const texts = kinds.map((k, i) => (k === 'text' ? i : -1)).filter((i) => i >= 0);
  const typed = (row: string[]): string[] => {
    for (const i of texts) if (row[i]) row[i] = restore(row[i]);
    return row;
  };
  const sample: string[][] = [];
  for (let next = rows.next(); !next.done; next = rows.next()) {
    sample.push(typed(next.value));
    if (sample.length === SAMPLE) break;
  }
  const w = widths(header, kinds, sample);
  return {
    name,
    header,
    columns: kinds.map((kind, i): SheetColumn => ({ kind, width: w[i]! })),
    rows: (function* () {
      yield* sample;
      for (let next = rows.next(); !next.done; next = rows.next()) yield typed(next.value);
    })(),
    autofilter: true,
  };
}

function columnsSheet(pkg: DescribedPackage, resource: Resource | undefined, csv: string, header: readonly string[], fields: ReadonlyMap<string, Field>): Sheet {
  const rows = header.map((h) => {
    const f = fields.get(h);
    return [h, typeLabel(f), f?.constraints?.required ? 'oui' : 'non', f?.description ?? '', englishDescription(resource?.name ?? '', header, h) ?? ''];
  });
  const licence = pkg.licenses.map((l) => [l.title ?? l.name, l.title ? `(${l.name})` : '', l.path ?? ''].filter(Boolean).join(' ')).join('; ');
  const colonne = Math.max(8, ...header.map((h) => h.length + 1));
  return {
    name: 'Colonnes',
    header: ['colonne', 'type', 'obligatoire', 'description', 'description_en'],
    columns: [
      { kind: 'text', width: Math.min(colonne, MAX_WIDTH) },
      { kind: 'text', width: Math.max(10, ...rows.map((r) => r[1]!.length + 1)) },
      { kind: 'text', width: 12 },
      { kind: 'text', width: 60, wrap: true },
      { kind: 'text', width: 60, wrap: true },
    ],
    rows,
    notes: [
      pkg.description,
      `Fichier : ${workbookPath(csv)}, mêmes lignes que ${csv}; description de tous les fichiers : datapackage.json.`,
      `Sources : ${pkg.sources.map((s) => s.title).join('; ')}`,
      `Licence : ${licence}`,
      `Produit le : ${pkg.created.slice(0, 10)}`,
    ],
  };
}

/** The workbook of one CSV dataset, from the CSV's content and the package's description. */
export function datasetWorkbook(csv: string, content: Content, pkg: DescribedPackage): Content {
  const resource = pkg.resources.find((r) => r.path === csv);
  const fields = new Map((resource?.schema?.fields ?? []).map((f) => [f.name, f]));
  return () => {
    const rows = csvRows(content);
    const header = rows.next().value ?? [];
    const name = sheetName(resource?.name ?? csv.replace(/\.csv$/, ''));
    const book = workbook([dataSheet(name, header, fields, rows), columnsSheet(pkg, resource, csv, header, fields)], {
      title: resource?.title ?? csv,
      creator: pkg.title,
      description: pkg.description,
      language: 'fr-CA',
      created: pkg.created,
    });
    return book();
  };
}

export interface Workbooks {
  /** `<name>.xlsx` → its content, for every `<name>.csv` of the files. */
  readonly files: Record<string, Content>;
  /** The package with a resource for each workbook, after its CSV's. */
  readonly datapackage: object;
}

/** A workbook beside every CSV of `files`, described in the data package. */
export function withWorkbooks(files: Readonly<Record<string, Content>>, datapackage: object): Workbooks {
  const pkg = described(datapackage);
  const out: Record<string, Content> = {};
  for (const [name, content] of Object.entries(files)) {
    if (name.endsWith('.csv')) out[workbookPath(name)] = datasetWorkbook(name, content, pkg);
  }
  const resources = pkg.resources.flatMap((r): object[] => {
    if (r.format !== 'csv' || !(r.path in files)) return [r];
    const path = workbookPath(r.path);
    return [
      r,
      {
        name: `${r.name}-xlsx`,
        path,
        title: `${r.title ?? r.name} (Excel)`,
        format: 'xlsx',
        mediatype: XLSX_MEDIATYPE,
        description: `Mêmes lignes que ${r.path}, nombres et dates typés, dans la feuille « ${sheetName(r.name)} »; la feuille « Colonnes » décrit les colonnes.`,
        ...(r.schema ? { schema: r.schema } : {}),
      },
    ];
  });
  return { files: out, datapackage: { ...datapackage, resources } };
}

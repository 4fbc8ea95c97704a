/**
 * Turns a file's records into typed rows of its kind, column by column, as
 * the schema says. Unknown and personal columns are reported once per file
 * and never copied into a row.
 */
import { regionByCode } from '../contract/regions.ts';
import { SCHEMAS } from '../contract/columns.ts';
import type { Column, ColumnType, Kind } from '../contract/columns.ts';
import { looksPersonal, normaliseHeader, resolveHeader } from './headers.ts';
import type { Problem, Severity } from './problems.ts';
import { problemOf } from './problems.ts';
import type { Cause } from '../contract/reasons.ts';
import { ProblemCap, clipText } from './problemCap.ts';
import type { CsvRecord } from '../formats/read.ts';
import {
  Invalid,
  parseAmount,
  parseCount,
  parseDate,
  parseIndicatorCode,
  parsePriority,
  parseRegion,
  parseSectors,
  parseStatus,
  parseTargets,
  parseUrl,
  parseYear,
  parseYesNo,
  splitList,
} from './values.ts';
import type { Parsed } from './values.ts';

export type CellValue = string | number | boolean | string[] | null;
export type RowValues = Record<string, CellValue>;

export type Outcome = 'publiee' | 'rejetee' | 'doublon';

/** A row of a file, read; it may be published while it has no error. */
export interface Candidate {
  readonly fichier: string;
  readonly line: number;
  readonly values: RowValues;
  readonly layout: FileLayout;
  /** The key column's text as written, for duplicate messages. */
  keyText: string;
  /** The row's region code, when readable (kept for rejected rows too: the data page groups files by region). */
  region: string | null;
  /** Set (maybe empty, when the file's cap left its problems out) once the row has an error. */
  errors: Problem[] | undefined;
  /** The warnings kept in full; `warningCount` counts them all. */
  warnings: Problem[] | undefined;
  warningCount: number;
  outcome: Outcome | undefined;
}

/**
 * The most characters a text cell holds (contract §1.5, "beyond what a
 * column can hold"): an Excel cell's limit, so every published value fits
 * the workbooks, and a CSV line stays within what DuckDB's reader takes.
 */
export const MAX_TEXT_CHARS = 32_767;

const text = (raw: string): Parsed<string> => {
  const s = raw.trim();
  if (s.length > MAX_TEXT_CHARS) return new Invalid({ code: 'texte-trop-long', params: { length: s.length, max: MAX_TEXT_CHARS } });
  return s === '' ? null : s;
};

const PARSERS: Record<ColumnType, (raw: string) => Parsed<CellValue>> = {
  text,
  identifier: text,
  alliance: text,
  'indicator-value': text,
  year: parseYear,
  region: parseRegion,
  priority: parsePriority,
  status: parseStatus,
  date: parseDate,
  amount: parseAmount,
  count: (raw) => parseCount(raw, 0),
  'positive-count': (raw) => parseCount(raw, 1),
  'yes-no': parseYesNo,
  targets: parseTargets,
  'mrc-list': (raw) => {
    const list = splitList(raw);
    return list.length === 0 ? null : list;
  },
  'sector-list': parseSectors,
  url: parseUrl,
  indicator: parseIndicatorCode,
};

/**
 * Types whose values repeat from row to row: parsed once per distinct text
 * in a file. Parsed values are shared between rows, so never mutated.
 */
const CACHED = new Set<ColumnType>(['year', 'region', 'priority', 'status', 'date', 'amount', 'count', 'yes-no', 'targets', 'mrc-list', 'sector-list', 'indicator', 'alliance']);

export interface LayoutColumn {
  readonly column: Column;
  readonly index: number;
  readonly header: string;
  readonly cache: Map<string, Parsed<CellValue>> | null;
}

export interface FileLayout {
  readonly kind: Kind;
  readonly fichier: string;
  readonly headerLength: number;
  readonly columns: readonly LayoutColumn[];
  readonly byName: ReadonlyMap<string, LayoutColumn>;
  /** Warnings on the header (unknown, personal, duplicate columns), as kept by the cap. */
  readonly problems: Problem[];
  /** How many warnings the header drew, kept or not. */
  readonly headerWarnings: number;
  /** The file's problem cap: every problem of its rows goes through it. */
  readonly cap: ProblemCap;
  /** Builds a row from the parsed values in column order. */
  readonly build: RowFactory;
  /** Position of `region` among the columns, or -1. */
  readonly regionIndex: number;
  /** Counts the data-quality page shows besides the report's (per file). */
  readonly tally: { mrc: number };
}

type RowFactory = (parsed: readonly CellValue[], regionName: string | null) => RowValues;

const FACTORIES = new Map<Kind, RowFactory>();

/**
 * One constructor per kind, compiled once from the schema's column names
 * (constants, never input): every row is an object literal of one shape,
 * with `region_nom` after `region` as published, which V8 builds and
 * serialises much faster than objects filled key by key.
 */
function rowFactory(kind: Kind): RowFactory {
  let factory = FACTORIES.get(kind);
  if (!factory) {
    const props = SCHEMAS[kind].flatMap((c, i) => {
      const own = `${JSON.stringify(c.name)}: v[${i}]`;
      return c.name === 'region' ? [own, '"region_nom": regionName'] : [own];
    });
    factory = new Function('v', 'regionName', `return { ${props.join(', ')} };`) as RowFactory;
    FACTORIES.set(kind, factory);
  }
  return factory;
}

/** Maps schema columns to header positions and reports the other columns. */
export function layoutFor(kind: Kind, header: readonly string[], fichier: string, headerLine: number, cap: ProblemCap = new ProblemCap(fichier)): FileLayout {
  const problems: Problem[] = [];
  let headerWarnings = 0;
  const warn = (colonne: string, cause: Cause): void => {
    headerWarnings++;
    const p = problemOf(fichier, headerLine, colonne, '', cause, 'avertissement');
    if (cap.admit(p)) problems.push(p);
  };
  const { roles, positions } = resolveHeader(kind, header.map(normaliseHeader));
  header.forEach((name, index) => {
    const role = roles[index]!;
    if (role.role === 'empty') {
      warn(name, { code: 'colonne-sans-nom' });
    } else if (role.role === 'taken') {
      warn(name, role.canonical ? { code: 'colonne-en-double' } : { code: 'colonne-deja-lue', params: { column: role.column, by: header[role.by]! } });
    } else if (role.role === 'other') {
      const normalised = normaliseHeader(name);
      warn(name, { code: looksPersonal(normalised) ? 'renseignements-personnels' : 'colonne-inconnue' });
    }
  });
  const columns = SCHEMAS[kind].map((column): LayoutColumn => {
    const index = positions.get(column.name) ?? -1;
    return { column, index, header: index >= 0 ? header[index]! : column.name, cache: CACHED.has(column.type) ? new Map() : null };
  });
  return { kind, fichier, headerLength: header.length, columns, byName: new Map(columns.map((c) => [c.column.name, c])), problems, headerWarnings, cap, build: rowFactory(kind), regionIndex: columns.findIndex((c) => c.column.name === 'region'), tally: { mrc: 0 } };
}

/** The text of a schema column in a record, as written. */
export function cellText(layout: FileLayout, fields: readonly string[], name: string): string {
  const index = layout.byName.get(name)?.index ?? -1;
  return index >= 0 ? (fields[index] ?? '') : '';
}

/**
 * A refused value's cause with its column, made once per refused text and
 * column (the parse cache gives the same `Invalid` for the same text): a
 * file of a million rows refused for the same reason allocates no object per
 * row (its peak memory stays that of the rows it reads).
 */
const WITH_COLUMN = new WeakMap<Invalid, Cause>();
function causeIn(parsed: Invalid, column: string): Cause {
  let cause = WITH_COLUMN.get(parsed);
  if (cause === undefined) {
    cause = { ...parsed.cause, column };
    WITH_COLUMN.set(parsed, cause);
  }
  return cause;
}

/** `obligatoire` for each column, made once. */
const REQUIRED = new Map<string, Cause>();
function requiredIn(column: string): Cause {
  let cause = REQUIRED.get(column);
  if (cause === undefined) {
    cause = { code: 'obligatoire', column };
    REQUIRED.set(column, cause);
  }
  return cause;
}

export function addProblem(
  c: Candidate,
  gravite: Severity,
  colonne: string,
  valeur: string,
  cause: Cause,
): void {
  // Counted first: a problem left out by the cap is never built (millions of them on a hostile file).
  const kept = c.layout.cap.admitReason(gravite, colonne, cause, c.line);
  const problem = (): Problem => problemOf(c.fichier, c.line, colonne, clipText(valeur), cause, gravite);
  if (gravite === 'erreur') {
    c.errors ??= [];
    if (kept) c.errors.push(problem());
  } else {
    c.warningCount++;
    if (kept) (c.warnings ??= []).push(problem());
  }
}

/** Reads one record into a candidate row: values parsed, problems listed. */
export function readRow(layout: FileLayout, record: CsvRecord, keyColumn: string): Candidate {
  const { fields } = record;
  const columns = layout.columns;
  const parsedValues = new Array<CellValue>(columns.length);
  const c: Candidate = {
    fichier: layout.fichier,
    line: record.line,
    values: {},
    layout,
    keyText: cellText(layout, fields, keyColumn),
    region: null,
    errors: undefined,
    warnings: undefined,
    warningCount: 0,
    outcome: undefined,
  };
  if (record.quoteError) addProblem(c, 'erreur', '', '', record.quoteError);
  // Even empty extra fields reject the row: an unquoted delimiter shifts
  // every later column, and the values would be published in the wrong place.
  if (fields.length > layout.headerLength) {
    const extra = fields.slice(layout.headerLength).join(' | ');
    addProblem(c, 'erreur', '', extra, { code: 'champs-en-trop', params: { fields: fields.length, header: layout.headerLength } });
  }
  for (let k = 0; k < columns.length; k++) {
    const { column, index, header, cache } = columns[k]!;
    const cell = index >= 0 ? (fields[index] ?? '') : '';
    const issue = index >= 0 ? record.issues?.get(index) : undefined;
    if (issue) {
      addProblem(c, 'erreur', header, issue.valeur, { ...issue.cause, column: column.name });
      parsedValues[k] = null;
      continue;
    }
    let parsed: Parsed<CellValue>;
    if (cache) {
      parsed = cache.get(cell) as Parsed<CellValue>;
      if (parsed === undefined) {
        parsed = PARSERS[column.type](cell);
        cache.set(cell, parsed);
      }
    } else {
      parsed = PARSERS[column.type](cell);
    }
    if (parsed instanceof Invalid) {
      addProblem(c, column.type === 'url' ? 'avertissement' : 'erreur', header, cell, causeIn(parsed, column.name));
      parsedValues[k] = null;
    } else {
      if (parsed === null && column.required) addProblem(c, 'erreur', header, cell, requiredIn(column.name));
      parsedValues[k] = parsed;
    }
  }
  const region = layout.regionIndex >= 0 ? parsedValues[layout.regionIndex] : null;
  c.region = typeof region === 'string' ? region : null;
  // A rejected row's values are never read: not built (hostile files reject hundreds of thousands).
  if (!c.errors) (c as { values: RowValues }).values = layout.build(parsedValues, c.region === null ? null : (regionByCode(c.region)?.name ?? null));
  return c;
}

/**
 * Turns a file's records into typed rows of its kind, column by column, as
 * the schema says. Unknown and personal columns are reported once per file
 * and never copied into a row.
 */
import { SCHEMAS } from '../schema/contract.ts';
import type { Column, ColumnType, Kind } from '../schema/contract.ts';
import { looksPersonal, normaliseHeader } from './headers.ts';
import type { Problem } from './problems.ts';
import type { CsvRecord } from './read.ts';
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

/** A row of a file, read; `errors` empty means it may be published. */
export interface Candidate {
  readonly fichier: string;
  readonly line: number;
  readonly values: RowValues;
  readonly errors: Problem[];
  readonly warnings: Problem[];
  /** Raw cell of each schema column (for messages), by canonical name. */
  readonly raw: Record<string, string>;
  /** Header name as written in the file, by canonical name. */
  readonly headerOf: Record<string, string>;
}

const text = (raw: string): Parsed<string> => {
  const s = raw.trim();
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

export interface FileLayout {
  readonly columns: ReadonlyArray<{ column: Column; index: number }>;
  readonly headerOf: Record<string, string>;
  readonly problems: Problem[];
}

/** Maps schema columns to header positions and reports the other columns. */
export function layoutFor(kind: Kind, header: readonly string[], fichier: string, headerLine: number): FileLayout {
  const positions = new Map<string, number>();
  const problems: Problem[] = [];
  const warn = (colonne: string, raison: string): void => {
    problems.push({ fichier, ligne: headerLine, colonne, valeur: '', raison, gravite: 'avertissement' });
  };
  const known = new Set(SCHEMAS[kind].map((c) => c.name));
  header.forEach((name, index) => {
    const normalised = normaliseHeader(name);
    if (normalised === '') {
      warn(name, 'colonne sans nom : ignorée');
    } else if (known.has(normalised)) {
      if (positions.has(normalised)) warn(name, 'colonne en double : seule la première est lue');
      else positions.set(normalised, index);
    } else if (looksPersonal(normalised)) {
      warn(name, 'colonne qui semble contenir des renseignements personnels : jamais publiée');
    } else {
      warn(name, 'colonne inconnue : jamais publiée');
    }
  });
  const columns = SCHEMAS[kind].map((column) => ({ column, index: positions.get(column.name) ?? -1 }));
  const headerOf: Record<string, string> = {};
  for (const { column, index } of columns) headerOf[column.name] = index >= 0 ? header[index]! : column.name;
  return { columns, headerOf, problems };
}

/** Reads one record into a candidate row: values parsed, problems listed. */
export function readRow(layout: FileLayout, record: CsvRecord, fichier: string, headerLength: number): Candidate {
  const values: RowValues = {};
  const raw: Record<string, string> = {};
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const problem = (colonne: string, valeur: string, raison: string, gravite: Problem['gravite']): Problem => ({
    fichier,
    ligne: record.line,
    colonne,
    valeur,
    raison,
    gravite,
  });
  if (record.quoteError) errors.push(problem('', '', record.quoteError, 'erreur'));
  const { fields } = record;
  if (fields.length > headerLength) {
    const extra = fields.slice(headerLength).filter((f) => f.trim() !== '');
    if (extra.length > 0) {
      errors.push(
        problem('', extra.join(' | '), `la ligne compte ${fields.length} champs, l'en-tête ${headerLength}`, 'erreur'),
      );
    }
  }
  for (const { column, index } of layout.columns) {
    const cell = index >= 0 ? (fields[index] ?? '') : '';
    raw[column.name] = cell;
    const parsed = PARSERS[column.type](cell);
    const colonne = layout.headerOf[column.name]!;
    if (parsed instanceof Invalid) {
      if (column.type === 'url') {
        warnings.push(problem(colonne, cell, parsed.reason, 'avertissement'));
        values[column.name] = null;
      } else {
        errors.push(problem(colonne, cell, parsed.reason, 'erreur'));
        values[column.name] = null;
      }
    } else {
      if (parsed === null && column.required) {
        errors.push(problem(colonne, cell, 'valeur obligatoire manquante', 'erreur'));
      }
      values[column.name] = parsed;
    }
  }
  return { fichier, line: record.line, values, errors, warnings, raw, headerOf: layout.headerOf };
}

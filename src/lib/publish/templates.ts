/**
 * The partners' templates (contract §8), downloadable from `/donnees/`:
 * for each kind a CSV file (UTF-8 with a BOM, `;`, the canonical header,
 * one example row), and one Excel workbook with a sheet per kind whose
 * coded cells offer the allowed values as drop-down lists, a « Colonnes »
 * sheet explaining every column (with the other headers accepted, §1.4) and
 * a hidden « Listes » sheet the drop-downs read.
 *
 * Everything is generated from the contract's schema (`SCHEMAS`) and the
 * reference lists, so the templates never drift from what the pipeline
 * accepts; a test reads them back through `ingestFiles`: every value is
 * read, and the example row is rejected as the template's (contract §1.5,
 * ingest/rules.ts), so a partner who leaves it in never publishes it. The
 * example rows are fictional and say so in their values (`EXEMPLE-1`,
 * « Exemple : … », « Organisme fictif »): the contract's CSV has no comment
 * syntax.
 */
import { columnNamed, normaliseHeader } from '../ingest/headers.ts';
import { KINDS, SCHEMAS } from '../contract/columns.ts';
import type { Column, ColumnType, Kind } from '../contract/columns.ts';
import { SECTORS, STATUSES, TARGETS, REPORTED_NUMBER, REPORTED_YES_NO } from '../contract/codes.ts';
import { PRIORITIES } from '../contract/priorities.ts';
import { REGIONS } from '../contract/regions.ts';
import type { Content } from '../formats/content.ts';
import { fromString } from '../formats/content.ts';
import { BOM, neutralise } from '../formats/csvWrite.ts';
import { columnName, sheetRange, workbook } from '../formats/xlsxWrite.ts';
import type { CellKind, ListValidation, Sheet } from '../formats/xlsxWrite.ts';

/** The templates' folder, below `donnees/`. */
export const TEMPLATE_DIR = 'modeles';
export const TEMPLATE_WORKBOOK = 'modeles-alliances-solidarite.xlsx';
export const templateCsvName = (kind: Kind): string => `modele-${kind}.csv`;

/** Rows of a kind's sheet that carry the drop-down lists (header excluded). */
export const TEMPLATE_ROWS = 1000;
export const LISTS_SHEET = 'Listes';
export const COLUMNS_SHEET = 'Colonnes';

/**
 * The reporting year (1 November to 31 October) of a date: the example
 * rows' year follows the build date, as the partners' next files will.
 */
export function reportingYear(iso: string): [number, number] {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return month >= 11 ? [year, year + 1] : [year - 1, year];
}

/** One fictional example row per kind, by column name; a column left out is empty. */
export function exampleRows(created: string): Record<Kind, Record<string, string>> {
  const [y1, y2] = reportingYear(created);
  const annee = `${y1}-${y2}`;
  const region = REGIONS[0]!.code;
  return {
    alliances: {
      alliance: 'EXEMPLE',
      region,
      nom: 'Exemple : Alliance fictive',
      responsable: 'Organisme fictif',
      enveloppe: '1000000',
      date_convention: `${y1}-06-15`,
      site_web: 'https://www.example.org/',
    },
    priorites: {
      region,
      code: 'EXEMPLE-P1',
      libelle: 'Exemple : priorité régionale fictive',
      priorite: PRIORITIES[0]!.code,
    },
    initiatives: {
      annee,
      region,
      id: 'EXEMPLE-1',
      titre: 'Exemple : initiative fictive à remplacer',
      organisme: 'Organisme fictif',
      priorite: PRIORITIES[0]!.code,
      priorite_regionale: 'EXEMPLE-P1',
      statut: 'en-cours',
      date_debut: `${y1}-11-15`,
      date_fin: `${y2}-10-31`,
      montant_fqis: '25000',
      autres_contributions: '5000',
      personnes_rejointes: '120',
      cibles_atteintes: 'partiellement',
      nb_organisations: '3',
      secteurs: 'communautaire|municipal',
      mise_en_commun: 'oui',
      participation_personnes: 'oui',
      pratique_gagnante: 'non',
      description: 'Exemple : ligne fictive, à remplacer par vos initiatives',
    },
    indicateurs: {
      annee,
      region,
      indicateur: '1.1',
      valeur: 'oui',
      commentaire: 'Exemple : ligne fictive, à remplacer',
    },
    contexte: {
      annee,
      region,
      population: '200000',
      personnes_faible_revenu: '20000',
      source: 'Exemple : source fictive (éditeur, tableau, date de référence)',
    },
  };
}

const exampleOf = (kind: Kind, created: string): string[] => {
  const row = exampleRows(created)[kind];
  return SCHEMAS[kind].map((c) => row[c.name] ?? '');
};

/** A field of a `;`-delimited CSV: neutralised like the published CSV, quoted when needed. */
function semicolonField(value: string): string {
  const text = neutralise(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A kind's CSV template: BOM, `;`, CRLF, the canonical header and the example row. */
export function templateCsv(kind: Kind, created: string): string {
  const lines = [SCHEMAS[kind].map((c) => c.name), exampleOf(kind, created)].map((cells) => cells.map(semicolonField).join(';'));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A drop-down list of the « Listes » sheet: its header, its values and, beside them, their names. */
interface List {
  readonly header: string;
  readonly values: readonly string[];
  readonly names?: readonly string[];
}

// Headers that name no kind's required columns, so the sheet is never taken for data.
const LISTS = {
  region: { header: 'Codes des régions', values: REGIONS.map((r) => r.code), names: REGIONS.map((r) => r.name) },
  priority: { header: 'Codes des priorités nationales', values: PRIORITIES.map((p) => p.code), names: PRIORITIES.map((p) => p.labelFr) },
  status: { header: 'Codes des statuts', values: STATUSES },
  targets: { header: 'Cibles atteintes (valeurs)', values: TARGETS },
  sector: { header: 'Codes des secteurs', values: SECTORS },
  yesNo: { header: 'Oui ou non', values: ['oui', 'non'] },
  indicator: { header: 'Indicateurs déclarés', values: [...REPORTED_YES_NO, ...REPORTED_NUMBER].sort() },
} satisfies Record<string, List>;
type ListName = keyof typeof LISTS;

/** The lists' places on the « Listes » sheet: one column each, and a names column when it has names. */
function listColumns(): Map<ListName, number> {
  const at = new Map<ListName, number>();
  let column = 0;
  for (const [name, list] of Object.entries(LISTS) as Array<[ListName, List]>) {
    at.set(name, column);
    column += list.names ? 2 : 1;
  }
  return at;
}

/** How a column type's cells are chosen: which list, and whether another value is refused. */
const CHOICES: Partial<Record<ColumnType, { list: ListName; errorStyle: ListValidation['errorStyle']; hint?: string }>> = {
  region: { list: 'region', errorStyle: 'stop', hint: 'Code à deux chiffres de la région administrative (01 à 17).' },
  priority: { list: 'priority', errorStyle: 'warning' },
  status: { list: 'status', errorStyle: 'stop' },
  targets: { list: 'targets', errorStyle: 'stop', hint: 'oui, non ou partiellement; vide si les cibles ne sont pas encore évaluées.' },
  'sector-list': { list: 'sector', errorStyle: 'information', hint: 'Un secteur de la liste, ou plusieurs séparés par | (par exemple communautaire|municipal).' },
  'yes-no': { list: 'yesNo', errorStyle: 'warning' },
  indicator: { list: 'indicator', errorStyle: 'warning', hint: '1.1, 1.2, 2.1 ou 2.3; un indicateur régional s’écrit R.<code>.' },
};

function listsSheet(): Sheet {
  const header: string[] = [];
  const columns: Array<readonly string[]> = [];
  for (const list of Object.values(LISTS) as List[]) {
    header.push(list.header);
    columns.push(list.values);
    if (list.names) {
      header.push('Nom');
      columns.push(list.names);
    }
  }
  const length = Math.max(...columns.map((c) => c.length));
  const rows = Array.from({ length }, (_, r) => columns.map((c) => c[r] ?? ''));
  return { name: LISTS_SHEET, header, columns: header.map((h) => ({ kind: 'text', width: Math.max(h.length + 2, 12) })), rows, hidden: true };
}

/** Excel reads the cell types: amounts and counts as numbers, dates as dates. */
const CELL_KIND: Partial<Record<ColumnType, CellKind>> = { amount: 'number', count: 'number', 'positive-count': 'number', date: 'date' };

function validations(kind: Kind): ListValidation[] {
  const at = listColumns();
  return SCHEMAS[kind].flatMap((column, i): ListValidation[] => {
    const choice = CHOICES[column.type];
    if (!choice) return [];
    const list: List = LISTS[choice.list];
    const letter = columnName(i);
    const text = choice.hint ?? `${column.fr}. Choisissez dans la liste.`;
    return [
      {
        sqref: `${letter}2:${letter}${TEMPLATE_ROWS + 1}`,
        source: sheetRange(LISTS_SHEET, at.get(choice.list)!, 2, list.values.length + 1),
        errorStyle: choice.errorStyle,
        prompt: { title: column.name.slice(0, 32), text: text.slice(0, 255) },
        error: { title: 'Valeur hors liste', text: `Valeurs acceptées : ${list.values.join(', ')}.`.slice(0, 255) },
      },
    ];
  });
}

function kindSheet(kind: Kind, created: string): Sheet {
  const example = exampleOf(kind, created);
  return {
    name: kind,
    header: SCHEMAS[kind].map((c) => c.name),
    columns: SCHEMAS[kind].map((c, i) => {
      const cellKind = CELL_KIND[c.type] ?? 'text';
      return { kind: cellKind, width: Math.min(Math.max(c.name.length, example[i]!.length, cellKind === 'date' ? 10 : 0) + 3, 45), ...(cellKind === 'date' ? { dateFormat: true } : {}) };
    }),
    rows: [example],
    validations: validations(kind),
  };
}

/**
 * The other headers that name a column in a kind's files (contract §1.4):
 * its synonyms, less any that is another column's own name in that kind.
 * The « Colonnes » sheet and the data dictionary page print these.
 */
export function acceptedHeaders(kind: Kind, column: Column): string[] {
  return column.synonyms.filter((s) => columnNamed(kind, normaliseHeader(s)) === column.name);
}

/** What a column accepts, in French, for the « Colonnes » sheet. */
function accepted(column: Column): string {
  switch (column.type) {
    case 'region':
      return REGIONS.map((r) => `${r.code} ${r.name}`).join('; ');
    case 'priority':
      return `${PRIORITIES.map((p) => p.code).join(', ')} (ou le libellé de la priorité)`;
    case 'status':
      return STATUSES.join(', ');
    case 'targets':
      return `${TARGETS.join(', ')}; vide si pas encore évaluées`;
    case 'sector-list':
      return `${SECTORS.join(', ')}; plusieurs séparés par |`;
    case 'yes-no':
      return 'oui ou non';
    case 'year':
      return 'AAAA-AAAA, par exemple 2025-2026';
    case 'date':
      return 'date AAAA-MM-JJ (ou une date Excel)';
    case 'amount':
      return 'nombre, en dollars';
    case 'count':
      return 'nombre entier, 0 ou plus';
    case 'positive-count':
      return 'nombre entier, 1 ou plus';
    case 'url':
      return 'adresse commençant par http:// ou https://';
    case 'mrc-list':
      return 'noms ou codes géographiques des MRC, séparés par |';
    case 'indicator':
      return '1.1, 1.2, 2.1, 2.3 ou R.<code>';
    case 'indicator-value':
      return 'oui ou non pour 1.1, 1.2 et 2.3; un nombre pour 2.1 et R.*';
    default:
      return 'texte';
  }
}

function columnsSheet(): Sheet {
  const rows = KINDS.flatMap((kind) => SCHEMAS[kind].map((c) => [kind, c.name, c.required ? 'oui' : 'non', c.fr, c.en, accepted(c), acceptedHeaders(kind, c).join(', ')]));
  return {
    name: COLUMNS_SHEET,
    header: ['type de fichier', 'colonne', 'obligatoire', 'description', 'description (English)', 'valeurs acceptées', 'autres en-têtes acceptés'],
    columns: [
      { kind: 'text', width: 16 },
      { kind: 'text', width: 26 },
      { kind: 'text', width: 12 },
      { kind: 'text', width: 50, wrap: true },
      { kind: 'text', width: 50, wrap: true },
      { kind: 'text', width: 50, wrap: true },
      { kind: 'text', width: 50, wrap: true },
    ],
    rows,
    notes: [
      `Une feuille par type de fichier (${KINDS.join(', ')}) : gardez la ligne d’en-tête telle quelle et remplissez une ligne par enregistrement.`,
      'La ligne 2 de chaque feuille est un exemple fictif (« Exemple : … », « Organisme fictif ») : remplacez-la ou supprimez-la avant l’envoi.',
      'Les cellules codées offrent une liste déroulante des valeurs acceptées; les feuilles sans données peuvent être supprimées.',
      'Vérifiez le fichier avant de l’envoyer : page « Vérifier un fichier » (/verifier/) du tableau de bord, ou npm run validate.',
    ],
  };
}

/** The workbook of every kind's template; deterministic for a given build date. */
export function templateWorkbook(created: string): Content {
  return workbook([...KINDS.map((k) => kindSheet(k, created)), columnsSheet(), listsSheet()], {
    title: 'Modèles à remplir — Alliances pour la solidarité',
    creator: 'Alliances pour la solidarité — tableau de bord',
    description: 'Une feuille par type de fichier du contrat de données; la feuille « Colonnes » décrit chaque colonne.',
    language: 'fr-CA',
    created,
  });
}

/** File name (in `donnees/modeles/`) → content: the CSV templates, then the workbook. */
export function templateFiles(created: string): Record<string, Content> {
  const files: Record<string, Content> = {};
  for (const kind of KINDS) files[templateCsvName(kind)] = fromString(templateCsv(kind, created));
  files[TEMPLATE_WORKBOOK] = templateWorkbook(created);
  return files;
}

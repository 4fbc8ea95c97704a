/**
 * How each fictional partner writes its CSV exports (data contract §1.1):
 * encoding, delimiter, line endings, amounts, dates, yes/no, region and
 * status spellings, header style. One dialect per region (all the files of
 * a region come from the same person's spreadsheet), one for the ministry.
 */
import { PRIORITIES } from '../../src/lib/contract/priorities.ts';
import { regionByCode } from '../../src/lib/contract/regions.ts';
import { STATUS_LABELS } from '../../src/lib/contract/codes.ts';
import type { Status } from '../../src/lib/contract/codes.ts';

export type Encoding = 'windows-1252' | 'utf-8-bom' | 'utf-8';
export type Delimiter = ';' | ',' | '\t';
/**
 * `fr-nbsp` 12 500,00 $ (U+00A0), `fr-nnbsp` 12 500,00 $ (U+202F, UTF-8
 * only), `fr-space` 12 500 $ (plain space), `fr-bare` 12500,50, `plain`
 * 12500.5, `en-dollar` $12,500.50.
 */
export type AmountStyle = 'fr-nbsp' | 'fr-nnbsp' | 'fr-space' | 'fr-bare' | 'plain' | 'en-dollar';
export type DateStyle = 'dmy' | 'iso' | 'ymd-slash';
export type YesNoStyle = 'Oui/Non' | 'oui/non' | 'O/N';
/** `code` 04, `short-code` 4, `name` official name, `spaced-name` with ` - ` for the en dash. */
export type RegionStyle = 'code' | 'short-code' | 'name' | 'spaced-name';
/** `partner`: the partner's own words for the columns, synonyms of the contract's (§1.4). */
export type HeaderStyle = 'accented' | 'snake' | 'upper' | 'partner';

export interface Dialect {
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  readonly eol: '\r\n' | '\n';
  readonly amount: AmountStyle;
  readonly date: DateStyle;
  readonly yesNo: YesNoStyle;
  readonly region: RegionStyle;
  /** Statuses written as their French labels (`Complétée`, `En cours`). */
  readonly statusLabels: boolean;
  /** National priorities written as their French labels. */
  readonly priorityLabels: boolean;
  readonly headers: HeaderStyle;
  /** Write the `alliance` column even when the region has one Alliance. */
  readonly allianceColumn: boolean;
  /**
   * The partner keeps its files as sheets of one Excel workbook of that
   * name (contract §8), amounts and dates typed as numbers and dates.
   */
  readonly workbook?: string;
}

const excelFr: Dialect = {
  encoding: 'windows-1252',
  delimiter: ';',
  eol: '\r\n',
  amount: 'fr-nbsp',
  date: 'dmy',
  yesNo: 'Oui/Non',
  region: 'code',
  statusLabels: true,
  priorityLabels: true,
  headers: 'accented',
  allianceColumn: false,
};
const excelUtf8: Dialect = {
  encoding: 'utf-8-bom',
  delimiter: ',',
  eol: '\r\n',
  amount: 'plain',
  date: 'iso',
  yesNo: 'oui/non',
  region: 'code',
  statusLabels: false,
  priorityLabels: false,
  headers: 'snake',
  allianceColumn: true,
};
const tabbed: Dialect = { ...excelUtf8, encoding: 'utf-8', delimiter: '\t', eol: '\n' };

/** The dialect of each region's files, by region code. */
export const REGION_DIALECTS: Readonly<Record<string, Dialect>> = {
  '01': excelFr,
  '02': { ...excelFr, amount: 'fr-space', region: 'name', statusLabels: false },
  '03': excelUtf8,
  '04': { ...excelFr, region: 'short-code', allianceColumn: true },
  '05': { ...excelFr, amount: 'fr-space', priorityLabels: false },
  '06': { ...excelUtf8, allianceColumn: false },
  '07': { ...excelUtf8, amount: 'en-dollar', headers: 'accented' },
  '08': excelFr,
  '09': { ...excelFr, amount: 'fr-space', region: 'short-code', statusLabels: false },
  '10': { ...tabbed, region: 'name' },
  '11': { ...excelFr, region: 'spaced-name', amount: 'plain', date: 'iso', workbook: 'suivi-alliance.xlsx' },
  '12': { ...excelFr, headers: 'upper' },
  '13': { ...excelFr, encoding: 'utf-8-bom', eol: '\n', amount: 'fr-nnbsp', priorityLabels: false, headers: 'partner' },
  '14': { ...excelFr, date: 'ymd-slash', statusLabels: false },
  '15': { ...tabbed, yesNo: 'O/N', allianceColumn: false },
  '16': { ...excelFr, amount: 'fr-space', region: 'name' },
  '17': { ...excelFr, amount: 'fr-bare', statusLabels: false, priorityLabels: false },
};

export const MINISTRY_DIALECT: Dialect = { ...excelFr, allianceColumn: true };

export function dialectOf(regionCode: string): Dialect {
  const d = REGION_DIALECTS[regionCode];
  if (!d) throw new Error(`no dialect for region ${regionCode}`);
  return d;
}

/** One line of plain words describing a dialect, for the README. */
export function describeDialect(d: Dialect): string {
  const enc = { 'windows-1252': 'Windows-1252', 'utf-8-bom': 'UTF-8 + BOM', 'utf-8': 'UTF-8 sans BOM' }[d.encoding];
  const delim = { ';': '`;`', ',': '`,`', '\t': 'tab' }[d.delimiter];
  const amount = {
    'fr-nbsp': '`12 500,00 $` (U+00A0)',
    'fr-nnbsp': '`12 500,00 $` (U+202F)',
    'fr-space': '`12 500 $`',
    'fr-bare': '`12500,50`',
    plain: '`12500.5`',
    'en-dollar': '`$12,500.50`',
  }[d.amount];
  const date = { dmy: '`31/03/2025`', iso: '`2025-03-31`', 'ymd-slash': '`2025/03/31`' }[d.date];
  const region = { code: 'code `01`…`17`', 'short-code': 'code sans zéro (`4`)', name: 'nom officiel', 'spaced-name': 'nom avec ` - ` pour le tiret demi-cadratin' }[d.region];
  const headers = { accented: 'accentués (`Montant FQIS`)', snake: 'canoniques (`montant_fqis`)', upper: 'majuscules (`MONTANT-FQIS`)', partner: 'du partenaire (`Organisme porteur`, `Montant versé` : synonymes du §1.4)' }[d.headers];
  const statuses = d.statusLabels ? 'statuts en libellés (`Complétée`)' : 'statuts en codes';
  const priorities = d.priorityLabels ? 'priorités en libellés' : 'priorités en codes';
  const eol = d.eol === '\r\n' ? 'CRLF' : 'LF';
  if (d.workbook) return ['classeur Excel `.xlsx`, une feuille par fichier', 'montants et dates saisis comme nombres et dates', `\`${d.yesNo}\``, `région : ${region}`, `en-têtes ${headers}`, statuses, priorities].join(', ');
  return [enc, delim, eol, amount, date, `\`${d.yesNo}\``, `région : ${region}`, `en-têtes ${headers}`, statuses, priorities].join(', ');
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** An amount given in cents, as the dialect writes it. */
export function formatAmount(cents: number, style: AmountStyle): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const whole = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, '0');
  switch (style) {
    case 'fr-nbsp':
      return `${sign}${group(whole, NBSP)},${frac}${NBSP}$`;
    case 'fr-nnbsp':
      return `${sign}${group(whole, NNBSP)},${frac}${NBSP}$`;
    case 'fr-space':
      return `${sign}${group(whole, ' ')}${frac === '00' ? '' : `,${frac}`} $`;
    case 'fr-bare':
      return `${sign}${whole}${frac === '00' ? '' : `,${frac}`}`;
    case 'plain':
      return `${sign}${whole}${frac === '00' ? '' : `.${frac.replace(/0$/, '')}`}`;
    case 'en-dollar':
      return `${sign}$${group(whole, ',')}.${frac}`;
  }
}

/** A count, with the thousands separator of the dialect's amounts. */
export function formatCount(n: number, style: AmountStyle): string {
  const digits = String(Math.round(n));
  if (style === 'fr-nbsp') return group(digits, NBSP);
  if (style === 'fr-nnbsp') return group(digits, NNBSP);
  if (style === 'fr-space') return group(digits, ' ');
  return digits;
}

/** An ISO date (`2025-03-31`) as the dialect writes it. */
export function formatDate(iso: string, style: DateStyle): string {
  if (iso === '') return '';
  const [y, m, d] = iso.split('-');
  if (style === 'dmy') return `${d}/${m}/${y}`;
  if (style === 'ymd-slash') return `${y}/${m}/${d}`;
  return iso;
}

export function formatYesNo(value: boolean | null, style: YesNoStyle): string {
  if (value === null) return '';
  const [yes, no] = style.split('/') as [string, string];
  return value ? yes : no;
}

export function formatRegion(code: string, style: RegionStyle): string {
  const region = regionByCode(code);
  if (style === 'code' || !region) return code;
  if (style === 'short-code') return String(Number(code));
  if (style === 'name') return region.name;
  return region.name.replace('–', ' - ');
}

export function formatStatus(status: Status, labels: boolean): string {
  return labels ? STATUS_LABELS[status].fr : status;
}

export function formatPriority(code: string, labels: boolean): string {
  if (!labels) return code;
  // As a partner types it in Excel: a straight apostrophe.
  return PRIORITIES.find((p) => p.code === code)?.labelFr.replace(/’/g, "'") ?? code;
}

const ACCENTED: Readonly<Record<string, string>> = {
  annee: 'Année',
  region: 'Région',
  id: 'ID',
  mrc: 'MRC',
  priorite: 'Priorité',
  priorite_regionale: 'Priorité régionale',
  date_debut: 'Date début',
  date_fin: 'Date fin',
  montant_fqis: 'Montant FQIS',
  nb_organisations: 'Nb organisations',
  resultats: 'Résultats',
  site_web: 'Site Web',
  libelle: 'Libellé',
  unite: 'Unité',
};

/**
 * Headers as a partner names the columns in its own spreadsheet: every one
 * is a synonym of contract §1.4 (a test checks that each names its column).
 */
const PARTNER: Readonly<Record<string, string>> = {
  annee: 'Année financière',
  region: 'Région administrative',
  id: 'No',
  titre: "Titre de l'initiative",
  organisme: 'Organisme porteur',
  mrc: 'Territoire',
  priorite: 'Priorité nationale',
  priorite_regionale: 'Priorité PAR',
  statut: "État d'avancement",
  date_debut: 'Date de début',
  date_fin: 'Date de fin',
  montant_fqis: 'Montant versé',
  autres_contributions: 'Autres sources',
  personnes_rejointes: 'Personnes touchées',
  cibles_atteintes: 'Atteinte des cibles',
  nb_organisations: "Nombre d'organisations",
  secteurs: 'Secteurs impliqués',
  mise_en_commun: 'Mise en commun des ressources',
  participation_personnes: 'Participation des personnes',
  pratique_gagnante: 'Bonne pratique',
  description: 'Résumé',
  resultats: 'Résultats observés',
  lien: 'Site',
  libelle: 'Intitulé',
  indicateur: 'Code indicateur',
  valeur: 'Résultat',
};

/** A canonical column name as the dialect's header writes it. */
export function headerName(column: string, style: HeaderStyle): string {
  if (style === 'snake') return column;
  if (style === 'partner' && PARTNER[column]) return PARTNER[column];
  const accented = ACCENTED[column] ?? column.charAt(0).toUpperCase() + column.slice(1).replace(/_/g, ' ');
  if (style === 'accented') return accented;
  const upper = accented.toUpperCase().replace(/ /g, '-');
  // One hand-typed header keeps a trailing blank, as such headers do.
  return column === 'mrc' ? `${upper} ` : upper;
}

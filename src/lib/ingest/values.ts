/**
 * Readers for every value format of the data contract §1.1. Each returns the
 * canonical value, `null` for an empty cell, or an `Invalid` carrying the
 * reason in plain French (shown to the partner who sent the file).
 */
import { findPriority } from '../contract/priorities.ts';
import { findRegion } from '../contract/regions.ts';
import { SECTORS, STATUSES, TARGETS } from '../contract/codes.ts';
import type { Sector, Status, Target } from '../contract/codes.ts';
import { fold, slugify } from '../common/text.ts';
import { reasonText } from '../contract/reasons.ts';
import type { Cause, ReasonCode } from '../contract/reasons.ts';

/** A value that cannot be read, and why (a cause of the catalogue, src/lib/contract/reasons.ts). */
export class Invalid {
  readonly cause: Cause;
  constructor(cause: Cause | ReasonCode) {
    this.cause = typeof cause === 'string' ? { code: cause } : cause;
  }
  /** The reason in French, as the report writes it. */
  get reason(): string {
    return reasonText(this.cause);
  }
}

export type Parsed<T> = T | null | Invalid;

/** Blanks a partner's spreadsheet may use as thousands separators. */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;
const ENGLISH_AMOUNT = /^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/;
const FRENCH_AMOUNT = /^\d+(,\d+)?$/;
/** `1,7E+308`, `1.23e11`: what Excel writes for a number too wide for its column. */
const EXPONENT = /^\d+([.,]\d+)?e[+-]?\d+$/i;

/**
 * The largest values a column holds (contract §1.5): far above any real
 * figure (the program's five-year total is 145 M$, Québec has fewer than
 * 10 million people), so a value beyond is a typing or export error.
 */
export const MAX_AMOUNT = 1_000_000_000;
export const MAX_COUNT = 100_000_000;
/** The reasons of a value beyond its column's limit, in French (tests compare them). */
export const TOO_LARGE_AMOUNT = reasonText({ code: 'montant-trop-eleve' });
export const TOO_LARGE_COUNT = reasonText({ code: 'nombre-trop-eleve' });

const LIMITS = new Set<ReasonCode>(['montant-trop-eleve', 'nombre-trop-eleve', 'montant-exposant', 'nombre-exposant']);

/** Whether a value was refused for its size or its exponent notation, a reason more precise than « illisible ». */
export function isLimitProblem(p: Invalid): boolean {
  return LIMITS.has(p.cause.code);
}

/** Why a number in exponent notation is refused: too large, or written so. */
function exponentProblem(s: string, what: 'montant' | 'nombre', max: number): Invalid {
  return new Invalid(Number(s.replace(',', '.')) <= max ? `${what}-exposant` : `${what}-trop-eleve`);
}

/**
 * The value of an unsigned decimal without blanks (`12500,50`,
 * `12,500.50`), or why it cannot be read: unreadable, in exponent
 * notation, or above `max` (400 digits read as Infinity are above it too).
 */
function readMagnitude(s: string, what: 'montant' | 'nombre', max: number): number | Invalid {
  if (EXPONENT.test(s)) return exponentProblem(s, what, max);
  let value: number;
  if (s.includes('.') && s.includes(',')) {
    if (!ENGLISH_AMOUNT.test(s)) return new Invalid(`${what}-illisible`);
    value = Number(s.replace(/,/g, ''));
  } else if (s.includes(',')) {
    if (FRENCH_AMOUNT.test(s)) value = Number(s.replace(',', '.'));
    else if (/^\d{1,3}(,\d{3}){2,}$/.test(s)) value = Number(s.replace(/,/g, ''));
    else return new Invalid(`${what}-illisible`);
  } else {
    if (!/^\d+(\.\d+)?$/.test(s)) return new Invalid(`${what}-illisible`);
    value = Number(s);
  }
  if (!(value <= max)) return new Invalid(`${what}-trop-eleve`);
  return value;
}

/**
 * Dollar amounts: `12500`, `12500.5`, `12 500,50 $`, `$12 500`, `12,500.50`.
 * A lone comma is the French decimal mark; with both `,` and `.` the
 * notation is English. Negative amounts, amounts above `MAX_AMOUNT` and
 * exponent notation are errors. Read to the cent, as the CSV publishes
 * them: `initiatives.json` then never holds a number like `1e-7`.
 */
export function parseAmount(raw: string): Parsed<number> {
  let s = raw.trim();
  if (s === '') return null;
  s = s.replace(/\$/g, '').replace(GROUP_SPACES, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    negative = true;
    s = s.slice(1);
  }
  const value = readMagnitude(s, 'montant', MAX_AMOUNT);
  if (value instanceof Invalid) return value;
  if (negative && value !== 0) return new Invalid('montant-negatif');
  return Math.round(value * 100) / 100;
}

/** Whole numbers from `min` to `MAX_COUNT`: `1 234`, `1234`. */
export function parseCount(raw: string, min = 0): Parsed<number> {
  let s = raw.trim();
  if (s === '') return null;
  s = s.replace(GROUP_SPACES, '');
  if (/^[-\u2212]\d+$/.test(s)) return new Invalid('nombre-negatif');
  if (EXPONENT.test(s)) return exponentProblem(s, 'nombre', MAX_COUNT);
  if (!/^\d+$/.test(s)) return new Invalid('entier-illisible');
  const value = Number(s);
  if (!(value <= MAX_COUNT)) return new Invalid('nombre-trop-eleve');
  if (value < min) return new Invalid({ code: 'nombre-trop-petit', params: { min } });
  return value;
}

/**
 * Any decimal number, French or English notation, sign allowed, at most
 * `MAX_COUNT` either side of zero (the regional indicators' values).
 */
export function parseNumber(raw: string): Parsed<number> {
  const s = raw.trim();
  if (s === '') return null;
  const negative = /^[-\u2212]/.test(s);
  const digits = (negative ? s.slice(1) : s).replace(/\$/g, '').replace(GROUP_SPACES, '');
  const magnitude = readMagnitude(digits, 'nombre', MAX_COUNT);
  if (magnitude instanceof Invalid) return magnitude;
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

function isoDate(year: number, month: number, day: number): string | Invalid {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return new Invalid('date-inexistante');
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Dates `2025-03-31`, `31/03/2025` (day first, never month first), `2025/03/31`. */
export function parseDate(raw: string): Parsed<string> {
  const s = raw.trim();
  if (s === '') return null;
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const result = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (result instanceof Invalid && Number(m[2]) > 12 && Number(m[1]) <= 12) {
      return new Invalid('date-mois-premier');
    }
    return result;
  }
  return new Invalid('date-illisible');
}

const YES = new Set(['oui', 'o', 'yes', 'y', '1', 'vrai', 'true']);
const NO = new Set(['non', 'n', 'no', '0', 'faux', 'false']);

/** Yes/no; empty means "not reported", which is not `non`. */
export function parseYesNo(raw: string): Parsed<boolean> {
  const s = fold(raw);
  if (s === '') return null;
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return new Invalid('oui-non-illisible');
}

/** Reporting year `2024-2025` (an en dash is accepted), consecutive years. */
export function parseYear(raw: string): Parsed<string> {
  const s = raw.trim();
  if (s === '') return null;
  const m = /^(\d{4})\s*[-\u2013\u2014/]\s*(\d{4})$/.exec(s);
  if (!m) return new Invalid('annee-illisible');
  if (Number(m[2]) !== Number(m[1]) + 1) return new Invalid('annees-non-consecutives');
  return `${m[1]}-${m[2]}`;
}

export function parseRegion(raw: string): Parsed<string> {
  if (raw.trim() === '') return null;
  return findRegion(raw)?.code ?? new Invalid('region-inconnue');
}

export function parsePriority(raw: string): Parsed<string> {
  if (raw.trim() === '') return null;
  return findPriority(raw)?.code ?? new Invalid('priorite-inconnue');
}

const STATUS_SET = new Set<string>(STATUSES);
export function parseStatus(raw: string): Parsed<Status> {
  const s = slugify(raw);
  if (s === '') return null;
  return STATUS_SET.has(s) ? (s as Status) : new Invalid('statut-inconnu');
}

const TARGET_SET = new Set<string>(TARGETS);
export function parseTargets(raw: string): Parsed<Target> {
  const s = fold(raw);
  if (s === '') return null;
  if (TARGET_SET.has(s)) return s as Target;
  if (s === 'partiel' || s === 'partial' || s === 'partially') return 'partiellement';
  const yesNo = parseYesNo(s);
  if (typeof yesNo === 'boolean') return yesNo ? 'oui' : 'non';
  return new Invalid('cibles-inconnue');
}

/** `|`-separated list, blanks dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split('|')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

const SECTOR_SET = new Set<string>(SECTORS);
export function parseSectors(raw: string): Parsed<Sector[]> {
  const items = splitList(raw);
  if (items.length === 0) return null;
  const sectors: Sector[] = [];
  for (const item of items) {
    const s = slugify(item);
    if (!SECTOR_SET.has(s)) return new Invalid({ code: 'secteur-inconnu', params: { item } });
    if (!sectors.includes(s as Sector)) sectors.push(s as Sector);
  }
  return sectors;
}

/** An http(s) URL; anything else is reported and dropped (a warning). */
export function parseUrl(raw: string): Parsed<string> {
  const s = raw.trim();
  if (s === '') return null;
  try {
    const url = new URL(s);
    if (url.protocol === 'http:' || url.protocol === 'https:') return s;
  } catch {
    // fall through
  }
  return new Invalid('lien-invalide');
}

/** `1.1`, `1.2`, `2.1`, `2.3` or `R.<code>`; French Excel may write `1,1`. */
export function parseIndicatorCode(raw: string): Parsed<string> {
  const s = raw.trim();
  if (s === '') return null;
  const numeric = s.replace(',', '.');
  if (['1.1', '1.2', '2.1', '2.3'].includes(numeric)) return numeric;
  const m = /^r\.([a-z0-9][a-z0-9_-]*)$/i.exec(s);
  if (m) return `R.${m[1]!.toLowerCase()}`;
  return new Invalid('indicateur-inconnu');
}

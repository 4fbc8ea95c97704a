/**
 * Québec's 17 administrative regions (data contract §4).
 * Source: Gouvernement du Québec (MRNF), BDGA 1/1 000 000 — see data/geo/SOURCE.md.
 * The Québec government keeps the French names in English.
 */
import { slugify } from '../common/text.ts';

export interface Region {
  /** Two-digit code, `01`…`17`. */
  readonly code: string;
  /** Official name, with en dashes where the official name has them. */
  readonly name: string;
  /** URL slug (contract §4 and §5). */
  readonly slug: string;
}

export const REGIONS: readonly Region[] = [
  { code: '01', name: 'Bas-Saint-Laurent', slug: 'bas-saint-laurent' },
  { code: '02', name: 'Saguenay–Lac-Saint-Jean', slug: 'saguenay-lac-saint-jean' },
  { code: '03', name: 'Capitale-Nationale', slug: 'capitale-nationale' },
  { code: '04', name: 'Mauricie', slug: 'mauricie' },
  { code: '05', name: 'Estrie', slug: 'estrie' },
  { code: '06', name: 'Montréal', slug: 'montreal' },
  { code: '07', name: 'Outaouais', slug: 'outaouais' },
  { code: '08', name: 'Abitibi-Témiscamingue', slug: 'abitibi-temiscamingue' },
  { code: '09', name: 'Côte-Nord', slug: 'cote-nord' },
  { code: '10', name: 'Nord-du-Québec', slug: 'nord-du-quebec' },
  { code: '11', name: 'Gaspésie–Îles-de-la-Madeleine', slug: 'gaspesie-iles-de-la-madeleine' },
  { code: '12', name: 'Chaudière-Appalaches', slug: 'chaudiere-appalaches' },
  { code: '13', name: 'Laval', slug: 'laval' },
  { code: '14', name: 'Lanaudière', slug: 'lanaudiere' },
  { code: '15', name: 'Laurentides', slug: 'laurentides' },
  { code: '16', name: 'Montérégie', slug: 'monteregie' },
  { code: '17', name: 'Centre-du-Québec', slug: 'centre-du-quebec' },
];

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));
const BY_SLUG = new Map(REGIONS.map((r) => [r.slug, r]));

export function regionByCode(code: string): Region | undefined {
  return BY_CODE.get(code);
}

/**
 * A region written by code (`1` means `01`) or by name, ignoring case,
 * accents and the kind of dash.
 */
export function findRegion(input: string): Region | undefined {
  const trimmed = input.trim();
  if (/^\d{1,2}$/.test(trimmed)) return BY_CODE.get(trimmed.padStart(2, '0'));
  return BY_SLUG.get(slugify(trimmed));
}

/**
 * What changed (contract §6, `/editions/<annee>/changements/`): indicator
 * values of an edition against the previous edition (figures of past years
 * that partners revised) and against the current data, and initiatives
 * added, removed and changed, by region. A difference that display rounding
 * hides (`12,3 %` either way) is not a change. Pure.
 */
import type { IndicatorValue } from '../derive/indicators.ts';
import type { InitiativeRow } from '../ingest/types.ts';
import { toCsv } from '../formats/csvWrite.ts';
import type { CsvCell } from '../formats/csvWrite.ts';
import { formatNumber } from '../publish/format.ts';
import { formatIndicator } from '../../i18n/indicatorFormat.ts';

/** `edition-precedente`: this edition against the one before; `donnees-actuelles`: against today's data. */
export type Comparison = 'edition-precedente' | 'donnees-actuelles';

export interface IndicatorChange {
  readonly comparaison: Comparison;
  readonly annee: string;
  readonly region: string;
  readonly indicateur: string;
  readonly avant: number;
  readonly apres: number;
}

export interface InitiativeChange {
  readonly comparaison: Comparison;
  readonly annee: string;
  readonly region: string;
  readonly id: string;
  readonly titre: string;
  readonly changement: 'ajoutee' | 'retiree' | 'modifiee';
  /** For a changed row: each changed column, before and after. */
  readonly champs: ReadonlyArray<{ readonly colonne: string; readonly avant: string; readonly apres: string }>;
}

const key = (v: { annee: string; region: string; indicateur: string }): string => `${v.annee}|${v.region}|${v.indicateur}`;

/** Two values are the same figure when the site shows them alike. */
const sameFigure = (code: string, a: number, b: number): boolean => a === b || formatIndicator(code, a, 'fr') === formatIndicator(code, b, 'fr');

/**
 * Indicator values present in both, for the years `years` (those both
 * cover), that differ beyond display rounding; sorted by year, region, code.
 */
export function indicatorChanges(comparaison: Comparison, before: readonly IndicatorValue[], after: readonly IndicatorValue[], years: ReadonlySet<string>): IndicatorChange[] {
  const old = new Map(before.filter((v) => years.has(v.annee)).map((v) => [key(v), v]));
  const out: IndicatorChange[] = [];
  for (const v of after) {
    const o = old.get(key(v));
    if (!o || sameFigure(v.indicateur, o.valeur, v.valeur)) continue;
    out.push({ comparaison, annee: v.annee, region: v.region, indicateur: v.indicateur, avant: o.valeur, apres: v.valeur });
  }
  return out.sort((a, b) => a.annee.localeCompare(b.annee) || a.region.localeCompare(b.region) || a.indicateur.localeCompare(b.indicateur, 'en', { numeric: true }));
}

const cell = (v: unknown): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join('|') : typeof v === 'boolean' ? (v ? 'oui' : 'non') : String(v));

/** Initiative rows of the years `years`, by (annee, region, id): added, removed, changed. */
export function initiativeChanges(comparaison: Comparison, before: readonly InitiativeRow[], after: readonly InitiativeRow[], years: ReadonlySet<string>): InitiativeChange[] {
  const id = (r: InitiativeRow): string => `${r.annee}|${r.region}|${r.id}`;
  const old = new Map(before.filter((r) => years.has(r.annee)).map((r) => [id(r), r]));
  const now = new Map(after.filter((r) => years.has(r.annee)).map((r) => [id(r), r]));
  const out: InitiativeChange[] = [];
  for (const [k, r] of now) {
    const o = old.get(k);
    if (!o) {
      out.push({ comparaison, annee: r.annee, region: r.region, id: r.id, titre: r.titre, changement: 'ajoutee', champs: [] });
      continue;
    }
    const champs = Object.keys(r)
      .filter((c) => cell((r as unknown as Record<string, unknown>)[c]) !== cell((o as unknown as Record<string, unknown>)[c]))
      .map((c) => ({ colonne: c, avant: cell((o as unknown as Record<string, unknown>)[c]), apres: cell((r as unknown as Record<string, unknown>)[c]) }));
    if (champs.length > 0) out.push({ comparaison, annee: r.annee, region: r.region, id: r.id, titre: r.titre, changement: 'modifiee', champs });
  }
  for (const [k, o] of old) {
    if (!now.has(k)) out.push({ comparaison, annee: o.annee, region: o.region, id: o.id, titre: o.titre, changement: 'retiree', champs: [] });
  }
  return out.sort((a, b) => a.annee.localeCompare(b.annee) || a.region.localeCompare(b.region) || a.id.localeCompare(b.id));
}

export const CHANGES_COLUMNS = ['comparaison', 'objet', 'annee', 'region', 'cle', 'changement', 'avant', 'apres'] as const;

/** `changements.csv`: one row per indicator value changed, then one per initiative. */
export function changesCsv(indicators: readonly IndicatorChange[], initiatives: readonly InitiativeChange[]): string {
  const rows: CsvCell[][] = [
    ...indicators.map((c): CsvCell[] => [c.comparaison, 'indicateur', c.annee, c.region, c.indicateur, 'modifiee', { number: formatNumber(c.avant, 6) }, { number: formatNumber(c.apres, 6) }]),
    ...initiatives.map((c): CsvCell[] => [
      c.comparaison,
      'initiative',
      c.annee,
      c.region,
      c.id,
      c.changement,
      c.champs.map((f) => `${f.colonne}=${f.avant}`).join('; '),
      c.champs.map((f) => `${f.colonne}=${f.apres}`).join('; '),
    ]),
  ];
  return toCsv(CHANGES_COLUMNS, rows);
}

/** The change that moved most (largest relative change of a non-zero figure), for the page's first sentence. */
export function largestChange(changes: readonly IndicatorChange[]): IndicatorChange | undefined {
  const size = (c: IndicatorChange): number => (c.avant === 0 ? Math.abs(c.apres) : Math.abs(c.apres / c.avant - 1));
  return [...changes].filter((c) => ['fqis', 'initiatives', '3.3'].includes(c.indicateur)).sort((a, b) => size(b) - size(a))[0] ?? [...changes].sort((a, b) => size(b) - size(a))[0];
}

/**
 * What changed (contract §6, `/editions/<annee>/changements/`): indicator
 * values of an edition's revision against the revision before it (what a
 * correction changed), of an edition against the previous edition (figures
 * of past years that partners revised) and against the current data;
 * initiatives added, removed and changed, by region; indicator definitions
 * and labels that differ. A difference that display rounding hides
 * (`12,3 %` either way) is not a change. Pure.
 */
import type { IndicatorValue } from '../derive/indicators.ts';
import type { InitiativeRow } from '../ingest/types.ts';
import { toCsv } from '../formats/csvWrite.ts';
import type { CsvCell } from '../formats/csvWrite.ts';
import { formatNumber } from '../publish/format.ts';
import { formatIndicator } from '../../i18n/indicatorFormat.ts';
import type { IndicatorDefinition } from '../derive/definitions.ts';
import type { RegionalLabel } from '../derive/regionalLabels.ts';

/**
 * `revision-precedente`: a revision of this edition against the one before
 * (a correction); `edition-precedente`: this edition against the one
 * before; `donnees-actuelles`: against today's data.
 */
export type Comparison = 'revision-precedente' | 'edition-precedente' | 'donnees-actuelles';

/**
 * What was compared: the kind, and the revision numbers of each side
 * (`revision_avant`, `revision_apres` in the CSV). For `revision-precedente`
 * both are revisions of this edition (1 and 2); for `edition-precedente`,
 * the previous edition's latest revision and this edition's; for
 * `donnees-actuelles`, this edition's latest revision and null.
 */
export interface Compared {
  readonly comparaison: Comparison;
  readonly revisionAvant: number | null;
  readonly revisionApres: number | null;
}

export interface IndicatorChange extends Compared {
  readonly annee: string;
  readonly region: string;
  readonly indicateur: string;
  readonly avant: number;
  readonly apres: number;
}

export interface InitiativeChange extends Compared {
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
export function indicatorChanges(compared: Compared, before: readonly IndicatorValue[], after: readonly IndicatorValue[], years: ReadonlySet<string>): IndicatorChange[] {
  const old = new Map(before.filter((v) => years.has(v.annee)).map((v) => [key(v), v]));
  const out: IndicatorChange[] = [];
  for (const v of after) {
    const o = old.get(key(v));
    if (!o || sameFigure(v.indicateur, o.valeur, v.valeur)) continue;
    out.push({ ...compared, annee: v.annee, region: v.region, indicateur: v.indicateur, avant: o.valeur, apres: v.valeur });
  }
  return out.sort((a, b) => a.annee.localeCompare(b.annee) || a.region.localeCompare(b.region) || a.indicateur.localeCompare(b.indicateur, 'en', { numeric: true }));
}

const cell = (v: unknown): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join('|') : typeof v === 'boolean' ? (v ? 'oui' : 'non') : String(v));

/** Initiative rows of the years `years`, by (annee, region, id): added, removed, changed. */
export function initiativeChanges(compared: Compared, before: readonly InitiativeRow[], after: readonly InitiativeRow[], years: ReadonlySet<string>): InitiativeChange[] {
  const id = (r: InitiativeRow): string => `${r.annee}|${r.region}|${r.id}`;
  const old = new Map(before.filter((r) => years.has(r.annee)).map((r) => [id(r), r]));
  const now = new Map(after.filter((r) => years.has(r.annee)).map((r) => [id(r), r]));
  const out: InitiativeChange[] = [];
  for (const [k, r] of now) {
    const o = old.get(k);
    if (!o) {
      out.push({ ...compared, annee: r.annee, region: r.region, id: r.id, titre: r.titre, changement: 'ajoutee', champs: [] });
      continue;
    }
    const champs = Object.keys(r)
      .filter((c) => cell((r as unknown as Record<string, unknown>)[c]) !== cell((o as unknown as Record<string, unknown>)[c]))
      .map((c) => ({ colonne: c, avant: cell((o as unknown as Record<string, unknown>)[c]), apres: cell((r as unknown as Record<string, unknown>)[c]) }));
    if (champs.length > 0) out.push({ ...compared, annee: r.annee, region: r.region, id: r.id, titre: r.titre, changement: 'modifiee', champs });
  }
  for (const [k, o] of old) {
    if (!now.has(k)) out.push({ ...compared, annee: o.annee, region: o.region, id: o.id, titre: o.titre, changement: 'retiree', champs: [] });
  }
  return out.sort((a, b) => a.annee.localeCompare(b.annee) || a.region.localeCompare(b.region) || a.id.localeCompare(b.id));
}

/** An indicator's definition or a regional indicator's label that differs between the two sides. */
export interface DefinitionChange extends Compared {
  /** The indicator's code (`3.1`, `R.logements`). */
  readonly indicateur: string;
  /** The region of a regional indicator's label (its title and unit are each region's own); null for the guide's indicators. */
  readonly region: string | null;
  readonly changement: 'ajoutee' | 'retiree' | 'modifiee';
  /** Each field that differs (`titleFr`, `formulaFr`, `unit`, `libelle`…), before and after. */
  readonly champs: ReadonlyArray<{ readonly colonne: string; readonly avant: string; readonly apres: string }>;
}

const DEFINITION_FIELDS = ['titleFr', 'titleEn', 'formulaFr', 'formulaEn', 'unit', 'source', 'national'] as const;
const LABEL_FIELDS = ['libelle', 'unite'] as const;

function fieldChanges<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): DefinitionChange['champs'] {
  return fields
    .filter((f) => cell(before[f]) !== cell(after[f]))
    .map((f) => ({ colonne: f, avant: cell(before[f]), apres: cell(after[f]) }));
}

/**
 * The guide's indicators whose title, formula or unit differ, and the
 * regional indicators whose title or unit a partner changed, between two
 * sides; only indicators both sides define are compared (a new indicator is
 * not a changed definition), sorted by code then region.
 */
export function definitionChanges(
  compared: Compared,
  before: { readonly definitions: readonly IndicatorDefinition[]; readonly labels: readonly RegionalLabel[] },
  after: { readonly definitions: readonly IndicatorDefinition[]; readonly labels: readonly RegionalLabel[] },
): DefinitionChange[] {
  const out: DefinitionChange[] = [];
  const old = new Map(before.definitions.map((d) => [d.code, d]));
  for (const d of after.definitions) {
    const o = old.get(d.code);
    const champs = o ? fieldChanges(o, d, DEFINITION_FIELDS) : [];
    if (champs.length > 0) out.push({ ...compared, indicateur: d.code, region: null, changement: 'modifiee', champs });
  }
  const oldLabels = new Map(before.labels.map((l) => [`${l.region}|${l.indicateur}`, l]));
  for (const l of after.labels) {
    const o = oldLabels.get(`${l.region}|${l.indicateur}`);
    const champs = o ? fieldChanges(o, l, LABEL_FIELDS) : [];
    if (champs.length > 0) out.push({ ...compared, indicateur: l.indicateur, region: l.region, changement: 'modifiee', champs });
  }
  return out.sort((a, b) => a.indicateur.localeCompare(b.indicateur, 'en', { numeric: true }) || (a.region ?? '').localeCompare(b.region ?? ''));
}

/** `apres − avant`, in the indicator's own unit (a fraction for a proportion). */
export const difference = (c: Pick<IndicatorChange, 'avant' | 'apres'>): number => c.apres - c.avant;

/** `(apres − avant) / |avant|`: the relative difference as a fraction; null when `avant` is 0. */
export const relativeDifference = (c: Pick<IndicatorChange, 'avant' | 'apres'>): number | null => (c.avant === 0 ? null : (c.apres - c.avant) / Math.abs(c.avant));

export const CHANGES_COLUMNS = ['comparaison', 'objet', 'annee', 'region', 'cle', 'changement', 'avant', 'apres', 'difference', 'difference_relative', 'revision_avant', 'revision_apres'] as const;

const revisionCells = (c: Compared): CsvCell[] => [c.revisionAvant === null ? '' : { number: String(c.revisionAvant) }, c.revisionApres === null ? '' : { number: String(c.revisionApres) }];

/**
 * `changements.csv`: one row per indicator value changed, then one per
 * initiative, then one per definition (`objet` = `definition`, `region`
 * empty for the guide's indicators). `difference` and `difference_relative`
 * are numbers for indicator rows only (the relative one empty when `avant`
 * is 0).
 */
export function changesCsv(indicators: readonly IndicatorChange[], initiatives: readonly InitiativeChange[], definitions: readonly DefinitionChange[] = []): string {
  const rows: CsvCell[][] = [
    ...indicators.map((c): CsvCell[] => {
      const relative = relativeDifference(c);
      return [
        c.comparaison,
        'indicateur',
        c.annee,
        c.region,
        c.indicateur,
        'modifiee',
        { number: formatNumber(c.avant, 6) },
        { number: formatNumber(c.apres, 6) },
        { number: formatNumber(difference(c), 6) },
        relative === null ? '' : { number: formatNumber(relative, 6) },
        ...revisionCells(c),
      ];
    }),
    ...initiatives.map((c): CsvCell[] => [
      c.comparaison,
      'initiative',
      c.annee,
      c.region,
      c.id,
      c.changement,
      c.champs.map((f) => `${f.colonne}=${f.avant}`).join('; '),
      c.champs.map((f) => `${f.colonne}=${f.apres}`).join('; '),
      '',
      '',
      ...revisionCells(c),
    ]),
    ...definitions.map((c): CsvCell[] => [
      c.comparaison,
      'definition',
      '',
      c.region ?? '',
      c.indicateur,
      c.changement,
      c.champs.map((f) => `${f.colonne}=${f.avant}`).join('; '),
      c.champs.map((f) => `${f.colonne}=${f.apres}`).join('; '),
      '',
      '',
      ...revisionCells(c),
    ]),
  ];
  return toCsv(CHANGES_COLUMNS, rows);
}

/**
 * How far a change moved, the measure the changes page ranks by and its
 * headline names: the relative difference for amounts and counts; for
 * shares and rates (`proportion` and `change` units), the difference in
 * percentage points, taken as a percentage (2 points weigh as 2 %). A
 * change from 0 has no relative size: Infinity, so it ranks first.
 */
export function changeSize(c: Pick<IndicatorChange, 'avant' | 'apres'>, unit: string | undefined): number {
  if (unit === 'proportion' || unit === 'change') return Math.abs(difference(c));
  const relative = relativeDifference(c);
  return relative === null ? Infinity : Math.abs(relative);
}

/**
 * The change that moved most by `changeSize` (a change from 0 aside: its
 * size is not a percentage), for the page's first sentence. `unit` gives an
 * indicator's unit from its code.
 */
export function largestChange(changes: readonly IndicatorChange[], unit: (code: string) => string | undefined = () => undefined): IndicatorChange | undefined {
  return [...changes]
    .filter((c) => Number.isFinite(changeSize(c, unit(c.indicateur))))
    .sort((a, b) => changeSize(b, unit(b.indicateur)) - changeSize(a, unit(a.indicateur)))[0];
}

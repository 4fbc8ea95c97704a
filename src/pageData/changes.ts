/**
 * What an edition's changes page (`/editions/<annee>/changements/`,
 * contract §6) shows: first, in a sentence, what moved most and how that is
 * measured; the counts of each comparison (values changed, initiatives
 * added, removed and changed, definitions changed); then one section per
 * comparison, in this order: each correction of the edition (revision N
 * against N − 1, the latest first, with its note and dates), the previous
 * edition, the current data. Each section ranks the indicator values it
 * changed by the size of the change (before, after, difference, difference
 * in % or in points), lists the initiatives added, removed and changed by
 * region, and the definitions and labels that differ. The CSV of all of it
 * is written by its own endpoint (`changements.csv.ts`). Pure: the
 * edition's comparisons come in (`editionChanges`, lib/site/editionChanges.ts).
 */
import { plural, t } from '../i18n/index.ts';
import type { Key } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { MINUS, date, decimal, integer, year } from '../i18n/format.ts';
import { formatIndicator } from '../i18n/indicatorFormat.ts';
import { indicatorDefinition } from '../lib/derive/definitions.ts';
import type { SiteData } from '../lib/site/data.ts';
import { rowId } from '../lib/site/editionChanges.ts';
import type { Comparison, EditionChanges } from '../lib/site/editionChanges.ts';
import { withBase } from '../lib/site/url.ts';
import { changeSize, difference, largestChange, relativeDifference } from '../lib/editions/changes.ts';
import type { DefinitionChange, IndicatorChange, InitiativeChange } from '../lib/editions/changes.ts';
import { regionByCode } from '../lib/contract/regions.ts';
import { LONG_TEXT_MAX, TITLE_MAX, cutText } from '../lib/common/text.ts';
import { indicatorName } from './indicatorLabels.ts';
import type { ShownName } from './indicatorLabels.ts';

/** A piece of a sentence; `fromExport` marks the partners' words (a regional indicator's title, French). */
export interface TextPart {
  readonly text: string;
  readonly fromExport?: true;
}

/** The indicator tables' columns, in order; `sorted`: the one the rows come sorted by (largest first). */
export interface ChangeColumn {
  readonly id: 'place' | 'year' | 'indicator' | 'before' | 'after' | 'difference' | 'relative';
  readonly label: string;
  readonly numeric: boolean;
  readonly sorted: 'descending' | null;
}

/** One indicator value changed. */
export interface IndicatorChangeRow {
  /** The row's id, `<section>-<annee>-<region>-<indicateur>`: the *révisé* marks link here. */
  readonly id: string;
  /** The region's code (`13`, `QC`), for the region filter. */
  readonly region: string;
  /** The region's name, or « Ensemble du Québec ». */
  readonly place: string;
  readonly year: string;
  readonly indicator: ShownName;
  readonly before: string;
  readonly after: string;
  /** `after − before` in the indicator's unit, signed (in points for shares and rates). */
  readonly difference: string;
  /** The relative difference, signed (`−11,0 %`), in points for shares and rates; « — » from 0. */
  readonly relative: string;
  /**
   * The numeric sort keys of the numeric columns: the values, the signed
   * difference, and for `relative` the size of the change (`changeSize`,
   * sign aside; a change from 0 the largest number).
   */
  readonly keys: { readonly before: number; readonly after: number; readonly difference: number; readonly relative: number };
}

/** One initiative added, removed or changed. */
export interface InitiativeChangeRow {
  /** « Ajoutée », « Retirée » or « Modifiée ». */
  readonly kind: string;
  /** Its title (cut), from the export. */
  readonly title: string;
  readonly id: string;
  readonly year: string;
  /** A changed row's columns, `colonne avant → après` joined by `; ` (texts cut, ∅ for empty); null for none. */
  readonly fields: string | null;
}

/** A definition or a regional label that differs between the two sides. */
export interface DefinitionChangeRow {
  readonly indicator: ShownName;
  /** The region of a regional indicator's label; null for the guide's indicators. */
  readonly place: string | null;
  /** Each field: its name, its text before and after, and the language of those texts. */
  readonly fields: ReadonlyArray<{ readonly field: string; readonly before: string; readonly after: string; readonly lang: 'fr' | 'en' | null }>;
}

/** What a comparison changed, in numbers (GC InfoBase's counts). */
export interface ChangeCounts {
  readonly values: number;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly definitions: number;
}

/** One comparison: a correction, the previous edition, or the current data. */
export interface ChangesSection {
  /** `revision-2`, `edition-precedente` or `donnees-actuelles` (the section's id). */
  readonly id: string;
  readonly heading: string;
  /** A correction's note (French, from the manifest), shown beside its heading; null for the other comparisons. */
  readonly note: string | null;
  /** A correction's dates and those of the revision it corrects; null for the other comparisons. */
  readonly dates: string | null;
  readonly lead: string;
  /** False when there is nothing to compare with (the first edition has no previous edition): no tables. */
  readonly compared: boolean;
  readonly counts: ChangeCounts;
  /** The indicator table's caption. */
  readonly caption: string;
  /** Indicator values changed, the largest change first. */
  readonly indicators: readonly IndicatorChangeRow[];
  /** The initiatives' changes by region (in code order): `Région : 1 ajoutée, 0 retirée, 2 modifiées`. */
  readonly initiatives: ReadonlyArray<{ readonly region: string; readonly summary: string; readonly rows: readonly InitiativeChangeRow[] }>;
  readonly definitions: readonly DefinitionChangeRow[];
}

/** The region filter: every region that has a change on the page, Québec first. */
export interface RegionFilter {
  readonly label: string;
  readonly all: string;
  readonly options: ReadonlyArray<{ readonly value: string; readonly label: string }>;
  /** The count line's templates (`{count}` of `{total}` values shown), and what an emptied table and an emptied list of initiatives say. */
  readonly count: { readonly one: string; readonly other: string };
  readonly empty: string;
  readonly emptyInitiatives: string;
}

export interface ChangesPage {
  /** The page's title (its <h1> and <title>). */
  readonly title: string;
  /** The sentence on what moved most, or that nothing did. */
  readonly summary: readonly TextPart[];
  /** How "largest" is measured, and how the tables are ordered. */
  readonly measure: string;
  /** The CSV of every change (`/editions/<annee>/changements.csv`, one file for both languages). */
  readonly csvHref: string;
  /** The first edition: there is no previous one to compare with. */
  readonly first: boolean;
  /** The counts table: its caption, column labels and one row per compared section. */
  readonly overview: { readonly caption: string; readonly columns: readonly string[]; readonly rows: ReadonlyArray<{ readonly href: string; readonly label: string; readonly cells: readonly string[] }> };
  readonly columns: readonly ChangeColumn[];
  readonly filter: RegionFilter | null;
  readonly sections: readonly ChangesSection[];
}

const POINT_UNITS = new Set(['proportion', 'change']);
const unitOf = (code: string): string | undefined => indicatorDefinition(code)?.unit;
const inPoints = (code: string): boolean => POINT_UNITS.has(unitOf(code) ?? '');

/** A signed number as shown: `+42 969 $`, `−40 100 $` (the minus sign, never a hyphen); `0` unsigned. */
const signed = (value: number, shown: string): string => (value > 0 && !shown.startsWith('+') ? `+${shown}` : shown);

/** Enough decimals that a small change does not print as 0: one, or two, or three below a hundredth. */
const digitsFor = (abs: number): number => (abs >= 0.095 ? 1 : abs >= 0.0095 ? 2 : 3);

/** A difference of a share or a rate, in percentage points: `+1,1 pt`, `−4,6 pts` / `+1.1 pts`. */
export function points(diff: number, lang: Lang): string {
  const abs = Math.abs(diff * 100);
  const digits = digitsFor(abs);
  const shown = Number(abs.toFixed(digits));
  const sign = shown === 0 ? '' : diff > 0 ? '+' : MINUS;
  return `${sign}${plural(lang, 'changes.points', shown, { value: decimal(shown, lang, digits) })}`;
}

/** A relative difference (a fraction) as a signed percentage: `−11 %`, `+0,02 %` / `−11%`. */
export function relativePercent(fraction: number, lang: Lang): string {
  const abs = Math.abs(fraction * 100);
  const digits = digitsFor(abs);
  const shown = Number(abs.toFixed(digits));
  const sign = shown === 0 ? '' : fraction > 0 ? '+' : MINUS;
  return `${sign}${decimal(shown, lang, digits)}${lang === 'fr' ? '\u00a0%' : '%'}`;
}

/** `after − before` in the indicator's unit, signed; in points for shares and rates. */
function differenceText(c: IndicatorChange, lang: Lang): string {
  const d = difference(c);
  return inPoints(c.indicateur) ? points(d, lang) : signed(d, formatIndicator(c.indicateur, d, lang));
}

/** The relative difference, or for shares and rates the difference in points; « — » from 0. */
function relativeText(c: IndicatorChange, lang: Lang): string {
  if (inPoints(c.indicateur)) return points(difference(c), lang);
  const r = relativeDifference(c);
  return r === null ? '—' : relativePercent(r, lang);
}

/** The rows' order: the largest change first (a change from 0 before all), then year, region, code as compared. */
const bySize = (changes: readonly IndicatorChange[]): IndicatorChange[] =>
  changes
    .map((c, i) => ({ c, i, size: changeSize(c, unitOf(c.indicateur)) }))
    .sort((a, b) => (b.size === a.size ? a.i - b.i : b.size - a.size))
    .map((x) => x.c);

const FIELD_KEYS: Readonly<Record<string, Key>> = {
  titleFr: 'changes.field.titleFr',
  titleEn: 'changes.field.titleEn',
  formulaFr: 'changes.field.formulaFr',
  formulaEn: 'changes.field.formulaEn',
  unit: 'changes.field.unit',
  source: 'changes.field.source',
  national: 'changes.field.national',
  libelle: 'changes.field.libelle',
  unite: 'changes.field.unit',
};
const FIELD_LANG: Readonly<Record<string, 'fr' | 'en'>> = { titleFr: 'fr', formulaFr: 'fr', libelle: 'fr', unite: 'fr', titleEn: 'en', formulaEn: 'en' };

export function changesPage(data: SiteData, lang: Lang, changes: EditionChanges): ChangesPage {
  const m = data.frozen;
  if (!m) throw new Error('changesPage: not an edition');
  const place = (code: string): string => (code === 'QC' ? t(lang, 'changes.quebec') : (regionByCode(code)?.name ?? code));
  // An indicator's name: its guide number and title, or a regional indicator's own title (French, from the exports).
  const name = (code: string, region: string | null): ShownName => indicatorName(code, lang, data.definitions, (c) => (region ? data.regionalLabel(region, c) : undefined));
  const KIND = { ajoutee: t(lang, 'changes.added'), retiree: t(lang, 'changes.removed'), modifiee: t(lang, 'changes.changed') } as const;
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  const count = (rows: readonly InitiativeChange[], kind: InitiativeChange['changement']): number => rows.filter((r) => r.changement === kind).length;

  const indicatorRow = (v: IndicatorChange): IndicatorChangeRow => {
    const size = changeSize(v, unitOf(v.indicateur));
    return {
      id: rowId(v),
      region: v.region,
      place: place(v.region),
      year: year(v.annee, lang),
      indicator: name(v.indicateur, v.region),
      before: formatIndicator(v.indicateur, v.avant, lang),
      after: formatIndicator(v.indicateur, v.apres, lang),
      difference: differenceText(v, lang),
      relative: relativeText(v, lang),
      keys: { before: v.avant, after: v.apres, difference: difference(v), relative: Number.isFinite(size) ? size : Number.MAX_VALUE },
    };
  };
  const definitionRow = (d: DefinitionChange): DefinitionChangeRow => ({
    indicator: name(d.indicateur, d.region),
    place: d.region === null ? null : place(d.region),
    fields: d.champs.map((f) => ({
      field: FIELD_KEYS[f.colonne] ? t(lang, FIELD_KEYS[f.colonne]!) : f.colonne,
      before: cutText(f.avant, LONG_TEXT_MAX).text || '∅',
      after: cutText(f.apres, LONG_TEXT_MAX).text || '∅',
      lang: FIELD_LANG[f.colonne] ?? null,
    })),
  });
  const section = (id: string, heading: string, lead: string, c: Comparison, extra: { note?: string; dates?: string } = {}): ChangesSection => ({
    id,
    heading,
    note: extra.note ?? null,
    dates: extra.dates ?? null,
    lead,
    compared: true,
    counts: { values: c.indicators.length, added: count(c.initiatives, 'ajoutee'), removed: count(c.initiatives, 'retiree'), changed: count(c.initiatives, 'modifiee'), definitions: c.definitions.length },
    caption: `${heading} — ${t(lang, 'changes.indicators')}`,
    indicators: bySize(c.indicators).map(indicatorRow),
    initiatives: [...new Set(c.initiatives.map((i) => i.region))].sort().map((region) => {
      const rows = c.initiatives.filter((i) => i.region === region);
      return {
        region,
        summary: `${place(region)}${colon}${changeCounts(rows, lang)}`,
        rows: rows.map((r) => ({
          kind: KIND[r.changement],
          title: cutText(r.titre, TITLE_MAX).text,
          id: r.id,
          year: year(r.annee, lang),
          fields: r.champs.length === 0 ? null : r.champs.map((f) => `${f.colonne} ${cutText(f.avant, LONG_TEXT_MAX).text || '∅'} → ${cutText(f.apres, LONG_TEXT_MAX).text || '∅'}`).join('; '),
        })),
      };
    }),
    definitions: c.definitions.map(definitionRow),
  });

  const steps = [{ revision: 1, date: m.publiee_le, donneesAu: m.donnees_au }, ...changes.corrections.map((c) => ({ revision: c.revision, date: c.date, donneesAu: c.donneesAu }))];
  const stepOf = (revision: number) => steps.find((s) => s.revision === revision)!;
  const corrections = changes.corrections.map((c) => {
    const before = stepOf(c.revision - 1);
    return section(
      `revision-${c.revision}`,
      t(lang, 'changes.revision', { revision: c.revision, date: date(c.date, lang), previous: c.revision - 1 }),
      t(lang, 'changes.revision.lead'),
      c.changes,
      {
        note: c.note,
        dates: t(lang, 'changes.revision.dates', { revision: c.revision, date: date(c.date, lang), donneesAu: date(c.donneesAu, lang), previous: before.revision, previousDate: date(before.date, lang), previousDonneesAu: date(before.donneesAu, lang) }),
      },
    );
  });
  const previous = changes.previous?.frozen ?? null;
  const noPrevious: ChangesSection = {
    ...section('edition-precedente', t(lang, 'changes.vsPrevious.none'), t(lang, 'changes.first'), { indicators: [], initiatives: [], definitions: [] }),
    compared: false,
  };
  const sections = [
    ...corrections,
    previous ? section('edition-precedente', t(lang, 'changes.vsPrevious', { annee: year(previous.annee, lang) }), t(lang, 'changes.vsPrevious.lead'), changes.vsPrevious) : noPrevious,
    section('donnees-actuelles', t(lang, 'changes.vsCurrent'), t(lang, 'changes.vsCurrent.lead'), changes.vsCurrent),
  ];
  const compared = sections.filter((s) => s.compared);
  const regions = [...new Set(compared.flatMap((s) => [...s.indicators.map((r) => r.region), ...s.initiatives.map((g) => g.region)]))].sort((a, b) => (a === 'QC' ? -1 : b === 'QC' ? 1 : a.localeCompare(b)));
  const n = (value: number): string => integer(value, lang);
  return {
    title: t(lang, 'changes.title', { annee: year(m.annee, lang) }),
    summary: mostSummary(changes, lang, place, name),
    measure: t(lang, 'changes.measure'),
    csvHref: withBase(`${data.root}/changements.csv`),
    first: previous === null,
    overview: {
      caption: t(lang, 'changes.counts.caption'),
      columns: [t(lang, 'changes.counts.comparison'), t(lang, 'changes.counts.values'), t(lang, 'changes.counts.added'), t(lang, 'changes.counts.removed'), t(lang, 'changes.counts.changed'), t(lang, 'changes.counts.definitions')],
      rows: compared.map((s) => ({ href: `#${s.id}`, label: s.heading, cells: [n(s.counts.values), n(s.counts.added), n(s.counts.removed), n(s.counts.changed), n(s.counts.definitions)] })),
    },
    columns: [
      { id: 'place', label: t(lang, 'table.region'), numeric: false, sorted: null },
      { id: 'year', label: t(lang, 'changes.year'), numeric: false, sorted: null },
      { id: 'indicator', label: t(lang, 'changes.indicator'), numeric: false, sorted: null },
      { id: 'before', label: t(lang, 'changes.before'), numeric: true, sorted: null },
      { id: 'after', label: t(lang, 'changes.after'), numeric: true, sorted: null },
      { id: 'difference', label: t(lang, 'changes.difference'), numeric: true, sorted: null },
      { id: 'relative', label: t(lang, 'changes.relative'), numeric: true, sorted: 'descending' },
    ],
    filter:
      regions.length < 2
        ? null
        : {
            label: t(lang, 'changes.filter.label'),
            all: t(lang, 'changes.filter.all'),
            options: regions.map((code) => ({ value: code, label: place(code) })),
            count: { one: t(lang, 'changes.filter.count.one'), other: t(lang, 'changes.filter.count.other') },
            empty: t(lang, 'changes.filter.empty'),
            emptyInitiatives: t(lang, 'changes.filter.emptyInitiatives'),
          },
    sections,
  };
}

/** `1 ajoutée, 0 retirée, 2 modifiées`: a region's initiatives by kind of change. */
export function changeCounts(rows: ReadonlyArray<Pick<InitiativeChange, 'changement'>>, lang: Lang): string {
  const n = (kind: InitiativeChange['changement']): number => rows.filter((r) => r.changement === kind).length;
  return t(lang, 'changes.count', {
    added: plural(lang, 'changes.count.added', n('ajoutee')),
    removed: plural(lang, 'changes.count.removed', n('retiree')),
    changed: plural(lang, 'changes.count.changed', n('modifiee')),
  });
}

/**
 * The largest change in a sentence (a regional indicator's French title cut
 * out of it, to be marked), or « no change at all ». It is taken from the
 * first comparison of the page that changed a value, in the page's order: the
 * latest correction (a reader comes for what it corrected), then the
 * earlier corrections, the previous edition, the current data.
 */
function mostSummary(changes: EditionChanges, lang: Lang, place: (code: string) => string, name: (code: string, region: string) => ShownName): TextPart[] {
  const pools: Array<{ changes: readonly IndicatorChange[]; comparison: string }> = [
    ...changes.corrections.map((c) => ({ changes: c.changes.indicators, comparison: t(lang, 'changes.most.revision', { revision: c.revision, date: date(c.date, lang) }) })),
    { changes: changes.vsPrevious.indicators, comparison: changes.previous?.frozen ? t(lang, 'changes.most.previous', { annee: year(changes.previous.frozen.annee, lang) }) : '' },
    { changes: changes.vsCurrent.indicators, comparison: t(lang, 'changes.most.current') },
  ];
  const found = pools.map((p) => ({ ...p, most: largestChange(p.changes, unitOf) })).find((p) => p.most !== undefined);
  if (!found?.most) return [{ text: t(lang, 'changes.noneAtAll') }];
  const most = found.most;
  const indicator = name(most.indicateur, most.region);
  const HOLE = '\u0000';
  const sentence = t(lang, 'changes.most', {
    comparison: found.comparison,
    indicator: indicator.fromExport ? HOLE : indicator.text,
    place: place(most.region),
    year: year(most.annee, lang),
    before: formatIndicator(most.indicateur, most.avant, lang),
    after: formatIndicator(most.indicateur, most.apres, lang),
    size: relativeText(most, lang),
  });
  return sentence.split(HOLE).flatMap((text, i): TextPart[] => (i === 0 ? [{ text }] : [{ text: indicator.text, fromExport: true }, { text }]));
}

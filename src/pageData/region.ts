/**
 * What a region's page (`/regions/<slug>/`) shows: its Alliances, key and
 * per-person figures, figures per year, charts by priority, status and
 * persons reached, the guide's and the region's own indicators, the action
 * plan, its MRC (map, chart and lists), the initiatives of each year and
 * the winning practices. Text from the exports is kept as written (French:
 * the view marks it `lang`).
 */
import { plural, t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { change, date, decimal, decimalsFor, integer, money, percent, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { absoluteUrl, localeSitePath } from '../lib/site/url.ts';
import type { Region } from '../lib/contract/regions.ts';
import { priorityLabel } from '../lib/contract/priorities.ts';
import { STATUSES, STATUS_LABELS } from '../lib/contract/codes.ts';
import type { Status } from '../lib/contract/codes.ts';
import { findMrc, mrcsOfRegion } from '../lib/contract/mrc.ts';
import { byMrc, byPriority, planCoverage } from '../lib/derive/aggregates.ts';
import { TITLE_MAX, cutText, slugify } from '../lib/common/text.ts';
import type { LocatorMapSpec } from '../charts/spec.ts';
import { figure, mapFigure, tablesHaveMarks } from './figure.ts';
import { cited } from './figureCite.ts';
import type { FigureData, MapFigureData } from './figure.ts';
import { regionalTitle } from './indicatorLabels.ts';
import type { ShownName } from './indicatorLabels.ts';
import { keyFigures } from './keyFigures.ts';
import type { KeyFigure } from './keyFigures.ts';
import { memoPage } from './memo.ts';
import { practiceCards } from './practiceCards.ts';
import { practicesFeedLink } from './practicesFeed.ts';
import type { FeedLink } from './practicesFeed.ts';
import type { PracticeCards } from './practiceCards.ts';
import type { InitiativeRow } from '../lib/ingest/types.ts';
import { indicatorTable, initiativeTable, perPersonFigures } from './regionTables.ts';
import type { IndicatorTableData, InitiativeTableData, PerPersonData } from './regionTables.ts';
import { cellMarks, revisedLegend, revisedMark } from './revised.ts';
import type { RevisedMark, Revisions } from './revised.ts';

export interface AllianceLine {
  readonly name: string;
  /** The Alliance's web site, or null. */
  readonly href: string | null;
  /** Null: not given (`—`, not marked as export text). */
  readonly responsible: string | null;
  readonly envelope: string;
  readonly convention: string;
  readonly plan: string;
}

/** A figure of a year in the yearly table, and its *révisé* mark. */
export interface YearCell {
  readonly value: string;
  readonly revised: RevisedMark | null;
}

export interface YearLine {
  readonly year: string;
  readonly fqis: YearCell;
  readonly initiatives: YearCell;
  readonly persons: YearCell;
  readonly completed: YearCell;
}

export interface RegionalIndicatorLine {
  readonly code: string;
  readonly title: ShownName;
  readonly year: string;
  readonly value: string;
  readonly revised: RevisedMark | null;
  /** The partner's unit (export text), or null (`—`). */
  readonly unit: string | null;
}

export interface PlanLine {
  /** The plan's code, prefixed by the Alliance when the region has several. */
  readonly code: string;
  readonly title: string;
  readonly national: string;
  readonly initiatives: string;
}

export interface MrcList {
  /** `mrc-<code>` (the MRC map's links), or `mrc-<slug>` for a name the reference list does not know. */
  readonly id: string;
  readonly name: string;
  /** `(3 initiatives)`' count, in words. */
  readonly count: string;
  readonly items: readonly { readonly title: string; readonly amount: string }[];
}

export interface RegionData {
  readonly slug: string;
  readonly locator: LocatorMapSpec;
  readonly title: string;
  readonly lead: string;
  /** What the *révisé* marks mean, when the page has any; null otherwise. */
  readonly revisedLegend: string | null;
  /** The page's permanent absolute URL ("Copier le lien"). */
  readonly url: string;
  readonly toc: readonly { readonly id: string; readonly label: string }[];
  /** The practices' feed: a visible link in the practices section and in the head (current data only). */
  readonly practicesFeed: FeedLink | null;
  readonly feeds: ReadonlyArray<{ readonly href: string; readonly title: string }>;
  readonly alliancesTitle: string;
  readonly alliances: readonly AllianceLine[];
  /** Null when the region has no initiative in any year (then `noData` is said). */
  readonly details: RegionDetails | null;
  readonly noData: string;
}

export interface RegionDetails {
  readonly keyFiguresTitle: string;
  readonly keyFigures: readonly KeyFigure[];
  readonly perPersonTitle: string;
  readonly perPerson: PerPersonData;
  readonly yearlyCaption: string;
  readonly yearly: readonly YearLine[];
  /** By priority, statuses, persons reached: those with data. */
  readonly figures: readonly FigureData[];
  readonly indicatorsTitle: string;
  readonly indicators: IndicatorTableData;
  /** The folded indicators table's summary (« Afficher les 14 indicateurs du guide, 2025–2026 »). */
  readonly indicatorsShow: string;
  readonly regional: { readonly title: string; readonly show: string; readonly caption: string; readonly lines: readonly RegionalIndicatorLine[] } | null;
  readonly planTitle: string;
  /** Empty: the region's plan names no priority (then `planNone` is said). */
  readonly plan: readonly PlanLine[];
  readonly planNone: string;
  readonly planCountHeader: string;
  /** Null when no initiative of the latest year names an MRC. */
  readonly mrc: {
    readonly title: string;
    /**
     * A region that is a single MRC (Laval, Montréal) gets this sentence
     * instead of an MRC map, chart and lists, which would show one shape,
     * one bar and the initiatives table again (issue #21); null otherwise.
     */
    readonly single: string | null;
    readonly note: string;
    /** Null when none of the MRC named is of this region, or the region is a single MRC. */
    readonly map: MapFigureData | null;
    /** Null for a single-MRC region, or when the initiatives name a single MRC (a one-bar chart). */
    readonly figure: FigureData | null;
    readonly listsTitle: string;
    readonly listsNote: string;
    readonly lists: readonly MrcList[];
  } | null;
  readonly initiativesTitle: string;
  readonly initiativesNote: string;
  /** The folded table's summary (« Afficher les 80 initiatives de 2025–2026 »): the longest list opens on demand. */
  readonly initiativesShow: string;
  readonly initiatives: InitiativeTableData;
  /** Earlier years, latest first, each folded. */
  readonly otherYears: readonly { readonly summary: string; readonly notPrinted: string; readonly table: InitiativeTableData }[];
  readonly practicesTitle: string;
  /** The first practices, shown as cards. */
  readonly practices: PracticeCards;
  /** The others, folded behind `summary` (null when there are at most PRACTICES_SHOWN + 1). */
  readonly morePractices: { readonly summary: string; readonly cards: PracticeCards } | null;
}

/** Winning practices shown before the rest folds (a region reports up to about fifteen). */
export const PRACTICES_SHOWN = 3;

const STATUS_CODE: Record<Status, string> = { demarree: '3.1-demarrees', 'en-cours': '3.1-en-cours', completee: '3.1-completees', abandonnee: '3.1-abandonnees' };

function details(data: SiteData, lang: Lang, region: Region, revisions: Revisions | null): RegionDetails {
  const y = data.latest;
  const Y = year(y, lang);
  const code = region.code;
  const source = t(lang, 'figure.sourceDefault', { year: Y });
  const priorityName = (c: string | null): string => priorityLabel(c, lang);
  const alliances = data.alliances.filter((a) => a.region === code);
  const rows = data.initiatives.filter((r) => r.region === code);
  const latestRows = rows.filter((r) => r.annee === y);
  const years = data.years.filter((a) => data.value(a, code, 'initiatives'));
  const cell = (annee: string, indicator: string, format: (v: number) => string, missing: string | null): YearCell => {
    const v = data.value(annee, code, indicator)?.valeur;
    return { value: v === undefined ? (missing ?? format(0)) : format(v), revised: revisedMark(revisions, lang, annee, code, indicator) };
  };

  const figures: FigureData[] = [];
  const page = { title: region.name, path: `/regions/${region.slug}/` };
  // FQIS by national priority.
  const priorities = byPriority(data.initiatives, y, code);
  if (priorities.length > 0) {
    figures.push(figure(data.root, lang, {
      id: `region-${region.slug}-fqis-priorites-${y}`,
      image: true,
      title: t(lang, 'chart.regionFqisByPriority', { region: region.name, year: Y }),
      summary: t(lang, 'chart.fqisByPriority.summary', { year: Y, top: priorityName(priorities[0]!.key), value: money(priorities[0]!.fqis, lang), share: percent(priorities[0]!.fqis / priorities.reduce((n, p) => n + p.fqis, 0), lang) }),
      chart: {
        kind: 'rankedBars',
        // An image holds no link: each priority's page is linked from the chart's table.
        rows: priorities.map((p) => ({ key: p.key, label: priorityName(p.key), value: p.fqis })),
        format: 'moneyAxis', lang, ariaLabel: t(lang, 'chart.regionFqisByPriority', { region: region.name, year: Y }), placement: 'half',
      },
      table: { headers: [t(lang, 'table.priority'), t(lang, 'table.fqis'), t(lang, 'table.initiatives')], rows: priorities.map((p) => [priorityName(p.key), money(p.fqis, lang), integer(p.initiatives, lang)]), links: priorities.map((p) => data.link(lang, `/priorites/${p.key}/`)) },
      csv: { columns: ['annee', 'region', 'priorite', 'fqis', 'initiatives'], rows: priorities.map((p) => [y, code, p.key, p.fqis, p.initiatives]) },
      source,
    }));
  }
  // Statuses (3.1) per year.
  const statusData = years.flatMap((a) => STATUSES.map((s) => ({ year: a, annee: a, status: s, count: data.value(a, code, STATUS_CODE[s])?.valeur ?? 0 })));
  const latestCompleted = data.value(y, code, '3.1');
  if (years.length > 0 && latestCompleted) {
    figures.push(figure(data.root, lang, {
      id: `region-${region.slug}-statuts`,
      image: true,
      title: t(lang, 'chart.statuses'),
      summary: t(lang, 'chart.statuses.summary', { year: Y, completed: integer(latestCompleted.numerateur ?? 0, lang), total: integer(latestCompleted.denominateur ?? 0, lang), share: percent(latestCompleted.valeur, lang) }),
      chart: { kind: 'statusStack', rows: statusData, lang, ariaLabel: t(lang, 'chart.statuses'), placement: 'half' },
      table: {
        headers: [t(lang, 'table.year'), ...STATUSES.map((s) => STATUS_LABELS[s][lang])],
        rows: years.map((a) => [year(a, lang), ...STATUSES.map((s) => integer(data.value(a, code, STATUS_CODE[s])?.valeur ?? 0, lang))]),
        marks: cellMarks(revisions, lang, years.map((a) => [null, ...STATUSES.map((s) => [a, code, STATUS_CODE[s]] as const)])),
      },
      csv: { columns: ['annee', 'region', 'statut', 'initiatives'], rows: statusData.map((d) => [d.annee, code, d.status, d.count]) },
      source,
    }));
  }
  // Persons reached (3.3) per year, and their change (1.3).
  const persons = years.flatMap((a) => {
    const v = data.value(a, code, '3.3');
    return v ? [{ year: a, annee: a, value: v.valeur }] : [];
  });
  const change13 = data.value(y, code, '1.3');
  const personsNow = data.value(y, code, '3.3');
  if (persons.length > 0 && personsNow) {
    figures.push(figure(data.root, lang, {
      id: `region-${region.slug}-personnes`,
      image: true,
      title: t(lang, 'chart.persons'),
      summary: change13 && data.previous
        ? t(lang, 'chart.persons.summaryChange', { year: Y, value: integer(personsNow.valeur, lang), change: change(change13.valeur, lang), previous: year(data.previous, lang) })
        : t(lang, 'chart.persons.summary', { year: Y, value: integer(personsNow.valeur, lang) }),
      chart: { kind: 'yearBars', rows: persons, format: 'integer', lang, ariaLabel: t(lang, 'chart.persons'), placement: 'half' },
      table: { headers: [t(lang, 'table.year'), t(lang, 'table.persons')], rows: persons.map((p) => [year(p.annee, lang), integer(p.value, lang)]), marks: cellMarks(revisions, lang, persons.map((p) => [null, [p.annee, code, '3.3']])) },
      csv: { columns: ['annee', 'region', 'personnes_rejointes'], rows: persons.map((p) => [p.annee, code, p.value]) },
      source,
    }));
  }

  const regional = data.indicators
    .filter((v) => v.region === code && v.indicateur.startsWith('R.'))
    .map((v) => ({ ...v, label: data.regionalLabel(code, v.indicateur) }))
    .sort((a, b) => a.indicateur.localeCompare(b.indicateur) || a.annee.localeCompare(b.annee))
    .map((v, _, all): RegionalIndicatorLine => ({ code: v.indicateur, title: regionalTitle(v.indicateur, v.label, lang), year: year(v.annee, lang), value: decimal(v.valeur, lang, decimalsFor(all.filter((w) => w.indicateur === v.indicateur).map((w) => w.valeur))), revised: revisedMark(revisions, lang, v.annee, code, v.indicateur), unit: v.label?.unite ?? null }));

  const mrc = byMrc(data.initiatives, y, code);
  // The MRC with the most initiatives (byMrc sorts by FQIS).
  const mrcTop = [...mrc.mrc].sort((a, b) => b.initiatives - a.initiatives || a.key.localeCompare(b.key))[0];
  const mrcTable = { headers: [t(lang, 'table.mrc'), t(lang, 'table.initiatives'), t(lang, 'table.fqis')], rows: mrc.mrc.map((m) => [m.key, integer(m.initiatives, lang), money(m.fqis, lang)]) };
  const mrcCsv = { columns: ['annee', 'region', 'mrc', 'initiatives', 'fqis'], rows: mrc.mrc.map((m) => [y, code, m.key, m.initiatives, m.fqis]) };
  // The MRC map, when the region's initiatives name MRC of this region.
  const mrcCounts = new Map(mrc.mrc.flatMap((m) => { const found = findMrc(m.key); return found && found.region === code ? [[found.code, m.initiatives] as const] : []; }));
  const singleMrc = mrcsOfRegion(code).length === 1;
  const mrcSection = mrc.mrc.length === 0 || !mrcTop ? null : {
    title: t(lang, 'region.mrc'),
    single: singleMrc ? plural(lang, 'region.mrc.single', latestRows.length, { region: region.name, year: Y }) : null,
    note: plural(lang, 'region.mrc.note', mrc.regionWide),
    map: mrcCounts.size === 0 || singleMrc ? null : cited(data, lang, page, mapFigure(data.root, {
      id: `region-${region.slug}-carte-mrc-${y}`,
      title: t(lang, 'map.mrc', { region: region.name, year: Y }),
      variants: [{
        key: 'initiatives',
        label: t(lang, 'map.initiatives'),
        summary: plural(lang, 'map.mrc.summary', mrc.regionWide, { year: Y, top: mrcTop.key, value: integer(mrcTop.initiatives, lang) }),
        chart: {
          kind: 'mrcMap', region: code,
          rows: mrcsOfRegion(code).map((m) => ({ code: m.code, label: m.name, value: mrcCounts.get(m.code) ?? null, href: `#mrc-${m.code}` })),
          format: 'mrcCount', lang, ariaLabel: t(lang, 'map.mrc', { region: region.name, year: Y }), legendTitle: t(lang, 'map.legend.initiatives'), placement: 'full',
        },
      }],
      table: mrcTable,
      csv: mrcCsv,
      source,
    })),
    figure: singleMrc || mrc.mrc.length < 2 ? null : cited(data, lang, page, figure(data.root, lang, {
      id: `region-${region.slug}-mrc-${y}`,
      image: true,
      title: t(lang, 'chart.mrc', { region: region.name, year: Y }),
      summary: plural(lang, 'chart.mrc.summary', mrc.regionWide, { year: Y, top: mrcTop.key, value: integer(mrcTop.initiatives, lang) }),
      chart: {
        kind: 'rankedBars',
        rows: [...mrc.mrc].sort((a, b) => b.initiatives - a.initiatives).map((m) => ({ key: m.key, label: m.key, value: m.initiatives })),
        format: 'integer', lang, ariaLabel: t(lang, 'chart.mrc', { region: region.name, year: Y }), placement: 'full',
      },
      table: mrcTable,
      csv: mrcCsv,
      source,
    })),
    listsTitle: t(lang, 'region.mrc.lists', { year: Y }),
    listsNote: t(lang, 'region.mrc.listsNote'),
    // Each MRC's initiatives of the year, for the MRC map's links (`#mrc-<code>`):
    // an initiative of several MRC is listed under each of them.
    lists: singleMrc ? [] : mrc.mrc
      .map((m) => {
        const found = findMrc(m.key);
        const rowsOfMrc = latestRows.filter((r) => r.mrc?.includes(m.key)).sort((a, b) => b.montant_fqis - a.montant_fqis || a.titre.localeCompare(b.titre));
        return {
          id: `mrc-${found && found.region === code ? found.code : slugify(m.key)}`,
          name: m.key,
          count: plural(lang, 'region.mrc.count', rowsOfMrc.length),
          items: rowsOfMrc.map((r) => ({ title: cutText(r.titre, TITLE_MAX).text, amount: money(r.montant_fqis, lang) })),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  };

  const initiativesTitle = t(lang, 'region.initiatives', { year: Y });
  const plan = planCoverage(data.priorites, data.initiatives, y, code);
  return {
    keyFiguresTitle: t(lang, 'home.keyFigures', { year: Y }),
    keyFigures: keyFigures(data, lang, code, revisions),
    perPersonTitle: t(lang, 'perPerson.title'),
    perPerson: perPersonFigures(data, lang, code, revisions),
    yearlyCaption: t(lang, 'region.keyFigures'),
    yearly: years.map((a) => ({
      year: year(a, lang),
      fqis: cell(a, 'fqis', (v) => money(v, lang), null),
      initiatives: cell(a, 'initiatives', (v) => integer(v, lang), null),
      persons: cell(a, '3.3', (v) => integer(v, lang), '—'),
      completed: cell(a, '3.1', (v) => percent(v, lang), '—'),
    })),
    figures: figures.map((f) => cited(data, lang, page, f)),
    indicatorsTitle: t(lang, 'region.indicators'),
    ...indicatorsFolded(data, lang, code, revisions, Y),
    regional: regional.length === 0 ? null : { title: t(lang, 'region.regional'), show: plural(lang, 'region.regional.show', regional.length), caption: t(lang, 'region.regional.caption'), lines: regional },
    planTitle: t(lang, 'region.plan'),
    plan: plan.map((p) => ({ code: alliances.length > 1 ? `${p.alliance} · ${p.code}` : p.code, title: p.libelle, national: priorityName(p.priorite), initiatives: integer(p.initiatives, lang) })),
    planNone: t(lang, 'region.plan.none'),
    planCountHeader: t(lang, 'region.plan.count', { year: Y }),
    mrc: mrcSection,
    initiativesTitle,
    initiativesNote: t(lang, 'region.initiatives.note'),
    initiativesShow: plural(lang, 'region.initiatives.show', latestRows.length, { year: Y }),
    initiatives: initiativeTable(data, lang, latestRows, initiativesTitle),
    otherYears: data.years
      .filter((a) => a !== y && rows.some((r) => r.annee === a))
      .reverse()
      .map((a) => {
        const summary = t(lang, 'region.initiatives.other', { year: year(a, lang) });
        return { summary, notPrinted: t(lang, 'region.initiatives.notPrinted'), table: initiativeTable(data, lang, rows.filter((r) => r.annee === a), summary) };
      }),
    practicesTitle: t(lang, 'region.practices'),
    ...foldedPractices(data, lang, latestRows.filter((r) => r.pratique_gagnante === true)),
  };
}

/** The guide's indicators of a region, and the summary of their fold. */
function indicatorsFolded(data: SiteData, lang: Lang, code: string, revisions: Revisions | null, Y: string): Pick<RegionDetails, 'indicators' | 'indicatorsShow'> {
  const indicators = indicatorTable(data, lang, code, revisions);
  return { indicators, indicatorsShow: plural(lang, 'region.indicators.show', indicators.rows.length, { year: Y }) };
}

/**
 * The region's winning practices: the first PRACTICES_SHOWN as cards, the
 * others folded (issue #21: Montérégie's thirteen cards were 6 700 px on a
 * phone). One more than PRACTICES_SHOWN is shown rather than folded alone.
 */
function foldedPractices(data: SiteData, lang: Lang, rows: readonly InitiativeRow[]): Pick<RegionDetails, 'practices' | 'morePractices'> {
  const none = t(lang, 'region.practices.none');
  const all = practiceCards(data, lang, rows, none);
  if (all.cards.length <= PRACTICES_SHOWN + 1) return { practices: all, morePractices: null };
  return {
    practices: { ...all, cards: all.cards.slice(0, PRACTICES_SHOWN), fullText: null },
    morePractices: { summary: plural(lang, 'region.practices.more', all.cards.length - PRACTICES_SHOWN), cards: { ...all, cards: all.cards.slice(PRACTICES_SHOWN) } },
  };
}

/** Whether any figure of a region's details carries a *révisé* mark. */
function hasMarks(d: RegionDetails): boolean {
  return (
    d.keyFigures.some((k) => k.revised !== null) ||
    d.perPerson.figures.some((f) => f.revised !== null) ||
    d.yearly.some((y) => [y.fqis, y.initiatives, y.persons, y.completed].some((c) => c.revised !== null)) ||
    tablesHaveMarks(d.figures.map((f) => f.table)) ||
    d.indicators.rows.some((r) => r.revised !== null || r.nationalRevised !== null) ||
    (d.regional?.lines.some((l) => l.revised !== null) ?? false)
  );
}

function compute(data: SiteData, lang: Lang, region: Region, revisions: Revisions | null): RegionData {
  const Y = year(data.latest, lang);
  const hasRows = data.initiatives.some((r) => r.region === region.code);
  const alliancesTitle = plural(lang, 'region.alliances', data.alliances.filter((a) => a.region === region.code).length);
  const more = hasRows ? details(data, lang, region, revisions) : null;
  const feed = more ? practicesFeedLink(data, lang) : null;
  return {
    practicesFeed: feed,
    feeds: feed ? [{ href: feed.sitePath, title: feed.title }] : [],
    slug: region.slug,
    locator: { kind: 'locatorMap', region: region.code, lang, ariaLabel: t(lang, 'map.locator', { region: region.name }) },
    title: region.name,
    lead: t(lang, 'region.lead'),
    revisedLegend: revisedLegend(lang, more !== null && hasMarks(more)),
    url: absoluteUrl(localeSitePath(lang, `${data.root}/regions/${region.slug}/`)),
    toc: [
      { id: 'alliances', label: alliancesTitle },
      ...(!more ? [] : [
        { id: 'chiffres-cles', label: t(lang, 'home.keyFigures', { year: Y }) },
        { id: 'indicateurs', label: t(lang, 'region.indicators') },
        { id: 'plan-action', label: t(lang, 'region.plan') },
        ...(more.mrc ? [{ id: 'mrc', label: t(lang, 'region.mrc') }] : []),
        { id: 'initiatives', label: t(lang, 'region.initiatives', { year: Y }) },
        { id: 'pratiques-gagnantes', label: t(lang, 'region.practices') },
      ]),
    ],
    alliancesTitle,
    alliances: data.alliances.filter((a) => a.region === region.code).map((a) => ({
      name: a.nom,
      href: a.site_web,
      responsible: a.responsable,
      envelope: a.enveloppe === null ? '—' : money(a.enveloppe, lang),
      convention: a.date_convention ? date(a.date_convention, lang) : '—',
      plan: a.date_approbation_plan ? date(a.date_approbation_plan, lang) : '—',
    })),
    details: more,
    noData: t(lang, 'region.noData'),
  };
}

/**
 * A region's page of a site in a language. `revisions`: the site's
 * *révisé* marks (`revisionsFor`, lib/site/editionChanges.ts), or null.
 * Computed once per site, language, region and marks.
 */
export const regionPage = (data: SiteData, lang: Lang, region: Region, revisions: Revisions | null = null): RegionData =>
  memoPage('region', data, lang, region.code, () => compute(data, lang, region, revisions), revisions);

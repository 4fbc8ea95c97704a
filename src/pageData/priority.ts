/**
 * What a national priority's page (`/priorites/<code>/`) shows: each
 * region's FQIS (map, and per inhabitant where there are populations),
 * initiatives and persons reached for the priority in the latest year, and
 * examples of its winning practices.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { integer, money, moneyCents, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import type { Priority } from '../lib/contract/priorities.ts';
import { REGIONS, regionByCode } from '../lib/contract/regions.ts';
import { byRegionForPriority } from '../lib/derive/aggregates.ts';
import type { Placement } from '../charts/responsive.ts';
import type { RankedBarsSpec, ValueFormat } from '../charts/spec.ts';
import type { RankedDatum } from '../charts/rankedBars.ts';
import { figure, mapFigure } from './figure.ts';
import type { FigureData, MapFigureData } from './figure.ts';
import { cited } from './figureCite.ts';
import { memoPage } from './memo.ts';
import { practiceCards } from './practiceCards.ts';
import type { PracticeCards } from './practiceCards.ts';

/** How many winning practices of the priority the page shows. */
export const EXAMPLES_LIMIT = 12;

export interface PriorityData {
  /** The priority's code (the page's parameter). */
  readonly code: string;
  /** Its label, the page's title. */
  readonly title: string;
  readonly lead: string;
  readonly toc: readonly { readonly id: string; readonly label: string }[];
  /** Null when no initiative of the latest year has this priority (then `noData` is said). */
  readonly comparison: {
    readonly title: string;
    readonly map: MapFigureData;
    /** Said under the map when there is no population for the year; null otherwise. */
    readonly perPersonUnavailable: string | null;
    /** FQIS by region, and per inhabitant when there are populations. */
    readonly figures: readonly FigureData[];
    /** Initiatives and persons reached by region, side by side. */
    readonly halfFigures: readonly FigureData[];
  } | null;
  readonly noData: string;
  readonly examplesTitle: string;
  readonly examples: PracticeCards;
}

function compute(data: SiteData, lang: Lang, priority: Priority): PriorityData {
  const y = data.latest;
  const Y = year(y, lang);
  const label = lang === 'fr' ? priority.labelFr : priority.labelEn;
  const source = t(lang, 'figure.sourceDefault', { year: Y });
  const code = priority.code;
  const regionHref = (slug: string): string => data.link(lang, `/regions/${slug}/`);
  const totals = byRegionForPriority(data.initiatives, y, code);
  const bars = (pick: (x: (typeof totals)[number]) => number) =>
    totals
      .map((x) => {
        const region = regionByCode(x.key);
        return { key: x.key, label: region?.name ?? x.key, value: pick(x), href: regionHref(region?.slug ?? '') };
      })
      .sort((a, b) => b.value - a.value);
  const fqis = bars((x) => x.fqis);
  const initiatives = bars((x) => x.initiatives);
  const persons = bars((x) => x.persons);
  // The region map links every region: the rankings' links stay for the mouse, out of the tab order.
  const ranked = (rows: readonly RankedDatum[], format: ValueFormat, ariaLabel: string, placement: Placement = 'full'): RankedBarsSpec =>
    ({ kind: 'rankedBars', rows, format, lang, ariaLabel, tabStops: false, placement });
  const byCode = new Map(totals.map((x) => [x.key, x]));
  // Per inhabitant: this priority's FQIS over the region's population (contexte file), where there is one.
  const population = new Map(data.contexte.filter((c) => c.annee === y).map((c) => [c.region, c.population]));
  const perCapita = fqis
    .flatMap((d) => { const p = population.get(d.key); return p ? [{ key: d.key, label: d.label, value: d.value / p, href: d.href, population: p, fqis: d.value }] : []; })
    .sort((a, b) => b.value - a.value);
  const populationSources = data.contextSources(y, 'QC');
  const hasPerCapita = perCapita.length > 0;
  const perCapitaSummary = hasPerCapita ? t(lang, 'chart.priorityPerCapita.summary', { year: Y, top: perCapita[0]!.label, high: moneyCents(perCapita[0]!.value, lang), bottom: perCapita.at(-1)!.label, low: moneyCents(perCapita.at(-1)!.value, lang) }) : '';
  const perCapitaOf = (region: string) => perCapita.find((d) => d.key === region);
  const mapRows = (value: (region: string) => number | null) => REGIONS.map((r) => ({ code: r.code, label: r.name, value: value(r.code), href: regionHref(r.slug) }));

  const comparison = totals.length === 0 ? null : {
    title: t(lang, 'priority.table', { year: Y }),
    map: mapFigure(data.root, {
      id: `priorite-${code}-carte-${y}`,
      title: t(lang, 'map.priority', { year: Y }),
      variants: [
        {
          key: 'fqis', label: t(lang, 'map.fqis'),
          summary: fqis.length > 0 ? t(lang, 'chart.priorityByRegion.summary', { year: Y, top: fqis[0]!.label, value: money(fqis[0]!.value, lang) }) : '',
          chart: { kind: 'regionMap', rows: mapRows((r) => byCode.get(r)?.fqis ?? null), format: 'money', lang, ariaLabel: t(lang, 'map.priority', { year: Y }), legendTitle: t(lang, 'map.legend.fqis'), placement: 'full' },
        },
        ...(hasPerCapita ? [{
          key: 'par-habitant', label: t(lang, 'map.perCapita'), summary: perCapitaSummary,
          chart: { kind: 'regionMap', rows: mapRows((r) => perCapitaOf(r)?.value ?? null), format: 'moneyCents', lang, ariaLabel: `${t(lang, 'map.priority', { year: Y })} — ${t(lang, 'map.perCapita')}`, legendTitle: t(lang, 'map.legend.perCapita'), placement: 'full' } as const,
        }] : []),
      ],
      table: {
        headers: [t(lang, 'table.region'), t(lang, 'table.fqis'), ...(hasPerCapita ? [t(lang, 'table.perCapita')] : [])],
        rows: REGIONS.map((r) => { const pc = perCapitaOf(r.code); return [r.name, byCode.has(r.code) ? money(byCode.get(r.code)!.fqis, lang) : '—', ...(hasPerCapita ? [pc ? moneyCents(pc.value, lang) : '—'] : [])]; }),
      },
      csv: {
        columns: ['annee', 'priorite', 'region', 'fqis', ...(hasPerCapita ? ['fqis_par_habitant', 'population'] : [])],
        rows: REGIONS.map((r) => { const pc = perCapitaOf(r.code); return [y, code, r.code, byCode.get(r.code)?.fqis ?? null, ...(hasPerCapita ? [pc?.value ?? null, population.get(r.code) ?? null] : [])]; }),
      },
      source,
      context: hasPerCapita ? populationSources : [],
    }),
    perPersonUnavailable: hasPerCapita ? null : t(lang, 'perPerson.unavailable', { year: Y }),
    figures: [
      figure(data.root, lang, {
        id: `priorite-${code}-fqis-${y}`,
        title: t(lang, 'chart.priorityByRegion', { year: Y }),
        summary: t(lang, 'chart.priorityByRegion.summary', { year: Y, top: fqis[0]!.label, value: money(fqis[0]!.value, lang) }),
        chart: ranked(fqis, 'moneyAxis', t(lang, 'chart.priorityByRegion', { year: Y })),
        table: {
          headers: [t(lang, 'table.region'), t(lang, 'table.fqis'), t(lang, 'table.initiatives'), t(lang, 'table.persons')],
          rows: totals.map((x) => [regionByCode(x.key)?.name ?? x.key, money(x.fqis, lang), integer(x.initiatives, lang), integer(x.persons, lang)]),
        },
        csv: { columns: ['annee', 'priorite', 'region', 'fqis', 'initiatives', 'personnes_rejointes'], rows: totals.map((x) => [y, code, x.key, x.fqis, x.initiatives, x.persons]) },
        source,
      }),
      ...(hasPerCapita ? [figure(data.root, lang, {
        id: `priorite-${code}-fqis-par-habitant-${y}`,
        title: t(lang, 'chart.priorityPerCapita', { year: Y }),
        summary: perCapitaSummary,
        chart: ranked(perCapita.map(({ key, label, value, href }) => ({ key, label, value, href })), 'moneyCents', t(lang, 'chart.priorityPerCapita', { year: Y })),
        table: { headers: [t(lang, 'table.region'), t(lang, 'table.perCapita'), t(lang, 'table.fqis'), t(lang, 'table.population')], rows: perCapita.map((d) => [d.label, moneyCents(d.value, lang), money(d.fqis, lang), integer(d.population, lang)]) },
        csv: { columns: ['annee', 'priorite', 'region', 'fqis_par_habitant', 'fqis', 'population'], rows: perCapita.map((d) => [y, code, d.key, d.value, d.fqis, d.population]) },
        source,
        context: populationSources,
      })] : []),
    ],
    halfFigures: [
      figure(data.root, lang, {
        id: `priorite-${code}-initiatives-${y}`,
        title: t(lang, 'chart.priorityInitiatives', { year: Y }),
        summary: t(lang, 'chart.initiativesByRegion.summary', { year: Y, top: initiatives[0]!.label, value: integer(initiatives[0]!.value, lang), total: integer(initiatives.reduce((n, d) => n + d.value, 0), lang) }),
        chart: ranked(initiatives, 'integer', t(lang, 'chart.priorityInitiatives', { year: Y }), 'half'),
        table: { headers: [t(lang, 'table.region'), t(lang, 'table.initiatives')], rows: initiatives.map((d) => [d.label, integer(d.value, lang)]) },
        csv: { columns: ['annee', 'priorite', 'region', 'initiatives'], rows: initiatives.map((d) => [y, code, d.key, d.value]) },
        source,
      }),
      figure(data.root, lang, {
        id: `priorite-${code}-personnes-${y}`,
        title: t(lang, 'chart.priorityPersons', { year: Y }),
        summary: t(lang, 'chart.persons.summary', { year: Y, value: integer(persons.reduce((n, d) => n + d.value, 0), lang) }),
        chart: ranked(persons, 'integer', t(lang, 'chart.priorityPersons', { year: Y }), 'half'),
        table: { headers: [t(lang, 'table.region'), t(lang, 'table.persons')], rows: persons.map((d) => [d.label, integer(d.value, lang)]) },
        csv: { columns: ['annee', 'priorite', 'region', 'personnes_rejointes'], rows: persons.map((d) => [y, code, d.key, d.value]) },
        source,
      }),
    ],
  };

  const page = { title: label, path: `/priorites/${code}/` };
  const examples = data.initiatives.filter((r) => r.annee === y && r.priorite === code && r.pratique_gagnante === true).slice(0, EXAMPLES_LIMIT);
  return {
    code,
    title: label,
    lead: t(lang, 'priority.lead', { priority: label }),
    toc: [
      ...(totals.length === 0 ? [] : [{ id: 'comparaison-regions', label: t(lang, 'priority.table', { year: Y }) }]),
      { id: 'exemples', label: t(lang, 'priority.examples') },
    ],
    comparison: comparison && {
      ...comparison,
      map: cited(data, lang, page, comparison.map),
      figures: comparison.figures.map((f) => cited(data, lang, page, f)),
      halfFigures: comparison.halfFigures.map((f) => cited(data, lang, page, f)),
    },
    noData: t(lang, 'chart.noData'),
    examplesTitle: t(lang, 'priority.examples'),
    examples: practiceCards(data, lang, examples, t(lang, 'practices.none'), true),
  };
}

/** A national priority's page of a site in a language; computed once per site, language and priority. */
export const priorityPage = (data: SiteData, lang: Lang, priority: Priority): PriorityData =>
  memoPage('priority', data, lang, priority.code, () => compute(data, lang, priority));

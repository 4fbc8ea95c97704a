/**
 * What the home page (`/`, and each edition's) shows: what the Alliances
 * are, Québec's key figures, the overview map and the rankings by region,
 * FQIS by national priority, and the five-year envelopes. Pure: the site's
 * data in, text, links and chart specs out.
 */
import { t } from '../i18n/index.ts';
import type { Key } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { integer, money, moneyCents, percent, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { REGIONS, regionByCode } from '../lib/contract/regions.ts';
import { priorityLabel } from '../lib/contract/priorities.ts';
import { byPriority, envelopes } from '../lib/derive/aggregates.ts';
import type { ValueFormat } from '../charts/spec.ts';
import { figure, mapFigure, tablesHaveMarks } from './figure.ts';
import { cited } from './figureCite.ts';
import type { FigureData, MapFigureData } from './figure.ts';
import { keyFigures } from './keyFigures.ts';
import type { KeyFigure } from './keyFigures.ts';
import { memoPage } from './memo.ts';
import { cellMarks, revisedLegend } from './revised.ts';
import type { Revisions } from './revised.ts';

export interface HomeData {
  /** The page's `<title>` (`Accueil`). */
  readonly pageTitle: string;
  readonly title: string;
  readonly lead: string;
  readonly program: string;
  /** What the *révisé* marks mean, when the page has any; null otherwise. */
  readonly revisedLegend: string | null;
  /** `Chiffres clés 2025–2026`. */
  readonly keyFiguresTitle: string;
  readonly keyFigures: readonly KeyFigure[];
  readonly byRegionTitle: string;
  /** The overview map: one variant per variable. */
  readonly map: MapFigureData;
  /** Said under the map when the contexte file gives no population for the year; null otherwise. */
  readonly perPersonUnavailable: string | null;
  /** FQIS, FQIS per inhabitant (when there are populations) and initiatives by region, as images; empty without data. */
  readonly regionFigures: readonly FigureData[];
  readonly byPriorityTitle: string;
  readonly priorityFigure: FigureData | null;
  readonly envelopesTitle: string;
  readonly envelopeFigure: FigureData | null;
}

const MAP_VARIABLES = [
  { key: 'fqis', code: 'fqis', label: 'map.fqis', legend: 'map.legend.fqis', summary: 'map.fqis.summary', format: 'money', column: 'fqis' },
  { key: 'initiatives', code: 'initiatives', label: 'map.initiatives', legend: 'map.legend.initiatives', summary: 'map.initiatives.summary', format: 'integer', column: 'initiatives' },
  { key: 'persons', code: '3.3', label: 'map.persons', legend: 'map.legend.persons', summary: 'map.persons.summary', format: 'integer', column: 'personnes_rejointes' },
  { key: 'par-habitant', code: 'fqis-par-habitant', label: 'map.perCapita', legend: 'map.legend.perCapita', summary: 'map.perCapita.summary', format: 'moneyCents', column: 'fqis_par_habitant' },
] as const satisfies readonly { key: string; code: string; label: Key; legend: Key; summary: Key; format: ValueFormat; column: string }[];

const FORMAT = { money, integer, moneyCents } as const;

function compute(data: SiteData, lang: Lang, revisions: Revisions | null): HomeData {
  const y = data.latest;
  const Y = year(y, lang);
  const source = t(lang, 'figure.sourceDefault', { year: Y });
  const regionName = (code: string): string => regionByCode(code)?.name ?? code;
  const regionHref = (slug: string): string => data.link(lang, `/regions/${slug}/`);
  const perRegion = (code: string) =>
    REGIONS.flatMap((r) => {
      const v = data.value(y, r.code, code);
      return v ? [{ key: r.code, label: r.name, value: v.valeur, link: regionHref(r.slug) }] : [];
    }).sort((a, b) => b.value - a.value);
  // Drawn as images: no links in the chart (its table links each region).
  const bars = (rows: ReturnType<typeof perRegion>) => rows.map(({ key, label, value }) => ({ key, label, value }));

  const fqis = perRegion('fqis');
  const initiatives = perRegion('initiatives');
  const totalInitiatives = data.value(y, 'QC', 'initiatives')?.valeur ?? 0;
  // Per person (contract §3): only where the ministry's contexte file gives populations.
  const perCapita = perRegion('fqis-par-habitant');
  const perCapitaQc = data.value(y, 'QC', 'fqis-par-habitant');
  const populationSources = data.contextSources(y, 'QC');

  // The overview map: one pre-rendered choropleth per variable.
  const variables = MAP_VARIABLES.filter((m) => m.key !== 'par-habitant' || perCapita.length > 0);
  const mapValue = (region: string, code: string): number | null => data.value(y, region, code)?.valeur ?? null;
  const map = mapFigure(data.root, {
    id: `carte-regions-${y}`,
    title: t(lang, 'map.overview', { year: Y }),
    variants: variables.map((m) => {
      const rows = REGIONS.map((r) => ({ code: r.code, label: r.name, value: mapValue(r.code, m.code), href: regionHref(r.slug) }));
      const top = [...rows].filter((v) => v.value !== null).sort((a, b) => b.value! - a.value!)[0];
      const label = t(lang, m.label);
      return {
        key: m.key,
        label,
        summary: top ? t(lang, m.summary, { year: Y, top: top.label, value: FORMAT[m.format](top.value!, lang) }) : t(lang, 'chart.noData'),
        chart: { kind: 'regionMap', rows, format: m.format, lang, ariaLabel: `${t(lang, 'map.overview', { year: Y })} — ${label}`, legendTitle: t(lang, m.legend), placement: 'full' },
      };
    }),
    table: {
      headers: [t(lang, 'table.region'), ...variables.map((m) => t(lang, m.label))],
      rows: REGIONS.map((r) => [r.name, ...variables.map((m) => { const v = mapValue(r.code, m.code); return v === null ? '—' : FORMAT[m.format](v, lang); })]),
      marks: cellMarks(revisions, lang, REGIONS.map((r) => [null, ...variables.map((m) => (mapValue(r.code, m.code) === null ? null : ([y, r.code, m.code] as const)))])),
    },
    csv: { columns: ['annee', 'region', 'region_nom', ...variables.map((m) => m.column)], rows: REGIONS.map((r) => [y, r.code, r.name, ...variables.map((m) => mapValue(r.code, m.code))]) },
    source,
    context: perCapita.length > 0 ? populationSources : [],
  });

  const regionFigures: FigureData[] = [];
  if (fqis.length > 0) {
    regionFigures.push(figure(data.root, lang, {
      id: `fqis-par-region-${y}`,
      image: true,
      title: t(lang, 'chart.fqisByRegion', { year: Y }),
      summary: t(lang, 'chart.fqisByRegion.summary', { year: Y, top: fqis[0]!.label, value: money(fqis[0]!.value, lang), bottom: fqis.at(-1)!.label, low: money(fqis.at(-1)!.value, lang) }),
      chart: { kind: 'rankedBars', rows: bars(fqis), format: 'moneyAxis', lang, ariaLabel: t(lang, 'chart.fqisByRegion', { year: Y }), placement: 'half' },
      table: { headers: [t(lang, 'table.region'), t(lang, 'table.fqis')], rows: fqis.map((d) => [d.label, money(d.value, lang)]), links: fqis.map((d) => d.link), marks: cellMarks(revisions, lang, fqis.map((d) => [null, [y, d.key, 'fqis']])) },
      csv: { columns: ['annee', 'region', 'region_nom', 'fqis'], rows: fqis.map((d) => [y, d.key, d.label, d.value]) },
      source,
    }));
    if (perCapita.length > 0 && perCapitaQc) {
      const parts = (key: string) => data.value(y, key, 'fqis-par-habitant')!;
      regionFigures.push(figure(data.root, lang, {
        id: `fqis-par-habitant-par-region-${y}`,
        image: true,
        title: t(lang, 'chart.perCapitaByRegion', { year: Y }),
        summary: t(lang, 'chart.perCapitaByRegion.summary', { year: Y, top: perCapita[0]!.label, high: moneyCents(perCapita[0]!.value, lang), bottom: perCapita.at(-1)!.label, low: moneyCents(perCapita.at(-1)!.value, lang), quebec: moneyCents(perCapitaQc.valeur, lang) }),
        chart: { kind: 'rankedBars', rows: bars(perCapita), format: 'moneyCents', lang, ariaLabel: t(lang, 'chart.perCapitaByRegion', { year: Y }), placement: 'half' },
        table: {
          headers: [t(lang, 'table.region'), t(lang, 'table.perCapita'), t(lang, 'table.fqis'), t(lang, 'table.population')],
          rows: perCapita.map((d) => { const v = parts(d.key); return [d.label, moneyCents(d.value, lang), money(v.numerateur ?? 0, lang), integer(v.denominateur ?? 0, lang)]; }),
          links: perCapita.map((d) => d.link),
          // The FQIS column is the numerator: the region's FQIS of the year.
          marks: cellMarks(revisions, lang, perCapita.map((d) => [null, [y, d.key, 'fqis-par-habitant'], [y, d.key, 'fqis'], null])),
        },
        csv: { columns: ['annee', 'region', 'region_nom', 'fqis_par_habitant', 'fqis', 'population'], rows: perCapita.map((d) => { const v = parts(d.key); return [y, d.key, d.label, v.valeur, v.numerateur, v.denominateur]; }) },
        source,
        context: populationSources,
      }));
    }
    regionFigures.push(figure(data.root, lang, {
      id: `initiatives-par-region-${y}`,
      image: true,
      title: t(lang, 'chart.initiativesByRegion', { year: Y }),
      summary: t(lang, 'chart.initiativesByRegion.summary', { year: Y, top: initiatives[0]!.label, value: integer(initiatives[0]!.value, lang), total: integer(totalInitiatives, lang) }),
      chart: { kind: 'rankedBars', rows: bars(initiatives), format: 'integer', lang, ariaLabel: t(lang, 'chart.initiativesByRegion', { year: Y }), placement: 'half' },
      table: { headers: [t(lang, 'table.region'), t(lang, 'table.initiatives')], rows: initiatives.map((d) => [d.label, integer(d.value, lang)]), links: initiatives.map((d) => d.link), marks: cellMarks(revisions, lang, initiatives.map((d) => [null, [y, d.key, 'initiatives']])) },
      csv: { columns: ['annee', 'region', 'region_nom', 'initiatives'], rows: initiatives.map((d) => [y, d.key, d.label, d.value]) },
      source,
    }));
  }

  const priorities = byPriority(data.initiatives, y);
  const priorityTotal = priorities.reduce((n, p) => n + p.fqis, 0);
  const priorityName = (code: string): string => priorityLabel(code, lang);
  const priorityFigure = priorities.length === 0 ? null : figure(data.root, lang, {
    id: `fqis-par-priorite-${y}`,
    title: t(lang, 'chart.fqisByPriority', { year: Y }),
    summary: t(lang, 'chart.fqisByPriority.summary', { year: Y, top: priorityName(priorities[0]!.key), value: money(priorities[0]!.fqis, lang), share: percent(priorities[0]!.fqis / priorityTotal, lang) }),
    chart: {
      kind: 'rankedBars',
      rows: priorities.map((p) => ({ key: p.key, label: priorityName(p.key), value: p.fqis, href: data.link(lang, `/priorites/${p.key}/`) })),
      format: 'moneyAxis', lang, ariaLabel: t(lang, 'chart.fqisByPriority', { year: Y }), placement: 'full',
    },
    table: {
      headers: [t(lang, 'table.priority'), t(lang, 'table.fqis'), t(lang, 'table.initiatives'), t(lang, 'table.persons')],
      rows: priorities.map((p) => [priorityName(p.key), money(p.fqis, lang), integer(p.initiatives, lang), integer(p.persons, lang)]),
    },
    csv: { columns: ['annee', 'priorite', 'fqis', 'initiatives', 'personnes_rejointes'], rows: priorities.map((p) => [y, p.key, p.fqis, p.initiatives, p.persons]) },
    source,
  });

  const env = envelopes(data.alliances, data.initiatives).map((e) => ({
    key: e.region,
    label: regionName(e.region),
    envelope: e.envelope,
    paid: e.paid,
  }));
  const envLinks = env.map((e) => regionHref(regionByCode(e.key)?.slug ?? ''));
  const envTotal = env.reduce((n, e) => n + e.envelope, 0);
  const paidTotal = env.reduce((n, e) => n + e.paid, 0);
  const envelopeFigure = env.length === 0 ? null : figure(data.root, lang, {
    id: 'enveloppes-par-region',
    // An image file, like the rankings (issue #21: the home page's HTML budget); its region links are in its table.
    image: true,
    title: t(lang, 'chart.envelopes'),
    summary: t(lang, 'chart.envelopes.summary', { paid: money(paidTotal, lang), envelope: money(envTotal, lang), share: percent(paidTotal / envTotal, lang) }),
    chart: { kind: 'envelopeBars', rows: env, lang, ariaLabel: t(lang, 'chart.envelopes'), placement: 'full' },
    table: {
      headers: [t(lang, 'table.region'), t(lang, 'table.envelope'), t(lang, 'table.paid'), t(lang, 'table.share')],
      rows: env.map((e) => [e.label, money(e.envelope, lang), money(e.paid, lang), percent(e.paid / e.envelope, lang)]),
      links: envLinks,
    },
    csv: { columns: ['region', 'region_nom', 'enveloppe', 'verse'], rows: env.map((e) => [e.key, e.label, e.envelope, e.paid]) },
    source: t(lang, 'figure.sourceDefault', { year: data.years.map((a) => year(a, lang)).join(', ') }),
  });

  const key = keyFigures(data, lang, 'QC', revisions);
  const page = { title: null, path: '/' };
  return {
    pageTitle: t(lang, 'nav.home'),
    title: t(lang, 'home.title'),
    lead: t(lang, 'home.intro'),
    program: t(lang, 'home.program'),
    revisedLegend: revisedLegend(lang, key.some((k) => k.revised !== null) || tablesHaveMarks([map.table, ...regionFigures.map((f) => f.table)])),
    keyFiguresTitle: t(lang, 'home.keyFigures', { year: Y }),
    keyFigures: key,
    byRegionTitle: t(lang, 'home.byRegion'),
    map: cited(data, lang, page, map),
    perPersonUnavailable: perCapita.length === 0 ? t(lang, 'perPerson.unavailable', { year: Y }) : null,
    regionFigures: regionFigures.map((f) => cited(data, lang, page, f)),
    byPriorityTitle: t(lang, 'home.byPriority'),
    priorityFigure: cited(data, lang, page, priorityFigure),
    envelopesTitle: t(lang, 'home.envelopes'),
    envelopeFigure: cited(data, lang, page, envelopeFigure),
  };
}

/**
 * The home page of a site (current data or an edition) in a language;
 * computed once per site, language and marks. `revisions`: the site's
 * *révisé* marks (`revisionsFor`, lib/site/editionChanges.ts), or null.
 */
export const homePage = (data: SiteData, lang: Lang, revisions: Revisions | null = null): HomeData =>
  memoPage('home', data, lang, '', () => compute(data, lang, revisions), revisions);

/**
 * What the catalogue of winning practices (`/pratiques/`, contract §7,
 * issue #10 item 2) shows, and its per-priority pages
 * (`/pratiques/priorite/<code>/`, the facet that works without
 * JavaScript): every practice of every year grouped by region, each with
 * the facet values its item carries for the live filter
 * (src/client/catalogue.ts), and the facet panel's links and counts. Text
 * from the exports is kept as written, cut with « … » (contract §1.5).
 */
import { plural, t } from '../i18n/index.ts';
import type { Key } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { integer, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { REGIONS } from '../lib/contract/regions.ts';
import { priorityLabel } from '../lib/contract/priorities.ts';
import { SECTOR_LABELS, STATUS_LABELS } from '../lib/contract/codes.ts';
import type { Sector, Status } from '../lib/contract/codes.ts';
import { LONG_TEXT_MAX, TITLE_MAX, cutText } from '../lib/common/text.ts';
import { catalogueItem, FACETS, facetCounts } from './catalogue.ts';
import type { Facet } from './catalogue.ts';
import { sitePractices } from './practice.ts';
import { practicesFeedLink } from './practicesFeed.ts';
import type { FeedLink } from './practicesFeed.ts';

/** One value of a facet: its query value, label and count (formatted). */
export interface FacetOption {
  readonly value: string;
  readonly label: string;
  readonly count: string;
}

/** The facet panel (CatalogueFacets.astro). */
export interface CatalogueFacetsData {
  /** Show the filter form (the main catalogue only). */
  readonly form: boolean;
  /** The links to each national priority's page, with counts; `current` marks the page's own. */
  readonly priorities: ReadonlyArray<FacetOption & { readonly href: string; readonly current: boolean }>;
  /** Without JavaScript: each region's practices, on its page (`/regions/<slug>/#pratiques-gagnantes`), for regions with practices. */
  readonly regions: ReadonlyArray<{ readonly label: string; readonly href: string }>;
  /** The panel's title without JavaScript (what the links offer) and with it (the form's), and what the links are. */
  readonly summary: { readonly noScript: string; readonly script: string };
  readonly noScriptNote: string;
  /** The link to the whole catalogue, with the count of every practice. */
  readonly all: { readonly href: string; readonly count: string; readonly current: boolean };
  /** The form's facets, in order, each with its legend and values; empty without the form. */
  readonly facets: ReadonlyArray<{ readonly facet: Facet; readonly legend: string; readonly options: readonly FacetOption[] }>;
}

/** One practice in the list. */
export interface CatalogueEntry {
  /** The facet values it is filtered by, space-separated, by facet (its `data-*` attributes). */
  readonly values: Readonly<Record<Facet, string>>;
  readonly href: string;
  /** Its title (cut), from the export. */
  readonly title: string;
  readonly organisation: string;
  readonly priority: string;
  readonly status: string;
  /** « Déclarée en 2024-2025, 2025-2026 ». */
  readonly reported: string;
  /** Its description (cut), from the export, or null. */
  readonly description: string | null;
}

export interface PracticesPage {
  /** The page's title (its <h1> and <title>) and lead. */
  readonly title: string;
  readonly lead: string;
  /** The Atom feed in the page's head: the current data only (a frozen edition does not change). */
  readonly feeds: ReadonlyArray<{ readonly href: string; readonly title: string }>;
  /** The same feed as a visible link, with what a feed is (the catalogue of the current data only). */
  readonly feedLink: FeedLink | null;
  /** How many practices the site has (zero: the page says there are none). */
  readonly total: number;
  readonly facets: CatalogueFacetsData;
  /** How many this page lists, in words, and the texts the script counts with. */
  readonly count: { readonly shown: number; readonly text: string; readonly zero: string; readonly one: string; readonly other: string };
  /** The practices listed, by region (in the regions' order), regions without any left out. */
  readonly groups: ReadonlyArray<{
    readonly slug: string;
    readonly name: string;
    readonly count: string;
    /** The region's page and its link text. */
    readonly regionHref: string;
    readonly regionLink: string;
    readonly items: readonly CatalogueEntry[];
  }>;
  /** Set when a title or description is cut: where the full text is (the data page's downloads). */
  readonly fullText: string | null;
}

/** A facet value's label: a region's name, a priority's, a sector's, a year, a status. */
function facetLabel(facet: Facet, value: string, lang: Lang): string {
  switch (facet) {
    case 'region': return REGIONS.find((r) => r.slug === value)?.name ?? value;
    case 'priorite': return priorityLabel(value, lang);
    case 'secteur': return SECTOR_LABELS[value as Sector]?.[lang] ?? value;
    case 'annee': return year(value, lang);
    case 'statut': return STATUS_LABELS[value as Status]?.[lang] ?? value;
  }
}

/** The catalogue, or with `priority` (a national priority's code) the page of that priority's practices, without the filter form. */
export function practicesPage(data: SiteData, lang: Lang, priority?: string): PracticesPage {
  const all = sitePractices(data.initiatives).practices.map(catalogueItem);
  const items = priority === undefined ? all : all.filter((i) => i.values.priorite.includes(priority));
  const counts = facetCounts(all);
  const form = priority === undefined;
  const feed = priority === undefined ? practicesFeedLink(data, lang) : null;
  const option = (facet: Facet) => (c: { value: string; count: number }): FacetOption => ({ value: c.value, label: facetLabel(facet, c.value, lang), count: integer(c.count, lang) });
  const label = priority === undefined ? '' : priorityLabel(priority, lang);
  let anyCut = false;
  const groups = REGIONS.map((region) => ({ region, items: items.filter((i) => i.practice.region === region.code) }))
    .filter((g) => g.items.length > 0)
    .map(({ region, items: list }) => ({
      slug: region.slug,
      name: region.name,
      count: integer(list.length, lang),
      regionHref: data.link(lang, `/regions/${region.slug}/`),
      regionLink: t(lang, 'practices.regionPage', { region: region.name }),
      items: list.map(({ practice, values }): CatalogueEntry => {
        const r = practice.latest;
        // Long text cut with « … » (contract §1.5); the data publish it in full.
        const title = cutText(r.titre, TITLE_MAX);
        const description = r.description === null ? null : cutText(r.description, LONG_TEXT_MAX);
        anyCut ||= title.cut || description?.cut === true;
        return {
          values: { region: values.region.join(' '), priorite: values.priorite.join(' '), secteur: values.secteur.join(' '), annee: values.annee.join(' '), statut: values.statut.join(' ') },
          href: data.link(lang, `/pratiques/${practice.key}/`),
          title: title.text,
          organisation: r.organisme,
          priority: priorityLabel(r.priorite, lang),
          status: STATUS_LABELS[r.statut][lang],
          reported: t(lang, 'catalogue.reported', { years: practice.years.map((y) => year(y.annee, lang)).join(', ') }),
          description: description?.text ?? null,
        };
      }),
    }));
  return {
    title: priority === undefined ? t(lang, 'practices.title') : t(lang, 'catalogue.priorityTitle', { priority: label }),
    lead: priority === undefined ? t(lang, 'practices.lead') : t(lang, 'catalogue.priorityLead', { priority: label }),
    feeds: feed ? [{ href: feed.sitePath, title: feed.title }] : [],
    feedLink: feed,
    total: all.length,
    facets: {
      form,
      priorities: counts.priorite.map((c) => ({ ...option('priorite')(c), href: data.link(lang, `/pratiques/priorite/${c.value}/`), current: c.value === priority })),
      regions: REGIONS.filter((r) => all.some((i) => i.practice.region === r.code)).map((r) => ({ label: r.name, href: `${data.link(lang, `/regions/${r.slug}/`)}#pratiques-gagnantes` })),
      summary: { noScript: t(lang, 'catalogue.browse'), script: t(lang, 'catalogue.filters') },
      noScriptNote: t(lang, 'catalogue.noScript'),
      all: { href: data.link(lang, '/pratiques/'), count: integer(all.length, lang), current: priority === undefined },
      facets: form ? FACETS.map((facet) => ({ facet, legend: t(lang, `catalogue.facet.${facet}` as Key), options: counts[facet].map(option(facet)) })) : [],
    },
    count: {
      shown: items.length,
      text: plural(lang, 'catalogue.total', items.length),
      zero: t(lang, 'catalogue.count.zero'),
      one: t(lang, 'catalogue.count.one'),
      other: t(lang, 'catalogue.count.other'),
    },
    groups,
    fullText: anyCut ? data.link(lang, '/donnees/#telechargements') : null,
  };
}

/**
 * What every page's frame shows (layouts/Page.astro): the head (title,
 * canonical and alternate URLs, link previews, feeds, the web font), the
 * PIV header with the search field and the language switch, the
 * navigation and which entry is the current page, the fictional-data note,
 * an edition's banner, the site-search filters, the links to the same page
 * in the frozen editions, and the footer. Pure: the site data, the language,
 * the served URL path and the page's own props in; the frozen editions come
 * in as a parameter (the layout hands `editionSites()`), so nothing here
 * reads a file. Every URL goes through lib/site/url.ts (contract §9).
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { date } from '../i18n/format.ts';
import { REGIONS } from '../lib/contract/regions.ts';
import { PRIORITIES } from '../lib/contract/priorities.ts';
import type { SiteData } from '../lib/site/data.ts';
import { absoluteUrl, localePath, localeSitePath, unlocalisedPath, withBase } from '../lib/site/url.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../charts/card.ts';
import type { ShareImage } from './shareCards.ts';
import { siteCard } from './shareCards.ts';
import { searchEntry } from './searchEntry.ts';
import type { EditionBannerData } from './editionBanner.ts';
import { editionBanner } from './editionBanner.ts';
import { EDITIONS_FEED_PATH } from '../lib/editions/feed.ts';

/** A web font file the page preloads and declares (`url`: its built asset URL). */
export interface FontFile {
  readonly family: string;
  readonly weight: number;
  readonly url: string;
}

/** What a page tells its layout, besides the site data and the language. */
export interface LayoutInput {
  /** The served URL path, base path included (`Astro.url.pathname`). */
  readonly pathname: string;
  readonly title: string;
  readonly description: string;
  /**
   * This page exists in the current data and in every edition (the default);
   * false for pages of one site only (the editions list, an edition's changes).
   */
  readonly shared?: boolean | undefined;
  /** Whether a frozen edition has this page too (default: every edition has it). */
  readonly inEdition?: ((edition: SiteData) => boolean) | undefined;
  /**
   * The bilingual 404 page: served at any missing URL, so no canonical URL,
   * no language switch (both languages are on it) and not indexed.
   */
  readonly notFound?: boolean | undefined;
  /** The link preview's image: a 1200×630 share card; the site's card by default. */
  readonly image?: ShareImage | undefined;
  /** Atom feeds of this page's content (`href` is a site path). */
  readonly feeds?: ReadonlyArray<{ readonly href: string; readonly title: string }> | undefined;
  /** Open Graph type: `website` by default, `article` for one practice. */
  readonly ogType?: 'website' | 'article' | undefined;
  /** The frozen editions, oldest first (`editionSites()`): those that have the page get a link. */
  readonly editions: readonly SiteData[];
  /** The web fonts to preload and declare. */
  readonly fonts: readonly FontFile[];
}

export interface NavLink {
  readonly text: string;
  readonly href: string;
  /** This link is the page shown (`aria-current="page"`). */
  readonly current: boolean;
}

export interface NavMenu {
  /** The menu's button. */
  readonly summary: string;
  /** Laid out in columns (the 17 regions). */
  readonly columns: boolean;
  /** The list page of the menu's entries. */
  readonly all: NavLink;
  readonly items: readonly NavLink[];
}

export interface LayoutData {
  /** `<html lang>`: fr-CA or en-CA. */
  readonly htmlLang: string;
  /** The document's `<title>`: the page's title, then the site's. */
  readonly documentTitle: string;
  /** The page's title alone (link previews). */
  readonly title: string;
  readonly description: string;
  /** Not indexed, no canonical nor alternates (the 404 page). */
  readonly noindex: boolean;
  /** The page's permanent absolute URL (also printed in the footer when printed). */
  readonly canonical: string;
  /** The same page in each language, and the default (French). */
  readonly alternates: ReadonlyArray<{ readonly hreflang: string; readonly href: string }>;
  readonly favicon: string;
  /** Atom feeds, absolute URLs. */
  readonly feeds: ReadonlyArray<{ readonly title: string; readonly href: string }>;
  /** Open Graph and Twitter card fields (absolute URLs, contract §9). */
  readonly preview: {
    readonly type: 'website' | 'article';
    readonly siteName: string;
    /** Null on the 404 page (served at any URL). */
    readonly url: string | null;
    readonly locale: string;
    readonly localeAlternate: string;
    readonly image: string;
    readonly imageWidth: string;
    readonly imageHeight: string;
    readonly imageAlt: string;
  };
  /** Fonts to preload (their URLs), and their `@font-face` rules. */
  readonly fonts: { readonly preload: readonly string[]; readonly faces: string };
  /** The hint shown over a table that scrolls sideways (body attribute). */
  readonly tableHint: string;
  readonly skip: string;
  /** The PIV header's home link: the site's title and subtitle. */
  readonly home: NavLink & { readonly subtitle: string };
  /** The header's search form (to the search page); null on the search page itself. */
  readonly searchForm: { readonly action: string; readonly label: string; readonly placeholder: string; readonly submit: string } | null;
  /** The same page in the other language; null on the 404 page. */
  readonly langSwitch: { readonly href: string; readonly hreflang: Lang; readonly label: string; readonly text: string } | null;
  readonly nav: { readonly label: string; readonly menus: readonly NavMenu[]; readonly links: readonly NavLink[] };
  /** The fictional-data note: its short label and its text; null for real data. */
  readonly fictional: { readonly short: string; readonly text: string } | null;
  /** On a frozen edition's pages: its banner. */
  readonly banner: EditionBannerData | null;
  /**
   * Site search (issues #10, #19): null when the page is not indexed; else the Pagefind filters
   * (type, region, priority) and metadata (an English page's translated words) it carries, each
   * as a `data-pagefind-filter` or `data-pagefind-meta` attribute read from `data-value`.
   */
  readonly search: {
    readonly filters: ReadonlyArray<{ readonly attribute: string; readonly value: string }>;
    readonly meta: ReadonlyArray<{ readonly attribute: string; readonly value: string }>;
  } | null;
  /** Links to the same page in the frozen editions that have it; null when none (or on an edition's pages). */
  readonly editionLinks: { readonly label: string; readonly links: ReadonlyArray<{ readonly text: string; readonly href: string }> } | null;
  readonly footer: {
    readonly printUrl: string;
    readonly source: string;
    readonly program: string;
    readonly licence: string;
    readonly guideLabel: string;
    readonly guide: { readonly text: string; readonly href: string };
    readonly checker: { readonly text: string; readonly href: string };
    /** The Atom feed of editions (every publication and correction), on every page. */
    readonly editionsFeed: { readonly text: string; readonly href: string };
  };
}

const OG_LOCALE = { fr: 'fr_CA', en: 'en_CA' } as const;

export function layoutPage(data: SiteData, lang: Lang, input: LayoutInput): LayoutData {
  const { pathname, title, description, shared = true, notFound = false, image, feeds = [], ogType = 'website', inEdition } = input;
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const path = unlocalisedPath(pathname);
  const link = (text: string, sitePath: string): NavLink => {
    const href = data.link(lang, sitePath);
    return { text, href, current: href === pathname };
  };
  // The page's path within its site (`/regions/laval/`), for the same page elsewhere.
  const inner = data.root && path.startsWith(`${data.root}/`) ? path.slice(data.root.length) : path;
  // Frozen editions that have this page (a practice may be newer than an edition).
  const editions = shared && !data.frozen ? input.editions.filter((e) => inEdition?.(e) ?? true) : [];
  const canonical = absoluteUrl(localeSitePath(lang, path));
  const search = notFound ? null : searchEntry(inner, data, lang);
  const searchHref = localePath(lang, '/recherche/');
  const editionsHref = localePath(lang, '/editions/');
  const card = image ?? siteCard(data, lang);
  return {
    htmlLang: lang === 'fr' ? 'fr-CA' : 'en-CA',
    documentTitle: `${title} — ${t(lang, 'site.title')}`,
    title,
    description,
    noindex: notFound,
    canonical,
    alternates: [
      { hreflang: 'fr-CA', href: absoluteUrl(localeSitePath('fr', path)) },
      { hreflang: 'en-CA', href: absoluteUrl(localeSitePath('en', path)) },
      { hreflang: 'x-default', href: absoluteUrl(localeSitePath('fr', path)) },
    ],
    favicon: withBase('/favicon.svg'),
    feeds: feeds.map((f) => ({ title: f.title, href: absoluteUrl(f.href) })),
    preview: {
      type: ogType,
      siteName: t(lang, 'site.title'),
      url: notFound ? null : canonical,
      locale: OG_LOCALE[lang],
      localeAlternate: OG_LOCALE[other],
      image: absoluteUrl(card.path),
      imageWidth: String(CARD_WIDTH),
      imageHeight: String(CARD_HEIGHT),
      imageAlt: card.alt,
    },
    fonts: {
      preload: input.fonts.map((f) => f.url),
      faces: input.fonts.map((f) => `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};font-display:optional;src:url(${f.url}) format('woff2')}`).join(''),
    },
    tableHint: t(lang, 'table.scrollHint'),
    skip: t(lang, 'site.skip'),
    home: { ...link(t(lang, 'site.title'), '/'), subtitle: t(lang, 'site.subtitle') },
    searchForm: pathname === searchHref ? null : { action: searchHref, label: t(lang, 'search.field'), placeholder: t(lang, 'search.placeholder'), submit: t(lang, 'search.submit') },
    langSwitch: notFound ? null : { href: localePath(other, path), hreflang: other, label: t(lang, 'site.lang.switchLabel'), text: t(lang, 'site.lang.switch') },
    nav: {
      label: t(lang, 'nav.label'),
      menus: [
        { summary: t(lang, 'nav.regions'), columns: true, all: link(t(lang, 'nav.regions.all'), '/regions/'), items: REGIONS.map((r) => link(r.name, `/regions/${r.slug}/`)) },
        {
          summary: t(lang, 'nav.priorities'),
          columns: false,
          all: link(t(lang, 'nav.priorities.all'), '/priorites/'),
          items: PRIORITIES.map((p) => link(lang === 'fr' ? p.labelFr : p.labelEn, `/priorites/${p.code}/`)),
        },
      ],
      links: [
        link(t(lang, 'nav.indicators'), '/indicateurs/'),
        link(t(lang, 'nav.practices'), '/pratiques/'),
        link(t(lang, 'nav.data'), '/donnees/'),
        link(t(lang, 'nav.methodology'), '/methodologie/'),
        // The editions list belongs to the current site only, even on an edition's pages.
        { text: t(lang, 'nav.editions'), href: editionsHref, current: editionsHref === pathname },
      ],
    },
    fictional: data.build.fictif ? { short: t(lang, 'site.fictional.short'), text: t(lang, 'site.fictional') } : null,
    banner: data.frozen ? editionBanner(data.frozen, lang, shared ? localePath(lang, inner) : null, editionsHref) : null,
    search: search && {
      filters: Object.entries(search.filters).map(([name, value]) => ({ attribute: `${name}[data-value]`, value })),
      meta: Object.entries(search.meta).map(([name, value]) => ({ attribute: `${name}[data-value]`, value })),
    },
    editionLinks: editions.length === 0 ? null : {
      label: t(lang, 'edition.links'),
      links: editions.map((e) => ({ text: t(lang, 'edition.link', { annee: e.frozen!.annee }), href: e.link(lang, inner) })),
    },
    footer: {
      printUrl: t(lang, 'footer.printUrl', { url: canonical }),
      source: t(lang, 'footer.source', { date: date(data.build.created.slice(0, 10), lang) }),
      program: t(lang, 'footer.program'),
      licence: t(lang, 'footer.licence'),
      guideLabel: t(lang, 'guide.footer.label'),
      guide: { text: t(lang, 'guide.footer'), href: localePath(lang, '/partenaires/') },
      checker: { text: t(lang, 'guide.footer.checker'), href: localePath(lang, '/verifier/') },
      editionsFeed: { text: t(lang, 'footer.editionsFeed'), href: localePath(lang, EDITIONS_FEED_PATH) },
    },
  };
}

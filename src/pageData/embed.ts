/**
 * Embeds (contract §5 and §10, issue #19): every chart and map of a site
 * has a minimal page of its own, `<root>/integrer/<page path><figure id>/`
 * (the home page's charts: `<root>/integrer/<figure id>/`; English under
 * `/en/`), that a Table's site shows in an `<iframe>`; an oEmbed JSON file
 * beside it (`oembed.json`); the snippet the chart's page offers, live (the
 * current data's embed, which follows every build) or frozen (an edition's,
 * which never changes); and the chart's SVG and PNG files. Pure: the site
 * data, the language and the figure in, text and absolute URLs out (every
 * URL through lib/site/url.ts, contract §9).
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { date, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { absoluteUrl, localeSitePath, unlocalisedPath } from '../lib/site/url.ts';
import { history } from '../lib/editions/manifest.ts';
import { renderChart } from '../charts/spec.ts';
import { imageSize } from '../charts/image.ts';
import type { FigureData, MapFigureData } from './figure.ts';
import type { PageFigureList } from './chartFiles.ts';
import { sitePageFigures } from './chartFiles.ts';
import type { Revisions } from './revised.ts';
import { plainText } from './figureCite.ts';

/** The folder of a site's embed pages, under its root. */
export const EMBED_DIR = '/integrer';
/** The oEmbed file's name, in each embed page's folder. */
export const OEMBED_FILE = 'oembed.json';
/** The host page's resizing script (public/integrer/ajuster.js), one for the whole site. */
export const RESIZE_SCRIPT_PATH = '/integrer/ajuster.js';
/** The key of the message an embed page posts to its host: `{ [RESIZE_MESSAGE]: height }`. */
export const RESIZE_MESSAGE = 'alliances-hauteur';

type AnyFigure = FigureData | MapFigureData;

/** The site path (no language, no base) of a figure's embed page: `pagePath` is the figure's page within its site (`/regions/laval/`). */
export const embedSitePath = (root: string, pagePath: string, id: string): string => `${root}${EMBED_DIR}${pagePath}${id}/`;

/** Whether a served URL path is an embed page (the figure components leave their embed snippet out there). */
export const isEmbedPath = (pathname: string): boolean => /^\/integrer\//.test(unlocalisedPath(pathname).replace(/^\/editions\/[^/]+/, ''));

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The frame's size before the host's script fits its height (oEmbed's
 * `width` and `height`): the chart drawn at its wide width and what surrounds it on the embed page (title, sentence,
 * the table's button, source, dates, link; a map's switch). Without the
 * script the frame keeps it and scrolls when the reader opens the table.
 */
export function embedSize(figure: AnyFigure): { readonly width: number; readonly height: number } {
  const round = (n: number): number => Math.ceil(n / 10) * 10;
  if ('variants' in figure) {
    // A map's embed shows its phone drawing, at most MAP_EMBED_WIDTH wide (embed.css).
    const drawn = imageSize(renderChart(figure.variants[0]!.chart).narrow);
    return { width: MAP_EMBED_WIDTH + 32, height: round((drawn.height * MAP_EMBED_WIDTH) / drawn.width + (figure.variants.length > 1 ? 400 : 340)) };
  }
  const drawn = imageSize(renderChart(figure.chart).wide);
  return { width: drawn.width + 32, height: round(drawn.height + 320) };
}

/** The widest a map is shown on an embed page (28rem, `.map__svg.chart__svg--narrow svg`). */
const MAP_EMBED_WIDTH = 448;

/** The `<iframe>` to paste into a page, with the optional resizing script. */
export function embedSnippet(src: string, title: string, height: number): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(plainText(title))}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>\n` +
    `<script src="${escapeAttr(absoluteUrl(RESIZE_SCRIPT_PATH))}" async></script>`
  );
}

/** The absolute URL of a figure's embed page in a site and language. */
export const embedUrl = (data: SiteData, lang: Lang, pagePath: string, id: string): string => absoluteUrl(localeSitePath(lang, embedSitePath(data.root, pagePath, id)));

/** A site's embeds in a language (`<page path><figure id>`), to know which sites have a figure's embed. */
export function embedKeys(pages: readonly PageFigureList[]): ReadonlySet<string> {
  return new Set(pages.flatMap((p) => p.figures.map((f) => `${p.path}${f.id}`)));
}

/** The embed of a figure offered on its page: live (the current data) or frozen (an edition). */
export interface EmbedChoice {
  /** `live`, or the edition's year. */
  readonly key: string;
  readonly label: string;
  /** The embed page's absolute URL. */
  readonly href: string;
  readonly snippet: string;
}

/**
 * What a figure's « Intégrer » box shows (components/FigureEmbed.astro):
 * the snippet of what the page shows (a current page: live; an edition's
 * page: frozen at that edition), and links to the same chart in the other
 * sites that have it, whose box gives their snippet. One snippet a chart
 * keeps the home page within its 150 kB of HTML.
 */
export interface FigureEmbedData {
  /** The `<details>`' summary. */
  readonly summary: string;
  readonly choice: EmbedChoice;
  /** Before the links to the other versions; null when there is none. */
  readonly othersLabel: string | null;
  /** The same chart on its page in the current data (live) and in each other edition that has it (frozen), newest first. */
  readonly others: ReadonlyArray<{ readonly text: string; readonly href: string }>;
  /** The copy button's words (added by its script). */
  readonly copy: { readonly label: string; readonly copied: string; readonly failed: string };
}

/** A site (current data or an edition) and the embeds it has in the language shown (`embedKeys`). */
export interface EmbedSite {
  readonly data: SiteData;
  readonly keys: ReadonlySet<string>;
}

const keysMemo = new WeakMap<SiteData, Map<Lang, ReadonlySet<string>>>();

/**
 * Each site with the embeds it has in `lang` (computed once per site and
 * language; the page-data functions it calls remember their pages).
 * `sites`: the current data first, then the editions; `revisions`: each
 * site's marks (`revisionsFor`), in the same order.
 */
export function embedSites(sites: readonly SiteData[], revisions: readonly (Revisions | null)[], lang: Lang): EmbedSite[] {
  return sites.map((data, i) => {
    let byLang = keysMemo.get(data);
    if (!byLang) keysMemo.set(data, (byLang = new Map()));
    let keys = byLang.get(lang);
    if (!keys) byLang.set(lang, (keys = embedKeys(sitePageFigures(data, lang, revisions[i] ?? null))));
    return { data, keys };
  });
}

/**
 * The embed box of a figure on the page served at `pathname`, or null on an
 * embed page itself (or a page that is not one of a site's chart pages).
 * `sites`: the current data first, then the editions, oldest first.
 */
export function figureEmbed(lang: Lang, pathname: string, figure: AnyFigure, sites: readonly EmbedSite[]): FigureEmbedData | null {
  if (isEmbedPath(pathname)) return null;
  const path = unlocalisedPath(pathname);
  const shown = sites.find((s) => s.data.root !== '' && path.startsWith(`${s.data.root}/`)) ?? sites.find((s) => s.data.root === '');
  if (!shown) return null;
  const pagePath = path.slice(shown.data.root.length);
  const key = `${pagePath}${figure.id}`;
  if (!shown.keys.has(key)) return null;
  const { height } = embedSize(figure);
  const href = embedUrl(shown.data, lang, pagePath, figure.id);
  const label = (s: SiteData): string => (s.frozen ? t(lang, 'embed.frozen', { annee: year(s.frozen.annee, lang) }) : t(lang, 'embed.live'));
  const others = [
    ...sites.filter((s) => !s.data.frozen),
    ...sites.filter((s) => s.data.frozen).reverse(),
  ].filter((s) => s !== shown && s.keys.has(key));
  return {
    summary: t(lang, 'variants' in figure ? 'embed.summary.map' : 'embed.summary'),
    choice: { key: shown.data.frozen?.annee ?? 'live', label: label(shown.data), href, snippet: embedSnippet(href, figure.title, height) },
    othersLabel: others.length > 0 ? t(lang, 'embed.others') : null,
    others: others.map((s) => ({ text: s.data.frozen ? t(lang, 'embed.other.frozen', { annee: year(s.data.frozen.annee, lang) }) : t(lang, 'embed.other.live'), href: `${s.data.link(lang, pagePath)}#${figure.id}` })),
    copy: { label: t(lang, 'embed.copy'), copied: t(lang, 'embed.copied'), failed: t(lang, 'embed.copyFailed') },
  };
}

/** What an embed page shows around its figure (layouts/Embed.astro). */
export interface EmbedPageData {
  /** `<html lang>`: fr-CA or en-CA. */
  readonly htmlLang: string;
  readonly documentTitle: string;
  /** The fictional-data label, on top; null for real data. */
  readonly fictional: string | null;
  /** Which data: the current data and its date, or the edition, its revision and dates (frozen). */
  readonly dataLine: string;
  /** The chart on its full page (absolute, with the figure's anchor). */
  readonly fullPage: { readonly text: string; readonly href: string };
  /** This page's oEmbed file (absolute URL). */
  readonly oembed: string;
  /** This page's own absolute URL. */
  readonly url: string;
  /** The key of the height message it posts to its host. */
  readonly message: string;
}

/** The embed page of `figure`, which belongs to the page at `pagePath` of `data`'s site. */
export function embedPage(data: SiteData, lang: Lang, pagePath: string, figure: AnyFigure): EmbedPageData {
  const url = embedUrl(data, lang, pagePath, figure.id);
  const frozen = data.frozen;
  let dataLine: string;
  if (frozen) {
    const latest = history(frozen).at(-1)!;
    dataLine = t(lang, 'embed.edition', { annee: year(frozen.annee, lang), revision: latest.revision, published: date(latest.date, lang), asOf: date(latest.donnees_au, lang) });
  } else {
    dataLine = t(lang, 'embed.current', { date: date(data.build.created.slice(0, 10), lang) });
  }
  return {
    htmlLang: lang === 'fr' ? 'fr-CA' : 'en-CA',
    documentTitle: `${figure.title} — ${t(lang, 'site.title')}`,
    fictional: data.build.fictif ? t(lang, 'embed.fictional') : null,
    dataLine,
    fullPage: { text: t(lang, 'embed.fullPage'), href: `${absoluteUrl(localeSitePath(lang, `${data.root}${pagePath}`))}#${figure.id}` },
    oembed: `${url}${OEMBED_FILE}`,
    url,
    message: RESIZE_MESSAGE,
  };
}

/** An oEmbed 1.0 response of type `rich` (https://oembed.com/, section 2.3.4). */
export interface OEmbed {
  readonly version: '1.0';
  readonly type: 'rich';
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
}

/** The oEmbed file of a figure's embed page. */
export function oembed(data: SiteData, lang: Lang, pagePath: string, figure: AnyFigure): OEmbed {
  const { width, height } = embedSize(figure);
  return {
    version: '1.0',
    type: 'rich',
    title: figure.title,
    provider_name: t(lang, 'site.title'),
    provider_url: absoluteUrl(localeSitePath(lang, '/')),
    html: embedSnippet(embedUrl(data, lang, pagePath, figure.id), figure.title, height),
    width,
    height,
  };
}

/**
 * Every figure of a site's pages in a language, for the chart files'
 * endpoint (`src/pages/[...prefix]/donnees/graphiques/[file].ts`) and the
 * embed pages (`src/pages/[...prefix]/integrer/[...embed].astro`): the
 * pages with charts are the home page, the indicators page, each region's
 * and each national priority's. The page-data functions remember what they
 * computed, so the pages and the endpoints compute each page once.
 */
import type { Lang } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { PRIORITIES } from '../lib/contract/priorities.ts';
import { REGIONS } from '../lib/contract/regions.ts';
import type { FigureData, MapFigureData } from './figure.ts';
import { homePage } from './home.ts';
import { indicatorsPage } from './indicators.ts';
import { priorityPage } from './priority.ts';
import { regionPage } from './region.ts';
import type { Revisions } from './revised.ts';

/** The figures of one page, with the page's path within its site (`/`, `/regions/laval/`). */
export interface PageFigureList {
  readonly path: string;
  readonly figures: readonly (FigureData | MapFigureData)[];
}

const present = (list: readonly (FigureData | MapFigureData | null | undefined)[]): (FigureData | MapFigureData)[] =>
  list.filter((f): f is FigureData | MapFigureData => f != null);

/** The figures of every page of a site (current data or an edition) in a language, page by page, in site order. */
export function sitePageFigures(data: SiteData, lang: Lang, revisions: Revisions | null): PageFigureList[] {
  const home = homePage(data, lang, revisions);
  const out: PageFigureList[] = [
    { path: '/', figures: present([home.map, ...home.regionFigures, home.priorityFigure, home.envelopeFigure]) },
    { path: '/indicateurs/', figures: present(indicatorsPage(data, lang, revisions).sections.map((s) => s.figure)) },
  ];
  for (const region of REGIONS) {
    const d = regionPage(data, lang, region, revisions).details;
    if (d) out.push({ path: `/regions/${region.slug}/`, figures: present([...d.figures, d.mrc?.map, d.mrc?.figure]) });
  }
  for (const priority of PRIORITIES) {
    const c = priorityPage(data, lang, priority).comparison;
    if (c) out.push({ path: `/priorites/${priority.code}/`, figures: present([c.map, ...c.figures, ...c.halfFigures]) });
  }
  return out.filter((p) => p.figures.length > 0);
}

/** The figures of every page of a site in a language, pages in site order. */
export function siteFigures(data: SiteData, lang: Lang, revisions: Revisions | null): (FigureData | MapFigureData)[] {
  return sitePageFigures(data, lang, revisions).flatMap((p) => p.figures);
}

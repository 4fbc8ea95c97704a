/**
 * Every figure of a site's pages in a language, for the chart files'
 * endpoint (`src/pages/[...prefix]/donnees/graphiques/[file].ts`): the
 * pages with charts are the home page, the indicators page, each region's
 * and each national priority's. The page-data functions remember what they
 * computed, so the pages and the endpoint compute each page once.
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

/** The figures of every page of a site (current data or an edition) in a language, pages in site order. */
export function siteFigures(data: SiteData, lang: Lang, revisions: Revisions | null): (FigureData | MapFigureData)[] {
  const home = homePage(data, lang, revisions);
  const out: (FigureData | MapFigureData | null)[] = [home.map, ...home.regionFigures, home.priorityFigure, home.envelopeFigure];
  for (const s of indicatorsPage(data, lang, revisions).sections) out.push(s.figure);
  for (const region of REGIONS) {
    const d = regionPage(data, lang, region, revisions).details;
    if (d) out.push(...d.figures, d.mrc?.map ?? null, d.mrc?.figure ?? null);
  }
  for (const priority of PRIORITIES) {
    const c = priorityPage(data, lang, priority).comparison;
    if (c) out.push(c.map, ...c.figures, ...c.halfFigures);
  }
  return out.filter((f): f is FigureData | MapFigureData => f !== null);
}

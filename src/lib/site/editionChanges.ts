/**
 * An edition's changes (contract §6), computed once per edition from the
 * frozen files of this edition and of the previous one, and from the
 * current data: the changes page, its CSV and the *révisé* marks read them.
 */
import { changesCsv, indicatorChanges, initiativeChanges } from '../editions/changes.ts';
import type { IndicatorChange, InitiativeChange } from '../editions/changes.ts';
import type { SiteData } from './data.ts';
import { currentSiteData } from './current.ts';
import { editionSites } from './routes.ts';

export interface Comparison {
  readonly indicators: IndicatorChange[];
  readonly initiatives: InitiativeChange[];
}

export interface EditionChanges {
  /** The edition before this one, if any. */
  readonly previous: SiteData | null;
  readonly vsPrevious: Comparison;
  readonly vsCurrent: Comparison;
  readonly csv: string;
  /** Whether this edition revised a figure of the previous one. */
  revised(annee: string, region: string, code: string): boolean;
}

const cache = new Map<string, Promise<EditionChanges>>();

function compare(kind: 'edition-precedente' | 'donnees-actuelles', before: SiteData, after: SiteData): Comparison {
  const years = new Set(before.years.filter((y) => after.years.includes(y)));
  return {
    indicators: indicatorChanges(kind, before.indicators, after.indicators, years),
    initiatives: initiativeChanges(kind, before.initiatives, after.initiatives, years),
  };
}

/**
 * An edition's changes from the sites it is compared with (pure): the
 * frozen editions (any order; the one just before `data` is its previous)
 * and the current data.
 */
export function compareEdition(data: SiteData, editions: readonly SiteData[], current: SiteData): EditionChanges {
  const annee = data.frozen?.annee;
  if (!annee) throw new Error('editionChanges: not an edition');
  const previous = editions.filter((e) => e.frozen!.annee < annee).sort((a, b) => (a.frozen!.annee < b.frozen!.annee ? -1 : 1)).at(-1) ?? null;
  const empty: Comparison = { indicators: [], initiatives: [] };
  const vsPrevious = previous ? compare('edition-precedente', previous, data) : empty;
  const vsCurrent = compare('donnees-actuelles', data, current);
  const revisedKeys = new Set(vsPrevious.indicators.map((c) => `${c.annee}|${c.region}|${c.indicateur}`));
  return {
    previous,
    vsPrevious,
    vsCurrent,
    csv: changesCsv([...vsPrevious.indicators, ...vsCurrent.indicators], [...vsPrevious.initiatives, ...vsCurrent.initiatives]),
    revised: (y, region, code) => revisedKeys.has(`${y}|${region}|${code}`),
  };
}

/** The changes of a frozen edition of this build, computed once per edition. */
export function editionChanges(data: SiteData): Promise<EditionChanges> {
  const annee = data.frozen?.annee;
  if (!annee) throw new Error('editionChanges: not an edition');
  let found = cache.get(annee);
  if (!found) {
    found = (async () => compareEdition(data, await editionSites(), await currentSiteData()))();
    cache.set(annee, found);
  }
  return found;
}

/**
 * An edition's changes (contract §6), computed once per edition from the
 * frozen files of each of its revisions, of the previous edition, and from
 * the current data: the changes page, its CSV and the *révisé* marks read
 * them.
 */
import { changesCsv, definitionChanges, indicatorChanges, initiativeChanges } from '../editions/changes.ts';
import type { Compared, DefinitionChange, IndicatorChange, InitiativeChange } from '../editions/changes.ts';
import { history } from '../editions/manifest.ts';
import type { SiteData } from './data.ts';
import { currentSiteData } from './current.ts';
import { editionSites, revisionSites } from './routes.ts';

export interface Comparison {
  readonly indicators: IndicatorChange[];
  readonly initiatives: InitiativeChange[];
  readonly definitions: DefinitionChange[];
}

/** A correction of the edition: revision `revision` against revision `revision − 1`. */
export interface Correction {
  readonly revision: number;
  /** Its publication date, data date and note, as the manifest has them. */
  readonly date: string;
  readonly donneesAu: string;
  readonly note: string;
  readonly changes: Comparison;
}

/**
 * A figure whose value differs from one a revision of an edition published:
 * what the *révisé* mark says and where it links.
 */
export interface RevisedFigure {
  readonly comparaison: Compared['comparaison'];
  /** The value published before (by `edition`, revision `revision`). */
  readonly avant: number;
  readonly apres: number;
  /** The edition (`2024-2025`) and revision that published `avant`. */
  readonly edition: string;
  readonly revision: number;
  /** The date the value changed: the correction's, or null (another edition, the current data). */
  readonly date: string | null;
  /** The changes page that has the figure's row (site path, language aside), and the row's id. */
  readonly page: string;
  readonly anchor: string;
}

/** The figures of one site that carry a mark, by (annee, region, indicator). */
export interface Revisions {
  revised(annee: string, region: string, code: string): RevisedFigure | null;
}

export interface EditionChanges {
  /** The edition before this one, if any. */
  readonly previous: SiteData | null;
  /** Each correction of this edition, the latest first; empty for an edition never corrected. */
  readonly corrections: readonly Correction[];
  readonly vsPrevious: Comparison;
  readonly vsCurrent: Comparison;
  readonly csv: string;
  /**
   * The marks of this edition's pages: a figure a correction changed (the
   * latest correction that did), or a figure of an earlier year this
   * edition revised since the previous edition.
   */
  readonly marks: Revisions;
  /** The marks of the current pages when this is the latest edition: a figure the current data show otherwise. */
  readonly currentMarks: Revisions;
}

const cache = new Map<string, Promise<EditionChanges>>();

/** The id of a changes page's section: `revision-2`, `edition-precedente`, `donnees-actuelles`. */
export const sectionId = (c: Compared): string => (c.comparaison === 'revision-precedente' ? `revision-${c.revisionApres}` : c.comparaison);

/** The id of an indicator's row on the changes page. */
export const rowId = (c: Compared & { annee: string; region: string; indicateur: string }): string => `${sectionId(c)}-${c.annee}-${c.region}-${c.indicateur}`;

function compare(compared: Compared, before: SiteData, after: SiteData): Comparison {
  const years = new Set(before.years.filter((y) => after.years.includes(y)));
  return {
    indicators: indicatorChanges(compared, before.indicators, after.indicators, years),
    initiatives: initiativeChanges(compared, before.initiatives, after.initiatives, years),
    definitions: definitionChanges(
      compared,
      { definitions: before.definitions, labels: before.regionalLabels },
      { definitions: after.definitions, labels: after.regionalLabels },
    ),
  };
}

const key = (annee: string, region: string, code: string): string => `${annee}|${region}|${code}`;

/** Marks from comparisons, the first that has a figure winning. */
function marksOf(page: string, sources: ReadonlyArray<{ changes: readonly IndicatorChange[]; edition: (c: IndicatorChange) => string; date: string | null; keep?: (c: IndicatorChange) => boolean }>): Revisions {
  const found = new Map<string, RevisedFigure>();
  for (const s of sources) {
    for (const c of s.changes) {
      const k = key(c.annee, c.region, c.indicateur);
      if (found.has(k) || (s.keep && !s.keep(c))) continue;
      found.set(k, { comparaison: c.comparaison, avant: c.avant, apres: c.apres, edition: s.edition(c), revision: c.revisionAvant ?? 1, date: s.date, page, anchor: rowId(c) });
    }
  }
  return { revised: (y, region, code) => found.get(key(y, region, code)) ?? null };
}

/**
 * An edition's changes from the sites it is compared with (pure):
 * `revisions`, every revision of this edition oldest first (the last is
 * `data`, or `[data]` alone); the frozen editions (any order; the one just
 * before `data` is its previous); the current data.
 */
export function compareEdition(data: SiteData, editions: readonly SiteData[], current: SiteData, revisions: readonly SiteData[] = [data]): EditionChanges {
  const m = data.frozen;
  if (!m) throw new Error('editionChanges: not an edition');
  const { annee } = m;
  const previous = editions.filter((e) => e.frozen!.annee < annee).sort((a, b) => (a.frozen!.annee < b.frozen!.annee ? -1 : 1)).at(-1) ?? null;
  const steps = history(m);
  const corrections: Correction[] = revisions
    .slice(1)
    .map((after, i) => {
      const step = steps[i + 1]!;
      return { revision: step.revision, date: step.date, donneesAu: step.donnees_au, note: step.note, changes: compare({ comparaison: 'revision-precedente', revisionAvant: step.revision - 1, revisionApres: step.revision }, revisions[i]!, after) };
    })
    .reverse();
  const empty: Comparison = { indicators: [], initiatives: [], definitions: [] };
  const vsPrevious = previous ? compare({ comparaison: 'edition-precedente', revisionAvant: previous.frozen!.revision, revisionApres: m.revision }, previous, data) : empty;
  const vsCurrent = compare({ comparaison: 'donnees-actuelles', revisionAvant: m.revision, revisionApres: null }, data, current);
  const all = [...corrections.map((c) => c.changes), vsPrevious, vsCurrent];
  const page = `/editions/${annee}/changements/`;
  return {
    previous,
    corrections,
    vsPrevious,
    vsCurrent,
    csv: changesCsv(all.flatMap((c) => c.indicators), all.flatMap((c) => c.initiatives), all.flatMap((c) => c.definitions)),
    marks: marksOf(page, [
      ...corrections.map((c) => ({ changes: c.changes.indicators, edition: () => annee, date: c.date })),
      // Only figures of earlier years: this edition's own year was not in the previous one.
      { changes: vsPrevious.indicators, edition: () => previous!.frozen!.annee, date: null, keep: (c: IndicatorChange) => c.annee < annee },
    ]),
    currentMarks: marksOf(page, [{ changes: vsCurrent.indicators, edition: () => annee, date: null }]),
  };
}

/** The changes of a frozen edition of this build, computed once per edition. */
export function editionChanges(data: SiteData): Promise<EditionChanges> {
  const m = data.frozen;
  if (!m) throw new Error('editionChanges: not an edition');
  let found = cache.get(m.annee);
  if (!found) {
    found = (async () => compareEdition(data, await editionSites(), await currentSiteData(), await revisionSites(m)))();
    cache.set(m.annee, found);
  }
  return found;
}

/**
 * The marks a site's pages carry: an edition's own (`marks`); for the
 * current data, the latest edition's `currentMarks` (null without any
 * edition).
 */
export async function revisionsFor(data: SiteData): Promise<Revisions | null> {
  if (data.frozen) return (await editionChanges(data)).marks;
  const latest = (await editionSites()).at(-1);
  return latest ? (await editionChanges(latest)).currentMarks : null;
}

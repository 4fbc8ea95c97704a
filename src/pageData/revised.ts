/**
 * The *révisé* / *revised* mark (Revised.astro) beside a figure whose value
 * differs from one an edition published (contract §6): on an edition's
 * pages, a figure a correction changed, or a figure of an earlier year this
 * edition revised since the previous edition; on the current pages, a
 * figure the latest edition published with another value. It shows the
 * value published before and links to the line of the changes page that
 * says before → after. The route reads the marks
 * (`revisionsFor`, lib/site/editionChanges.ts) and hands them in; this
 * stays pure.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { date, year } from '../i18n/format.ts';
import { formatIndicator } from '../i18n/indicatorFormat.ts';
import { localePath } from '../lib/site/url.ts';
import type { Revisions } from '../lib/site/editionChanges.ts';

export type { Revisions } from '../lib/site/editionChanges.ts';

export interface RevisedMark {
  readonly text: string;
  /** The changes page's line for this figure. */
  readonly href: string;
  /** The value published before, and by whom: `publié : 365 507 $ (édition 2024-2025, révision 1)`. */
  readonly was: string;
  /** The whole in a sentence (the link's accessible description). */
  readonly title: string;
}

/** The mark of a figure, or null when it has none. */
export function revisedMark(revisions: Revisions | null, lang: Lang, annee: string, region: string, code: string): RevisedMark | null {
  const r = revisions?.revised(annee, region, code);
  if (!r) return null;
  const was = t(lang, 'edition.revisedWas', { value: formatIndicator(code, r.avant, lang), annee: year(r.edition, lang), revision: r.revision });
  const title =
    r.comparaison === 'revision-precedente'
      ? t(lang, 'edition.revisedTitle.revision', { date: date(r.date!, lang), was })
      : r.comparaison === 'edition-precedente'
        ? t(lang, 'edition.revisedTitle.edition', { was })
        : t(lang, 'edition.revisedTitle.current', { was });
  return { text: t(lang, 'edition.revised'), href: `${localePath(lang, r.page)}#${r.anchor}`, was, title };
}

/** Where a table cell's figure comes from: (annee, region, indicator); null for a cell that is no indicator's figure. */
export type FigureKey = readonly [annee: string, region: string, code: string] | null;

/** The marks of a table's cells, from each cell's key (rows of columns, as the table's rows). */
export function cellMarks(revisions: Revisions | null, lang: Lang, keys: readonly (readonly FigureKey[])[]): (RevisedMark | null)[][] {
  return keys.map((row) => row.map((k) => (k && revisions ? revisedMark(revisions, lang, k[0], k[1], k[2]) : null)));
}

/** The legend of a page's marks (one paragraph near its top), or null when the page has none. */
export const revisedLegend = (lang: Lang, hasMarks: boolean): string | null => (hasMarks ? t(lang, 'edition.revisedLegend') : null);

/**
 * The *révisé* / *revised* mark (Revised.astro): on an edition's pages,
 * beside a figure of an earlier year that this edition revised since the
 * previous edition, linked to the line of the changes page that says
 * old → new (contract §6). The route reads the edition's changes
 * (lib/site/editionChanges.ts) and hands them in; this stays pure.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';

/** What the marks need of an edition's changes (`EditionChanges`): the previous edition, and which figures it revised. */
export interface Revisions {
  readonly previous: { readonly frozen: { readonly annee: string } | null } | null;
  revised(annee: string, region: string, code: string): boolean;
}

export interface RevisedMark {
  readonly text: string;
  /** The changes page's line for this figure. */
  readonly href: string;
  /** Says which edition it was revised since. */
  readonly title: string;
}

/** The mark of a figure, or null: not an edition, a figure of the edition's own year, or not revised. */
export function revisedMark(
  data: Pick<SiteData, 'frozen' | 'link'>,
  revisions: Revisions | null,
  lang: Lang,
  annee: string,
  region: string,
  code: string,
): RevisedMark | null {
  if (!data.frozen || !(annee < data.frozen.annee) || !revisions?.previous?.frozen) return null;
  if (!revisions.revised(annee, region, code)) return null;
  return {
    text: t(lang, 'edition.revised'),
    href: `${data.link(lang, '/changements/')}#edition-precedente-${annee}-${region}-${code}`,
    title: t(lang, 'edition.revisedTitle', { annee: year(revisions.previous.frozen.annee, lang) }),
  };
}

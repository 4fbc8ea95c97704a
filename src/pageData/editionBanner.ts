/**
 * The banner on every page of a frozen edition (contract §6): which
 * edition, published when, data as of when, each later revision and its
 * note, and links to the same page in the current data and to the list of
 * editions. Pure: the manifest and two hrefs in, text out;
 * components/EditionBanner.astro places it.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { date, year } from '../i18n/format.ts';
import type { EditionManifest } from '../lib/editions/manifest.ts';
import { history } from '../lib/editions/manifest.ts';

export interface BannerLink {
  readonly text: string;
  readonly href: string;
}

export interface EditionBannerData {
  /** « Édition 2024-2025 », in bold. */
  readonly title: string;
  /** Published when, data as of when (the latest revision's date of data). */
  readonly published: string;
  /** Each revision after the first, oldest first: its line, and its note as written (in French). */
  readonly revisions: ReadonlyArray<{ readonly text: string; readonly note: string }>;
  /** The same page in the current data; null when the page exists in this edition only. */
  readonly current: BannerLink | null;
  /** The list of editions. */
  readonly all: BannerLink;
}

/** `currentHref`: the same page in the current data, or null; `editionsHref`: the editions list. */
export function editionBanner(edition: EditionManifest, lang: Lang, currentHref: string | null, editionsHref: string): EditionBannerData {
  const revisions = history(edition);
  const latest = revisions.at(-1)!;
  return {
    title: t(lang, 'edition.banner', { annee: year(edition.annee, lang) }),
    published: t(lang, 'edition.published', { published: date(edition.publiee_le, lang), asOf: date(latest.donnees_au, lang) }),
    revisions: revisions.slice(1).map((r) => ({ text: t(lang, 'edition.revision', { revision: r.revision, date: date(r.date, lang), note: '' }), note: r.note })),
    current: currentHref === null ? null : { text: t(lang, 'edition.current'), href: currentHref },
    all: { text: t(lang, 'edition.all'), href: editionsHref },
  };
}

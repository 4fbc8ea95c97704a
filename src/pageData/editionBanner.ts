/**
 * The banner on every page of a frozen edition (contract §6): which
 * edition, and for each revision its own publication date, its own data
 * date and its note (contract 3: "each revision keeps its own publication
 * date and data date everywhere they are shown"), which revision the page
 * shows, and links to the same page in the current data and to the list of
 * editions. A corrected edition says when it was corrected; its earlier
 * revisions stay frozen as published. Pure: the manifest and two hrefs in,
 * text out; components/EditionBanner.astro places it.
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
  /** « Édition 2024-2025, figée. », or « …, corrigée le 16 février 2026. », in bold. */
  readonly title: string;
  /** After the title: the one revision's dates, or which revision the page shows. */
  readonly summary: string;
  /** The note of an edition that has one revision (as written, in French); null when it has none or several. */
  readonly note: string | null;
  /** Each revision of a corrected edition, the first first: its own dates, and its note as written (in French). */
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
  const annee = year(edition.annee, lang);
  const links = {
    current: currentHref === null ? null : { text: t(lang, 'edition.current'), href: currentHref },
    all: { text: t(lang, 'edition.all'), href: editionsHref },
  };
  if (revisions.length === 1) {
    return {
      title: t(lang, 'edition.banner', { annee }),
      summary: t(lang, 'edition.published', { published: date(latest.date, lang), asOf: date(latest.donnees_au, lang) }),
      note: latest.note || null,
      revisions: [],
      ...links,
    };
  }
  return {
    title: t(lang, 'edition.banner.corrected', { annee, date: date(latest.date, lang) }),
    summary: t(lang, 'edition.corrected', { revision: latest.revision }),
    note: null,
    revisions: revisions.map((r) => ({ text: t(lang, 'edition.revision', { revision: r.revision, date: date(r.date, lang), asOf: date(r.donnees_au, lang) }), note: r.note })),
    ...links,
  };
}

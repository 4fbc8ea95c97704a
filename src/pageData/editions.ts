/**
 * What the list of frozen editions (`/editions/`, contract §6) shows: each
 * edition, newest first, with its year, dates, revision, the initiatives
 * and FQIS total of its year, its downloads (each public file of the
 * latest revision and a ZIP of each revision), its previous versions
 * (revision, date, reason) and a suggested citation with its permanent
 * URL. Pure: the editions' data come in (`editionSites`, lib/site/routes.ts).
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { date, integer, money, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { absoluteUrl, localePath, localeSitePath, withBase } from '../lib/site/url.ts';
import { history, revisionDir, revisionFiles } from '../lib/editions/manifest.ts';
import { zipName } from '../lib/editions/downloads.ts';

/** The files of an edition the page lists (its other files are in the ZIP). */
const PUBLIC = ['initiatives.csv', 'initiatives.json', 'indicateurs.csv', 'alliances.csv', 'priorites.csv', 'datapackage.json'];

/** One frozen edition. */
export interface EditionEntry {
  readonly annee: string;
  /** « Édition 2024-2025 ». */
  readonly heading: string;
  /** When it was first published. */
  readonly published: string;
  /** Its revision number, and the date of the latest revision when it was revised: `2 (15 mars 2026)`. */
  readonly revision: string;
  /** The date of the data of its latest revision. */
  readonly asOf: string;
  /** The initiatives and FQIS total of its year: the label (with the year) and the figure, `—` when absent. */
  readonly initiatives: { readonly label: string; readonly value: string };
  readonly fqis: { readonly label: string; readonly value: string };
  /** Its home page, and its changes page. */
  readonly open: { readonly href: string; readonly text: string };
  readonly changesHref: string;
  /** The public files of its latest revision, with their size (`12 ko`). */
  readonly files: ReadonlyArray<{ readonly name: string; readonly href: string; readonly size: string }>;
  /** The ZIP of its latest revision. */
  readonly zip: { readonly href: string; readonly text: string };
  /** The versions table's caption and rows, the latest first. */
  readonly versionsCaption: string;
  readonly versions: ReadonlyArray<{
    readonly revision: string;
    readonly date: string;
    /** The reason, as the maintainers wrote it (French); `—` without one. */
    readonly note: string;
    readonly zipHref: string;
    readonly indicatorsHref: string;
  }>;
  /** The suggested citation, with its permanent URL. */
  readonly cite: string;
}

export interface EditionsPage {
  readonly editions: readonly EditionEntry[];
  /** The current data's data page (`/donnees/`). */
  readonly currentDataHref: string;
}

/** A size in whole kilobytes, at least 1. */
const kb = (bytes: number, lang: Lang): string =>
  `${new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1000))} ${lang === 'fr' ? 'ko' : 'kB'}`;

export function editionsPage(lang: Lang, editions: readonly SiteData[]): EditionsPage {
  return {
    editions: [...editions].reverse().map((e) => editionEntry(e, lang)),
    currentDataHref: localePath(lang, '/donnees/'),
  };
}

function editionEntry(e: SiteData, lang: Lang): EditionEntry {
  const m = e.frozen;
  if (!m) throw new Error('editionsPage: not an edition');
  const files = `/editions/${m.annee}/fichiers/`;
  const latest = history(m).at(-1)!;
  const Y = year(m.annee, lang);
  const initiatives = e.value(m.annee, 'QC', 'initiatives')?.valeur;
  const fqis = e.value(m.annee, 'QC', 'fqis')?.valeur;
  return {
    annee: m.annee,
    heading: t(lang, 'edition.heading', { annee: Y }),
    published: date(m.publiee_le, lang),
    revision: `${integer(m.revision, lang)}${m.revision > 1 ? ` (${date(latest.date, lang)})` : ''}`,
    asOf: date(latest.donnees_au, lang),
    initiatives: { label: `${t(lang, 'key.initiatives')} ${Y}`, value: initiatives === undefined ? '—' : integer(initiatives, lang) },
    fqis: { label: `${t(lang, 'key.fqis')} ${Y}`, value: fqis === undefined ? '—' : money(fqis, lang) },
    open: { href: e.link(lang, '/'), text: t(lang, 'editions.open', { annee: Y }) },
    changesHref: e.link(lang, '/changements/'),
    files: revisionFiles(m)
      .filter((f) => PUBLIC.includes(f))
      .map((f) => ({ name: f, href: withBase(`${files}${revisionDir(m.revision)}/${f}`), size: kb(m.fichiers[`${revisionDir(m.revision)}/${f}`]!.octets, lang) })),
    zip: { href: withBase(`${files}${zipName(m.annee, m.revision)}`), text: t(lang, 'editions.zip', { revision: m.revision }) },
    versionsCaption: t(lang, 'editions.versions', { annee: Y }),
    versions: history(m)
      .reverse()
      .map((h) => ({
        revision: integer(h.revision, lang),
        date: date(h.date, lang),
        note: h.note || '—',
        zipHref: withBase(`${files}${zipName(m.annee, h.revision)}`),
        indicatorsHref: withBase(`${files}${revisionDir(h.revision)}/indicateurs.csv`),
      })),
    cite: t(lang, 'editions.cite.text', { annee: Y, revision: m.revision, date: date(latest.date, lang), url: absoluteUrl(localeSitePath(lang, `/editions/${m.annee}/`)) }),
  };
}

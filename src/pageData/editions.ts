/**
 * What the list of frozen editions (`/editions/`, contract §6) shows: each
 * edition, newest first, with its year, dates, revision, the initiatives
 * and FQIS total of its year, every file of its latest revision with what it
 * holds (from that revision's own data package) and its size, a ZIP of each
 * revision, its previous versions (revision, publication date, data date,
 * reason, and every file of that revision), a suggested citation with its
 * permanent URL, and the Atom feed of editions. Pure: the editions' data
 * (`editionSites`, lib/site/routes.ts) and their files (`editionFileLists`)
 * come in.
 */
import { plural, t } from '../i18n/index.ts';
import { plainText } from './figureCite.ts';
import type { Lang } from '../i18n/format.ts';
import { date, integer, money, typography, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { absoluteUrl, localePath, localeSitePath, withBase } from '../lib/site/url.ts';
import { history } from '../lib/editions/manifest.ts';
import type { RevisionFile } from '../lib/editions/contents.ts';
import { zipName } from '../lib/editions/downloads.ts';
import { EDITIONS_FEED_PATH } from '../lib/editions/feed.ts';
import { fileSize } from './data.ts';

/** A file to download: its name, where, what it holds (in the page's language), its size. */
export interface EditionFile {
  readonly name: string;
  readonly href: string;
  readonly description: string;
  readonly size: string;
}

/** One frozen edition. */
export interface EditionEntry {
  readonly annee: string;
  /** « Édition 2024-2025 ». */
  readonly heading: string;
  /** When its revision 1 was published. */
  readonly published: string;
  /** Its revision number, and the date of the latest revision when it was revised: `2 (15 mars 2026)`. */
  readonly revision: string;
  /** The date of the data of its latest revision, with the revision's number when it was revised. */
  readonly asOf: string;
  /** The initiatives and FQIS total of its year: the label (with the year) and the figure, `—` when absent. */
  readonly initiatives: { readonly label: string; readonly value: string };
  readonly fqis: { readonly label: string; readonly value: string };
  /** Its home page, and its changes page. */
  readonly open: { readonly href: string; readonly text: string };
  readonly changesHref: string;
  /** The heading of its latest revision's files (« Fichiers de la révision 2 »). */
  readonly filesHeading: string;
  /** The public files of its latest revision, in its data package's order. */
  readonly files: readonly EditionFile[];
  /** The site's internal files of its latest revision (downloadable, not in the ZIP): the summary and the files. */
  readonly siteFiles: { readonly summary: string; readonly files: readonly EditionFile[] } | null;
  /** The ZIP of its latest revision. */
  readonly zip: { readonly href: string; readonly text: string };
  /** The versions table's caption and rows, the latest first. */
  readonly versionsCaption: string;
  readonly versions: ReadonlyArray<{
    /** `revision-2`: the row's id, so a revision can be linked (the feed's entries). */
    readonly id: string;
    readonly revision: string;
    /** Its own publication date. */
    readonly date: string;
    /** Its own data date. */
    readonly asOf: string;
    /** The reason, as the maintainers wrote it (French); `—` without one. */
    readonly note: string;
    readonly zip: { readonly href: string; readonly text: string };
    /** « 14 fichiers », the summary of the list of every file of the revision (its site files included). */
    readonly filesSummary: string;
    readonly files: ReadonlyArray<{ readonly name: string; readonly href: string }>;
  }>;
  /** The suggested citation, with its permanent URL. */
  readonly cite: string;
}

export interface EditionsPage {
  readonly editions: readonly EditionEntry[];
  /** The current data's data page (`/donnees/`). */
  readonly currentDataHref: string;
  /** The Atom feed of editions: the visible link (site path with base), and the head's `<link rel="alternate">` (site path). */
  readonly feed: { readonly href: string; readonly text: string; readonly sitePath: string };
}

/** An edition's files, revision by revision (revision 1 first), by its year (lib/editions/store.ts `editionContents`). */
export type EditionFileLists = ReadonlyMap<string, readonly (readonly RevisionFile[])[]>;

export function editionsPage(lang: Lang, editions: readonly SiteData[], fileLists: EditionFileLists): EditionsPage {
  const feedPath = localeSitePath(lang, EDITIONS_FEED_PATH);
  return {
    editions: [...editions].reverse().map((e) => editionEntry(e, lang, fileLists.get(e.frozen?.annee ?? '') ?? [])),
    currentDataHref: localePath(lang, '/donnees/'),
    feed: { href: withBase(feedPath), text: t(lang, 'editions.feed'), sitePath: feedPath },
  };
}

function editionEntry(e: SiteData, lang: Lang, lists: readonly (readonly RevisionFile[])[]): EditionEntry {
  const m = e.frozen;
  if (!m) throw new Error('editionsPage: not an edition');
  const folder = `/editions/${m.annee}/fichiers/`;
  const latest = history(m).at(-1)!;
  const Y = year(m.annee, lang);
  const initiatives = e.value(m.annee, 'QC', 'initiatives')?.valeur;
  const fqis = e.value(m.annee, 'QC', 'fqis')?.valeur;
  const file = (f: RevisionFile): EditionFile => {
    const d = f[lang];
    return { name: f.name, href: withBase(`${folder}${f.path}`), description: typography(d.title, lang), size: fileSize(f.octets, lang) };
  };
  const ofLatest = lists[m.revision - 1] ?? [];
  const site = ofLatest.filter((f) => f.role === 'site');
  const zip = (revision: number) => ({ href: withBase(`${folder}${zipName(m.annee, revision)}`), text: t(lang, 'editions.zip', { revision }) });
  return {
    annee: m.annee,
    heading: t(lang, 'edition.heading', { annee: Y }),
    published: date(m.publiee_le, lang),
    revision: `${integer(m.revision, lang)}${m.revision > 1 ? ` (${date(latest.date, lang)})` : ''}`,
    asOf: m.revision > 1 ? t(lang, 'editions.asOf.revision', { date: date(latest.donnees_au, lang), revision: m.revision }) : date(latest.donnees_au, lang),
    initiatives: { label: `${t(lang, 'key.initiatives')} ${Y}`, value: initiatives === undefined ? '—' : integer(initiatives, lang) },
    fqis: { label: `${t(lang, 'key.fqis')} ${Y}`, value: fqis === undefined ? '—' : money(fqis, lang) },
    open: { href: e.link(lang, '/'), text: t(lang, 'editions.open', { annee: Y }) },
    changesHref: e.link(lang, '/changements/'),
    filesHeading: t(lang, 'editions.downloads', { revision: m.revision }),
    files: ofLatest.filter((f) => f.role !== 'site').map(file),
    siteFiles: site.length === 0 ? null : { summary: plural(lang, 'editions.siteFiles', site.length), files: site.map(file) },
    zip: zip(m.revision),
    versionsCaption: t(lang, 'editions.versions', { annee: Y }),
    versions: history(m)
      .reverse()
      .map((h) => {
        const files = lists[h.revision - 1] ?? [];
        return {
          id: `revision-${h.revision}`,
          revision: integer(h.revision, lang),
          date: date(h.date, lang),
          asOf: date(h.donnees_au, lang),
          note: h.note || '—',
          zip: { href: zip(h.revision).href, text: 'ZIP' },
          filesSummary: plural(lang, 'editions.filesCount', files.length),
          files: files.map((f) => ({ name: f.name, href: withBase(`${folder}${f.path}`) })),
        };
      }),
    cite: plainText(t(lang, 'editions.cite.text', { annee: Y, revision: m.revision, date: date(latest.date, lang), url: absoluteUrl(localeSitePath(lang, `/editions/${m.annee}/`)) })),
  };
}

/**
 * "Cite this figure": how a journalist (plain text) and a researcher
 * (BibTeX) cite one chart of the site. A citation names the chart, the page
 * it is on (unless the chart's title already names it), the site, the date
 * of the data, the frozen edition and its revision when the chart comes
 * from one, and the chart's permanent URL (its page's, with the chart's
 * anchor). The access date (« consulté le ») is not here: it would change
 * every build; the view leaves a slot the reader's browser fills
 * (AccessDate.astro), so the build stays reproducible.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { date, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { absoluteUrl, localeSitePath } from '../lib/site/url.ts';
import { fold, slugify } from '../lib/common/text.ts';
import { chartFileName } from './figure.ts';
import type { FigureCite, FigureData, MapFigureData } from './figure.ts';

export type { FigureCite } from './figure.ts';

/** The page a figure is on: its title (null for the home page) and its path inside the site's root. */
export interface CitedPage {
  readonly title: string | null;
  readonly path: string;
}

const SITE: Record<Lang, string> = {
  fr: 'Alliances pour la solidarité — tableau de bord public',
  en: 'Alliances pour la solidarité — public dashboard',
};

/**
 * A citation's text as it is copied: without the word joiners the site's
 * year ranges carry (`2025–\u20602026` keeps the range on one line on a
 * page, but is an invisible character in a reference manager or LaTeX).
 */
export const plainText = (text: string): string => text.replace(/\u2060/g, '');

/** BibTeX's special characters escaped (a title may hold « % » or « & »). */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\textasciicircum{}' : c === '~' ? '\\textasciitilde{}' : `\\${c}`,
  );
}

/** A figure's citation on a page of a site, in a language. */
export function figureCite(data: SiteData, lang: Lang, page: CitedPage, figure: Pick<FigureData | MapFigureData, 'id' | 'title' | 'csvHref'>): FigureCite {
  const url = `${absoluteUrl(localeSitePath(lang, `${data.root}${page.path}`))}#${figure.id}`;
  const dataDate = data.build.created.slice(0, 10);
  // Never a name twice: the page's name goes only where the chart's title does not say it.
  const where = page.title !== null && !fold(figure.title).includes(fold(page.title)) ? page.title : null;
  const edition = data.frozen ? t(lang, 'cite.edition', { annee: year(data.frozen.annee, lang), revision: data.frozen.revision }) : null;
  const fictional = data.build.fictif ? t(lang, 'cite.fictional') : null;
  const [open, close] = lang === 'fr' ? ['«\u00a0', '\u00a0»'] : ['“', '”'];
  const dataOf = t(lang, 'cite.dataOf', { date: date(dataDate, lang) });
  const text = [`${open}${figure.title}${close}`, where, SITE[lang], dataOf, edition, fictional].filter((p) => p !== null).join(', ') + `. ${url}`;

  const key = `alliances-${data.frozen ? data.frozen.annee : 'courant'}-${slugify(figure.id)}`;
  const note = [where, `${dataOf[0]!.toUpperCase()}${dataOf.slice(1)}`, edition && `${edition[0]!.toUpperCase()}${edition.slice(1)}`, fictional && `${fictional[0]!.toUpperCase()}${fictional.slice(1)}`]
    .filter((p): p is string => p !== null && p !== '')
    .join('. ');
  const bibtex = [
    `@misc{${key},`,
    `  title = {{${bibtexEscape(figure.title)}}},`,
    `  author = {{${bibtexEscape(SITE[lang])}}},`,
    `  year = {${dataDate.slice(0, 4)}},`,
    `  note = {${bibtexEscape(note)}.},`,
    `  url = {${url}},`,
    `  language = {${lang === 'fr' ? 'french' : 'english'}},`,
    '}',
    '',
  ].join('\n');
  return {
    label: t(lang, 'cite.figure'),
    text: plainText(text),
    bibtex: plainText(bibtex),
    bibtexHref: figure.csvHref.replace(/[^/]+$/, chartFileName(figure.id, lang, 'bib')),
    bibtexLabel: t(lang, 'cite.bibtex'),
  };
}

/** A figure with its citation (pages with charts: home, region, priority, indicators). */
export function cited<F extends FigureData | MapFigureData>(data: SiteData, lang: Lang, page: CitedPage, figure: F): F;
export function cited<F extends FigureData | MapFigureData>(data: SiteData, lang: Lang, page: CitedPage, figure: F | null): F | null;
export function cited<F extends FigureData | MapFigureData>(data: SiteData, lang: Lang, page: CitedPage, figure: F | null): F | null {
  return figure === null ? null : { ...figure, cite: figureCite(data, lang, page, figure) };
}

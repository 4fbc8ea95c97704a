/**
 * Which share card a page shows (issue #10 item 4, issue #17 item 2): the
 * 1200×630 image of its link preview (Open Graph, Twitter). One for the
 * site, one per region and one per practice, in each language (the text
 * differs), at `<root>/partage/…-<lang>.png`. Pure: the pages take a
 * card's path and text alternative from here, and the share-card endpoint
 * (`src/pages/[...prefix]/partage/[...card].ts`) lists every card of a site
 * with `shareCards` and draws each one (charts/cardPng.ts). No page writes
 * a file.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { LANGS, integer, money, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import type { Region } from '../lib/contract/regions.ts';
import { REGIONS, regionByCode } from '../lib/contract/regions.ts';
import type { Practice } from '../lib/derive/practices.ts';
import { TITLE_MAX, cutText } from '../lib/common/text.ts';
import type { CardContent } from '../charts/card.ts';
import { sitePractices } from './practice.ts';

/** What Page.astro needs for `og:image`. */
export interface ShareImage {
  /** The card's site path (base-less): `/partage/regions/laval-fr.png`, or under an edition's root. */
  readonly path: string;
  /** Its text alternative: the card's words, in reading order. */
  readonly alt: string;
}

/** One card a site publishes: where, and what it shows. */
export interface ShareCard extends ShareImage {
  /** The card's words, which charts/card.ts draws. */
  readonly content: CardContent;
}

export const siteCardPath = (root: string, lang: Lang): string => `${root}/partage/site-${lang}.png`;
export const regionCardPath = (root: string, slug: string, lang: Lang): string => `${root}/partage/regions/${slug}-${lang}.png`;
/** A practice's card (`key` is `<region-slug>/<id-slug>`, see derive/practices.ts). */
export const practiceCardPath = (key: string, lang: Lang, root = ''): string => `${root}/partage/pratiques/${key}-${lang}.png`;

const fictif = (data: Pick<SiteData, 'build'>, lang: Lang): string | undefined => (data.build.fictif ? t(lang, 'site.fictional.short') : undefined);

/** Alt text: the card's words, in reading order. */
const altOf = (c: CardContent, lang: Lang): string => [c.kicker, c.title, c.figure ? `${c.figure.label}${lang === 'fr' ? ' :' : ':'} ${c.figure.value}` : '', c.fictif ?? ''].filter(Boolean).join(' — ');

const card = (path: string, content: CardContent, lang: Lang): ShareCard => ({ path, alt: altOf(content, lang), content });

/** The image only, for a page's head. */
const image = ({ path, alt }: ShareCard): ShareImage => ({ path, alt });

export function siteCardContent(data: SiteData, lang: Lang): CardContent {
  return { program: t(lang, 'site.title'), kicker: t(lang, 'site.subtitle'), title: t(lang, 'share.siteTitle'), fictif: fictif(data, lang) };
}

/** A region's card: its name and the FQIS of the site's latest year (none when not reported). */
export function regionCardContent(data: SiteData, region: Region, lang: Lang): CardContent {
  const fqis = data.value(data.latest, region.code, 'fqis')?.valeur;
  return {
    program: t(lang, 'site.title'),
    kicker: t(lang, 'share.regionKicker'),
    title: region.name,
    figure: fqis === undefined ? undefined : { value: money(fqis, lang), label: `${t(lang, 'key.fqis')}, ${year(data.latest, lang)}` },
    fictif: fictif(data, lang),
  };
}

/** A practice's card: its title, region, and the FQIS of its last reported year (persons reached when it had none). */
export function practiceCardContent(data: Pick<SiteData, 'build'>, practice: Practice, lang: Lang): CardContent {
  const row = practice.latest;
  const when = year(practice.lastYear, lang);
  const figure = row.montant_fqis > 0
    ? { value: money(row.montant_fqis, lang), label: `${t(lang, 'key.fqis')}, ${when}` }
    : row.personnes_rejointes !== null
      ? { value: integer(row.personnes_rejointes, lang), label: `${t(lang, 'key.persons')}, ${when}` }
      : undefined;
  return {
    program: t(lang, 'site.title'),
    kicker: `${t(lang, 'share.practiceKicker')} · ${regionByCode(practice.region)?.name ?? practice.region}`,
    // Cut as the page cuts it (contract §1.5): the card wraps and ends it at four lines anyway.
    title: cutText(row.titre, TITLE_MAX).text,
    figure,
    fictif: fictif(data, lang),
  };
}

const siteShareCard = (data: SiteData, lang: Lang): ShareCard => card(siteCardPath(data.root, lang), siteCardContent(data, lang), lang);
const regionShareCard = (data: SiteData, region: Region, lang: Lang): ShareCard =>
  card(regionCardPath(data.root, region.slug, lang), regionCardContent(data, region, lang), lang);
const practiceShareCard = (data: SiteData, practice: Practice, lang: Lang): ShareCard =>
  card(practiceCardPath(practice.key, lang, data.root), practiceCardContent(data, practice, lang), lang);

/** The site's card: every page that has no card of its own shows it. */
export const siteCard = (data: SiteData, lang: Lang): ShareImage => image(siteShareCard(data, lang));
export const regionCard = (data: SiteData, region: Region, lang: Lang): ShareImage => image(regionShareCard(data, region, lang));
export const practiceCard = (data: SiteData, practice: Practice, lang: Lang): ShareImage => image(practiceShareCard(data, practice, lang));

/**
 * Every card a site's pages show, in both languages: the site's, one per
 * region (every region has a page in every site) and one per practice that
 * has a page (`sitePractices`, as the practice route lists them).
 */
export function shareCards(data: SiteData): ShareCard[] {
  const { practices } = sitePractices(data.initiatives);
  return LANGS.flatMap((lang) => [
    siteShareCard(data, lang),
    ...REGIONS.map((r) => regionShareCard(data, r, lang)),
    ...practices.map((p) => practiceShareCard(data, p, lang)),
  ]);
}

/**
 * Which share card a page shows, and writing it: one per region and per
 * practice in each language (the text differs), and one for the site, at
 * `<root>/partage/…-<lang>.png`. Written while the page renders, like the
 * charts' files (chartData.ts), then copied into dist/ with them. Each file
 * is rendered once per build even when several pages name it, and kept in
 * `.cache/partage/` by the hash of its SVG: rendering costs ~0.1 s a card
 * (mostly resvg's PNG encoding), so an unchanged card is copied, not
 * redrawn, by the next build (a frozen edition's cards never change).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_DIR } from '../outputRoot.ts';
import { t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/format.ts';
import { integer, money, year } from '../../i18n/format.ts';
import type { SiteData } from '../site/data.ts';
import { CHART_DATA_DIR } from '../site/chartData.ts';
import type { Region } from '../contract/regions.ts';
import { regionByCode } from '../contract/regions.ts';
import type { Practice } from '../derive/practices.ts';
import { TITLE_MAX, cutText } from '../text.ts';
import type { CardContent } from '../../charts/card.ts';
import { cardSvg, renderCard } from '../../charts/card.ts';

/** What Page.astro needs for `og:image`: a site path (base-less) and its text alternative. */
export interface ShareImage {
  readonly path: string;
  readonly alt: string;
}

export const siteCardPath = (root: string, lang: Lang): string => `${root}/partage/site-${lang}.png`;
export const regionCardPath = (root: string, slug: string, lang: Lang): string => `${root}/partage/regions/${slug}-${lang}.png`;
/** A practice's card (`key` is `<region-slug>/<id-slug>`, see practices/model.ts). */
export const practiceCardPath = (key: string, lang: Lang, root = ''): string => `${root}/partage/pratiques/${key}-${lang}.png`;

const written = new Set<string>();

/** Bump when the renderer or the font changes (the SVG text alone would not show it). */
const RENDERER = 'resvg-2.6.2 roboto-5.3';
const CARD_CACHE = join(CACHE_DIR, 'partage');

function write(path: string, content: CardContent): void {
  if (written.has(path)) return;
  written.add(path);
  const svg = cardSvg(content);
  const cached = join(CARD_CACHE, `${createHash('sha256').update(RENDERER).update(svg).digest('hex').slice(0, 32)}.png`);
  if (!existsSync(cached)) {
    mkdirSync(CARD_CACHE, { recursive: true });
    // Written aside then renamed: a build stopped midway leaves no truncated card in the cache.
    writeFileSync(`${cached}.tmp`, renderCard(svg));
    renameSync(`${cached}.tmp`, cached);
  }
  const file = join(CHART_DATA_DIR, path);
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(cached, file);
}

const fictif = (data: SiteData, lang: Lang): string | undefined => (data.build.fictif ? t(lang, 'site.fictional.short') : undefined);

/** Alt text: the card's words, in reading order. */
const altOf = (c: CardContent, lang: Lang): string => [c.kicker, c.title, c.figure ? `${c.figure.label}${lang === 'fr' ? ' :' : ':'} ${c.figure.value}` : '', c.fictif ?? ''].filter(Boolean).join(' — ');

export function siteCard(data: SiteData, lang: Lang): ShareImage {
  const content: CardContent = { program: t(lang, 'site.title'), kicker: t(lang, 'site.subtitle'), title: t(lang, 'share.siteTitle'), fictif: fictif(data, lang) };
  const path = siteCardPath(data.root, lang);
  write(path, content);
  return { path, alt: altOf(content, lang) };
}

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

export function regionCard(data: SiteData, region: Region, lang: Lang): ShareImage {
  const content = regionCardContent(data, region, lang);
  const path = regionCardPath(data.root, region.slug, lang);
  write(path, content);
  return { path, alt: altOf(content, lang) };
}

/** A practice's card: its title, region, and the FQIS of its last reported year (persons reached when it had none). */
export function practiceCardContent(data: SiteData, practice: Practice, lang: Lang): CardContent {
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

export function practiceCard(data: SiteData, practice: Practice, lang: Lang): ShareImage {
  const content = practiceCardContent(data, practice, lang);
  const path = practiceCardPath(practice.key, lang, data.root);
  write(path, content);
  return { path, alt: altOf(content, lang) };
}

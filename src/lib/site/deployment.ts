/**
 * A deployment (contract §9): the origin the site is published at and the
 * sub-path it is served under, and the URLs that follow from them. Pure: the
 * Astro config and the pages (through url.ts) share it.
 */

import type { Lang } from '../../i18n/format.ts';

/** A site path without the base path: French at the root, English under /en/. */
export function localeSitePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === 'fr' ? clean : `/en${clean}`;
}

export interface Deployment {
  /** The base path, with one leading and one trailing slash (`/`, `/alliances/`). */
  readonly base: string;
  /** The origin, without a trailing slash. */
  readonly site: string;
  /** A site path (`/regions/laval/`) as served (`/alliances/regions/laval/`). */
  withBase(path: string): string;
  /** The site path of a served URL path: the base taken off (`/alliances/en/` → `/en/`). */
  withoutBase(pathname: string): string;
  /** The permanent absolute URL of a site path (canonical, hreflang, feeds, citations). */
  absoluteUrl(path: string): string;
}

export function deployment(basePath = '/', siteUrl = LOCAL_SITE_URL): Deployment {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const site = siteUrl.replace(/\/+$/, '');
  const withBase = (path: string): string => base + path.replace(/^\/+/, '');
  return {
    base,
    site,
    withBase,
    withoutBase: (pathname) => (pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname),
    absoluteUrl: (path) => site + withBase(path),
  };
}

/** The origin a build without `SITE_URL` gives its permanent URLs: `npm start`'s. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/**
 * What a build says when `SITE_URL` is unset (issue #19): its permanent URLs
 * (canonical, hreflang, citations, the copy-link button, og:image, the
 * feeds, the sitemap, the ZIPs' README) then point to this machine, which
 * is right for `npm start` and wrong for a published site. Null when set.
 */
export function siteUrlWarning(siteUrl: string | undefined): string | null {
  if (siteUrl && siteUrl.trim() !== '') return null;
  const bar = '!'.repeat(72);
  return [
    bar,
    `ATTENTION : SITE_URL n’est pas défini. Les adresses permanentes de ce site`,
    `(citations, lien à copier, images de partage, flux, sitemap, README des ZIP)`,
    `pointent vers ${LOCAL_SITE_URL}, qui n’existe que sur cette machine.`,
    `Bien pour npm start; pour publier, construisez avec l’origine du site :`,
    `  SITE_URL=https://exemple.quebec npm run build   (et BASE_PATH=/sous-dossier/ au besoin)`,
    `WARNING: SITE_URL is unset: every permanent URL points to ${LOCAL_SITE_URL}.`,
    bar,
  ].join('\n');
}

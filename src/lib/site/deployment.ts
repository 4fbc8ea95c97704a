/**
 * A deployment (contract §9): the origin the site is published at and the
 * sub-path it is served under, and the URLs that follow from them. Pure: the
 * Astro config and the pages (through url.ts) share it.
 */

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

export function deployment(basePath = '/', siteUrl = 'http://localhost:4321'): Deployment {
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

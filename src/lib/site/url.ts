/**
 * Where the site is deployed (contract §9): `SITE_URL` is its origin and
 * `BASE_PATH` the sub-path it is served under; astro.config.mjs reads both
 * and hands them to the pages as `import.meta.env.SITE` and `BASE_URL`.
 * Every link, asset and download goes through these functions, so the same
 * build works at https://example.org/ and at https://example.org/alliances/.
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

const env = (import.meta as { env?: Record<string, string | undefined> }).env ?? {};
const current = deployment(env['BASE_URL'], env['SITE']);

export const { base: BASE, site: SITE, withBase, withoutBase, absoluteUrl } = current;

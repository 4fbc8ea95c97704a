/**
 * Where this build is deployed (contract §9): `SITE_URL` is its origin and
 * `BASE_PATH` the sub-path it is served under; astro.config.mjs reads both
 * and hands them to the pages as `import.meta.env.SITE` and `BASE_URL`.
 * Every link, asset and download goes through these functions, so the same
 * build works at https://example.org/ and at https://example.org/alliances/.
 * (The config must not import this module: it would be evaluated there,
 * without Astro's env, and shared with the pages.)
 */
import { deployment, localeSitePath } from './deployment.ts';
import type { Lang } from '../../i18n/format.ts';

export type { Deployment } from './deployment.ts';
export { deployment, localeSitePath } from './deployment.ts';

const env = (import.meta as { env?: Record<string, string | undefined> }).env ?? {};

export const { base: BASE, site: SITE, withBase, withoutBase, absoluteUrl } = deployment(env['BASE_URL'], env['SITE']);


/** A page's href in a language, under the base path (contract §9). */
export function localePath(lang: Lang, path: string): string {
  return withBase(localeSitePath(lang, path));
}

/** The language-independent site path of a served URL path (for the language switch). */
export function unlocalisedPath(pathname: string): string {
  return withoutBase(pathname).replace(/^\/en(?=\/|$)/, '') || '/';
}

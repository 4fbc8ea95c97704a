/**
 * Each page's data is computed once per build: the page renders it, and
 * the chart files' endpoint reads the same figures. Keyed by the site's
 * data object (one per variant's site: current data or an edition), the
 * page type, the language and the page's parameter.
 */
import type { Lang } from '../i18n/format.ts';

const pages = new WeakMap<object, Map<string, unknown>>();

export function memoPage<T>(page: string, data: object, lang: Lang, param: string, compute: () => T): T {
  let site = pages.get(data);
  if (!site) {
    site = new Map();
    pages.set(data, site);
  }
  const key = `${page}|${lang}|${param}`;
  if (!site.has(key)) site.set(key, compute());
  return site.get(key) as T;
}

/**
 * Each page's data is computed once per build: the page renders it, and
 * the chart files' endpoint reads the same figures. Keyed by the site's
 * data object (one per variant's site: current data or an edition), the
 * page type, the language, the page's parameter and the *révisé* marks it
 * was given (the route and the endpoint hand in the same object; a page
 * computed without them is another page).
 */
import type { Lang } from '../i18n/format.ts';

const pages = new WeakMap<object, Map<string, unknown>>();
const marks = new WeakMap<object, number>();
let nextId = 0;

const marksId = (revisions: object | null): string => {
  if (!revisions) return '-';
  if (!marks.has(revisions)) marks.set(revisions, nextId++);
  return String(marks.get(revisions));
};

export function memoPage<T>(page: string, data: object, lang: Lang, param: string, compute: () => T, revisions: object | null = null): T {
  let site = pages.get(data);
  if (!site) {
    site = new Map();
    pages.set(data, site);
  }
  const key = `${page}|${lang}|${param}|${marksId(revisions)}`;
  if (!site.has(key)) site.set(key, compute());
  return site.get(key) as T;
}

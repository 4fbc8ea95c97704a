/**
 * Which pages the site search indexes (issue #10, item 3) and the filters
 * each one carries. Indexed: the current site's practice pages, region
 * pages, national priority pages and the indicators page. Not indexed: the
 * frozen editions (a search finds today's page; each page links to its
 * editions), the lists, the data, method and search pages.
 *
 * Filter values are codes (region slug, priority code), the same in both
 * languages: the search page labels them from the reference lists.
 */
import { REGIONS } from '../lib/contract/regions.ts';
import { PRIORITIES } from '../lib/contract/priorities.ts';
import { practicesOf } from '../lib/derive/practices.ts';
import type { Practice } from '../lib/derive/practices.ts';
import type { SiteData } from '../lib/site/data.ts';

export const SEARCH_FILTERS = { region: 'region', priority: 'priorite' } as const;

export interface SearchEntry {
  /** Filter name → value, e.g. `{ region: 'laval' }`. */
  readonly filters: Readonly<Record<string, string>>;
}

const practiceCache = new WeakMap<SiteData, Map<string, Practice>>();

function practice(data: SiteData, key: string): Practice | undefined {
  let byKey = practiceCache.get(data);
  if (!byKey) {
    byKey = new Map(practicesOf(data.initiatives).practices.map((p) => [p.key, p]));
    practiceCache.set(data, byKey);
  }
  return byKey.get(key);
}

/** `inner` is the page's path within its site, language aside (`/regions/laval/`). */
export function searchEntry(inner: string, data: SiteData): SearchEntry | null {
  if (data.frozen) return null;
  if (inner === '/indicateurs/') return { filters: {} };
  let m = /^\/regions\/([^/]+)\/$/.exec(inner);
  if (m && REGIONS.some((r) => r.slug === m![1])) return { filters: { [SEARCH_FILTERS.region]: m[1]! } };
  m = /^\/priorites\/([^/]+)\/$/.exec(inner);
  if (m && PRIORITIES.some((p) => p.code === m![1])) return { filters: { [SEARCH_FILTERS.priority]: m[1]! } };
  m = /^\/pratiques\/([^/]+)\/([^/]+)\/$/.exec(inner);
  if (m && REGIONS.some((r) => r.slug === m![1])) {
    const found = practice(data, `${m[1]}/${m[2]}`);
    const priority = found && PRIORITIES.find((p) => p.code === found.latest.priorite);
    return { filters: { [SEARCH_FILTERS.region]: m[1]!, ...(priority ? { [SEARCH_FILTERS.priority]: priority.code } : {}) } };
  }
  return null;
}

/**
 * Which pages the site search indexes (issue #10, item 3) and what each one
 * gives Pagefind besides its text (issue #19, part 5). Indexed: the current
 * site's practice pages, region pages, national priority pages and the
 * indicators page. Not indexed: the frozen editions (a search finds today's
 * page; each page links to its editions), the lists, the data, method and
 * search pages.
 *
 * Filters (never searched as words): the page's type, region and national
 * priority, as codes (the same in both languages); the search page labels
 * each result with them (« Pratique · Laval ») from its own translations.
 *
 * Metadata (searched, never shown): on English pages only, the English words
 * of the glossary (src/i18n/glossary.ts) whose French words the page's French
 * text uses, and the French labels of the codes it shows in English, so
 * "housing" finds what « logement » finds and « habitation » what "Housing"
 * labels. The title's words go in a field of their own, which the search
 * page's ranking weighs above the rest of the page and below its own title.
 */
import { REGIONS } from '../lib/contract/regions.ts';
import { PRIORITIES } from '../lib/contract/priorities.ts';
import { SECTOR_LABELS } from '../lib/contract/codes.ts';
import { practicesOf } from '../lib/derive/practices.ts';
import type { Practice } from '../lib/derive/practices.ts';
import type { SiteData } from '../lib/site/data.ts';
import type { Lang } from '../i18n/format.ts';
import { englishTerms } from '../i18n/glossary.ts';
import { fold } from '../lib/common/text.ts';

export const SEARCH_FILTERS = { region: 'region', priority: 'priorite', type: 'type' } as const;

/** A result's kind, the `type` filter's value. */
export const SEARCH_TYPES = ['pratique', 'region', 'priorite', 'indicateurs'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Metadata fields of the English pages: the title's translated words, and the rest. */
export const SEARCH_META = { titleTerms: 'title_terms', terms: 'terms' } as const;

export interface SearchEntry {
  /** Filter name → value, e.g. `{ type: 'region', region: 'laval' }`. */
  readonly filters: Readonly<Record<string, string>>;
  /** Metadata field → words (English pages); no field when it would be empty. */
  readonly meta: Readonly<Record<string, string>>;
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

/** Words separated by spaces, each once, in order; null when there are none. */
function joined(words: readonly string[]): string | null {
  const unique = [...new Set(words.flatMap((w) => w.split(/\s+/)).filter((w) => w.length > 0))];
  return unique.length === 0 ? null : unique.join(' ');
}

function meta(title: readonly string[], rest: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const t = joined(title);
  const r = joined(rest.filter((w) => !title.includes(w)));
  if (t) out[SEARCH_META.titleTerms] = t;
  if (r) out[SEARCH_META.terms] = r;
  return out;
}

/** French function words left out of the labels' words: every page has them, they find nothing. */
const STOP_WORDS = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'dont', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'pour']);

/** The words of French labels, as written (accents kept: Pagefind prefers exact matches), function words aside. */
function labelWords(labels: ReadonlyArray<string | undefined>): string[] {
  return labels.flatMap((l) => (l ?? '').split(/[\s'’]+/)).filter((w) => w.length > 0 && !STOP_WORDS.has(fold(w)));
}

/** An English practice page's metadata: its French text's English words, and the French labels of its codes. */
function practiceMeta(data: SiteData, p: Practice): Record<string, string> {
  const row = p.latest;
  const wanted = row.priorite_regionale === null ? null : fold(row.priorite_regionale);
  const plan = wanted === null ? undefined : data.priorites.find((x) => x.alliance === row.alliance && (fold(x.code) === wanted || fold(x.libelle) === wanted));
  const priority = PRIORITIES.find((x) => x.code === row.priorite);
  const frenchLabels = labelWords([priority?.labelFr, ...(row.secteurs ?? []).map((s) => SECTOR_LABELS[s].fr)]);
  return meta(englishTerms([row.titre]), [...englishTerms([row.description, row.resultats, row.priorite_regionale, plan?.libelle, row.organisme]), ...frenchLabels]);
}

/** `inner` is the page's path within its site, language aside (`/regions/laval/`). */
export function searchEntry(inner: string, data: SiteData, lang: Lang): SearchEntry | null {
  if (data.frozen) return null;
  const type = (t: SearchType): Record<string, string> => ({ [SEARCH_FILTERS.type]: t });
  const english = lang === 'en';
  if (inner === '/indicateurs/') return { filters: type('indicateurs'), meta: {} };
  let m = /^\/regions\/([^/]+)\/$/.exec(inner);
  const region = m && REGIONS.find((r) => r.slug === m![1]);
  if (region) {
    // The region's initiatives of the latest year: their titles are the page's lists by MRC.
    const titles = data.initiatives.filter((r) => r.region === region.code && r.annee === data.latest).map((r) => r.titre);
    return { filters: { ...type('region'), [SEARCH_FILTERS.region]: region.slug }, meta: english ? meta([], englishTerms(titles)) : {} };
  }
  m = /^\/priorites\/([^/]+)\/$/.exec(inner);
  const priority = m && PRIORITIES.find((p) => p.code === m![1]);
  if (priority) return { filters: { ...type('priorite'), [SEARCH_FILTERS.priority]: priority.code }, meta: english ? meta([], labelWords([priority.labelFr])) : {} };
  m = /^\/pratiques\/([^/]+)\/([^/]+)\/$/.exec(inner);
  if (m && REGIONS.some((r) => r.slug === m![1])) {
    const found = practice(data, `${m[1]}/${m[2]}`);
    const p = found && PRIORITIES.find((x) => x.code === found.latest.priorite);
    return {
      filters: { ...type('pratique'), [SEARCH_FILTERS.region]: m[1]!, ...(p ? { [SEARCH_FILTERS.priority]: p.code } : {}) },
      meta: english && found ? practiceMeta(data, found) : {},
    };
  }
  return null;
}

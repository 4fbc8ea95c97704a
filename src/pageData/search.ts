/**
 * What the search page (`/recherche/`, issue #10 item 3) needs: the form's
 * action and its filters' names and options (regions, national
 * priorities), where Pagefind's bundle is (under the base path, never
 * another host), the texts its script writes, and, for readers without
 * JavaScript, the pages to browse.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { withBase } from '../lib/site/url.ts';
import { REGIONS } from '../lib/contract/regions.ts';
import { PRIORITIES } from '../lib/contract/priorities.ts';
import { SEARCH_FILTERS } from './searchEntry.ts';
import type { SearchType } from './searchEntry.ts';

/** An option of a filter: its query value and label. */
export interface SearchOption {
  readonly value: string;
  readonly label: string;
}

export interface SearchPage {
  /** The form's action: this page (a plain GET form). */
  readonly action: string;
  /** Pagefind's script and the site's base, for the search script. */
  readonly bundle: string;
  readonly base: string;
  /** The results' locale (`fr-CA`, `en-CA`). */
  readonly locale: string;
  /** The texts the script writes (loading, empty query, counts, error). */
  readonly messages: Readonly<Record<'loading' | 'empty' | 'zero' | 'one' | 'other' | 'error', string>>;
  /**
   * Each result's label (issue #19, part 5): its kind by the `type` filter's value (and
   * `indicateur` for one indicator of the indicators page), and the template that adds its
   * region (`{type} · {region}`), named from the region filter's options.
   */
  readonly kinds: Readonly<Record<SearchType | 'indicateur', string>>;
  readonly kindWithRegion: string;
  /** The filters: their query names and options. */
  readonly region: { readonly name: string; readonly options: readonly SearchOption[] };
  readonly priority: { readonly name: string; readonly options: readonly SearchOption[] };
  /** Without JavaScript: the pages to browse (regions, priorities, practices). */
  readonly browse: ReadonlyArray<{ readonly href: string; readonly text: string }>;
}

export function searchPage(data: SiteData, lang: Lang): SearchPage {
  return {
    action: data.link(lang, '/recherche/'),
    bundle: withBase('/pagefind/pagefind.js'),
    base: withBase('/'),
    locale: lang === 'fr' ? 'fr-CA' : 'en-CA',
    messages: {
      loading: t(lang, 'search.loading'),
      empty: t(lang, 'search.empty'),
      zero: t(lang, 'search.count.zero'),
      one: t(lang, 'search.count.one'),
      other: t(lang, 'search.count.other'),
      error: t(lang, 'search.error'),
    },
    kinds: {
      pratique: t(lang, 'search.type.pratique'),
      region: t(lang, 'search.type.region'),
      priorite: t(lang, 'search.type.priorite'),
      indicateurs: t(lang, 'search.type.indicateurs'),
      indicateur: t(lang, 'search.type.indicateur'),
    },
    kindWithRegion: t(lang, 'search.result.label'),
    region: { name: SEARCH_FILTERS.region, options: REGIONS.map((r) => ({ value: r.slug, label: r.name })) },
    priority: { name: SEARCH_FILTERS.priority, options: PRIORITIES.map((p) => ({ value: p.code, label: lang === 'fr' ? p.labelFr : p.labelEn })) },
    browse: [
      { href: data.link(lang, '/regions/'), text: t(lang, 'nav.regions.all') },
      { href: data.link(lang, '/priorites/'), text: t(lang, 'nav.priorities.all') },
      { href: data.link(lang, '/pratiques/'), text: t(lang, 'nav.practices') },
    ],
  };
}

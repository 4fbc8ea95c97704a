/**
 * What the list of national priorities (`/priorites/`) shows: each
 * priority, a link to its page, with its latest year's FQIS, share of the
 * FQIS, initiatives and persons reached (zeros for a priority without any).
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { integer, money, percent, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { PRIORITIES, priorityLabel } from '../lib/contract/priorities.ts';
import { byPriority } from '../lib/derive/aggregates.ts';

export interface PrioritiesPage {
  /** The lead and the table's caption, with the latest year. */
  readonly lead: string;
  readonly caption: string;
  /** One row per national priority, in the plan's order; figures formatted. */
  readonly rows: ReadonlyArray<{
    readonly label: string;
    readonly href: string;
    readonly fqis: string;
    /** Its share of the year's FQIS, `—` when there is none at all. */
    readonly share: string;
    readonly initiatives: string;
    readonly persons: string;
  }>;
}

export function prioritiesPage(data: SiteData, lang: Lang): PrioritiesPage {
  const Y = year(data.latest, lang);
  const totals = new Map(byPriority(data.initiatives, data.latest).map((p) => [p.key, p]));
  const fqisTotal = [...totals.values()].reduce((n, p) => n + p.fqis, 0);
  return {
    lead: t(lang, 'priorities.lead', { year: Y }),
    caption: t(lang, 'priorities.table', { year: Y }),
    rows: PRIORITIES.map((p) => {
      const x = totals.get(p.code);
      return {
        label: priorityLabel(p.code, lang),
        href: data.link(lang, `/priorites/${p.code}/`),
        fqis: money(x?.fqis ?? 0, lang),
        share: fqisTotal > 0 ? percent((x?.fqis ?? 0) / fqisTotal, lang) : '—',
        initiatives: integer(x?.initiatives ?? 0, lang),
        persons: integer(x?.persons ?? 0, lang),
      };
    }),
  };
}

/**
 * A territory's key figures for the latest year (KeyFigures.astro), each
 * with its change since the previous year: home page for Québec, region
 * pages for a region.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { change, integer, money, percent, percentagePoints, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { revisedMark } from './revised.ts';
import type { RevisedMark, Revisions } from './revised.ts';

export interface KeyFigure {
  /** The indicator's code (`fqis`, `initiatives`, `3.3`, `3.1`, `3.2`). */
  readonly code: string;
  readonly label: string;
  /** The value, formatted. */
  readonly shown: string;
  /** `+4,5 % par rapport à 2024–2025`, or « no change to show » without a previous year. */
  readonly delta: string;
  /** The value an edition published when it differs (src/pageData/revised.ts), or null. */
  readonly revised: RevisedMark | null;
}

const ITEMS = [
  { code: 'fqis', label: 'key.fqis', kind: 'money' },
  { code: 'initiatives', label: 'key.initiatives', kind: 'count' },
  { code: '3.3', label: 'key.persons', kind: 'count' },
  { code: '3.1', label: 'key.completed', kind: 'share' },
  { code: '3.2', label: 'key.targets', kind: 'share' },
] as const;

/** The figures the latest year has for `territory` (region code or `QC`), in the order above. */
export function keyFigures(data: Pick<SiteData, 'latest' | 'previous' | 'value'>, lang: Lang, territory: string, revisions: Revisions | null = null): KeyFigure[] {
  const { latest, previous } = data;
  return ITEMS.flatMap((item) => {
    const now = data.value(latest, territory, item.code);
    if (!now) return [];
    const before = previous ? data.value(previous, territory, item.code) : undefined;
    const shown = item.kind === 'money' ? money(now.valeur, lang) : item.kind === 'count' ? integer(now.valeur, lang) : percent(now.valeur, lang);
    let delta = t(lang, 'key.noChange');
    if (before && previous) {
      const diff =
        item.kind === 'share'
          ? percentagePoints((now.valeur - before.valeur) * 100, lang)
          : before.valeur > 0
            ? change(now.valeur / before.valeur - 1, lang)
            : '';
      if (diff) delta = t(lang, 'key.change', { change: diff, year: year(previous, lang) });
    }
    return [{ code: item.code, label: t(lang, item.label), shown, delta, revised: revisedMark(revisions, lang, latest, territory, item.code) }];
  });
}

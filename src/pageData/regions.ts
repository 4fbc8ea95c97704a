/**
 * What the list of regions (`/regions/`) shows: the 17 administrative
 * regions, each a link to its page, with its latest year's FQIS,
 * initiatives, persons reached and, where the ministry's populations came
 * with the data, FQIS per inhabitant; the whole of Québec in the footer.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { integer, money, moneyCents, year } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { REGIONS } from '../lib/contract/regions.ts';
import { revisedLegend, revisedMark } from './revised.ts';
import type { RevisedMark, Revisions } from './revised.ts';

export interface RegionsPage {
  /** The lead and the table's caption, with the latest year. */
  readonly lead: string;
  /** What the *révisé* marks mean, when the table has any; null otherwise. */
  readonly revisedLegend: string | null;
  readonly caption: string;
  /** The figures' column headings (per inhabitant only with the ministry's populations). */
  readonly columns: readonly string[];
  /** One row per region, its figures in the columns' order, formatted (`—`: no value). */
  readonly rows: ReadonlyArray<{ readonly name: string; readonly href: string; readonly cells: readonly string[]; readonly marks: readonly (RevisedMark | null)[] }>;
  /** Québec's figures, in the columns' order, and their marks. */
  readonly total: readonly string[];
  readonly totalMarks: readonly (RevisedMark | null)[];
  /** Where the populations come from; empty without them. */
  readonly sources: readonly string[];
  /** Said instead of the sources when there are none. */
  readonly unavailable: string;
}

/** `revisions`: the site's *révisé* marks (`revisionsFor`, lib/site/editionChanges.ts), or null. */
export function regionsPage(data: SiteData, lang: Lang, revisions: Revisions | null = null): RegionsPage {
  const y = data.latest;
  const Y = year(y, lang);
  const columns = [
    { code: 'fqis', label: t(lang, 'key.fqis'), format: (v: number) => money(v, lang) },
    { code: 'initiatives', label: t(lang, 'table.initiatives'), format: (v: number) => integer(v, lang) },
    { code: '3.3', label: t(lang, 'key.persons'), format: (v: number) => integer(v, lang) },
    { code: 'fqis-par-habitant', label: t(lang, 'table.perCapita'), format: (v: number) => moneyCents(v, lang) },
  ];
  // Per inhabitant only where the ministry's populations came with the data.
  const sources = data.contextSources(y, 'QC');
  const shown = sources.length > 0 ? columns : columns.filter((c) => c.code !== 'fqis-par-habitant');
  const cells = (territory: string): string[] =>
    shown.map((c) => {
      const v = data.value(y, territory, c.code);
      return v ? c.format(v.valeur) : '—';
    });
  const marks = (territory: string): (RevisedMark | null)[] => shown.map((c) => (data.value(y, territory, c.code) ? revisedMark(revisions, lang, y, territory, c.code) : null));
  const rows = REGIONS.map((r) => ({ name: r.name, href: data.link(lang, `/regions/${r.slug}/`), cells: cells(r.code), marks: marks(r.code) }));
  const totalMarks = marks('QC');
  return {
    lead: t(lang, 'regions.lead', { year: Y }),
    revisedLegend: revisedLegend(lang, [...rows.flatMap((r) => r.marks), ...totalMarks].some((m) => m !== null)),
    caption: t(lang, 'regions.table', { year: Y }),
    columns: shown.map((c) => c.label),
    rows,
    total: cells('QC'),
    totalMarks,
    sources,
    unavailable: t(lang, 'perPerson.unavailable', { year: Y }),
  };
}

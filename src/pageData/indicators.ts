/**
 * What the indicators page (`/indicateurs/`) shows: each indicator of the
 * guide (§5.1, the status breakdown aside), its formula, Québec's value per
 * year, and its regions as small multiples. Eleven charts on one page: they
 * are image files, and each region's page is linked from the chart's table.
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { year } from '../i18n/format.ts';
import { formatIndicator } from '../i18n/indicatorFormat.ts';
import type { SiteData } from '../lib/site/data.ts';
import { REGIONS } from '../lib/contract/regions.ts';
import { figure, tablesHaveMarks } from './figure.ts';
import type { FigureData } from './figure.ts';
import { cited } from './figureCite.ts';
import { memoPage } from './memo.ts';
import { cellMarks, revisedLegend, revisedMark } from './revised.ts';
import type { RevisedMark, Revisions } from './revised.ts';

export interface NationalValue {
  /** `Québec 2025–2026`. */
  readonly label: string;
  /** Formatted, or `—`. */
  readonly value: string;
  readonly revised: RevisedMark | null;
}

export interface IndicatorSection {
  /** The section's anchor: `indicateur-3-3`. */
  readonly id: string;
  /** Its heading's id: `titre-3-3`. */
  readonly headingId: string;
  /** `3.3 — Personnes rejointes`. */
  readonly heading: string;
  readonly formula: string;
  /** `Guide, section 5.1`. */
  readonly section: string;
  /** English pages: the guide's own French title, with its lead-in; null in French. */
  readonly guideWording: { readonly lead: string; readonly title: string } | null;
  /** Québec's value each year; null when the indicator has no national value (then `noNational` says so). */
  readonly national: readonly NationalValue[] | null;
  readonly noNational: string;
  /** The regions' small multiples; null when no region has a value. */
  readonly figure: FigureData | null;
}

export interface IndicatorsData {
  readonly title: string;
  readonly lead: string;
  readonly official: string;
  /** What the *révisé* marks mean, when the page has any; null otherwise. */
  readonly revisedLegend: string | null;
  readonly formulaLabel: string;
  readonly toc: readonly { readonly id: string; readonly label: string }[];
  readonly sections: readonly IndicatorSection[];
}

function compute(data: SiteData, lang: Lang, revisions: Revisions | null): IndicatorsData {
  const definitions = data.definitions.filter((d) => d.guideSection === '5.1' && !d.code.startsWith('3.1-'));
  const regionLinks = REGIONS.map((r) => data.link(lang, `/regions/${r.slug}/`));
  const sections = definitions.map((d): IndicatorSection => {
    const title = lang === 'fr' ? d.titleFr : d.titleEn;
    const slug = d.code.replace('.', '-');
    const panels = REGIONS.flatMap((r) =>
      data.years.flatMap((a) => {
        const v = data.value(a, r.code, d.code);
        return v ? [{ key: r.code, label: r.name, year: year(a, lang), annee: a, value: v.valeur }] : [];
      }),
    );
    const best = [...panels].filter((p) => p.annee === data.latest).sort((a, b) => b.value - a.value)[0];
    const id = `indicateur-${slug}-regions`;
    return {
      id: `indicateur-${slug}`,
      headingId: `titre-${slug}`,
      heading: `${d.code} — ${title}`,
      formula: lang === 'fr' ? d.formulaFr : d.formulaEn,
      section: t(lang, 'indicators.section', { section: d.guideSection ?? '' }),
      guideWording: lang === 'fr' ? null : { lead: t(lang, 'indicators.guideWording'), title: d.titleFr },
      national: d.national
        ? data.years.map((a) => {
            const v = data.value(a, 'QC', d.code);
            return {
              label: `${t(lang, 'indicators.national')} ${year(a, lang)}`,
              value: v ? formatIndicator(d.code, v.valeur, lang) : '—',
              revised: v ? revisedMark(revisions, lang, a, 'QC', d.code) : null,
            };
          })
        : null,
      noNational: t(lang, 'indicators.noNational'),
      figure: panels.length === 0 || !best ? null : cited(data, lang, { title: t(lang, 'indicators.title'), path: '/indicateurs/' }, figure(data.root, lang, {
        id,
        image: true,
        title: t(lang, 'chart.indicator', { title }),
        summary: t(lang, 'chart.indicator.summary', { year: year(data.latest, lang), top: best.label, value: formatIndicator(d.code, best.value, lang) }),
        chart: { kind: 'smallMultiples', rows: panels, format: `indicator:${d.code}`, lang, ariaLabel: t(lang, 'chart.indicator', { title }), placement: 'full' },
        table: {
          headers: [t(lang, 'table.region'), ...data.years.map((a) => year(a, lang))],
          rows: REGIONS.map((r) => [r.name, ...data.years.map((a) => { const v = data.value(a, r.code, d.code); return v ? formatIndicator(d.code, v.valeur, lang) : '—'; })]),
          links: regionLinks,
          marks: cellMarks(revisions, lang, REGIONS.map((r) => [null, ...data.years.map((a) => (data.value(a, r.code, d.code) ? ([a, r.code, d.code] as const) : null))])),
        },
        csv: { columns: ['annee', 'region', 'indicateur', 'valeur'], rows: panels.map((p) => [p.annee, p.key, d.code, p.value]) },
        source: t(lang, 'figure.sourceDefault', { year: data.years.map((a) => year(a, lang)).join(', ') }),
      })),
    };
  });
  return {
    title: t(lang, 'indicators.title'),
    lead: t(lang, 'indicators.lead'),
    official: t(lang, 'indicators.official'),
    revisedLegend: revisedLegend(lang, sections.some((s) => s.national?.some((n) => n.revised !== null)) || tablesHaveMarks(sections.map((s) => s.figure?.table))),
    formulaLabel: t(lang, 'indicators.formula'),
    toc: sections.map((s) => ({ id: s.id, label: s.heading })),
    sections,
  };
}

/**
 * The indicators page of a site in a language. `revisions`: the site's
 * *révisé* marks (`revisionsFor`, lib/site/editionChanges.ts), or null.
 * Computed once per site, language and marks.
 */
export const indicatorsPage = (data: SiteData, lang: Lang, revisions: Revisions | null = null): IndicatorsData =>
  memoPage('indicators', data, lang, '', () => compute(data, lang, revisions), revisions);

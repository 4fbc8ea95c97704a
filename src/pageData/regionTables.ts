/**
 * The region page's tables that are components of their own: per-person
 * figures (PerPersonFigures.astro), the guide's indicators
 * (IndicatorTable.astro) and the initiatives of a year
 * (InitiativeTable.astro). Text from the exports is kept as written
 * (French: the view marks it `lang`); titles over 300 characters are cut
 * with « … » (contract §1.5).
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { integer, money, year } from '../i18n/format.ts';
import { countOf, formatIndicator, valueWithUnit } from '../i18n/indicatorFormat.ts';
import type { SiteData } from '../lib/site/data.ts';
import type { InitiativeRow } from '../lib/ingest/types.ts';
import { priorityLabel } from '../lib/contract/priorities.ts';
import { STATUS_LABELS } from '../lib/contract/codes.ts';
import { INDICATORS, shownCode } from '../lib/derive/definitions.ts';
import { TITLE_MAX, cutText } from '../lib/common/text.ts';
import { PER_PERSON_CODES, ordinal, rankRegions } from './perPerson.ts';
import { revisedMark } from './revised.ts';
import type { RevisedMark, Revisions } from './revised.ts';

export interface PerPersonFigure {
  readonly code: string;
  readonly title: string;
  readonly value: string;
  /** The value an edition published when it differs, or null. */
  readonly revised: RevisedMark | null;
  /** `2e de 17 régions`. */
  readonly rank: string;
  /** `Québec : 12,50 $`, or null without a Québec value. */
  readonly quebec: string | null;
}

export interface PerPersonData {
  /** Empty: the contexte file gives no population for the year (then `unavailable` is said). */
  readonly figures: readonly PerPersonFigure[];
  readonly lead: string;
  readonly unavailable: string;
  /** Where the populations come from (contexte rows). */
  readonly sources: readonly string[];
}

/** A region's per-person figures for the latest year, each with its rank among the regions and Québec's figure. */
export function perPersonFigures(data: SiteData, lang: Lang, territory: string, revisions: Revisions | null = null): PerPersonData {
  const y = data.latest;
  const Y = year(y, lang);
  const title = (code: string): string => {
    const d = data.definitions.find((x) => x.code === code) ?? INDICATORS.find((x) => x.code === code);
    return d ? (lang === 'fr' ? d.titleFr : d.titleEn) : code;
  };
  const figures = PER_PERSON_CODES.flatMap((code) => {
    const ranked = rankRegions(data.value, y, code).find((r) => r.region === territory);
    if (!ranked) return [];
    const quebec = data.value(y, 'QC', code);
    return [{
      code,
      title: title(code),
      value: formatIndicator(code, ranked.value.valeur, lang),
      revised: revisedMark(revisions, lang, y, territory, code),
      rank: t(lang, 'perPerson.rank', { rank: ordinal(ranked.rank, lang), count: ranked.count }),
      quebec: quebec ? t(lang, 'perPerson.quebec', { value: formatIndicator(code, quebec.valeur, lang) }) : null,
    }];
  });
  return {
    figures,
    lead: t(lang, 'perPerson.lead', { year: Y }),
    unavailable: t(lang, 'perPerson.unavailable', { year: Y }),
    sources: data.contextSources(y, territory),
  };
}

export interface IndicatorRow {
  /** The indicator's code (`data-indicateur`). */
  readonly code: string;
  /** The code as shown. */
  readonly shownCode: string;
  readonly title: string;
  readonly formula: string;
  /** Formatted, or `—`. */
  readonly value: string;
  /** The raw value (`data-valeur`), or null. */
  readonly valeur: number | null;
  readonly numerator: string;
  readonly denominator: string;
  /** Québec's value, or `—`. */
  readonly national: string;
  /** The marks of the value and of Québec's value (src/pageData/revised.ts), or null. */
  readonly revised: RevisedMark | null;
  readonly nationalRevised: RevisedMark | null;
}

export interface IndicatorTableData {
  /** `2025–2026`. */
  readonly year: string;
  readonly rows: readonly IndicatorRow[];
}

/** The guide's indicators (§5.1) for a territory in the latest year, with Québec's value beside. */
export function indicatorTable(data: SiteData, lang: Lang, territory: string, revisions: Revisions | null = null): IndicatorTableData {
  const y = data.latest;
  return {
    year: year(y, lang),
    rows: data.definitions.filter((d) => d.guideSection === '5.1').map((d) => {
      const v = data.value(y, territory, d.code);
      const qc = d.national ? data.value(y, 'QC', d.code) : undefined;
      return {
        code: d.code,
        shownCode: shownCode(d.code),
        title: lang === 'fr' ? d.titleFr : d.titleEn,
        formula: lang === 'fr' ? d.formulaFr : d.formulaEn,
        value: v ? valueWithUnit(d.code, v.valeur, lang) : '—',
        valeur: v?.valeur ?? null,
        numerator: v?.numerateur === null || v?.numerateur === undefined ? '—' : countOf(d.code, 'numerator', v.numerateur, lang),
        denominator: v?.denominateur === null || v?.denominateur === undefined ? '—' : countOf(d.code, 'denominator', v.denominateur, lang),
        national: qc ? valueWithUnit(d.code, qc.valeur, lang) : '—',
        revised: v ? revisedMark(revisions, lang, y, territory, d.code) : null,
        nationalRevised: qc ? revisedMark(revisions, lang, y, 'QC', d.code) : null,
      };
    }),
  };
}

export interface InitiativeTableRow {
  /** Cut beyond 300 characters. */
  readonly title: string;
  readonly organisation: string;
  /** The MRC it names, or « toute la région ». */
  readonly mrc: string;
  readonly priority: string;
  readonly status: string;
  readonly fqis: string;
  /** The amount, for sorting (`data-value`). */
  readonly fqisValue: number;
  /** Formatted, or `—`. */
  readonly persons: string;
  /** For sorting: -1 when not reported. */
  readonly personsValue: number;
}

export interface InitiativeTableData {
  readonly caption: string;
  /** By FQIS amount, largest first, then by title. */
  readonly rows: readonly InitiativeTableRow[];
  /** Where the full texts are, when a title was cut; null otherwise. */
  readonly fullText: string | null;
}

/** Initiatives of a region and year, as the sortable table shows them. */
export function initiativeTable(data: Pick<SiteData, 'link'>, lang: Lang, rows: readonly InitiativeRow[], caption: string): InitiativeTableData {
  const sorted = [...rows].sort((a, b) => b.montant_fqis - a.montant_fqis || a.titre.localeCompare(b.titre));
  const titles = sorted.map((r) => cutText(r.titre, TITLE_MAX));
  return {
    caption,
    rows: sorted.map((r, i) => ({
      title: titles[i]!.text,
      organisation: r.organisme,
      mrc: r.mrc && r.mrc.length > 0 ? r.mrc.join(', ') : t(lang, 'col.regionWide'),
      priority: priorityLabel(r.priorite, lang),
      status: STATUS_LABELS[r.statut][lang],
      fqis: money(r.montant_fqis, lang),
      fqisValue: r.montant_fqis,
      persons: r.personnes_rejointes === null ? '—' : integer(r.personnes_rejointes, lang),
      personsValue: r.personnes_rejointes ?? -1,
    })),
    fullText: titles.some((c) => c.cut) ? data.link(lang, '/donnees/#telechargements') : null,
  };
}

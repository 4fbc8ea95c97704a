/**
 * The data-quality page's « Valeurs inhabituelles » (contract §1.5): the
 * published initiatives whose figures, dates or texts the ingest warned
 * about, counted per rule and listed, in words a citizen reads. Computed
 * from the published rows with the ingest's own rules
 * (ingest/plausibility.ts), so it needs no file of its own and a frozen
 * edition's page lists its own. Only published values are shown (a
 * warning keeps the row), never a rejected value nor a personal column.
 */
import { plausibilityFindings, populationIndex, populationKey, PLAUSIBILITY_RULES } from '../lib/ingest/plausibility.ts';
import type { PlausibilityRule } from '../lib/ingest/plausibility.ts';
import type { AllianceRow, ContexteRow, InitiativeRow } from '../lib/ingest/types.ts';
import { regionByCode } from '../lib/contract/regions.ts';
import { t } from '../i18n/index.ts';
import type { Key } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { date, integer, money, year } from '../i18n/format.ts';
import { cutText } from '../lib/common/text.ts';

/** What the page needs of a site's data. */
export interface UnusualSource {
  readonly initiatives: readonly InitiativeRow[];
  readonly alliances: readonly AllianceRow[];
  readonly contexte: readonly ContexteRow[];
}

/** One finding on one published initiative. */
export interface UnusualValue {
  readonly rule: PlausibilityRule;
  readonly row: InitiativeRow;
  /** The envelope or population compared with, or the text's length. */
  readonly reference: number | null;
}

/** Every finding on the published initiatives, by rule (in the report's order), region, year and id. */
export function unusualValues(source: UnusualSource): UnusualValue[] {
  const envelopes = new Map(source.alliances.map((a) => [a.alliance, a.enveloppe]));
  const populations = populationIndex(source.contexte);
  const found = source.initiatives.flatMap((row) =>
    plausibilityFindings(row, envelopes.get(row.alliance) ?? null, populations.get(populationKey(row.annee, row.region)) ?? null).map(
      (f): UnusualValue => ({ rule: f.rule, row, reference: f.reference ?? null }),
    ),
  );
  const order = (rule: PlausibilityRule): number => PLAUSIBILITY_RULES.indexOf(rule);
  return found.sort((a, b) => order(a.rule) - order(b.rule) || cmp(a.row.region, b.row.region) || cmp(a.row.annee, b.row.annee) || cmp(a.row.id, b.row.id));
}

/** How many initiatives the page lists at most; the count says how many there are. */
export const UNUSUAL_LIST_MAX = 300;
/** An initiative's title in the list, cut shorter than on its own pages. */
const LIST_TITLE_MAX = 80;

export interface UnusualSection {
  /** Every rule with its count of initiatives, zeros included: what was checked. */
  readonly counts: ReadonlyArray<{ readonly rule: PlausibilityRule; readonly label: string; readonly count: number }>;
  readonly total: number;
  /** The first `UNUSUAL_LIST_MAX` findings, as the table shows them. */
  readonly items: ReadonlyArray<{
    readonly region: string;
    readonly year: string;
    /** `id — title` (the title cut), from the export. */
    readonly initiative: string;
    readonly rule: string;
    /** The published figure, and what it was compared with. */
    readonly figure: string;
  }>;
}

/** The figure a finding is about, as the page writes it. */
function figure(v: UnusualValue, lang: Lang): string {
  const { row, reference } = v;
  switch (v.rule) {
    case 'montant-enveloppe':
      return t(lang, 'data.unusual.figure.envelope', { value: money(row.montant_fqis, lang), reference: money(reference ?? 0, lang) });
    case 'montant-eleve':
      return money(row.montant_fqis, lang);
    case 'personnes-population':
      return t(lang, 'data.unusual.figure.population', { value: integer(row.personnes_rejointes ?? 0, lang), reference: integer(reference ?? 0, lang) });
    case 'date-debut-tot':
    case 'date-debut-tard':
      return date(row.date_debut, lang);
    case 'date-fin-tard':
      return date(row.date_fin ?? '', lang);
    case 'titre-long':
    case 'description-longue':
    case 'resultats-longs':
      return t(lang, 'data.unusual.figure.length', { value: integer(reference ?? 0, lang) });
  }
}

export function unusualSection(source: UnusualSource, lang: Lang): UnusualSection {
  const found = unusualValues(source);
  const label = (rule: PlausibilityRule): string => t(lang, `data.unusual.rule.${rule}` as Key);
  return {
    counts: PLAUSIBILITY_RULES.map((rule) => ({ rule, label: label(rule), count: found.filter((v) => v.rule === rule).length })),
    total: found.length,
    items: found.slice(0, UNUSUAL_LIST_MAX).map((v) => ({
      region: regionByCode(v.row.region)?.name ?? v.row.region_nom,
      year: year(v.row.annee, lang),
      initiative: `${v.row.id} — ${cutText(v.row.titre, LIST_TITLE_MAX).text}`,
      rule: label(v.rule),
      figure: figure(v, lang),
    })),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

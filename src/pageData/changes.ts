/**
 * What an edition's changes page (`/editions/<annee>/changements/`,
 * contract §6) shows: first, in a sentence, what moved most; the indicator
 * values this edition revised since the previous edition, and those the
 * current data have revised since this edition, by region, old → new;
 * initiatives added, removed and changed, by region; the link to all of it
 * as a CSV (written by its own endpoint, `changements.csv.ts`). Pure: the
 * edition's comparisons come in (`editionChanges`, lib/site/editionChanges.ts).
 */
import { plural, t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import { year } from '../i18n/format.ts';
import { formatIndicator } from '../i18n/indicatorFormat.ts';
import type { SiteData } from '../lib/site/data.ts';
import type { Comparison, EditionChanges } from '../lib/site/editionChanges.ts';
import { withBase } from '../lib/site/url.ts';
import { largestChange } from '../lib/editions/changes.ts';
import type { InitiativeChange } from '../lib/editions/changes.ts';
import { regionByCode } from '../lib/contract/regions.ts';
import { LONG_TEXT_MAX, TITLE_MAX, cutText } from '../lib/common/text.ts';
import { indicatorName } from './indicatorLabels.ts';
import type { ShownName } from './indicatorLabels.ts';

/** A piece of a sentence; `fromExport` marks the partners' words (a regional indicator's title, French). */
export interface TextPart {
  readonly text: string;
  readonly fromExport?: true;
}

/** One indicator value changed. */
export interface IndicatorChangeRow {
  /** The row's id: `<section>-<annee>-<region>-<indicateur>` (a link target). */
  readonly id: string;
  /** The region's name, or « Ensemble du Québec ». */
  readonly place: string;
  readonly year: string;
  readonly indicator: ShownName;
  readonly before: string;
  readonly after: string;
}

/** One initiative added, removed or changed. */
export interface InitiativeChangeRow {
  /** « Ajoutée », « Retirée » or « Modifiée ». */
  readonly kind: string;
  /** Its title (cut), from the export. */
  readonly title: string;
  readonly id: string;
  readonly year: string;
  /** A changed row's columns, `colonne avant → après` joined by `; ` (texts cut, ∅ for empty); null for none. */
  readonly fields: string | null;
}

/** One comparison: with the previous edition, or with the current data. */
export interface ChangesSection {
  /** `edition-precedente` or `donnees-actuelles` (the section's id). */
  readonly id: string;
  readonly heading: string;
  readonly lead: string;
  readonly indicators: readonly IndicatorChangeRow[];
  /** The initiatives' changes by region (in code order): `Région : 1 ajoutée, 0 retirée, 2 modifiées`. */
  readonly initiatives: ReadonlyArray<{ readonly summary: string; readonly rows: readonly InitiativeChangeRow[] }>;
}

export interface ChangesPage {
  /** The page's title (its <h1> and <title>). */
  readonly title: string;
  /** The sentence on what moved most, or that nothing did. */
  readonly summary: readonly TextPart[];
  /** The CSV of every change (`/editions/<annee>/changements.csv`, one file for both languages). */
  readonly csvHref: string;
  /** The first edition: there is no previous one to compare with. */
  readonly first: boolean;
  readonly sections: readonly ChangesSection[];
}

export function changesPage(data: SiteData, lang: Lang, changes: EditionChanges): ChangesPage {
  const m = data.frozen;
  if (!m) throw new Error('changesPage: not an edition');
  const place = (code: string): string => (code === 'QC' ? t(lang, 'changes.quebec') : (regionByCode(code)?.name ?? code));
  // An indicator's name: its guide number and title, or a regional indicator's own title (French, from the exports).
  const name = (code: string, region: string): ShownName => indicatorName(code, lang, data.definitions, (c) => data.regionalLabel(region, c));
  const KIND = { ajoutee: t(lang, 'changes.added'), retiree: t(lang, 'changes.removed'), modifiee: t(lang, 'changes.changed') } as const;
  const section = (id: string, heading: string, lead: string, c: Comparison): ChangesSection => ({
    id,
    heading,
    lead,
    indicators: c.indicators.map((v) => ({
      id: `${id}-${v.annee}-${v.region}-${v.indicateur}`,
      place: place(v.region),
      year: year(v.annee, lang),
      indicator: name(v.indicateur, v.region),
      before: formatIndicator(v.indicateur, v.avant, lang),
      after: formatIndicator(v.indicateur, v.apres, lang),
    })),
    initiatives: [...new Set(c.initiatives.map((i) => i.region))].sort().map((region) => {
      const rows = c.initiatives.filter((i) => i.region === region);
      return {
        summary: `${place(region)}${lang === 'fr' ? '\u00a0: ' : ': '}${changeCounts(rows, lang)}`,
        rows: rows.map((r) => ({
          kind: KIND[r.changement],
          title: cutText(r.titre, TITLE_MAX).text,
          id: r.id,
          year: year(r.annee, lang),
          fields: r.champs.length === 0 ? null : r.champs.map((f) => `${f.colonne} ${cutText(f.avant, LONG_TEXT_MAX).text || '∅'} → ${cutText(f.apres, LONG_TEXT_MAX).text || '∅'}`).join('; '),
        })),
      };
    }),
  });
  const previous = changes.previous?.frozen ?? null;
  return {
    title: t(lang, 'changes.title', { annee: year(m.annee, lang) }),
    summary: mostSummary(changes, lang, place, name),
    csvHref: withBase(`${data.root}/changements.csv`),
    first: previous === null,
    sections: [
      ...(previous ? [section('edition-precedente', t(lang, 'changes.vsPrevious', { annee: year(previous.annee, lang) }), t(lang, 'changes.vsPrevious.lead'), changes.vsPrevious)] : []),
      section('donnees-actuelles', t(lang, 'changes.vsCurrent'), t(lang, 'changes.vsCurrent.lead'), changes.vsCurrent),
    ],
  };
}

/** `1 ajoutée, 0 retirée, 2 modifiées`: a region's initiatives by kind of change. */
export function changeCounts(rows: ReadonlyArray<Pick<InitiativeChange, 'changement'>>, lang: Lang): string {
  const n = (kind: InitiativeChange['changement']): number => rows.filter((r) => r.changement === kind).length;
  return t(lang, 'changes.count', {
    added: plural(lang, 'changes.count.added', n('ajoutee')),
    removed: plural(lang, 'changes.count.removed', n('retiree')),
    changed: plural(lang, 'changes.count.changed', n('modifiee')),
  });
}

/** The largest change in a sentence (a regional indicator's French title cut out of it, to be marked), or « no change at all ». */
function mostSummary(changes: EditionChanges, lang: Lang, place: (code: string) => string, name: (code: string, region: string) => ShownName): TextPart[] {
  const most = largestChange([...changes.vsPrevious.indicators, ...changes.vsCurrent.indicators]);
  if (!most) return [{ text: t(lang, 'changes.noneAtAll') }];
  const indicator = name(most.indicateur, most.region);
  const HOLE = '\u0000';
  const sentence = t(lang, 'changes.most', {
    indicator: indicator.fromExport ? HOLE : indicator.text,
    place: place(most.region),
    year: year(most.annee, lang),
    before: formatIndicator(most.indicateur, most.avant, lang),
    after: formatIndicator(most.indicateur, most.apres, lang),
    comparison: most.comparaison === 'edition-precedente' ? t(lang, 'changes.most.previous') : t(lang, 'changes.most.current'),
  });
  return sentence.split(HOLE).flatMap((text, i): TextPart[] => (i === 0 ? [{ text }] : [{ text: indicator.text, fromExport: true }, { text }]));
}

/**
 * What the methodology page (`/methodologie/`) shows: its sections
 * (sources, reporting year, validation, formulas, the fictional sample,
 * revisions) and every indicator's code, title and formula, the code's
 * own or those frozen with an edition.
 */
import { t } from '../i18n/index.ts';
import type { Key } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';

/** The sections before the formulas: id (a French slug, the same on the English page), title, text. */
const SECTIONS: ReadonlyArray<readonly [string, Key, Key]> = [
  ['sources', 'methodology.sources', 'methodology.sources.text'],
  ['annee-de-reddition', 'methodology.year', 'methodology.year.text'],
  ['validation', 'methodology.validation', 'methodology.validation.text'],
];

export interface MethodologyPage {
  /** « Sur cette page »: every section's id and title. */
  readonly toc: ReadonlyArray<{ readonly id: string; readonly label: string }>;
  /** The sections before the formulas, with their text. */
  readonly sections: ReadonlyArray<{ readonly id: string; readonly title: string; readonly text: string }>;
  /** Every indicator defined: its code, title and formula in the page's language. */
  readonly formulas: ReadonlyArray<{ readonly code: string; readonly title: string; readonly formula: string }>;
}

export function methodologyPage(data: Pick<SiteData, 'definitions'>, lang: Lang): MethodologyPage {
  const sections = SECTIONS.map(([id, title, text]) => ({ id, title: t(lang, title), text: t(lang, text) }));
  return {
    toc: [
      ...sections.map(({ id, title }) => ({ id, label: title })),
      { id: 'formules', label: t(lang, 'methodology.formulas') },
      { id: 'donnees-fictives', label: t(lang, 'methodology.fictional') },
      { id: 'revisions', label: t(lang, 'methodology.revisions') },
    ],
    sections,
    formulas: data.definitions.map((d) => ({ code: d.code, title: lang === 'fr' ? d.titleFr : d.titleEn, formula: lang === 'fr' ? d.formulaFr : d.formulaEn })),
  };
}

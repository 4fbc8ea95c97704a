/**
 * How the pages name an indicator: the guide's number and official title,
 * or, for a regional indicator `R.<code>`, the title its partner gave, with
 * a plain fallback when there is none. Never a bare machine code.
 */
import { t } from '../i18n/index.ts';
import { isRegionalIndicator, shownCode } from '../lib/derive/definitions.ts';
import type { IndicatorDefinition } from '../lib/derive/definitions.ts';
import type { RegionalLabel } from '../lib/derive/regionalLabels.ts';
import type { Lang } from '../i18n/format.ts';

/** A name to show, and whether it is French text from the exports (to be marked `lang="fr"` on English pages). */
export interface ShownName {
  readonly text: string;
  readonly fromExport: boolean;
}

export function definitionTitle(d: IndicatorDefinition, lang: Lang): string {
  return lang === 'fr' ? d.titleFr : d.titleEn;
}

/** A regional indicator's title as its partner wrote it, or `Indicateur régional « nuitees » (libellé non fourni)`. */
export function regionalTitle(code: string, label: RegionalLabel | undefined, lang: Lang): ShownName {
  if (label?.libelle) return { text: label.libelle, fromExport: true };
  return { text: t(lang, 'region.regional.fallback', { code: code.replace(/^R\./, '') }), fromExport: false };
}

/**
 * Any indicator of `indicateurs.csv` in a sentence or a table cell:
 * `3.1 — Initiatives abandonnées`, a regional indicator's title, or, for a
 * code the definitions do not know (a later edition's), the code itself.
 */
export function indicatorName(
  code: string,
  lang: Lang,
  definitions: readonly IndicatorDefinition[],
  regional: (code: string) => RegionalLabel | undefined,
): ShownName {
  if (isRegionalIndicator(code)) return regionalTitle(code, regional(code), lang);
  const d = definitions.find((x) => x.code === code);
  if (!d) return { text: code, fromExport: false };
  return { text: d.guideSection ? `${shownCode(code)} — ${definitionTitle(d, lang)}` : definitionTitle(d, lang), fromExport: false };
}

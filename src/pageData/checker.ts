/**
 * What the export checker's page (`/verifier/`, contract §8) needs besides
 * its fixed texts: every text its browser script writes, in the page's
 * language (src/client/checker/main.ts reads them from `data-messages`),
 * and the links to the partners' guide and the templates. The problems'
 * reasons, fixes and accepted values come from the worker, already in the
 * page's language (src/lib/checker/check.ts).
 */
import { t } from '../i18n/index.ts';
import type { Key } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { PREVIEW_ROWS } from '../lib/checker/check.ts';
import { KINDS } from '../lib/contract/columns.ts';

/** The script's texts by name (`checker.<name>` in the dictionaries). */
const KEYS = [
  'reading', 'checking', 'empty', 'noneCheckable', 'unsupported', 'unsupported.title', 'unsupported.text', 'failed',
  'summary', 'byFile', 'byFile.lead', 'file.sheet', 'gravite.erreur', 'gravite.avertissement',
  'group.column', 'group.line', 'group.value', 'group.value.empty', 'group.values', 'group.values.value', 'group.values.rows', 'group.values.suggestion',
  'group.suggestion', 'group.suggestion.bare', 'group.accepted', 'group.acceptedCount', 'group.format', 'group.examples', 'group.fix', 'group.guide', 'group.guide.hidden', 'group.empty',
  'ready.row', 'others', 'others.lead', 'others.none', 'preview', 'preview.caption', 'downloads', 'downloads.lead', 'download.rows', 'download.problems',
] as const;

/** Texts about a count, as `<name>.one` and `<name>.other` with `{count}` for the script to fill. */
const COUNTS = ['count.rejectedOf', 'count.warnings', 'count.duplicates', 'count.rows', 'count.ready', 'group.lines', 'group.omitted', 'group.values.more', 'group.warnings'] as const;

export interface CheckerPage {
  /** The partners' guide (`/partenaires/`): each problem links to its entry (`#erreur-statut`). */
  readonly guideHref: string;
  /** The data page, where the templates are (`/donnees/`). */
  readonly templatesHref: string;
  /**
   * Every text the script writes, by name, in the page's language: the
   * plural forms of each count as `<name>.one` and `<name>.other`, with
   * `{count}` for the script to fill. Serialised into `data-messages`.
   */
  readonly messages: Readonly<Record<string, string>>;
}

export function checkerPage(data: SiteData, lang: Lang): CheckerPage {
  const messages: Record<string, string> = Object.fromEntries(KEYS.map((k) => [k, t(lang, `checker.${k}` as Key)]));
  for (const kind of KINDS) messages[`kind.${kind}`] = t(lang, `checker.kind.${kind}` as Key);
  messages['preview.lead'] = t(lang, 'checker.preview.lead', { n: PREVIEW_ROWS });
  for (const count of COUNTS) {
    for (const form of ['one', 'other'] as const) messages[`${count}.${form}`] = t(lang, `checker.${count}.${form}` as Key);
  }
  return { guideHref: data.link(lang, '/partenaires/'), templatesHref: data.link(lang, '/donnees/'), messages };
}

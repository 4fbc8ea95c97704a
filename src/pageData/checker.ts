/**
 * What the export checker's page (`/verifier/`, contract §8) needs besides
 * its fixed texts: every text its browser script writes, in the page's
 * language (src/client/checker/main.ts reads them from `data-messages`),
 * and the links to the partners' guide and the templates.
 */
import { plural, t } from '../i18n/index.ts';
import type { Key, PluralKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';
import { PREVIEW_ROWS } from '../lib/checker/check.ts';
import { KINDS } from '../lib/contract/columns.ts';

/** The script's texts by name (`checker.<name>` in the dictionaries). */
const KEYS = [
  'reading', 'checking', 'empty', 'noneCheckable', 'unsupported', 'unsupported.title', 'unsupported.text', 'failed', 'done',
  'results', 'summary', 'summary.lines', 'verdict.ok', 'verdict.bad', 'byFile', 'byFile.lead', 'file.type', 'file.unknown',
  'file.counts', 'file.none', 'file.table', 'file.truncated', 'col.ligne', 'col.colonne', 'col.valeur', 'col.raison',
  'col.gravite', 'gravite.erreur', 'gravite.avertissement', 'preview', 'preview.caption', 'downloads', 'downloads.lead',
  'download.rows', 'download.problems',
] as const;

export interface CheckerPage {
  /** The partners' guide (`/partenaires/`). */
  readonly guideHref: string;
  /** The data page, where the templates are (`/donnees/`). */
  readonly templatesHref: string;
  /**
   * Every text the script writes, by name, in the page's language: the
   * plural forms of each count as `count.<x>.one` and `count.<x>.other`,
   * with `{count}` for the script to fill. Serialised into `data-messages`.
   */
  readonly messages: Readonly<Record<string, string>>;
}

export function checkerPage(data: SiteData, lang: Lang): CheckerPage {
  const messages: Record<string, string> = Object.fromEntries(KEYS.map((k) => [k, t(lang, `checker.${k}` as Key)]));
  for (const kind of KINDS) messages[`kind.${kind}`] = t(lang, `checker.kind.${kind}` as Key);
  messages['preview.lead'] = t(lang, 'checker.preview.lead', { n: PREVIEW_ROWS });
  for (const count of ['files', 'published', 'rejected', 'warnings'] as const) {
    // `{count}` is filled by the script: the forms only (plural forms chosen here for 1 and many).
    messages[`count.${count}.one`] = plural(lang, `checker.count.${count}` as PluralKey, 1).replace('1', '{count}');
    messages[`count.${count}.other`] = plural(lang, `checker.count.${count}` as PluralKey, 2).replace('2', '{count}');
  }
  return { guideHref: data.link(lang, '/partenaires/'), templatesHref: data.link(lang, '/donnees/'), messages };
}

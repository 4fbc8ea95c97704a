/**
 * What the page for a missing URL (dist/404.html, served at any depth and
 * in either language) shows: French first, then English, each with its
 * title, text and links back into the current site (through the base path).
 */
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/format.ts';
import type { SiteData } from '../lib/site/data.ts';

export interface NotFoundPage {
  /** The page's <title>: both languages' titles. */
  readonly title: string;
  /** Its description (French). */
  readonly description: string;
  /** One part per language, French first; `locale` marks the English one (`en-CA`). */
  readonly parts: ReadonlyArray<{
    readonly lang: Lang;
    /** The part's `lang` attribute, or null for the page's own language. */
    readonly locale: string | null;
    readonly title: string;
    readonly text: string;
    readonly links: ReadonlyArray<{ readonly href: string; readonly label: string }>;
  }>;
}

export function notFoundPage(data: Pick<SiteData, 'link'>): NotFoundPage {
  const LANGS: ReadonlyArray<{ lang: Lang; locale: string | null }> = [
    { lang: 'fr', locale: null },
    { lang: 'en', locale: 'en-CA' },
  ];
  return {
    title: `${t('fr', 'notFound.title')} · ${t('en', 'notFound.title')}`,
    description: t('fr', 'notFound.text'),
    parts: LANGS.map(({ lang, locale }) => ({
      lang,
      locale,
      title: t(lang, 'notFound.title'),
      text: t(lang, 'notFound.text'),
      links: [
        { href: data.link(lang, '/'), label: t(lang, 'notFound.home') },
        { href: data.link(lang, '/regions/'), label: t(lang, 'notFound.regions') },
        { href: data.link(lang, '/priorites/'), label: t(lang, 'notFound.priorities') },
      ],
    })),
  };
}

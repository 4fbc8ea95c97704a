/**
 * UI strings, one flat dictionary per language (Starlight's way): French is
 * the source, English mirrors it; a test fails when a key is missing in one.
 * `{name}` placeholders are filled from `params`.
 */
import type { Lang } from '../lib/site/format.ts';
import { withBase, withoutBase } from '../lib/site/url.ts';
import en from './en.json';
import fr from './fr.json';

export type Key = keyof typeof fr;
export const DICTIONARIES: Record<Lang, Record<string, string>> = { fr, en };

export function t(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const template = DICTIONARIES[lang][key] ?? DICTIONARIES.fr[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A site path without the base path: French at the root, English under /en/. */
export function localeSitePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === 'fr' ? clean : `/en${clean}`;
}

/** A page's href in a language, under the base path (contract §9). */
export function localePath(lang: Lang, path: string): string {
  return withBase(localeSitePath(lang, path));
}

/** The language-independent site path of a served URL path (for the language switch). */
export function unlocalisedPath(pathname: string): string {
  return withoutBase(pathname).replace(/^\/en(?=\/|$)/, '') || '/';
}

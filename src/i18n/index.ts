/**
 * UI strings, one flat dictionary per language (Starlight's way): French is
 * the source, English mirrors it; a test fails when a key is missing in one.
 * `{name}` placeholders are filled from `params`.
 */
import type { Lang } from '../lib/site/format.ts';
import en from './en.json';
import fr from './fr.json';

export type Key = keyof typeof fr;
export const DICTIONARIES: Record<Lang, Record<string, string>> = { fr, en };

export function t(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const template = DICTIONARIES[lang][key] ?? DICTIONARIES.fr[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A site path in a language: French at the root, English under /en/. */
export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === 'fr' ? clean : `/en${clean}`;
}

/** The language-independent path of a URL path (for the language switch). */
export function unlocalisedPath(pathname: string): string {
  return pathname.replace(/^\/en(?=\/|$)/, '') || '/';
}

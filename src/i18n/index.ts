/**
 * UI strings, one flat dictionary per language (Starlight's way): French is
 * the source, English mirrors it; a test fails when a key is missing in one.
 * `{name}` placeholders are filled from `params`.
 */
import type { Lang } from './format.ts';
import { LOCALE, integer, number, yearRanges } from './format.ts';
import en from './en.json';
import fr from './fr.json';

export type Key = keyof typeof fr;
export const DICTIONARIES: Record<Lang, Record<string, string>> = { fr, en };

/** A parameter: text, or a number, shown with the language's separators and minus sign. */
export type Param = string | number;

/**
 * A UI string with its `{name}` parameters filled. Callers format amounts
 * and percentages themselves (`money`, `percent`…); a bare number is shown
 * as `decimal` does, never `1264` beside `1 462`. Year ranges, written in
 * the template (`2024-2029`) or given raw (`{annee}`), are shown as `year()`
 * does; those of paths and file names (`/editions/2024-2025/`) are kept.
 */
export function t(lang: Lang, key: Key, params: Readonly<Record<string, Param>> = {}): string {
  const template = DICTIONARIES[lang][key] ?? DICTIONARIES.fr[key] ?? key;
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return value === undefined ? `{${name}}` : typeof value === 'number' ? number(value, lang) : value;
  });
  return yearRanges(filled);
}

/** Keys with plural forms: `base.one` and `base.other`, optionally `base.zero` (exactly 0) and `base.many`. */
export type PluralKey = { [K in Key]: K extends `${infer Base}.one` ? (`${Base}.other` extends Key ? Base : never) : never }[Key];

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * A sentence about a count, in the plural form `Intl.PluralRules` picks for
 * the language (French: 0 and 1 are singular); `{count}` is the count
 * formatted with thousands separators. Never `initiative(s)`.
 */
export function plural(lang: Lang, base: PluralKey, count: number, params: Readonly<Record<string, Param>> = {}): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang]);
    pluralRules.set(lang, rules);
  }
  const dictionary = DICTIONARIES[lang];
  const category = rules.select(count);
  const key = [count === 0 ? `${base}.zero` : null, `${base}.${category}`, `${base}.other`].find((k): k is string => k !== null && k in dictionary)!;
  return t(lang, key as Key, { count: integer(count, lang), ...params });
}

/**
 * The `lang` of text that comes from the exports (titles, descriptions,
 * organisations, the partners' labels): Québec French. English pages must
 * mark it (WCAG 3.1.2); French pages mark it too, at no cost to screen
 * readers (it is their own language), so that the partners' words are
 * told apart from the interface's in both. Proper names of regions and MRC
 * are not marked: they are the same in both languages.
 */
export const EXPORT_LANG = 'fr-CA';

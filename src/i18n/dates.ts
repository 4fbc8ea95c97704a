/**
 * A calendar date as the site writes it, without Intl: « 1er mars 2025 »,
 * « 31 mars 2025 » / "March 1, 2025". The pages' dates (format.ts) and the
 * access date a reader's browser fills in (AccessDate.astro) use this one
 * writing. In the browser, building an `Intl.DateTimeFormat` cost 40 ms
 * of main thread on load (issue #21), for twelve month names.
 */
import type { Lang } from './format.ts';

const MONTHS: Record<Lang, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Year, month (1-12) and day as written: French with « 1er » for the first of the month, non-breaking spaces. */
export function longDate(y: number, m: number, d: number, lang: Lang): string {
  const month = MONTHS[lang][m - 1];
  if (month === undefined || !Number.isInteger(d) || d < 1 || d > 31) throw new RangeError(`not a date: ${y}-${m}-${d}`);
  return lang === 'fr' ? `${d === 1 ? '1er' : d}\u00a0${month} ${y}` : `${month}\u00a0${d}, ${y}`;
}

/** An ISO date `2025-03-01` as written. */
export function isoLongDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return longDate(Number(m[1]), Number(m[2]), Number(m[3]), lang);
}

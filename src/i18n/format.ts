/**
 * Numbers and dates as Québec French (`12 500 $`, `45,2 %`) and Canadian
 * English (`$12,500`, `45.2%`) readers expect them. The same functions
 * format pages, chart labels and screen-reader summaries.
 */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
export const LOCALE: Record<Lang, string> = { fr: 'fr-CA', en: 'en-CA' };

/** The minus sign (U+2212): Intl writes a hyphen-minus, which reads as a dash beside `−4,6 points`. */
export const MINUS = '\u2212';

/** A number formatter whose negative numbers carry the minus sign, never a hyphen. */
interface NumberFormatter {
  format(value: number): string;
}

/**
 * No page shows `∞` or `NaN` (contract §1.5), which Intl writes for a
 * non-finite number. The ingest's limits keep every input bounded and the
 * derived indicators divide only by positive denominators, so such a value
 * is a bug: the build stops and names it, rather than print a placeholder
 * a reader would take for data. (Intl never writes exponent notation in
 * its standard notation: `1e21` comes out in full digits.)
 */
export function finite(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`a page cannot show ${String(value)}: not a finite number`);
  return value;
}

const cache = new Map<string, NumberFormatter>();
function nf(lang: Lang, options: Intl.NumberFormatOptions): NumberFormatter {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    const intl = new Intl.NumberFormat(LOCALE[lang], options);
    f = { format: (value) => intl.format(finite(value)).replace(/-/g, MINUS) };
    cache.set(key, f);
  }
  return f;
}

/** Whole dollars: `12 500 $` / `$12,500`. */
export function money(value: number, lang: Lang): string {
  return nf(lang, { style: 'currency', currency: 'CAD', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
}

/** Dollars and cents, for per-person amounts: `5,78 $` / `$5.78`. */
export function moneyCents(value: number, lang: Lang): string {
  return nf(lang, { style: 'currency', currency: 'CAD', maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value);
}

/** Short dollars for axes and key figures: `1,5 M$` / `$1.5M`. */
export function moneyShort(value: number, lang: Lang): string {
  const abs = Math.abs(finite(value));
  if (abs < 10_000) return money(value, lang);
  const [scaled, fr, en] = abs >= 1e6 ? [value / 1e6, ' M$', 'M'] : [value / 1e3, ' k$', 'K'];
  const n = nf(lang, { maximumFractionDigits: Math.abs(scaled) < 10 ? 1 : 0 }).format(scaled);
  return lang === 'fr' ? `${n}${fr.replace(' ', '\u00a0')}` : `$${n}${en}`;
}

export function integer(value: number, lang: Lang): string {
  return nf(lang, { maximumFractionDigits: 0 }).format(value);
}

export function decimal(value: number, lang: Lang, digits = 1): string {
  return nf(lang, { maximumFractionDigits: digits }).format(value);
}

/** A fraction in [0, 1] as a percentage: `45,2 %` / `45.2%`. */
export function percent(value: number, lang: Lang, digits = 1): string {
  return nf(lang, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** A change ratio (1.3): `+12,5 %` / `+12.5%`. */
export function change(value: number, lang: Lang): string {
  return nf(lang, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

/** An ISO date `2025-03-31` as `31 mars 2025` / `March 31, 2025`. */
export function date(iso: string, lang: Lang): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' });
}

/**
 * Word joiner (U+2060): no line break here. An en dash allows a break after
 * it, and Plot's text wrapping splits at a hyphen-minus.
 */
const NO_BREAK = '\u2060';
const YEAR_RANGE = /^(\d{2}|\d{4})\s*[-\u2010\u2011\u2013]\u2060?\s*(\d{2}|\d{4})$/;

/**
 * A reporting year `2024-2025` as displayed, in both languages: `2024–2025`
 * with an en dash that never wraps (a word joiner after it). U+2011, the
 * non-breaking hyphen, is missing from some fonts. Idempotent, and short
 * years (`24-25`) too. URLs and CSV files keep `2024-2025`.
 */
export function year(annee: string, _lang?: Lang): string {
  const m = YEAR_RANGE.exec(annee.trim());
  return m ? `${m[1]}\u2013${NO_BREAK}${m[2]}` : annee;
}

/** Every `AAAA-AAAA` range of a text as `year()` shows it, except in paths and names (`/editions/2024-2025/`, `alliances-2024-2025-r1.zip`). */
export function yearRanges(text: string): string {
  return text.replace(/(?<![\d/\p{L}_-])(\d{4})[-\u2013](\d{4})(?![\d/_-])/gu, (_, a: string, b: string) => year(`${a}-${b}`));
}

/**
 * A change of a share in percentage points, as printed: `+1,5 point`,
 * `−15,6 points`, `0 point` (French takes the singular below 2) /
 * `+1.5 points`, `1 point`; never `+0`.
 */
export function percentagePoints(diff: number, lang: Lang): string {
  // Rounded to a tenth (×10 would overflow near the largest numbers, which have no tenths anyway).
  const shown = Math.abs(finite(diff)) < 1e15 ? Math.round(Math.abs(diff) * 10) / 10 : Math.abs(diff);
  const sign = shown === 0 ? '' : diff > 0 ? '+' : MINUS;
  const unit = new Intl.PluralRules(LOCALE[lang]).select(shown) === 'one' ? 'point' : 'points';
  return `${sign}${decimal(shown, lang)}\u00a0${unit}`;
}

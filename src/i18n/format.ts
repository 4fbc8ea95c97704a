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

/**
 * Short dollars for key figures, sentences and chart labels (README, « Style
 * des nombres »): under 10 000 $ in full (`8 750 $`), then whole thousands
 * (`185 k$` / `$185K`) below a million, then millions with two decimals
 * (`5,38 M$` / `$5.38M`): never `3 173 k$`.
 */
export function moneyShort(value: number, lang: Lang): string {
  const abs = Math.abs(finite(value));
  if (abs < 10_000) return money(value, lang);
  // 999 600 $ rounds to 1 000 k$: a million, then.
  return moneyIn(Math.round(abs / 1e3) >= 1000 ? 'M' : 'k', value, lang);
}

/** Dollars in a given unit: `k` whole thousands (`185 k$`), `M` millions with two decimals (`5,38 M$`). */
export function moneyIn(unit: 'k' | 'M', value: number, lang: Lang): string {
  const scaled = finite(value) / (unit === 'M' ? 1e6 : 1e3);
  const digits = unit === 'M' ? 2 : 0;
  const n = nf(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(scaled);
  // No sign on a value that rounds to zero.
  const shown = n.replace(/^\u2212(?=[0,.]+$)/, '');
  return lang === 'fr' ? `${shown}\u00a0${unit}$` : shown.startsWith(MINUS) ? `${MINUS}$${shown.slice(1)}${unit.toUpperCase()}` : `$${shown}${unit.toUpperCase()}`;
}

/**
 * One unit for all the dollar labels of a chart (its axis or its value
 * labels), not `1,20 M$` beside `906 k$`: millions (two decimals) when the
 * largest reaches a million, whole thousands from 10 000 $, else whole
 * dollars. A value that would read 0 in that unit but is not 0 is written
 * as `moneyShort` writes it (`8 750 $` on a chart of millions).
 */
export function moneyScale(values: readonly number[], lang: Lang): (value: number) => string {
  const hi = Math.max(0, ...values.map(Math.abs).filter(Number.isFinite));
  const unit = hi >= 999_500 ? 'M' : hi >= 10_000 ? 'k' : null;
  if (!unit) return (value) => money(value, lang);
  const smallest = unit === 'M' ? 5_000 : 500;
  return (value) => (value !== 0 && Math.abs(finite(value)) < smallest ? moneyShort(value, lang) : moneyIn(unit, value, lang));
}

export function integer(value: number, lang: Lang): string {
  return nf(lang, { maximumFractionDigits: 0 }).format(value);
}

/** A decimal quantity with a fixed number of decimals (`30,0`, `30,1`: never `30` beside `30,1`). */
export function decimal(value: number, lang: Lang, digits = 1): string {
  return nf(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/**
 * The decimals a quantity needs so that all its values show the same way
 * (a partner's regional indicator, whose unit the site does not know): the
 * fewest, up to `max`, that write every value exactly.
 */
export function decimalsFor(values: readonly number[], max = 2): number {
  for (let d = 0; d < max; d++) if (values.every((v) => Math.abs(v * 10 ** d - Math.round(v * 10 ** d)) < 1e-9)) return d;
  return max;
}

/** A number in a sentence: whole numbers as integers (`1 264`), others with up to two decimals. */
export function number(value: number, lang: Lang): string {
  return nf(lang, { maximumFractionDigits: 2 }).format(value);
}

/** A fraction in [0, 1] as a percentage, always with one decimal: `33,0 %`, `45,2 %` / `33.0%`. */
export function percent(value: number, lang: Lang, digits = 1): string {
  return nf(lang, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** A change ratio (1.3), signed, with one decimal: `+10,0 %`, `+12,5 %` / `+10.0%`; `0,0 %` unsigned. */
export function change(value: number, lang: Lang): string {
  return nf(lang, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

/** An ISO date `2025-03-31` as `31 mars 2025` / `March 31, 2025`; the first of a month `1er mars 2025`. */
export function date(iso: string, lang: Lang): string {
  const shown = new Date(`${iso}T12:00:00Z`).toLocaleDateString(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' });
  // French writes the first of the month as an ordinal; a no-break space keeps the day with its month.
  return lang === 'fr' ? shown.replace(/^1 /, '1er\u00a0').replace(/^(\d+) /, '$1\u00a0') : shown;
}

/**
 * A date as the edition's ZIP README writes it (`1 mars 2025`, ordinary
 * spaces): that file is frozen with the edition, its bytes never change.
 */
export function fileDate(iso: string, lang: Lang): string {
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

/**
 * Interface text as printed (README, « Style des nombres »): a typographic
 * apostrophe (’) in both languages, and in French a no-break space (U+00A0)
 * inside numbers (`1 000`, in English too), before « : », « ! », « ? », « ; »
 * and « » » when a space is written there, before « % » and « $ » after a
 * number, and after « « ». For texts written once for
 * several uses (the reasons' catalogue, the columns' descriptions, which
 * the CSV and JSON files keep as they are); idempotent. Not for what a
 * file holds (codes, file content, partners' words).
 */
export function typography(text: string, lang: Lang): string {
  // Digits grouped by a space (`5 000`) never break, in either language.
  const curly = text.replace(/(?<=\p{L})'(?=\p{L})/gu, '\u2019').replace(/(?<=\d) (?=\d{3}(?!\d))/g, '\u00a0');
  if (lang !== 'fr') return curly;
  return curly
    .replace(/(?<=\S) (?=[:;!?»])/g, '\u00a0')
    .replace(/(?<=\d) (?=[$%])/g, '\u00a0')
    .replace(/« /g, '«\u00a0');
}

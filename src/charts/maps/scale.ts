/**
 * The choropleth's colours: up to five classes of the Québec blues, lightest
 * for the smallest values (zero is a value: it falls in the lightest class),
 * and a separate "no data" style (white with a grey hatch), never a class
 * colour.
 *
 * Class breaks are the data's quantiles: quintiles (20, 40, 60, 80 %), or
 * fewer classes when there are fewer than five distinct values. Each break
 * is rounded to two significant digits so the legend reads `500 000 $`, not
 * `521 250 $`, and to a whole number when every value is one (counts). A
 * rounded break that is not above the smallest value or that passes the
 * largest, or that repeats another, is dropped: a class is never empty
 * (at the ends; a middle class may be). A class holds its lower break and
 * the values up to, not including, the next one.
 */
import type { Lang } from '../../i18n/format.ts';

/**
 * Pale blue → light → regular → PIV → dark blue (design.quebec.ca). Their
 * relative luminance falls strictly (0.77, 0.29, 0.18, 0.09, 0.04), so
 * they stay in order in greyscale (a test checks it).
 */
export const CLASS_COLORS = ['#dae6f0', '#4a98d9', '#1479cc', '#095797', '#223654'] as const;

/** "No data": white under grey diagonal lines (hatch.ts draws the pattern). */
export const NO_DATA = { fill: '#ffffff', hatch: '#767676' } as const;

export interface ColorScale {
  /** Ascending thresholds: class i holds breaks[i - 1] ≤ value < breaks[i]. */
  readonly breaks: readonly number[];
  /** One colour per class (breaks.length + 1, or none without data). */
  readonly colors: readonly string[];
  /** The smallest and largest values, undefined without data. */
  readonly extent: readonly [number, number] | undefined;
  /**
   * Small whole numbers (counts: every value whole, every break ≤ 100): the
   * class [5, 10) reads `5 à 9`. Amounts keep `520 000 $ à 940 000 $`.
   */
  readonly counts: boolean;
  /** A value's class, 0 for the lightest. */
  classOf(value: number): number;
  color(value: number): string;
}

/** d3's quantile (R-7): linear between the two nearest ranks of `sorted`. */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = sorted[Math.floor(h)] ?? 0;
  const hi = sorted[Math.ceil(h)] ?? lo;
  return lo + (hi - lo) * (h - Math.floor(h));
}

/** The class breaks of `values` (null values left out), as documented above. */
export function classBreaks(values: readonly (number | null)[], classes = CLASS_COLORS.length): number[] {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const [min, max] = [sorted[0], sorted.at(-1)];
  if (min === undefined || max === undefined) return [];
  const integers = sorted.every(Number.isInteger);
  const n = Math.min(classes, new Set(sorted).size);
  const breaks: number[] = [];
  for (let i = 1; i < n; i++) {
    const rounded = Number(quantile(sorted, i / n).toPrecision(2));
    const b = integers ? Math.round(rounded) : rounded;
    if (b > min && b <= max && b > (breaks.at(-1) ?? -Infinity)) breaks.push(b);
  }
  return breaks;
}

/** `n` of the five colours, spread from lightest to darkest. */
function spread(n: number): string[] {
  const last = CLASS_COLORS.length - 1;
  return Array.from({ length: n }, (_, i) => CLASS_COLORS[n === 1 ? 0 : Math.round((i * last) / (n - 1))] ?? CLASS_COLORS[0]);
}

export function colorScale(values: readonly (number | null)[]): ColorScale {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const breaks = classBreaks(present);
  const colors = present.length ? spread(breaks.length + 1) : [];
  const classOf = (value: number): number => breaks.filter((b) => value >= b).length;
  return {
    breaks,
    colors,
    extent: present.length ? [Math.min(...present), Math.max(...present)] : undefined,
    counts: present.every(Number.isInteger) && breaks.every((b) => b <= 100),
    classOf,
    color: (value) => colors[classOf(value)] ?? NO_DATA.fill,
  };
}

const WORDS = {
  fr: { under: (b: string) => `moins de ${b}`, range: (a: string, b: string) => `${a} à ${b}`, over: (a: string) => `${a} ou plus`, none: 'aucune donnée' },
  en: { under: (b: string) => `under ${b}`, range: (a: string, b: string) => `${a} to ${b}`, over: (a: string) => `${a} or more`, none: 'no data' },
} as const;

/** « aucune donnée » / "no data": for legends and accessible names. */
export const noDataText = (lang: Lang): string => WORDS[lang].none;

/** Each class's range for the legend: `moins de 500 000 $`, `500 000 $ à 900 000 $`, `2 000 000 $ ou plus`. */
export function classLabels(scale: ColorScale, format: (value: number) => string, lang: Lang): string[] {
  const w = WORDS[lang];
  const { breaks, extent, counts } = scale;
  if (!extent) return [];
  const range = (a: number, b: number): string => (a === b ? format(a) : w.range(format(a), format(b)));
  const first = breaks[0];
  if (first === undefined) return [range(extent[0], extent[1])];
  const middle = breaks.slice(1).map((b, i) => range(breaks[i] ?? b, counts ? b - 1 : b));
  return [w.under(format(first)), ...middle, w.over(format(breaks.at(-1) ?? first))];
}

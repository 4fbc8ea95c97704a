/**
 * What every chart shares: the Québec palette, the text size, a text-width
 * estimate (the server-side DOM has no layout, so margins are computed from
 * character widths), and the step that turns Plot's output into our SVG.
 */
import * as Plot from '@observablehq/plot';
import { moneyScale, year } from '../i18n/format.ts';
import type { Lang } from '../i18n/format.ts';

/** Québec government visual identity (design.quebec.ca). */
export const COLORS = {
  piv: '#095797',
  text: '#223654',
  medium: '#19406C',
  regular: '#1479cc',
  light: '#4a98d9',
  pale: '#dae6f0',
  red: '#cb381f',
  white: '#ffffff',
} as const;

/**
 * Every chart's text, in the chart's own units: a variant is laid out for
 * the narrowest box it is shown in, so this is also the smallest size on
 * screen (src/charts/responsive.ts).
 */
export const FONT_SIZE = 12;
/** Space between a label and what it labels. */
export const GAP = 6;
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Options every chart takes; `document` is the server-side DOM. */
export interface ChartOptions {
  readonly document: Document;
  readonly width?: number;
  readonly lang?: Lang;
  /** The chart's accessible name (what it shows, in a sentence). */
  readonly ariaLabel: string;
}

// Advance widths in em, close to Open Sans, wider than the system fonts the
// site's text uses (Roboto, San Francisco, Segoe UI), and a little generous
// so that a wider fallback font still fits.
const NARROW = new Set(" .,:;'!|’iljIJ\u00a0\u202f");
const SEMI = new Set('frt()[]/-');
const SMALL = new Set('csz"r');
const WIDE = new Set('mwMW%');
const ROUND_CAPS = new Set('ODGHNQUC');

function charWidth(c: string): number {
  // Word joiner (years: `2024–⁠2025`) and other zero-width characters.
  if (/[\u200b-\u200d\u2060\ufeff]/.test(c)) return 0;
  if (NARROW.has(c)) return 0.27;
  if (SEMI.has(c)) return 0.35;
  if (SMALL.has(c)) return 0.48;
  if (WIDE.has(c)) return 0.92;
  if (c === '–') return 0.5;
  if (c === '—') return 1;
  if (/\d|\$|\u2212/.test(c)) return 0.6;
  if (ROUND_CAPS.has(c)) return 0.76;
  if (/[A-Z]/.test(c)) return 0.64;
  return 0.6;
}

/** An estimate of the width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let em = 0;
  // Strip accents: « é » is as wide as « e ».
  for (const c of text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) em += charWidth(c);
  // 7 % over: DejaVu Sans, the widest usual fallback (Linux), measured in
  // Chromium at 0.97–1.03 × the table above.
  return Math.ceil(em * fontSize * 1.07);
}

export function maxTextWidth(texts: readonly string[], fontSize = FONT_SIZE): number {
  return texts.reduce((m, t) => Math.max(m, textWidth(t, fontSize)), 0);
}

/**
 * `label` on as few lines as fit in `maxWidth` (two at most), broken after a
 * dash, space or hyphen, dashes and spaces first: « Gaspésie–Îles-de-la-Madeleine »
 * becomes « Gaspésie– » and « Îles-de-la-Madeleine ».
 */
export function wrapLabel(label: string, maxWidth: number): string[] {
  if (textWidth(label) <= maxWidth) return [label];
  let best: { lines: [string, string]; score: number } | undefined;
  for (const m of label.matchAll(/[-– ]/g)) {
    const lines: [string, string] = [label.slice(0, m.index + 1).trimEnd(), label.slice(m.index + 1).trimStart()];
    if (!lines[1]) continue;
    const width = Math.max(textWidth(lines[0]), textWidth(lines[1]));
    // Lines that fit beat lines that do not; then a break at a hyphen
    // (inside a compound name) comes after a dash or a space.
    const score = (width > maxWidth ? 1e6 : 0) + (m[0] === '-' ? 1e3 : 0) + width;
    if (!best || score < best.score) best = { lines, score };
  }
  return best ? best.lines : [label];
}

/** A link's accessible name: `Laval : 412 000 $` / `Laval: $412,000`. */
export function labelValue(label: string, value: string, lang: Lang): string {
  return lang === 'fr' ? `${label}\u00a0: ${value}` : `${label}: ${value}`;
}

/** Negative numbers with the minus sign (U+2212), not a hyphen: `−16,3 %`, `−$1,200`. */
export function withMinus(text: string): string {
  return text.replace(/(^|[\s(])-(?=[\d$])/g, '$1\u2212');
}

/** A value formatter that writes negative numbers with U+2212. */
export const minusFormat =
  (format: (value: number) => string) =>
  (value: number): string =>
    withMinus(format(value));

/**
 * Dollars in one unit for all `values` of a chart (its axis or its value
 * labels), as src/i18n/format.ts's `moneyScale` writes them (README, « Style
 * des nombres »): `5,38 M$` … `0,42 M$`, or whole `k$`, never `3 173 k$`.
 */
export function moneyAxis(values: readonly number[], lang: Lang): (value: number) => string {
  return moneyScale(values, lang);
}

/** A reporting year in short, for narrow columns: `2024-2025` → `24-25` / `24–25`. */
export function shortYear(annee: string, lang: Lang): string {
  // Accepts a year already formatted (`2024–2025`, a word joiner after the dash).
  const m = /^\d\d(\d\d)[-\u2010\u2011\u2013]\u2060?\d\d(\d\d)$/.exec(annee);
  return m ? year(`${m[1]}-${m[2]}`, lang) : annee;
}

/** Rows sorted by value, largest first; ties by key so output is stable. */
export function byValueDesc<T extends { key: string; value: number }>(a: T, b: T): number {
  return b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Plot's figure as an `<svg>` in the site's font: no `font-family` (the page's
 * text font applies), text at FONT_SIZE, the accessible name on the root.
 */
export function plotSvg(options: Plot.PlotOptions & { document: Document }, ariaLabel: string): SVGSVGElement {
  const node = Plot.plot(options);
  if (node.localName !== 'svg') throw new Error('Plot returned a <figure>: charts use direct labels, not legends');
  const svg = node as SVGSVGElement & Plot.Plot;
  svg.removeAttribute('font-family');
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('aria-label', ariaLabel);
  return svg;
}

export interface LegendItem {
  readonly label: string;
  readonly fill: string;
  readonly stroke?: string;
  readonly dash?: string;
}

const SWATCH = 12;
const LEGEND_ROW = 18;

/** Where each legend item goes, wrapping within `width`, and the height it needs. */
export function legendLayout(items: readonly LegendItem[], width: number): { x: number; row: number }[] & { height: number } {
  let x = 0;
  let row = 0;
  const places = items.map((item) => {
    const w = SWATCH + 4 + textWidth(item.label);
    if (x > 0 && x + w > width) [x, row] = [0, row + 1];
    const place = { x, row };
    x += w + 14;
    return place;
  });
  return Object.assign(places, { height: items.length ? (row + 1) * LEGEND_ROW : 0 });
}

/** A legend as SVG text (not Plot's HTML legend), drawn at (x0, y0). */
export function appendLegend(svg: SVGSVGElement, document: Document, items: readonly LegendItem[], width: number, x0 = 0, y0 = 0): void {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', 'legende');
  legendLayout(items, width).forEach(({ x, row }, i) => {
    const item = items[i];
    if (!item) return;
    const top = y0 + row * LEGEND_ROW + 2;
    const rect = document.createElementNS(SVG_NS, 'rect');
    const attrs: Record<string, string | number> = { x: x0 + x + 0.5, y: top + 0.5, width: SWATCH - 1, height: SWATCH - 1, fill: item.fill };
    if (item.stroke) attrs['stroke'] = item.stroke;
    if (item.dash) attrs['stroke-dasharray'] = item.dash;
    for (const [k, v] of Object.entries(attrs)) rect.setAttribute(k, String(v));
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x0 + x + SWATCH + 4));
    text.setAttribute('y', String(top + SWATCH / 2));
    text.setAttribute('dy', '0.32em');
    text.setAttribute('text-anchor', 'start');
    text.textContent = item.label;
    g.append(rect, text);
  });
  svg.append(g);
}

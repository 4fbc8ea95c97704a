/**
 * A map's legend as SVG text: a title, then one swatch per class with its
 * range, and the "no data" swatch when some shape has no data. Either one
 * entry a line (in a corner of the map) or entries side by side, wrapping
 * (under the map).
 */
import type { Lang } from '../../i18n/format.ts';
import { COLORS, legendLayout, maxTextWidth, textWidth, wrapLabel } from '../common.ts';
import { el } from './draw.ts';
import { classLabels, noDataText } from './scale.ts';
import type { ColorScale } from './scale.ts';

export interface LegendEntry {
  readonly label: string;
  readonly fill: string;
}

export interface Legend {
  /** Drawn from (0, 0): the caller moves it with `transform`. */
  readonly node: SVGGElement;
  readonly width: number;
  readonly height: number;
}

const SWATCH = 12;
const ROW = 18;
const TITLE_LINE = 16;
/** Bold text is about 8 % wider than textWidth's estimate. */
const BOLD = 1.08;

/** The entries: each class with its range, then "no data" if `hatch` (the pattern's id) is given. */
export function legendEntries(scale: ColorScale, format: (value: number) => string, lang: Lang, hatch?: string): LegendEntry[] {
  const classes = classLabels(scale, format, lang).map((label, i) => ({ label, fill: scale.colors[i] ?? COLORS.white }));
  const none = noDataText(lang);
  return hatch ? [...classes, { label: none.charAt(0).toUpperCase() + none.slice(1), fill: `url(#${hatch})` }] : classes;
}

function swatch(document: Document, entry: LegendEntry, x: number, y: number): SVGElement[] {
  return [
    el(document, 'rect', { x: x + 0.5, y: y + 0.5, width: SWATCH - 1, height: SWATCH - 1, fill: entry.fill, stroke: '#6b778a', 'stroke-width': 0.5 }),
    el(document, 'text', { x: x + SWATCH + 4, y: y + SWATCH / 2, dy: '0.32em' }, entry.label),
  ];
}

/**
 * The legend within `maxWidth`: one entry a line when `column`, else side by
 * side. Its width is what it needs (at most `maxWidth` unless a label is
 * longer).
 */
export function legend(document: Document, title: string, entries: readonly LegendEntry[], maxWidth: number, column: boolean): Legend {
  const titleLines = wrapLabel(title, maxWidth / BOLD);
  const node = el(document, 'g', { class: 'legende' });
  const heading = el(document, 'text', { 'font-weight': 'bold' });
  titleLines.forEach((line, i) => heading.append(el(document, 'tspan', { x: 0, y: i * TITLE_LINE + 12 }, line)));
  node.append(heading);
  const top = titleLines.length * TITLE_LINE + 4;
  const titleWidth = Math.ceil(maxTextWidth(titleLines) * BOLD);

  if (column) {
    entries.forEach((entry, i) => node.append(...swatch(document, entry, 0, top + i * ROW)));
    const width = Math.max(titleWidth, SWATCH + 4 + maxTextWidth(entries.map((e) => e.label)));
    return { node, width, height: top + entries.length * ROW };
  }
  const places = legendLayout(
    entries.map((e) => ({ label: e.label, fill: e.fill })),
    maxWidth,
  );
  let right = titleWidth;
  places.forEach(({ x, row }, i) => {
    const entry = entries[i];
    if (!entry) return;
    node.append(...swatch(document, entry, x, top + row * ROW));
    right = Math.max(right, x + SWATCH + 4 + textWidth(entry.label));
  });
  return { node, width: right, height: top + places.height };
}

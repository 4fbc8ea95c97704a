/**
 * One small panel per region, a bar per reporting year, the same scale in
 * every panel. The grid is computed here and drawn with identity scales (no
 * facets): every position is known, and the SVG stays small.
 */
import * as Plot from '@observablehq/plot';
import type { ChartOptions } from './common.ts';
import { COLORS, FONT_SIZE, labelValue, maxTextWidth, minusFormat, plotSvg, shortYear, wrapLabel } from './common.ts';
import { year } from '../i18n/format.ts';

export interface PanelDatum {
  readonly key: string;
  readonly label: string;
  readonly year: string;
  readonly value: number;
  readonly href?: string;
}

export interface SmallMultiplesOptions extends ChartOptions {
  /** Formats a value for its label, in `lang` (short forms suit small panels). */
  readonly format: (value: number) => string;
  /** Panels per row: 3 by default, 2 under 480 px (a phone: 17 panels in one column made each indicator 2 500 px tall, issue #21). */
  readonly columns?: number;
}

const GAP_X = 20;
const GAP_Y = 16;
const LINE = FONT_SIZE + 4;
const BARS = 56;

export function smallMultiples(
  data: readonly PanelDatum[],
  { document, width = 640, lang = 'fr', format: formatValue, ariaLabel, columns = width < 480 ? 2 : 3 }: SmallMultiplesOptions,
): SVGSVGElement {
  const format = minusFormat(formatValue);
  const years = [...new Set(data.map((d) => d.year))].sort();
  const panels = [...new Map(data.map((d) => [d.key, d])).values()];
  const panelWidth = (width - (columns - 1) * GAP_X) / columns;
  const band = panelWidth / Math.max(1, years.length);
  // Titles are bold, about 8 % wider than the estimate.
  const titles = panels.map((p) => wrapLabel(p.label, panelWidth / 1.08));
  const titleHeight = Math.max(1, ...titles.map((t) => t.length)) * LINE;
  // One scale for every panel; changes (indicator 1.3) can be negative, and
  // then a line under the bars holds the labels of negative values.
  const lo = Math.min(0, ...data.map((d) => d.value));
  const span = Math.max(0, ...data.map((d) => d.value)) - lo || 1;
  const below = lo < 0 ? LINE : 0;
  const panelHeight = titleHeight + LINE + BARS + below + LINE;
  const rows = Math.ceil(panels.length / columns);

  const full = years.map((y) => year(y, lang));
  const yearLabels = maxTextWidth(full) <= band - 4 ? full : years.map((y) => shortYear(y, lang));
  const values = data.map((d) => format(d.value));
  // Values are written only if every one fits over its bar; otherwise the
  // links' names and the data table carry them.
  const showValues = maxTextWidth(values) <= band - 2;

  const boxes = panels.map((p, i) => {
    const left = (i % columns) * (panelWidth + GAP_X);
    const top = Math.floor(i / columns) * (panelHeight + GAP_Y);
    const zero = top + titleHeight + LINE + (BARS * (span + lo)) / span;
    return { ...p, left, top, zero, title: (titles[i] ?? []).join('\n'), name: '' };
  });
  const bars = data.map((d, i) => {
    const box = boxes.find((b) => b.key === d.key) ?? { left: 0, zero: 0 };
    const left = box.left + years.indexOf(d.year) * band;
    const end = box.zero - (d.value / span) * BARS;
    const [y1, y2] = end < box.zero ? [end, box.zero] : [box.zero, end];
    const labelY = d.value < 0 ? y2 + LINE / 2 : y1 - LINE / 2;
    return { ...d, x1: left + band * 0.2, x2: left + band * 0.8, x: left + band / 2, y1, y2, labelY, label: values[i] ?? '' };
  });
  for (const box of boxes) {
    const mine = bars.filter((b) => b.key === box.key).sort((a, b) => (a.year < b.year ? -1 : 1));
    box.name = labelValue(box.label, mine.map((b) => `${b.label} (${year(b.year, lang)})`).join(', '), lang);
  }
  const tickY = (b: { top: number }): number => b.top + panelHeight - LINE + 4;
  const ticks = boxes.flatMap((b) => years.map((_, y) => ({ x: b.left + (y + 0.5) * band, y: tickY(b), label: yearLabels[y] ?? '' })));
  // Linked panels' values are in their links' names: read them once.
  const linked = bars.filter((b) => b.href);
  const unlinked = bars.filter((b) => !b.href);
  const valueText = { x: 'x', y: 'labelY', text: 'label', fill: COLORS.text } as const;

  return plotSvg(
    {
      document,
      width,
      height: rows * panelHeight + (rows - 1) * GAP_Y,
      margin: 0,
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.rect(bars, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: COLORS.piv }),
        Plot.ruleY(boxes, { x1: 'left', x2: (b: { left: number }) => b.left + panelWidth, y: 'zero', stroke: COLORS.text }),
        Plot.text(boxes, {
          x: 'left',
          y: 'top',
          text: 'title',
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: LINE / FONT_SIZE,
          fontWeight: 'bold',
          fill: COLORS.text,
          href: 'href',
          ariaLabel: 'name',
        }),
        ...(showValues ? [Plot.text(linked, { ...valueText, ariaHidden: 'true' }), Plot.text(unlinked, valueText)] : []),
        Plot.text(ticks, { x: 'x', y: 'y', text: 'label', lineAnchor: 'top', fill: COLORS.text, ...(unlinked.length ? {} : { ariaHidden: 'true' }) }),
      ],
    },
    ariaLabel,
  );
}

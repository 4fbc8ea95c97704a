/**
 * One vertical bar per reporting year (two to five), the value written on
 * top: persons reached, FQIS amounts per year.
 */
import * as Plot from '@observablehq/plot';
import type { ChartOptions } from './common.ts';
import { COLORS, FONT_SIZE, maxTextWidth, minusFormat, plotSvg, shortYear } from './common.ts';
import { year } from '../i18n/format.ts';

export interface YearDatum {
  readonly year: string;
  readonly value: number;
}

export interface YearBarsOptions extends ChartOptions {
  /** Formats a value for its label, in `lang` (e.g. `moneyShort` on narrow screens). */
  readonly format: (value: number) => string;
  readonly height?: number;
}

const LABEL = FONT_SIZE + 8;

export function yearBars(
  data: readonly YearDatum[],
  { document, width = 640, lang = 'fr', format: formatValue, ariaLabel, height = 240 }: YearBarsOptions,
): SVGSVGElement {
  const format = minusFormat(formatValue);
  const rows = [...data].sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0)).map((d) => ({ ...d, label: format(d.value) }));
  const lo = Math.min(0, ...rows.map((d) => d.value));
  const hi = Math.max(0, ...rows.map((d) => d.value));
  const marginTop = FONT_SIZE + 10;
  const marginBottom = FONT_SIZE + 12;
  // A negative value (a change) needs a line under its bar for its label.
  const inner = height - marginTop - marginBottom - LABEL;
  const pad = lo < 0 ? ((hi - lo) * LABEL) / inner : 0;
  // The first and last labels are centred on their bars: leave them room.
  const side = Math.ceil(maxTextWidth(rows.map((d) => d.label)) / 2);
  // `2024-2025` → `24-25` when the years do not fit side by side.
  const step = (width - 2 * side) / Math.max(1, rows.length);
  const short = maxTextWidth(rows.map((d) => year(d.year, lang))) > step - 6;
  const tickFormat = (y: string): string => (short ? shortYear(y, lang) : year(y, lang));

  return plotSvg(
    {
      document,
      width,
      height,
      marginLeft: side,
      marginRight: side,
      marginTop,
      marginBottom,
      x: { domain: rows.map((d) => d.year), tickFormat, tickSize: 0, tickPadding: 8, label: null, padding: 0.3 },
      y: { axis: null, domain: [lo - pad, hi > 0 || lo < 0 ? hi : 1] },
      marks: [
        Plot.barY(rows, { x: 'year', y: 'value', fill: COLORS.piv }),
        Plot.ruleY([0], { stroke: COLORS.text }),
        Plot.text(rows.filter((d) => d.value >= 0), { x: 'year', y: 'value', text: 'label', lineAnchor: 'bottom', dy: -4, fill: COLORS.text }),
        Plot.text(rows.filter((d) => d.value < 0), { x: 'year', y: 'value', text: 'label', lineAnchor: 'top', dy: 4, fill: COLORS.text }),
      ],
    },
    ariaLabel,
  );
}

/**
 * Horizontal bars, largest first: a label on the left (a link to the
 * region's page when `href` is given), the formatted value at the bar's end.
 * Used for FQIS amounts and initiatives by region (17 bars), priorities (5)
 * and MRC (about 20).
 */
import * as Plot from '@observablehq/plot';
import type { ChartOptions } from './common.ts';
import { COLORS, GAP, byValueDesc, labelValue, maxTextWidth, minusFormat, plotSvg, wrapLabel } from './common.ts';

export interface RankedDatum {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly href?: string;
}

export interface RankedBarsOptions extends ChartOptions {
  /** Formats a value for its label and its link's name, in `lang`. */
  readonly format: (value: number) => string;
  /** The key drawn in a darker blue, its value in bold (e.g. the current region). */
  readonly highlight?: string;
  /**
   * false when another element of the page already offers the same links
   * (the region map beside a ranking of regions): the labels stay links for
   * the mouse, named and read as before, but leave the tab order, so the
   * keyboard meets each destination once.
   */
  readonly tabStops?: boolean;
}

const STEP = 24;
const STEP_TWO_LINES = 34;

interface Row extends RankedDatum {
  readonly text: string;
  readonly formatted: string;
  readonly bold: boolean;
}

export function rankedBars(
  data: readonly RankedDatum[],
  { document, width = 640, lang = 'fr', format: formatValue, ariaLabel, highlight, tabStops = true }: RankedBarsOptions,
): SVGSVGElement {
  const format = minusFormat(formatValue);
  // Labels take at most 45 % of the width; longer ones go on two lines.
  const lines = [...data].sort(byValueDesc).map((d) => ({ d, lines: wrapLabel(d.label, width * 0.45) }));
  // A line broken at a space keeps it, so the link's visible text (its
  // tspans joined) still reads as the label its accessible name contains.
  const joined = (parts: string[]): string => parts.map((l, i) => (i < parts.length - 1 && !/[-–]$/.test(l) ? `${l} ` : l)).join('\n');
  const rows: Row[] = lines.map(({ d, lines }) => ({ ...d, text: joined(lines), formatted: format(d.value), bold: d.key === highlight }));
  const step = lines.some((l) => l.lines.length > 1) ? STEP_TWO_LINES : STEP;
  const marginLeft = maxTextWidth(lines.flatMap((l) => l.lines)) + GAP;
  // Bold text is about 8 % wider.
  const marginRight = Math.ceil(maxTextWidth(rows.map((d) => d.formatted)) * 1.08) + GAP;
  const max = Math.max(0, ...rows.map((d) => d.value));
  const hidden = rows.some((d) => d.href) ? { ariaHidden: 'true' } : {};
  const name = (d: Row): string => labelValue(d.label, d.formatted, lang);
  const fill = (d: Row): string => (highlight === undefined ? COLORS.piv : d.bold ? COLORS.medium : COLORS.light);
  const valueText = { x: 'value', y: 'key', text: 'formatted', textAnchor: 'start', dx: 4, fill: COLORS.text, ...hidden } as const;

  const svg = plotSvg(
    {
      document,
      width,
      height: rows.length * step + 8,
      marginLeft,
      marginRight,
      marginTop: 4,
      marginBottom: 4,
      x: { axis: null, domain: [0, max || 1] },
      y: { axis: null, domain: rows.map((d) => d.key), padding: 0.2 },
      color: { type: 'identity' },
      marks: [
        // The bar repeats its label's link for mouse users; keyboard and
        // screen-reader users get one link per row, on the label.
        Plot.barX(rows, { x: 'value', y: 'key', fill, href: 'href', ariaLabel: name, ariaHidden: 'true' }),
        Plot.ruleX([0], { stroke: COLORS.text }),
        Plot.text(rows, {
          y: 'key',
          text: 'text',
          frameAnchor: 'left',
          textAnchor: 'end',
          dx: -GAP,
          lineHeight: 1.1,
          fill: COLORS.text,
          href: 'href',
          ariaLabel: name,
        }),
        Plot.text(
          rows.filter((d) => !d.bold),
          valueText,
        ),
        Plot.text(
          rows.filter((d) => d.bold),
          { ...valueText, fontWeight: 'bold' },
        ),
      ],
    },
    ariaLabel,
  );
  if (!tabStops) for (const a of svg.querySelectorAll('a')) a.setAttribute('tabindex', '-1');
  return svg;
}

/**
 * Initiatives by status, one stacked bar per reporting year. The three
 * active statuses go from pale to dark blue; abandoned initiatives are a
 * white box with a dashed red outline, so they stand apart in greyscale and
 * for colour-blind readers too. Counts are written inside the segments that
 * fit them, the others under the bar with a tick pointing at their segment
 * (never an unlabelled sliver), the total at the bar's end, and a legend
 * sits above.
 */
import * as Plot from '@observablehq/plot';
import type { ChartOptions, LegendItem } from './common.ts';
import { COLORS, FONT_SIZE, GAP, appendLegend, legendLayout, maxTextWidth, plotSvg, textWidth } from './common.ts';
import { integer, year } from '../i18n/format.ts';
import type { Lang } from '../i18n/format.ts';

export type Status = 'demarree' | 'en-cours' | 'completee' | 'abandonnee';
export const STATUSES: readonly Status[] = ['demarree', 'en-cours', 'completee', 'abandonnee'];

export const STATUS_LABELS: Record<Lang, Record<Status, string>> = {
  fr: { demarree: 'Démarrée', 'en-cours': 'En cours', completee: 'Complétée', abandonnee: 'Abandonnée' },
  en: { demarree: 'Started', 'en-cours': 'Ongoing', completee: 'Completed', abandonnee: 'Abandoned' },
};

export interface StatusDatum {
  readonly year: string;
  readonly status: Status;
  readonly count: number;
}

export interface StatusStackOptions extends ChartOptions {
  readonly labels?: Record<Status, string>;
}

/** Segment fill, outline and the colour of a count written inside it. */
const STYLE: Record<Status, { fill: string; stroke: string; text: string; dash?: string }> = {
  demarree: { fill: COLORS.pale, stroke: COLORS.medium, text: COLORS.text },
  'en-cours': { fill: COLORS.regular, stroke: COLORS.white, text: COLORS.white },
  completee: { fill: COLORS.medium, stroke: COLORS.white, text: COLORS.white },
  abandonnee: { fill: COLORS.white, stroke: COLORS.red, text: COLORS.red, dash: '4,2' },
};

interface Segment {
  readonly year: string;
  readonly status: Status;
  readonly count: number;
  readonly x1: number;
  readonly x2: number;
  readonly label: string;
}

/** A count too thin for its segment, written under the bar with a tick. */
interface Callout extends Segment {
  /** Where the text starts, in pixels (shifted right of its neighbour if they would touch). */
  readonly left: number;
}

/** Bar height, the space between bars, and the line under a bar for callouts. */
const BAR = 26;
const ROW_GAP = 8;
const TICK = 4;
const CALLOUT = TICK + FONT_SIZE + 4;

export function statusStack(
  data: readonly StatusDatum[],
  { document, width = 640, lang = 'fr', ariaLabel, labels = STATUS_LABELS[lang] }: StatusStackOptions,
): SVGSVGElement {
  const years = [...new Set(data.map((d) => d.year))].sort();
  const segments: Segment[] = [];
  const totals = years.map((y) => {
    let x = 0;
    for (const status of STATUSES) {
      const count = data.filter((d) => d.year === y && d.status === status).reduce((n, d) => n + d.count, 0);
      if (count > 0) segments.push({ year: y, status, count, x1: x, x2: x + count, label: integer(count, lang) });
      x += count;
    }
    return { year: y, total: x, label: integer(x, lang) };
  });

  const yearLabels = years.map((y) => year(y, lang));
  const marginLeft = maxTextWidth(yearLabels) + GAP;
  const marginRight = maxTextWidth(totals.map((t) => t.label)) + GAP;
  const items: LegendItem[] = STATUSES.map((s) => ({ label: labels[s], fill: STYLE[s].fill, stroke: STYLE[s].stroke === COLORS.white ? STYLE[s].fill : STYLE[s].stroke, ...(STYLE[s].dash ? { dash: STYLE[s].dash } : {}) }));
  const marginTop = legendLayout(items, width - marginLeft).height + 8;
  const max = Math.max(1, ...totals.map((t) => t.total));
  // Pixels per initiative, to keep only the counts that fit their segment.
  const scale = (width - marginLeft - marginRight) / max;
  const px = (count: number): number => marginLeft + count * scale;
  const fits = (s: Segment): boolean => (s.x2 - s.x1) * scale >= textWidth(s.label) + 6;

  // The other counts go under their bar, left to right, never touching.
  const callouts: Callout[] = [];
  for (const y of years) {
    let right = -Infinity;
    for (const s of segments.filter((s) => s.year === y && !fits(s))) {
      const w = textWidth(s.label);
      const left = Math.max(0, px((s.x1 + s.x2) / 2) - w / 2, right + GAP);
      callouts.push({ ...s, left });
      right = left + w;
    }
  }
  // Each bar's top; a bar with callouts gets a line under it.
  const tops: number[] = [];
  let bottom = marginTop;
  for (const y of years) {
    tops.push(bottom);
    bottom += BAR + ROW_GAP + (callouts.some((c) => c.year === y) ? CALLOUT : 0);
  }
  const top = (y: string): number => tops[years.indexOf(y)] ?? 0;
  const middle = (d: { year: string }): number => top(d.year) + BAR / 2;

  const marks: Plot.Markish[] = [];
  for (const status of STATUSES) {
    const style = STYLE[status];
    const mine = segments.filter((s) => s.status === status);
    // An outline stays inside its segment; white separators sit on the edges.
    const outline = style.stroke === COLORS.white ? {} : { inset: 0.75, ...(style.dash ? { strokeDasharray: style.dash } : {}) };
    marks.push(
      Plot.rect(mine, { x1: 'x1', x2: 'x2', y1: (s: Segment) => top(s.year), y2: (s: Segment) => top(s.year) + BAR, fill: style.fill, stroke: style.stroke, strokeWidth: 1.5, ...outline }),
      Plot.text(mine.filter(fits), { x: (s: Segment) => (s.x1 + s.x2) / 2, y: middle, text: 'label', fill: style.text }),
    );
  }
  const under = (c: Callout): number => top(c.year) + BAR;

  const svg = plotSvg(
    {
      document,
      width,
      height: bottom - ROW_GAP + 4,
      marginLeft,
      marginRight,
      marginTop: 0,
      marginBottom: 0,
      x: { axis: null, domain: [0, max] },
      y: { type: 'identity', axis: null },
      color: { type: 'identity' },
      marks: [
        ...marks,
        Plot.text(totals, { frameAnchor: 'left', y: middle, text: (t: { year: string }) => year(t.year, lang), textAnchor: 'end', dx: -GAP, fill: COLORS.text }),
        Plot.text(totals, { x: 'total', y: middle, text: 'label', textAnchor: 'start', dx: 4, fill: COLORS.text }),
        Plot.ruleX(callouts, { x: (c: Callout) => (c.x1 + c.x2) / 2, y1: under, y2: (c: Callout) => under(c) + TICK, stroke: COLORS.text }),
        Plot.text(callouts, {
          x: (c: Callout) => (c.left - marginLeft) / scale,
          y: (c: Callout) => under(c) + TICK + 1,
          text: 'label',
          textAnchor: 'start',
          lineAnchor: 'top',
          fill: (c: Callout) => (c.status === 'abandonnee' ? COLORS.red : COLORS.text),
        }),
      ],
    },
    ariaLabel,
  );
  appendLegend(svg, document, items, width - marginLeft, marginLeft, 2);
  return svg;
}

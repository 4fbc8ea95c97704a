/**
 * Initiatives by status, one stacked bar per reporting year. The three
 * active statuses go from pale to dark blue; abandoned initiatives are a
 * white box with a dashed red outline, so they stand apart in greyscale and
 * for colour-blind readers too. Counts are written inside the segments that
 * fit them, the total at the bar's end, and a legend sits above.
 */
import * as Plot from '@observablehq/plot';
import type { ChartOptions, LegendItem } from './common.ts';
import { COLORS, GAP, appendLegend, legendLayout, maxTextWidth, plotSvg, textWidth } from './common.ts';
import { integer, year } from '../lib/site/format.ts';
import type { Lang } from '../lib/site/format.ts';

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

const STEP = 34;

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
  const fits = (s: Segment): boolean => (s.x2 - s.x1) * scale >= textWidth(s.label) + 6;

  const marks: Plot.Markish[] = [];
  for (const status of STATUSES) {
    const style = STYLE[status];
    const mine = segments.filter((s) => s.status === status);
    // An outline stays inside its segment; white separators sit on the edges.
    const outline = style.stroke === COLORS.white ? {} : { inset: 0.75, ...(style.dash ? { strokeDasharray: style.dash } : {}) };
    marks.push(
      Plot.barX(mine, { x1: 'x1', x2: 'x2', y: 'year', fill: style.fill, stroke: style.stroke, strokeWidth: 1.5, ...outline }),
      Plot.text(mine.filter(fits), { x: (s: Segment) => (s.x1 + s.x2) / 2, y: 'year', text: 'label', fill: style.text }),
    );
  }

  const svg = plotSvg(
    {
      document,
      width,
      height: marginTop + years.length * STEP + 4,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom: 4,
      x: { axis: null, domain: [0, max] },
      y: { domain: years, tickFormat: (y: string) => year(y, lang), tickSize: 0, label: null, padding: 0.2 },
      marks: [
        ...marks,
        Plot.text(totals, { x: 'total', y: 'year', text: 'label', textAnchor: 'start', dx: 4, fill: COLORS.text }),
      ],
    },
    ariaLabel,
  );
  appendLegend(svg, document, items, width - marginLeft, marginLeft, 2);
  return svg;
}

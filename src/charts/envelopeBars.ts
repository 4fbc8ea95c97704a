/**
 * Per region, the five-year envelope as a pale outlined bar and the amount
 * paid so far as a solid bar inside it, the share paid written at the end.
 * Largest envelope first.
 */
import * as Plot from '@observablehq/plot';
import type { ChartOptions, LegendItem } from './common.ts';
import { COLORS, GAP, appendLegend, labelValue, legendLayout, maxTextWidth, plotSvg, wrapLabel } from './common.ts';
import { money, percent } from '../i18n/format.ts';
import type { Lang } from '../i18n/format.ts';

export interface EnvelopeDatum {
  readonly key: string;
  readonly label: string;
  /** The five-year envelope, in dollars. */
  readonly envelope: number;
  /** Paid so far, in dollars. */
  readonly paid: number;
  readonly href?: string;
}

export interface EnvelopeBarsOptions extends ChartOptions {
  /** Formats dollars for the links' names; whole dollars by default. */
  readonly format?: (value: number) => string;
  /** The legend's two entries. */
  readonly legend?: { readonly envelope: string; readonly paid: string };
  /** false when the page already offers the same links: see RankedBarsOptions.tabStops. */
  readonly tabStops?: boolean;
}

const LEGEND: Record<Lang, { envelope: string; paid: string }> = {
  fr: { envelope: 'Enveloppe quinquennale', paid: 'Versé à ce jour' },
  en: { envelope: 'Five-year envelope', paid: 'Paid to date' },
};

/** `Laval : 897 000 $ versés sur 2 606 312 $ (34,4 %)`. */
function linkName(d: EnvelopeDatum, share: string, format: (v: number) => string, lang: Lang): string {
  const value = lang === 'fr' ? `${format(d.paid)} versés sur ${format(d.envelope)} (${share})` : `${format(d.paid)} paid of ${format(d.envelope)} (${share})`;
  return labelValue(d.label, value, lang);
}

const STEP = 26;
const STEP_TWO_LINES = 34;

export function envelopeBars(
  data: readonly EnvelopeDatum[],
  { document, width = 640, lang = 'fr', ariaLabel, format = (v: number) => money(v, lang), legend = LEGEND[lang], tabStops = true }: EnvelopeBarsOptions,
): SVGSVGElement {
  const sorted = [...data].sort((a, b) => b.envelope - a.envelope || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const lines = sorted.map((d) => wrapLabel(d.label, width * 0.45));
  const rows = sorted.map((d, i) => {
    const share = percent(d.envelope > 0 ? d.paid / d.envelope : 0, lang);
    return { ...d, text: (lines[i] ?? []).join('\n'), share, name: linkName(d, share, format, lang) };
  });
  const step = lines.some((l) => l.length > 1) ? STEP_TWO_LINES : STEP;
  const marginLeft = maxTextWidth(lines.flat()) + GAP;
  const marginRight = maxTextWidth(rows.map((d) => d.share)) + GAP;
  const items: LegendItem[] = [
    { label: legend.envelope, fill: COLORS.pale, stroke: COLORS.medium },
    { label: legend.paid, fill: COLORS.piv },
  ];
  const marginTop = legendLayout(items, width - marginLeft).height + 8;
  const max = Math.max(0, ...rows.flatMap((d) => [d.envelope, d.paid]));
  const hidden = rows.some((d) => d.href) ? { ariaHidden: 'true' } : {};
  // Without tab stops (the page links every region elsewhere), the region's name alone links for the
  // mouse: the bars' own links were two thirds of the chart's markup (the home page's HTML budget).
  const barLink = tabStops ? { href: 'href', ariaLabel: 'name' } : {};

  const svg = plotSvg(
    {
      document,
      width,
      height: marginTop + rows.length * step + 4,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom: 4,
      x: { axis: null, domain: [0, max || 1] },
      y: { axis: null, domain: rows.map((d) => d.key), padding: 0.15 },
      marks: [
        Plot.barX(rows, { x: 'envelope', y: 'key', fill: COLORS.pale, stroke: COLORS.medium, ...barLink, ariaHidden: 'true' }),
        Plot.barX(rows, { x: 'paid', y: 'key', fill: COLORS.piv, insetTop: 4, insetBottom: 4, insetLeft: 1, ...barLink, ariaHidden: 'true' }),
        Plot.text(rows, {
          y: 'key',
          text: 'text',
          frameAnchor: 'left',
          textAnchor: 'end',
          dx: -GAP,
          lineHeight: 1.1,
          fill: COLORS.text,
          href: 'href',
          ariaLabel: 'name',
        }),
        Plot.text(rows, { x: 'envelope', y: 'key', text: 'share', textAnchor: 'start', dx: 4, fill: COLORS.text, ...hidden }),
      ],
    },
    ariaLabel,
  );
  appendLegend(svg, document, items, width - marginLeft, marginLeft, 2);
  if (!tabStops) for (const a of svg.querySelectorAll('a')) a.setAttribute('tabindex', '-1');
  return svg;
}

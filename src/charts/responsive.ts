/**
 * A chart rendered twice, for wide screens and for phones: a static SVG
 * cannot reflow, and a 640 px chart shrunk to a phone is unreadable. CSS
 * shows the one that fits (see .chart__svg--wide/--narrow).
 *
 * An SVG scales with its box: 12 px text in a 640 px chart shown 518 px
 * wide is 9.7 px on screen. So each variant is laid out for the narrowest
 * box the page's CSS gives it (its text at FONT_SIZE in that box) and
 * published at its full width: `width`/`height` say the largest size, the
 * `viewBox` keeps the layout's units, and the browser scales text up, never
 * under FONT_SIZE, between the two (test/browser/chart-text.test.ts
 * measures it at 375 and 1280 px).
 */
import { toSvgMarkup } from './render.ts';

export interface ChartMarkup {
  readonly wide: string;
  readonly narrow: string;
}

/** How wide a variant is shown at most (its `width`), and how wide it is laid out. */
export interface Variant {
  readonly width: number;
  readonly layout: number;
}

/**
 * Where a chart sits, and so the boxes its variants get (src/styles/site.css,
 * measured in Chromium):
 * - `full`: a figure across the content column. Wide variant above 40rem:
 *   575 px at a 641 px viewport, 640 from 768 px (maps: 38rem, 608 px).
 * - `half`: a figure in a `.grid-2` column. Wide variant: 414 px at a 944 px
 *   viewport (two columns from there), 518 px from 1216 px; one column of
 *   up to 640 px below 944, where the chart keeps its 520 px.
 * Narrow variant, both: 294 px at a 360 px viewport, 309 at 375, 574 at 640
 * (maps grow to the box; charts stop at 360).
 */
export const VARIANTS = {
  full: { wide: { width: 640, layout: 560 }, narrow: { width: 360, layout: 288 } },
  half: { wide: { width: 520, layout: 400 }, narrow: { width: 360, layout: 288 } },
} as const satisfies Record<string, { wide: Variant; narrow: Variant }>;

export type Placement = keyof typeof VARIANTS;

/**
 * The chart `render(layout)` drew, published `width` wide: its viewBox stays
 * in layout units, its `width` and `height` are scaled. The node is changed.
 */
export function showAt(svg: Element, width: number): Element {
  const w = Number(svg.getAttribute('width'));
  const h = Number(svg.getAttribute('height'));
  if (!(w > 0 && h > 0)) throw new Error('showAt: the chart has no width and height');
  if (!svg.hasAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(Math.round((h * width) / w)));
  return svg;
}

/** Rendered text is FONT_SIZE × box / layout: at least FONT_SIZE in any box at least `layout` wide. */
export function responsive(render: (width: number) => Element, placement: Placement = 'full'): ChartMarkup {
  const { wide, narrow } = VARIANTS[placement];
  return {
    wide: toSvgMarkup(showAt(render(wide.layout), wide.width)),
    narrow: toSvgMarkup(showAt(render(narrow.layout), narrow.width)),
  };
}

/**
 * A chart rendered twice, for wide screens and for phones: a static SVG
 * cannot reflow, and a 640 px chart shrunk to a phone is unreadable. CSS
 * shows the one that fits (see .chart__svg--wide/--narrow).
 */
import { toSvgMarkup } from '../../charts/render.ts';

export interface ChartMarkup {
  readonly wide: string;
  readonly narrow: string;
}

export const WIDE = 640;
export const NARROW = 360;

export function responsive(render: (width: number) => Element): ChartMarkup {
  return { wide: toSvgMarkup(render(WIDE)), narrow: toSvgMarkup(render(NARROW)) };
}

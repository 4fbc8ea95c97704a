/**
 * Where a region is: Québec in pale blue, the region in PIV blue. A small
 * image (no links), e.g. beside a region page's title. A region a few
 * pixels wide (Montréal, Laval) gets a ring around it so the eye finds it.
 */
import type { ChartOptions } from '../common.ts';
import { COLORS } from '../common.ts';
import { el, mapRoot } from './draw.ts';
import { conic, fitWidth, project, quebecOutline, regionFeatures } from './geometry.ts';

/** Below this size (pixels, either side) a region gets a ring. */
const SMALL = 10;
const RING = 8;

export function locatorMap(code: string, { document, width = 200, ariaLabel }: ChartOptions): SVGSVGElement {
  const region = regionFeatures().find((f) => f.properties.code === code);
  if (!region) throw new Error(`locatorMap: unknown region code ${JSON.stringify(code)}`);
  const quebec = quebecOutline();
  const projection = conic();
  const height = fitWidth(projection, quebec, width);

  const svg = mapRoot(document, width, height, ariaLabel);
  svg.append(
    el(document, 'path', { d: project(quebec, projection).d, fill: COLORS.pale, stroke: COLORS.light, 'stroke-width': 0.5, 'stroke-linejoin': 'round' }),
  );
  const { d, bounds } = project(region, projection);
  svg.append(el(document, 'path', { d, fill: COLORS.piv }));
  if (bounds) {
    const [[x0, y0], [x1, y1]] = bounds;
    if (Math.max(x1 - x0, y1 - y0) < SMALL) {
      const circle = { cx: Math.round((x0 + x1) * 5) / 10, cy: Math.round((y0 + y1) * 5) / 10, r: RING, fill: 'none' };
      svg.append(el(document, 'circle', { ...circle, stroke: COLORS.piv, 'stroke-width': 1.5 }));
    }
  }
  return svg;
}

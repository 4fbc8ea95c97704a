/**
 * The 17 regions coloured by a value (a choropleth), each a link to its
 * page named with its value (`Laval : 412 000 $`). Montréal and Laval are
 * a few pixels wide at this scale: an inset in the top right corner (over
 * Labrador, outside Québec) shows them, with the neighbouring regions
 * clipped to its frame, and holds their links. Their small copies on the
 * main map stay clickable but out of the tab order, so each region has one
 * tab stop. Every shape shows its name and value on hover (`<title>`). The
 * legend goes in the same corner when it fits, else under the map.
 */
import type { Lang } from '../../i18n/format.ts';
import type { ChartOptions } from '../common.ts';
import { COLORS, labelValue, minusFormat } from '../common.ts';
import { el, hatchDefs, mapRoot, stableId } from './draw.ts';
import { collection, conic, fitWidth, overlaps, project, regionFeatures } from './geometry.ts';
import type { Extent, RegionFeature } from './geometry.ts';
import { legend, legendEntries } from './legend.ts';
import { NO_DATA, colorScale, noDataText } from './scale.ts';
import type { ColorScale } from './scale.ts';

export interface RegionMapDatum {
  /** Region code, `01`…`17`. */
  readonly code: string;
  readonly label: string;
  /** null: no data (hatched), not zero. */
  readonly value: number | null;
  readonly href?: string;
}

export interface RegionMapOptions extends ChartOptions {
  /** Formats a value for the legend and the links' names, in `lang`. */
  readonly format: (value: number) => string;
  readonly legendTitle: string;
  /** A region code drawn with a thick outline. */
  readonly highlight?: string;
}

/** The regions the inset enlarges. */
export const INSET_REGIONS: readonly string[] = ['06', '13'];
const INSET_CAPTION = { fr: 'Montréal et Laval', en: 'Montréal and Laval' } as const;

interface Row extends RegionMapDatum {
  readonly feature: RegionFeature;
  readonly fill: string;
  readonly name: string;
}

function rowsOf(data: readonly RegionMapDatum[], format: (value: number) => string, lang: Lang): { rows: Row[]; scale: ColorScale } {
  const byCode = new Map<string, RegionMapDatum>();
  const regions = regionFeatures();
  for (const d of data) {
    if (!regions.some((f) => f.properties.code === d.code)) throw new Error(`regionMap: unknown region code ${JSON.stringify(d.code)}`);
    if (byCode.has(d.code)) throw new Error(`regionMap: region ${d.code} given twice`);
    byCode.set(d.code, d);
  }
  const value = (d: RegionMapDatum | undefined): number | null => (d && d.value !== null && Number.isFinite(d.value) ? d.value : null);
  const scale = colorScale(regions.map((f) => value(byCode.get(f.properties.code))));
  const rows = regions.map((feature): Row => {
    const d = byCode.get(feature.properties.code);
    const v = value(d);
    const label = d?.label ?? feature.properties.name;
    return {
      ...(d?.href === undefined ? {} : { href: d.href }),
      code: feature.properties.code,
      label,
      value: v,
      feature,
      fill: v === null ? '' : scale.color(v),
      name: labelValue(label, v === null ? noDataText(lang) : format(v), lang),
    };
  });
  return { rows, scale };
}

/**
 * A region's shape, its name and value in its `<title>` (shown on hover),
 * in a link when it has an `href`. In a link the shape is aria-hidden: the
 * link's `aria-label` names it, and a visible title would repeat the name
 * as the link's description.
 */
function shape(document: Document, row: Row, d: string, hatchId: string, hover: boolean): SVGElement {
  const paint = row.value === null ? { fill: `url(#${hatchId})`, stroke: NO_DATA.hatch } : { fill: row.fill };
  const title = hover ? [el(document, 'title', {}, row.name)] : [];
  if (row.href === undefined) return el(document, 'path', { d, ...paint }, ...title);
  return el(document, 'a', { href: row.href, 'aria-label': row.name }, el(document, 'path', { d, ...paint, 'aria-hidden': 'true' }, ...title));
}

/**
 * The phone drawing (laid out under 400 units) has no tooltips: a touch
 * screen never hovers, the links' names stay, and the home page keeps within
 * its weight budget (four map variants, 17 titles each).
 */
const HOVER_MIN_WIDTH = 400;

/** A thick outline: dark on a white halo, seen on any fill. */
function outline(document: Document, d: string): SVGGElement {
  return el(
    document,
    'g',
    { fill: 'none', 'pointer-events': 'none', 'stroke-linejoin': 'round' },
    el(document, 'path', { d, stroke: COLORS.white, 'stroke-width': 4 }),
    el(document, 'path', { d, stroke: COLORS.text, 'stroke-width': 2 }),
  );
}

const union = (boxes: readonly (Extent | undefined)[]): Extent | undefined =>
  boxes.reduce<Extent | undefined>((u, b) => (!b ? u : !u ? b : [[Math.min(u[0][0], b[0][0]), Math.min(u[0][1], b[0][1])], [Math.max(u[1][0], b[1][0]), Math.max(u[1][1], b[1][1])]]), undefined);

export function regionMap(
  data: readonly RegionMapDatum[],
  { document, width = 640, lang = 'fr', format: formatValue, ariaLabel, legendTitle, highlight }: RegionMapOptions,
): SVGSVGElement {
  const format = minusFormat(formatValue);
  const { rows, scale } = rowsOf(data, format, lang);
  const hatch = rows.some((r) => r.value === null);
  const hatchId = stableId('hachures', 'regions', width, ariaLabel);
  const projection = conic();
  const mapHeight = fitWidth(projection, collection(rows.map((r) => r.feature)), width);
  const main = rows.map((r) => ({ row: r, ...project(r.feature, projection) }));

  // The free corner: right of what lies above the eastern regions' tops.
  const eastTop = Math.min(...main.filter((m) => m.bounds && m.bounds[1][0] > width * 0.75).map((m) => m.bounds?.[0][1] ?? mapHeight));
  const cornerLeft = Math.ceil(Math.max(...main.filter((m) => m.bounds && m.bounds[0][1] < eastTop).map((m) => m.bounds?.[1][0] ?? 0))) + 6;
  const corner: Extent = [[cornerLeft, 2], [width - 2, Math.floor(eastTop) - 6]];
  const cornerWidth = corner[1][0] - corner[0][0];
  const free = (box: Extent): boolean => !main.some((m) => m.bounds && overlaps(box, m.bounds));

  const entries = legendEntries(scale, format, lang, hatch ? hatchId : undefined);
  let key = legend(document, legendTitle, entries, cornerWidth, true);
  let keyAt: [number, number] = [cornerLeft, corner[0][1]];
  let insetTop = corner[0][1];
  if (key.width <= cornerWidth && free([keyAt, [keyAt[0] + key.width, keyAt[1] + key.height]])) {
    insetTop += key.height + 14;
  } else {
    key = legend(document, legendTitle, entries, width - 4, false);
    keyAt = [2, mapHeight + 12];
  }
  const height = keyAt[1] > mapHeight ? Math.ceil(mapHeight + 12 + key.height + 2) : mapHeight;

  // The inset: its caption, then a frame as tall as the corner allows.
  const frameTop = insetTop + 18;
  const frame: Extent = [[cornerLeft, frameTop], [width - 2, frameTop + Math.min(corner[1][1] - frameTop, Math.round(cornerWidth * 0.9))]];
  const enlarged = rows.filter((r) => INSET_REGIONS.includes(r.code));
  const insetProjection = conic(-73.7)
    .fitExtent([[frame[0][0] + 8, frame[0][1] + 8], [frame[1][0] - 8, frame[1][1] - 8]], collection(enlarged.map((r) => r.feature)))
    .clipExtent(frame);
  const inset = rows.map((r) => ({ row: r, ...project(r.feature, insetProjection) })).filter((m) => m.d);
  if (!free(frame)) throw new Error(`regionMap: the inset overlaps the map at width ${width}`);

  const svg = mapRoot(document, width, height, ariaLabel);
  if (hatch) svg.append(hatchDefs(document, hatchId));

  const regions = el(document, 'g', { class: 'regions', stroke: COLORS.white, 'stroke-width': 0.5, 'stroke-linejoin': 'round' });
  for (const { row, d } of main) {
    const node = shape(document, row, d, hatchId, width >= HOVER_MIN_WIDTH);
    regions.append(INSET_REGIONS.includes(row.code) ? el(document, 'g', { 'aria-hidden': 'true' }, node) : node);
  }
  svg.append(regions);
  const small = union(main.filter((m) => INSET_REGIONS.includes(m.row.code)).map((m) => m.bounds));
  if (small) {
    const [[x0, y0], [x1, y1]] = small;
    // Where the inset is, on the main map: a dark frame on a white halo.
    const where = { x: x0 - 3, y: y0 - 3, width: x1 - x0 + 6, height: y1 - y0 + 6, fill: 'none' };
    svg.append(el(document, 'g', {}, el(document, 'rect', { ...where, stroke: COLORS.white, 'stroke-width': 3 }), el(document, 'rect', { ...where, stroke: COLORS.text })));
  }
  for (const m of main) if (m.row.code === highlight) svg.append(outline(document, m.d));

  const [[fx0, fy0], [fx1, fy1]] = frame;
  const box = { x: fx0, y: fy0, width: fx1 - fx0, height: fy1 - fy0 };
  const insetGroup = el(document, 'g', { class: 'encart' }, el(document, 'text', { x: fx1, y: fy0 - 6, 'text-anchor': 'end' }, INSET_CAPTION[lang]));
  insetGroup.append(el(document, 'rect', { ...box, fill: COLORS.white }));
  const neighbours = el(document, 'g', { 'aria-hidden': 'true' });
  const links = el(document, 'g', {});
  for (const { row, d } of inset) (INSET_REGIONS.includes(row.code) ? links : neighbours).append(shape(document, row, d, hatchId, width >= HOVER_MIN_WIDTH));
  insetGroup.append(el(document, 'g', { stroke: COLORS.white, 'stroke-width': 1, 'stroke-linejoin': 'round' }, neighbours, links));
  for (const m of inset) if (m.row.code === highlight) insetGroup.append(outline(document, m.d));
  insetGroup.append(el(document, 'rect', { ...box, fill: 'none', stroke: COLORS.text }));
  svg.append(insetGroup);

  key.node.setAttribute('transform', `translate(${keyAt[0]},${keyAt[1]})`);
  svg.append(key.node);
  return svg;
}

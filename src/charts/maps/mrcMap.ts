/**
 * A region's MRC (and equivalent territories) coloured by a value, like the
 * region map: the same classes, the same "no data" hatch. An image (no
 * links): each shape's `<title>` gives its name and value as a tooltip,
 * the figure's table gives them to everyone. The map is fitted to the
 * region, north up at its centre, at most 1.25 × as tall as wide; the
 * legend goes under it.
 */
import type { ChartOptions } from '../common.ts';
import { COLORS, labelValue } from '../common.ts';
import { el, hatchDefs, mapRoot, stableId } from './draw.ts';
import { centralLongitude, collection, conic, fitWidth, mrcFeatures, project } from './geometry.ts';
import { legend, legendEntries } from './legend.ts';
import { NO_DATA, colorScale, noDataText } from './scale.ts';

export interface MrcMapDatum {
  /** MRC geographic code, three digits (`510`). */
  readonly code: string;
  readonly label: string;
  /** null: no data (hatched), not zero. */
  readonly value: number | null;
}

export interface MrcMapOptions extends ChartOptions {
  /** Formats a value for the legend and the tooltips, in `lang`. */
  readonly format: (value: number) => string;
  readonly legendTitle: string;
}

const MAX_ASPECT = 1.25;

export function mrcMap(
  regionCode: string,
  data: readonly MrcMapDatum[],
  { document, width = 640, lang = 'fr', format, ariaLabel, legendTitle }: MrcMapOptions,
): SVGSVGElement {
  const features = mrcFeatures(regionCode);
  if (!features.length) throw new Error(`mrcMap: no MRC in region ${JSON.stringify(regionCode)}`);
  const byCode = new Map<string, MrcMapDatum>();
  for (const d of data) {
    if (!features.some((f) => f.properties.code === d.code)) throw new Error(`mrcMap: MRC ${JSON.stringify(d.code)} is not in region ${regionCode}`);
    if (byCode.has(d.code)) throw new Error(`mrcMap: MRC ${d.code} given twice`);
    byCode.set(d.code, d);
  }
  const rows = features.map((feature) => {
    const d = byCode.get(feature.properties.code);
    const value = d && d.value !== null && Number.isFinite(d.value) ? d.value : null;
    const label = d?.label ?? feature.properties.name;
    return { feature, value, name: labelValue(label, value === null ? noDataText(lang) : format(value), lang) };
  });
  const scale = colorScale(rows.map((r) => r.value));
  const hatch = rows.some((r) => r.value === null);
  const hatchId = stableId('hachures', 'mrc', regionCode, width, ariaLabel);

  const region = collection(features);
  const projection = conic(centralLongitude(region));
  const mapHeight = fitWidth(projection, region, width, Math.round(width * MAX_ASPECT));
  const key = legend(document, legendTitle, legendEntries(scale, format, lang, hatch ? hatchId : undefined), width - 4, false);
  const svg = mapRoot(document, width, Math.ceil(mapHeight + 12 + key.height + 2), ariaLabel);
  if (hatch) svg.append(hatchDefs(document, hatchId));

  const shapes = el(document, 'g', { stroke: COLORS.white, 'stroke-width': 0.75, 'stroke-linejoin': 'round' });
  for (const r of rows) {
    const { d } = project(r.feature, projection);
    const paint = r.value === null ? { fill: `url(#${hatchId})`, stroke: NO_DATA.hatch } : { fill: scale.color(r.value) };
    shapes.append(el(document, 'path', { d, ...paint }, el(document, 'title', {}, r.name)));
  }
  svg.append(shapes);
  key.node.setAttribute('transform', `translate(2,${mapHeight + 12})`);
  svg.append(key.node);
  return svg;
}

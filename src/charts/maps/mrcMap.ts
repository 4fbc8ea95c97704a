/**
 * A region's MRC (and equivalent territories) coloured by a value, like the
 * region map: the same classes, the same "no data" hatch. Each shape has
 * its name and value in a `<title>` (a tooltip), and its name written on it
 * where the name fits (on one or two lines), else a number keyed to a list
 * under the legend. A shape with a value above zero and an `href` is a
 * link (the region page passes `#mrc-<code>`, its list of that MRC's
 * initiatives); the others stay shapes. The map is fitted to the region,
 * north up at its centre, at most 1.25 × as tall as wide; the legend goes
 * under it.
 */
import type { Lang } from '../../i18n/format.ts';
import type { ChartOptions } from '../common.ts';
import { COLORS, FONT_SIZE, GAP, labelValue, maxTextWidth, minusFormat, textWidth, wrapLabel } from '../common.ts';
import { el, hatchDefs, mapRoot, stableId } from './draw.ts';
import { centralLongitude, collection, conic, fitWidth, mrcFeatures, project } from './geometry.ts';
import type { MrcFeature } from './geometry.ts';
import { anchor, fit, scan } from './labels.ts';
import type { Ring, Spot } from './labels.ts';
import { legend, legendEntries } from './legend.ts';
import { CLASS_COLORS, NO_DATA, colorScale, noDataText } from './scale.ts';

export interface MrcMapDatum {
  /** MRC geographic code, three digits (`510`). */
  readonly code: string;
  readonly label: string;
  /** null: no data (hatched), not zero. */
  readonly value: number | null;
  /** Where the shape leads (only when its value is above zero), e.g. `#mrc-510`. */
  readonly href?: string;
}

export interface MrcMapOptions extends ChartOptions {
  /** Formats a value for the legend and the tooltips, in `lang`. */
  readonly format: (value: number) => string;
  readonly legendTitle: string;
}

const MAX_ASPECT = 1.25;
/** A line of label text, and the space a label keeps from its shape's edges. */
const LINE = FONT_SIZE + 2;
const PAD = 4;
const KEY_ROW = 18;

interface Row {
  readonly feature: MrcFeature;
  readonly label: string;
  readonly value: number | null;
  /** `Maskinongé : 12 initiatives`: the tooltip and the link's name. */
  readonly name: string;
  readonly href: string | undefined;
}

type Placed = { readonly kind: 'name'; readonly lines: readonly string[]; readonly at: Spot } | { readonly kind: 'number'; readonly at: Spot; readonly inside: boolean };

/** The shape's name where it fits, on one line or two; else a spot for its number. */
function place(label: string, rings: readonly Ring[]): Placed {
  const shape = scan(rings);
  const one = fit(shape, textWidth(label) + PAD, LINE + PAD);
  if (one) return { kind: 'name', lines: [label], at: one };
  const two = wrapLabel(label, textWidth(label) * 0.6);
  const both = two.length > 1 ? fit(shape, maxTextWidth(two) + PAD, 2 * LINE + PAD) : undefined;
  if (both) return { kind: 'name', lines: two, at: both };
  const number = fit(shape, textWidth('00') + PAD, LINE);
  return { kind: 'number', at: number ?? anchor(shape), inside: number !== undefined };
}

/** Text on a shape, centred on `at`, with a white halo if asked. */
function labelText(document: Document, at: Spot, lines: readonly string[], fill: string, halo: boolean): SVGTextElement {
  const text = el(document, 'text', {
    x: Math.round(at.x * 10) / 10,
    y: Math.round((at.y - ((lines.length - 1) * LINE) / 2) * 10) / 10,
    dy: '0.32em',
    fill,
    ...(halo ? { stroke: COLORS.white, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' } : {}),
  });
  if (lines.length === 1) text.append(lines[0] ?? '');
  // A line broken at a space keeps it, so the text still reads as the name.
  else lines.forEach((line, i) => text.append(el(document, 'tspan', { x: Math.round(at.x * 10) / 10, ...(i ? { dy: LINE } : {}) }, i < lines.length - 1 && !/[-–]$/.test(line) ? `${line} ` : line)));
  return text;
}

/** The numbered shapes' names, side by side, wrapping within `width`. */
function key(document: Document, entries: readonly { n: number; label: string }[], width: number): { node: SVGGElement; height: number } {
  const node = el(document, 'g', { class: 'cles' });
  let [x, row] = [0, 0];
  for (const { n, label } of entries) {
    const w = textWidth(`${n} ${label}`);
    if (x > 0 && x + w > width) [x, row] = [0, row + 1];
    node.append(el(document, 'text', { x, y: row * KEY_ROW + 12 }, el(document, 'tspan', { 'font-weight': 'bold' }, String(n)), ` ${label}`));
    x += w + 2 * GAP;
  }
  return { node, height: entries.length ? (row + 1) * KEY_ROW : 0 };
}

function rowsOf(regionCode: string, data: readonly MrcMapDatum[], format: (value: number) => string, lang: Lang): Row[] {
  const features = mrcFeatures(regionCode);
  if (!features.length) throw new Error(`mrcMap: no MRC in region ${JSON.stringify(regionCode)}`);
  const byCode = new Map<string, MrcMapDatum>();
  for (const d of data) {
    if (!features.some((f) => f.properties.code === d.code)) throw new Error(`mrcMap: MRC ${JSON.stringify(d.code)} is not in region ${regionCode}`);
    if (byCode.has(d.code)) throw new Error(`mrcMap: MRC ${d.code} given twice`);
    byCode.set(d.code, d);
  }
  return features.map((feature) => {
    const d = byCode.get(feature.properties.code);
    const value = d && d.value !== null && Number.isFinite(d.value) ? d.value : null;
    const label = d?.label ?? feature.properties.name;
    const href = d?.href !== undefined && value !== null && value > 0 ? d.href : undefined;
    return { feature, label, value, name: labelValue(label, value === null ? noDataText(lang) : format(value), lang), href };
  });
}

export function mrcMap(
  regionCode: string,
  data: readonly MrcMapDatum[],
  { document, width = 640, lang = 'fr', format: formatValue, ariaLabel, legendTitle }: MrcMapOptions,
): SVGSVGElement {
  const rows = rowsOf(regionCode, data, minusFormat(formatValue), lang);
  const scale = colorScale(rows.map((r) => r.value));
  const hatch = rows.some((r) => r.value === null);
  const hatchId = stableId('hachures', 'mrc', regionCode, width, ariaLabel);

  const region = collection(rows.map((r) => r.feature));
  const projection = conic(centralLongitude(region));
  const mapHeight = fitWidth(projection, region, width, Math.round(width * MAX_ASPECT));
  const drawn = rows.map((r) => ({ row: r, ...project(r.feature, projection) }));
  const placed = drawn.map((m) => place(m.row.label, m.rings));
  // Numbers in the names' alphabetical order, so the key reads as a list.
  const collator = new Intl.Collator(lang === 'fr' ? 'fr-CA' : 'en-CA');
  const numbered = drawn.filter((_, i) => placed[i]?.kind === 'number').map((m) => m.row.label).sort(collator.compare);
  const numberOf = (label: string): number => numbered.indexOf(label) + 1;

  const colours = legend(document, legendTitle, legendEntries(scale, minusFormat(formatValue), lang, hatch ? hatchId : undefined), width - 4, false);
  const names = key(document, numbered.map((label) => ({ n: numberOf(label), label })), width - 4);
  const keyTop = mapHeight + 12 + colours.height + (names.height ? 8 : 0);
  const svg = mapRoot(document, width, Math.ceil(keyTop + names.height + 2), ariaLabel);
  if (hatch) svg.append(hatchDefs(document, hatchId));

  const shapes = el(document, 'g', { stroke: COLORS.white, 'stroke-width': 0.75, 'stroke-linejoin': 'round' });
  const labels = el(document, 'g', { class: 'etiquettes', 'aria-hidden': 'true', 'pointer-events': 'none', 'text-anchor': 'middle' });
  drawn.forEach(({ row, d }, i) => {
    const paint = row.value === null ? { fill: `url(#${hatchId})`, stroke: NO_DATA.hatch } : { fill: scale.color(row.value) };
    // As on the region map: the title for hover, the link's aria-label for its name.
    const title = el(document, 'title', {}, row.name);
    shapes.append(row.href === undefined ? el(document, 'path', { d, ...paint }, title) : el(document, 'a', { href: row.href, 'aria-label': row.name }, el(document, 'path', { d, ...paint, 'aria-hidden': 'true' }, title)));
    const p = placed[i];
    if (!p) return;
    // White text on the three darker classes (≥ 4.5:1); dark text elsewhere,
    // on a white halo over the second class (3.9:1 without) and wherever a
    // number spills over its shape.
    const level = row.value === null ? 0 : CLASS_COLORS.indexOf(scale.color(row.value) as (typeof CLASS_COLORS)[number]);
    const inside = p.kind === 'name' || p.inside;
    const white = level >= 2 && inside;
    const lines = p.kind === 'name' ? p.lines : [String(numberOf(row.label))];
    labels.append(labelText(document, p.at, lines, white ? COLORS.white : COLORS.text, !white && (level === 1 || !inside)));
  });
  svg.append(shapes, labels);
  colours.node.setAttribute('transform', `translate(2,${mapHeight + 12})`);
  svg.append(colours.node);
  if (names.height) {
    names.node.setAttribute('transform', `translate(2,${keyTop})`);
    names.node.setAttribute('aria-hidden', 'true');
    svg.append(names.node);
  }
  return svg;
}

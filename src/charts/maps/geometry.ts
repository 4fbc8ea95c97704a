/**
 * Québec's 17 regions and 104 MRC (data/geo/quebec-regions.topojson, see
 * data/geo/SOURCE.md), projected at build time into SVG path strings. No
 * GeoJSON reaches the browser: a map is its paths, in pixels, with
 * coordinates to a tenth of a pixel and points closer than MIN_STEP to the
 * previous one dropped, so the markup stays small.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoConicConformal, geoStream } from 'd3-geo';
import type { Extent, GeoConicProjection, GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonObject, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface RegionProperties {
  readonly code: string;
  readonly name: string;
}
export interface MrcProperties extends RegionProperties {
  readonly region_code: string;
}
export type Shape = Polygon | MultiPolygon;
export type RegionFeature = Feature<Shape, RegionProperties>;
export type MrcFeature = Feature<Shape, MrcProperties>;
export type { Extent } from 'd3-geo';

type QuebecTopology = Topology<{ regions: GeometryCollection<RegionProperties>; mrc: GeometryCollection<MrcProperties> }>;

const RELATIVE = '../../../data/geo/quebec-regions.topojson';

/**
 * The file beside the sources (tests, tsx), else from the working directory
 * (a bundled build, where `import.meta.url` is the bundle's, runs from the
 * project root).
 */
function topologyPath(): string {
  const here = new URL(RELATIVE, import.meta.url);
  const candidates = [here.protocol === 'file:' ? fileURLToPath(here) : '', resolve(process.cwd(), 'data/geo/quebec-regions.topojson')];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error(`quebec-regions.topojson not found (tried ${candidates.filter(Boolean).join(', ')})`);
  return found;
}

let cache: { topology: QuebecTopology; regions: RegionFeature[]; mrc: MrcFeature[]; outline: MultiPolygon } | undefined;

function isShape<P>(f: Feature<Geometry, P>): f is Feature<Shape, P> {
  return f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
}

function shapes<P extends RegionProperties>(topology: QuebecTopology, object: GeometryCollection<P>): Feature<Shape, P>[] {
  const features = feature(topology, object).features;
  const bad = features.find((f) => !isShape(f));
  if (bad) throw new Error(`quebec-regions.topojson: ${bad.properties.code} is a ${bad.geometry.type}, not a polygon`);
  return features.filter(isShape).sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
}

/** Loads and decodes the file once per process. */
function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const topology = JSON.parse(readFileSync(topologyPath(), 'utf8')) as QuebecTopology;
  const { regions, mrc } = topology.objects;
  if (regions?.type !== 'GeometryCollection' || mrc?.type !== 'GeometryCollection') {
    throw new Error('quebec-regions.topojson: objects `regions` and `mrc` expected');
  }
  cache = { topology, regions: shapes(topology, regions), mrc: shapes(topology, mrc), outline: merge(topology, regions.geometries) };
  return cache;
}

/** The 17 regions, by code (`01`…`17`). */
export const regionFeatures = (): readonly RegionFeature[] => load().regions;

/** The MRC (and equivalent territories) of a region, or all 104, by code. */
export function mrcFeatures(regionCode?: string): readonly MrcFeature[] {
  const all = load().mrc;
  return regionCode === undefined ? all : all.filter((f) => f.properties.region_code === regionCode);
}

/** Québec as one shape (the regions dissolved): for the locator map. */
export const quebecOutline = (): MultiPolygon => load().outline;

export function collection<F extends Feature>(features: readonly F[]): FeatureCollection<F['geometry'], F['properties']> {
  return { type: 'FeatureCollection', features: [...features] };
}

/**
 * Lambert conformal conic, standard parallels 46° N and 60° N (they bracket
 * southern and northern Québec), centred on `longitude` (72° W for the
 * province; a region's own centre for its MRC map, so its north is up).
 */
export function conic(longitude = -72): GeoConicProjection {
  return geoConicConformal().parallels([46, 60]).rotate([-longitude, 0]);
}

/** Drops a point closer than this (pixels) to the last point kept. */
export const MIN_STEP = 0.7;

/** A tenth of a pixel as text: `12`, `12.3`, `-0.5`. */
const tenth = (t: number): string => (t % 10 === 0 ? String(t / 10) : (t / 10).toFixed(1));

/**
 * A projection stream's end: rounds each point to a tenth of a pixel, drops
 * points within MIN_STEP of the previous one and rings left with fewer than
 * three points (islands smaller than a pixel), and writes relative path
 * commands. Deltas are taken between rounded points, so they do not drift.
 */
class PathWriter implements GeoStream {
  private out = '';
  private polygon = false;
  private line: [number, number][] = [];
  bounds: Extent | undefined;

  polygonStart(): void {
    this.polygon = true;
  }
  polygonEnd(): void {
    this.polygon = false;
  }
  lineStart(): void {
    this.line = [];
  }
  point(x: number, y: number): void {
    const p: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.line.at(-1);
    if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < MIN_STEP * 10) return;
    this.line.push(p);
  }
  lineEnd(): void {
    const line = this.line;
    const [first, last] = [line[0], line.at(-1)];
    if (this.polygon && first && last && line.length > 1 && Math.hypot(first[0] - last[0], first[1] - last[1]) < MIN_STEP * 10) line.pop();
    if (!first || line.length < (this.polygon ? 3 : 2)) return;
    let d = `M${tenth(first[0])},${tenth(first[1])}l`;
    for (let i = 1; i < line.length; i++) {
      const [p, q] = [line[i - 1], line[i]];
      if (!p || !q) continue;
      const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
      d += `${i > 1 && dx >= 0 ? ' ' : ''}${tenth(dx)}${dy >= 0 ? ',' : ''}${tenth(dy)}`;
    }
    this.out += this.polygon ? `${d}z` : d;
    for (const [x, y] of line) this.extend(x / 10, y / 10);
  }
  private extend(x: number, y: number): void {
    const b = this.bounds;
    this.bounds = b ? [[Math.min(b[0][0], x), Math.min(b[0][1], y)], [Math.max(b[1][0], x), Math.max(b[1][1], y)]] : [[x, y], [x, y]];
  }
  result(): string {
    return this.out;
  }
}

export interface Projected {
  /** SVG path data; empty when nothing is left (clipped away or too small). */
  readonly d: string;
  /** Its bounding box in pixels. */
  readonly bounds: Extent | undefined;
}

/** `object` projected (and clipped, if the projection has a clip extent) as SVG path data. */
export function project(object: GeoJsonObject, projection: GeoConicProjection): Projected {
  const writer = new PathWriter();
  geoStream(object, projection.stream(writer));
  return { d: writer.result(), bounds: writer.bounds };
}

/** Do two pixel boxes overlap? */
export function overlaps(a: Extent, b: Extent): boolean {
  return a[0][0] < b[1][0] && b[0][0] < a[1][0] && a[0][1] < b[1][1] && b[0][1] < a[1][1];
}

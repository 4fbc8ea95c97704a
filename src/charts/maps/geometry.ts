/**
 * Québec's 17 regions and 104 MRC (data/geo/quebec-regions.topojson, see
 * data/geo/SOURCE.md), projected at build time into SVG path strings. No
 * GeoJSON reaches the browser: a map is its paths, in pixels (path.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoBounds, geoConicConformal, geoPath, geoStream } from 'd3-geo';
import type { Extent, GeoConicProjection } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonObject, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { PathWriter } from './path.ts';

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

function isTopoShape(g: GeometryObject<RegionProperties>): g is TopoPolygon<RegionProperties> | TopoMultiPolygon<RegionProperties> {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

/** Loads and decodes the file once per process. */
function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const topology = JSON.parse(readFileSync(topologyPath(), 'utf8')) as QuebecTopology;
  const { regions, mrc } = topology.objects;
  if (regions?.type !== 'GeometryCollection' || mrc?.type !== 'GeometryCollection') {
    throw new Error('quebec-regions.topojson: objects `regions` and `mrc` expected');
  }
  cache = { topology, regions: shapes(topology, regions), mrc: shapes(topology, mrc), outline: merge(topology, regions.geometries.filter(isTopoShape)) };
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

/** The longitude halfway between an object's western and eastern edges. */
export function centralLongitude(object: GeoJsonObject): number {
  const [[west], [east]] = geoBounds(object);
  return (west + east) / 2;
}

/**
 * Fits `projection` to `object` across `width` (`pad` pixels inside each
 * edge, for border strokes), as tall as the shape needs but at most
 * `maxHeight` (then narrower, centred). Returns the height used.
 */
export function fitWidth(projection: GeoConicProjection, object: GeoJsonObject, width: number, maxHeight = Infinity, pad = 1): number {
  projection.fitWidth(width - 2 * pad, object);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(object);
  const height = Math.ceil(y1 - y0 + 2 * pad);
  if (height > maxHeight) {
    projection.fitExtent([[pad, pad], [width - pad, maxHeight - pad]], object);
    return maxHeight;
  }
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + pad, ty - y0 + pad]);
  return height;
}

export interface Projected {
  /** SVG path data; empty when nothing is left (clipped away or too small). */
  readonly d: string;
  /** Its bounding box in pixels. */
  readonly bounds: Extent | undefined;
  /** Its rings, as drawn (pixels). */
  readonly rings: readonly (readonly [number, number])[][];
}

/** `object` projected (and clipped, if the projection has a clip extent) as SVG path data. */
export function project(object: GeoJsonObject, projection: GeoConicProjection): Projected {
  const writer = new PathWriter();
  geoStream(object, projection.stream(writer));
  return { d: writer.path, bounds: writer.bounds, rings: writer.rings };
}

/** Do two pixel boxes overlap? */
export function overlaps(a: Extent, b: Extent): boolean {
  return a[0][0] < b[1][0] && b[0][0] < a[1][0] && a[0][1] < b[1][1] && b[0][1] < a[1][1];
}

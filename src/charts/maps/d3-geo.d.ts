/**
 * The few d3-geo functions the maps use. d3 is installed without type
 * declarations (and @types/d3 is not a dependency of this project), so the
 * maps import `d3-geo` (d3's own dependency, v3) through this declaration.
 * If @types/d3-geo is ever added, delete this file.
 */
declare module 'd3-geo' {
  import type { GeoJsonObject } from 'geojson';

  export type Point2 = [number, number];
  export type Extent = [Point2, Point2];

  /** d3's geometry stream: what a projection writes, point by point. */
  export interface GeoStream {
    point(x: number, y: number, z?: number): void;
    lineStart(): void;
    lineEnd(): void;
    polygonStart(): void;
    polygonEnd(): void;
    sphere?(): void;
  }

  export interface GeoConicProjection {
    (point: Point2): Point2 | null;
    stream(output: GeoStream): GeoStream;
    parallels(parallels: Point2): this;
    rotate(angles: Point2 | [number, number, number]): this;
    translate(): Point2;
    translate(point: Point2): this;
    precision(precision: number): this;
    clipExtent(extent: Extent | null): this;
    fitExtent(extent: Extent, object: GeoJsonObject): this;
    fitSize(size: Point2, object: GeoJsonObject): this;
    fitWidth(width: number, object: GeoJsonObject): this;
  }

  export function geoConicConformal(): GeoConicProjection;
  export interface GeoPath {
    /** The projected bounding box, in pixels: [[x0, y0], [x1, y1]]. */
    bounds(object: GeoJsonObject): Extent;
  }
  export function geoPath(projection: GeoConicProjection): GeoPath;
  /** Streams a GeoJSON object (longitude, latitude) into `stream`. */
  export function geoStream(object: GeoJsonObject, stream: GeoStream): void;
  /** The spherical bounding box: [[west, south], [east, north]]. */
  export function geoBounds(object: GeoJsonObject): Extent;
}

/**
 * The end of a d3 projection stream: projected points in, SVG path data out,
 * small. Each ring is
 * 1. rounded to a tenth of a pixel;
 * 2. thinned: a point closer than MIN_STEP to the last one kept is dropped;
 * 3. simplified (Douglas–Peucker, TOLERANCE): a point that strays less than
 *    half a pixel from the line its neighbours make adds nothing at this
 *    size; this halves the markup of the jagged northern coasts (a third of
 *    a pixel gave a third more markup, and no difference one can see at
 *    640 or 360 px: issue #7's home page budget);
 * 4. dropped if fewer than three points are left (an island under a pixel);
 * 5. written with relative commands (`M12.3,45.6l1.2-3.4 0.5,0.6z`), the
 *    deltas taken between rounded points, so they never drift.
 * Neighbours simplify their shared border separately; they may differ by up
 * to TOLERANCE, hidden under the 0.5 px white border.
 */
import type { Extent, GeoStream } from 'd3-geo';

/** Pixels: a point this close to the previous one is dropped (as many points as pixels at most). */
export const MIN_STEP = 1;
/** Pixels: the Douglas–Peucker tolerance. */
export const TOLERANCE = 0.5;

/** Points in tenths of a pixel (integers). */
type Point = readonly [number, number];

/** A tenth of a pixel as text: `12`, `12.3`, `-0.5`. */
const tenth = (t: number): string => (t % 10 === 0 ? String(t / 10) : (t / 10).toFixed(1));

const distance = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Douglas–Peucker on an open polyline: the first and last points stay. */
function simplify(points: readonly Point[], tolerance: number): Point[] {
  const n = points.length;
  if (n < 3) return [...points];
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  for (let span = stack.pop(); span; span = stack.pop()) {
    const [i, j] = span;
    const a = points[i];
    const b = points[j];
    if (!a || !b) continue;
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const length = Math.hypot(dx, dy);
    let [far, at] = [-1, -1];
    for (let k = i + 1; k < j; k++) {
      const p = points[k];
      if (!p) continue;
      const d = length === 0 ? distance(p, a) : Math.abs(dy * (p[0] - a[0]) - dx * (p[1] - a[1])) / length;
      if (d > far) [far, at] = [d, k];
    }
    if (far > tolerance) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return points.filter((_, k) => keep[k]);
}

export class PathWriter implements GeoStream {
  /** The SVG path data written so far. */
  path = '';
  /** The bounding box of what was written, in pixels. */
  bounds: Extent | undefined;
  /** Each ring written, its points in pixels (for placing labels inside a shape). */
  readonly rings: (readonly [number, number])[][] = [];
  private polygon = false;
  private line: Point[] = [];

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
    const p: Point = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.line.at(-1);
    if (!last || distance(p, last) >= MIN_STEP * 10) this.line.push(p);
  }
  lineEnd(): void {
    const first = this.line[0];
    if (!first) return;
    // A ring is simplified as a line that comes back to its first point.
    const line = this.polygon ? simplify([...this.line, first], TOLERANCE * 10).slice(0, -1) : simplify(this.line, TOLERANCE * 10);
    if (line.length < (this.polygon ? 3 : 2)) return;
    let d = `M${tenth(first[0])},${tenth(first[1])}l`;
    line.forEach((q, i) => {
      const p = line[i - 1];
      if (!p) return;
      const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
      d += `${i > 1 && dx >= 0 ? ' ' : ''}${tenth(dx)}${dy >= 0 ? ',' : ''}${tenth(dy)}`;
    });
    this.path += this.polygon ? `${d}z` : d;
    if (this.polygon) this.rings.push(line.map(([x, y]) => [x / 10, y / 10] as const));
    for (const [x, y] of line) this.extend(x / 10, y / 10);
  }
  private extend(x: number, y: number): void {
    const b = this.bounds;
    this.bounds = b ? [[Math.min(b[0][0], x), Math.min(b[0][1], y)], [Math.max(b[1][0], x), Math.max(b[1][1], y)]] : [[x, y], [x, y]];
  }
}

/**
 * Where a label goes inside a projected shape, and whether it fits there.
 * The server-side DOM has no layout, so this works on the shape's rings (in
 * pixels, as drawn) and on the estimated text width. A box of the label's
 * size fits at height y when, on every line across the box (every two
 * pixels), the shape's inside spans cover the box's width: the spans of
 * those lines are intersected, and the widest result wins. This finds room
 * in concave shapes (a label does not land on a neighbour that bites in).
 */
export type Point = readonly [number, number];
export type Ring = readonly Point[];

export interface Spot {
  readonly x: number;
  readonly y: number;
}

type Span = readonly [number, number];

/** The inside of the shape along the horizontal line at `y` (even-odd: holes and islands count). */
function spansAt(y: number, rings: readonly Ring[]): Span[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  xs.sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let k = 0; k + 1 < xs.length; k += 2) spans.push([xs[k]!, xs[k + 1]!]);
  return spans;
}

function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [a0, a1] of a) {
    for (const [b0, b1] of b) {
      const [lo, hi] = [Math.max(a0, b0), Math.min(a1, b1)];
      if (hi > lo) out.push([lo, hi]);
    }
  }
  return out;
}

const STEP = 2;

/** A shape scanned once: its inside spans on horizontal lines STEP pixels apart. */
export interface Scan {
  readonly top: number;
  readonly rows: readonly (readonly Span[])[];
  readonly box: readonly [number, number, number, number];
}

export function scan(rings: readonly Ring[]): Scan {
  const points = rings.flat();
  if (!points.length) return { top: 0, rows: [], box: [0, 0, 0, 0] };
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
  const rows: Span[][] = [];
  for (let y = top + STEP / 2; y < bottom; y += STEP) rows.push(spansAt(y, rings));
  return { top, rows, box: [Math.min(...xs), top, Math.max(...xs), bottom] };
}

/**
 * The centre of a place for a `width` × `height` box inside the shape, or
 * undefined if there is none: the roomiest, where room beyond the box's own
 * width (or 20 px) no longer counts, then the one nearest the shape's
 * vertical middle.
 */
export function fit({ top, rows }: Scan, width: number, height: number): Spot | undefined {
  const n = Math.max(1, Math.ceil(height / STEP));
  const middle = top + (rows.length * STEP) / 2;
  const enough = Math.max(width, 20);
  let best: { spot: Spot; slack: number; off: number } | undefined;
  for (let k = 0; k + n <= rows.length; k++) {
    let room = rows[k] ?? [];
    for (let i = 1; i < n && room.length; i++) room = intersect(room, rows[k + i] ?? []);
    const y = top + (k + n / 2) * STEP;
    for (const [x0, x1] of room) {
      const free = x1 - x0 - width;
      if (free < 0) continue;
      const slack = Math.min(free, enough);
      const off = Math.abs(y - middle);
      if (!best || slack > best.slack + 1 || (slack > best.slack - 1 && off < best.off)) best = { spot: { x: (x0 + x1) / 2, y }, slack, off };
    }
  }
  return best?.spot;
}

/** Where to put a mark too big for the shape: the middle of its widest line, else its box's centre. */
export function anchor(shape: Scan): Spot {
  const [x0, y0, x1, y1] = shape.box;
  return fit(shape, 0, 0) ?? { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
}

/**
 * The SVG pieces every map shares: elements, the root, the hatch pattern
 * for "no data", and the focus style of the region links.
 */
import { COLORS, FONT_SIZE, SVG_NS } from '../common.ts';
import { NO_DATA } from './scale.ts';

type Attrs = Record<string, string | number>;

export function el<K extends keyof SVGElementTagNameMap>(document: Document, tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

/**
 * An id that is the same for the same chart (snapshots compare bytes) but
 * differs between charts on one page: a page holds a map twice, at 640 and
 * 360 px, one of them hidden, and a pattern must not be looked up in the
 * hidden one. FNV-1a of what makes the chart.
 */
export function stableId(prefix: string, ...parts: (string | number)[]): string {
  let h = 0x811c9dc5;
  for (const c of parts.join('|')) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return `${prefix}-${h.toString(36)}`;
}

/** The `<svg>`: its size, the site's text size, the accessible name. */
export function mapRoot(document: Document, width: number, height: number, ariaLabel: string): SVGSVGElement {
  return el(document, 'svg', {
    xmlns: SVG_NS,
    class: 'carte',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-size': FONT_SIZE,
    fill: COLORS.text,
    'aria-label': ariaLabel,
  });
}

/** `<defs>` with the "no data" pattern: white, grey lines at 45°. */
export function hatchDefs(document: Document, id: string): SVGDefsElement {
  return el(
    document,
    'defs',
    {},
    el(
      document,
      'pattern',
      { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      el(document, 'rect', { width: 6, height: 6, fill: NO_DATA.fill }),
      el(document, 'path', { d: 'M3,0v6', stroke: NO_DATA.hatch, 'stroke-width': 1.2 }),
    ),
  );
}

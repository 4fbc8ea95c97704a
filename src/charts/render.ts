/**
 * Charts are drawn once, at build time, into a server-side DOM (linkedom —
 * the same one in the build and the tests), then written out as markup for
 * inline `<svg>` in the page.
 */
import { parseHTML } from 'linkedom';
import { SVG_NS } from './common.ts';

/** A fresh document for Plot's `document` option. */
export function createDocument(): Document {
  return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document;
}

export interface SvgMarkupOptions {
  /** The chart's accessible name; defaults to the root's `aria-label`. */
  readonly ariaLabel?: string;
}

/**
 * The chart as `<svg>` markup, accessible and deterministic:
 * - the root carries `xmlns`, no `font-family` (the page's font applies) and
 *   either `role="img"`, or `role="group"` when it holds links (an image's
 *   children are hidden from assistive technology, links included);
 * - each link is named by its own `aria-label`, taken from the mark inside
 *   it (Plot's `ariaLabel` channel), e.g. `Laval : 412 000 $`; links inside
 *   an `aria-hidden` group (a bar that repeats its label's link) leave the
 *   tab order;
 * - no other element without a role keeps `aria-label` / `aria-description`
 *   (axe: aria-prohibited-attr on Plot's `<g aria-label="bar">`);
 * - geometry is rounded to a tenth of a pixel (a third of the markup).
 * The node given is not changed.
 */
export function toSvgMarkup(node: Element, options: SvgMarkupOptions = {}): string {
  if (node.localName !== 'svg') {
    throw new Error(`toSvgMarkup expects an <svg>, not <${node.localName}> (Plot returns a <figure> with a legend: use direct labels)`);
  }
  const svg = node.cloneNode(true) as Element;
  const name = options.ariaLabel ?? svg.getAttribute('aria-label');
  if (!name) throw new Error('a chart needs an accessible name: pass ariaLabel');

  const links = [...svg.querySelectorAll('a')];
  for (const a of links) {
    if (a.closest('[aria-hidden="true"]')) {
      // A bar repeating its label's link: out of the tab order, and hidden, so unnamed.
      a.setAttribute('tabindex', '-1');
      a.removeAttribute('aria-label');
    } else if (!a.hasAttribute('aria-label')) {
      const name = a.querySelector('[aria-label]')?.getAttribute('aria-label') ?? a.textContent.trim();
      if (name) a.setAttribute('aria-label', name);
    }
  }
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    if (el.localName === 'a' || el.hasAttribute('role')) continue;
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }

  // Plot's own <style> (block display, `white-space: pre` on text) is in
  // the site's stylesheet once, not in every chart.
  for (const style of svg.querySelectorAll(':scope > style')) style.remove();
  svg.removeAttribute('font-family');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('role', links.length ? 'group' : 'img');
  svg.setAttribute('aria-label', name);
  return serialize(svg);
}

/**
 * A chart's markup with every link out of the tab order (issue #21): the
 * links stay for the pointer (a bar, a region) and for a screen reader's
 * reading, but the keyboard does not stop on each bar or region of every
 * chart; the figure's data table holds the same links (Figure.astro,
 * MapFigure.astro), one Tab away when opened.
 */
export function withoutTabStops(markup: string): string {
  return markup.replace(/<a\b(?![^>]*\stabindex=)/g, '<a tabindex="-1"');
}

/** Geometry attributes: Plot writes them to 15 digits; a tenth of a pixel is plenty. */
const GEOMETRY = new Set(['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'd', 'transform', 'points']);
// Lengths in em (`y="0.32em"`) are not pixels: kept to a thousandth, which drops float noise
// (Plot's multi-line text writes `0.35200000000000004em`, 39 times on the home page).
const roundNumbers = (value: string): string =>
  value
    .replace(/-?\d+\.\d{2,}(?![\d.a-z%])/gi, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/(-?\d+\.\d{4,})em/g, (_, n: string) => `${Math.round(Number(n) * 1000) / 1000}em`);

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/**
 * Our own serializer, because linkedom's leaves `&` raw in attributes. Text
 * keeps its no-break spaces as characters (`412 000 $`), not `&#160;`.
 */
function serialize(el: Element): string {
  // The root's namespace declaration first, then attributes in DOM order.
  const attrs = [...el.attributes].sort((a, b) => Number(b.name === 'xmlns') - Number(a.name === 'xmlns'));
  let out = `<${el.localName}`;
  for (const { name, value } of attrs) out += ` ${name}="${escapeAttr(GEOMETRY.has(name) ? roundNumbers(value) : value)}"`;
  if (!el.hasChildNodes()) return `${out}/>`;
  out += '>';
  for (const child of el.childNodes) {
    if (child.nodeType === 1) out += serialize(child as Element);
    else if (child.nodeType === 3) out += escapeText(child.textContent ?? '');
  }
  return `${out}</${el.localName}>`;
}

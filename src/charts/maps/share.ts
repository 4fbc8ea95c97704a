/**
 * Maps of one page drawn from the same projection repeat the same outlines:
 * the overview map's three variables at one width are three copies of 17
 * region paths, coloured differently. `shareGeometry` keeps each repeated
 * path once, in a hidden sprite `<svg>` placed before the maps, and turns
 * every copy into `<use href="#…">` with the copy's own fill and stroke
 * (the sprite's paths carry only their geometry, so those are inherited).
 * The overview map went from 146 KB to a third of that (issue #7).
 */

export interface SharedGeometry {
  /** The hidden sprite, or '' when nothing repeats. */
  readonly sprite: string;
  /** Each markup, its repeated paths replaced by `<use>`. */
  readonly markups: string[];
}

/** Paths shorter than this are left alone: a `<use>` would not be shorter. */
const MIN_LENGTH = 120;
/** A `<path …>` start tag; its `d` is read from its attributes, in any order. */
const PATH = /<path\b([^>]*?)\sd="([^"]+)"/g;
/** A whole `<path …/>` or `<path …>…</path>` element (a path's children are never paths). */
const ELEMENT = /<path\b([^>]*?)\sd="([^"]+)"([^>]*?)(\/>|>([\s\S]*?)<\/path>)/g;

export function shareGeometry(markups: readonly string[], idPrefix: string): SharedGeometry {
  const count = new Map<string, number>();
  for (const markup of markups) {
    for (const [, , d] of markup.matchAll(PATH)) if (d!.length >= MIN_LENGTH) count.set(d!, (count.get(d!) ?? 0) + 1);
  }
  const ids = new Map<string, string>();
  for (const [d, n] of count) if (n > 1) ids.set(d, `${idPrefix}-${ids.size + 1}`);
  if (ids.size === 0) return { sprite: '', markups: [...markups] };
  const defs = [...ids].map(([d, id]) => `<path id="${id}" d="${d}"/>`).join('');
  return {
    sprite: `<svg xmlns="http://www.w3.org/2000/svg" class="sprite" aria-hidden="true" focusable="false" width="0" height="0"><defs>${defs}</defs></svg>`,
    markups: markups.map((m) =>
      m.replace(ELEMENT, (whole, before: string, d: string, after: string, end: string, inner: string | undefined) => {
        const id = ids.get(d);
        if (!id) return whole;
        // A path with children (its <title>, a tooltip) keeps them, in a <use>.
        return `<use href="#${id}"${before}${after}${inner === undefined ? end : `>${inner}</use>`}`;
      }),
    ),
  };
}

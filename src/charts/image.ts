/**
 * A chart published as an image file (`/donnees/graphiques/<id>-<lang>-<width>.svg`)
 * rather than inline: an `<img>` is one DOM node instead of hundreds, loads
 * lazily and is cached. The page's stylesheet and fonts do not reach into an
 * image, so the file carries its text colour, a system font stack and
 * Plot's `white-space: pre` itself. Its links would not work in an `<img>`:
 * charts drawn this way have none (their table holds the links).
 */

/** What an `<img>` of the chart says: its size and its text alternative (the chart's accessible name). */
export interface ImageSize {
  readonly width: number;
  readonly height: number;
  readonly alt: string | null;
}

const unescape = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The size the markup's root `<svg>` declares, and its `aria-label`. */
export function imageSize(markup: string): ImageSize {
  const attr = (name: string): number => Number(new RegExp(`^<svg\\b[^>]*\\s${name}="([\\d.]+)"`).exec(markup)?.[1] ?? NaN);
  const [width, height] = [attr('width'), attr('height')];
  if (!Number.isFinite(width) || !Number.isFinite(height)) throw new Error('chart image: the <svg> has no width and height');
  const label = /aria-label="([^"]*)"/.exec(markup)?.[1];
  return { width, height, alt: label === undefined ? null : unescape(label) };
}

/** The chart's markup as a file of its own: colour, fonts and white space it would otherwise take from the page. */
export function standaloneSvg(markup: string): string {
  if (/<a\b/.test(markup)) throw new Error('chart image: an image cannot hold links; draw it without href');
  return markup
    .replace(/^<svg\b/, `<svg style="color:#223654" font-family="system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"`)
    .replace(/>/, '><style>text,tspan{white-space:pre}</style>');
}

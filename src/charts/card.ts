/**
 * Share cards (issue #10 item 4): the 1200×630 image a link preview shows
 * (Open Graph, Twitter). `cardSvg` is pure — text in, SVG markup out, text
 * measured with the font's own advance widths so a long title wraps and
 * ends with an ellipsis instead of running off the card — and
 * `renderCard` turns it into PNG bytes with resvg, given only the bundled
 * Roboto (never a system font: the same bytes on every machine).
 */
import { Resvg } from '@resvg/resvg-js';
import type { Font } from './cardFont.ts';
import { roboto } from './cardFont.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardContent {
  /** The program's name, in the top band. */
  readonly program: string;
  /** Above the title: what this is and where (`Pratique gagnante · Laval`). */
  readonly kicker: string;
  readonly title: string;
  /** One key figure, already formatted, with its label. */
  readonly figure?: { readonly value: string; readonly label: string } | undefined;
  /** The "Données fictives" banner's text, when the data are fictional. */
  readonly fictif?: string | undefined;
}

const INK = '#223654';
const BLUE = '#095797';
const GREY = '#4e5662';
const MARGIN = 72;
const ELLIPSIS = '…';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The text as the font can draw it: no tofu (emoji and other glyphs it lacks are dropped, unknown spaces become spaces). */
export function drawable(text: string, font: Font): string {
  return [...text.normalize('NFC')]
    .map((c) => (font.advance(c) !== undefined ? c : /\s/.test(c) ? ' ' : ''))
    .join('')
    .replace(/[ \t\r\n]+/g, ' ')
    // French spacing: guillemets and high punctuation never start or end a line alone.
    .replace(/« /g, '«\u00a0')
    .replace(/ ([»:;!?])/g, '\u00a0$1')
    .trim();
}

/** Width of a line of text in pixels at `size`. */
export function textWidth(text: string, font: Font, size: number): number {
  let em = 0;
  for (const c of text) em += font.advance(c) ?? 0;
  return em * size;
}

/** `text` cut to fit `width`, ending with an ellipsis when anything was cut. */
export function truncate(text: string, font: Font, size: number, width: number): string {
  if (textWidth(text, font, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}${ELLIPSIS}`, font, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * Greedy word wrap into at most `maxLines` lines of `width` pixels; a word
 * wider than a line is cut; text left over ends the last line with an
 * ellipsis.
 */
export function wrap(text: string, font: Font, size: number, width: number, maxLines: number): string[] {
  const fits = (s: string): boolean => textWidth(s, font, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    if (fits(line ? `${line} ${word}` : word)) {
      line = line ? `${line} ${word}` : word;
      continue;
    }
    if (line) lines.push(line);
    // One word wider than a line (an address, a compound name): cut it where it stops fitting.
    let rest = [...word];
    while (!fits(rest.join(''))) {
      let n = 1;
      while (n < rest.length && fits(rest.slice(0, n + 1).join(''))) n++;
      lines.push(rest.slice(0, n).join(''));
      rest = rest.slice(n);
    }
    line = rest.join('');
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  // The last kept line plus what follows overflows by construction: truncate adds the ellipsis.
  return [...lines.slice(0, maxLines - 1), truncate(`${lines[maxLines - 1]!} ${lines[maxLines]!}`, font, size, width)];
}

/** The card as an SVG document (fonts named, not embedded: `renderCard` supplies them). */
export function cardSvg(content: CardContent): string {
  const bold = roboto(700);
  const regular = roboto(400);
  const inner = CARD_WIDTH - 2 * MARGIN;
  const fictif = content.fictif ? drawable(content.fictif, bold) : '';
  const program = truncate(drawable(content.program, bold), bold, 34, inner - (fictif ? textWidth(fictif, bold, 26) + 48 : 0));
  const kicker = truncate(drawable(content.kicker, regular), regular, 32, inner);
  const title = drawable(content.title, bold) || ELLIPSIS;
  // Three lines at 64 px; a title too long for them at 64 gets four at 54.
  let size = 64;
  let lines = wrap(title, bold, size, inner, 3);
  if (lines.at(-1)!.endsWith(ELLIPSIS) && title.length > 60) {
    size = 54;
    lines = wrap(title, bold, size, inner, 4);
  }
  const lineHeight = Math.round(size * 1.15);
  const titleTop = 252;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${CARD_WIDTH}" height="104" fill="${BLUE}"/>`,
    `<text x="${MARGIN}" y="65" font-family="Roboto" font-weight="700" font-size="34" fill="#ffffff">${escapeXml(program)}</text>`,
  ];
  if (fictif) {
    const w = Math.ceil(textWidth(fictif, bold, 26)) + 40;
    parts.push(
      `<rect x="${CARD_WIDTH - MARGIN - w}" y="30" width="${w}" height="46" rx="6" fill="#ffd24d"/>`,
      `<text x="${CARD_WIDTH - MARGIN - w / 2}" y="62" text-anchor="middle" font-family="Roboto" font-weight="700" font-size="26" fill="${INK}">${escapeXml(fictif)}</text>`,
    );
  }
  parts.push(`<text x="${MARGIN}" y="174" font-family="Roboto" font-weight="400" font-size="32" fill="${GREY}">${escapeXml(kicker)}</text>`);
  lines.forEach((l, i) => {
    parts.push(`<text x="${MARGIN}" y="${titleTop + i * lineHeight}" font-family="Roboto" font-weight="700" font-size="${size}" fill="${INK}">${escapeXml(l)}</text>`);
  });
  if (content.figure) {
    const value = truncate(drawable(content.figure.value, bold), bold, 60, inner);
    const label = truncate(drawable(content.figure.label, regular), regular, 30, inner);
    parts.push(
      `<rect x="${MARGIN}" y="${CARD_HEIGHT - 150}" width="8" height="100" fill="${BLUE}"/>`,
      `<text x="${MARGIN + 32}" y="${CARD_HEIGHT - 102}" font-family="Roboto" font-weight="700" font-size="60" fill="${BLUE}">${escapeXml(value)}</text>`,
      `<text x="${MARGIN + 32}" y="${CARD_HEIGHT - 56}" font-family="Roboto" font-weight="400" font-size="30" fill="${GREY}">${escapeXml(label)}</text>`,
    );
  }
  parts.push(`<rect y="${CARD_HEIGHT - 16}" width="${CARD_WIDTH}" height="16" fill="${BLUE}"/>`, '</svg>');
  return parts.join('\n');
}

/** PNG bytes of a card's SVG: only the bundled Roboto, no system font lookup. */
export function renderCard(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: [roboto(400).file, roboto(700).file], loadSystemFonts: false, defaultFontFamily: 'Roboto' },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}

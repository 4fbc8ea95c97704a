/**
 * A chart as a file of its own, for readers who put it in a report or a
 * slide (contract §10: "the chart's SVG, PNG and CSV"): the wide variant
 * the page shows, as a standalone SVG (`<id>-<lang>.svg`) and as a PNG
 * (`<id>-<lang>.png`, twice its size for sharp print). Its links are the
 * page's business, so they are dropped (kept as plain groups). The PNG is
 * drawn by resvg with the project's own Roboto (never a system font: the
 * same bytes on every machine) and kept in `.cache/graphiques/` by the
 * hash of its SVG, as share cards are (charts/cardPng.ts): a later build,
 * or a test's build of its own, reads an unchanged chart back.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { SHARED_CACHE_DIR } from '../lib/common/outputRoot.ts';
import { roboto } from './cardFont.ts';
import { standaloneSvg } from './image.ts';

/** Bump when the renderer, the font or the zoom changes (the SVG text alone would not show it). */
const RENDERER = 'resvg-2.6.2 roboto-5.3 zoom-2 white';
const CHART_CACHE = join(SHARED_CACHE_DIR, 'graphiques');
/** PNG pixels per SVG pixel. */
export const PNG_ZOOM = 2;

/** The chart's markup as a file: without its links (an `<a>` becomes a `<g>`), with its colour and fonts. */
export function chartFileSvg(markup: string): string {
  return standaloneSvg(markup.replace(/<a\b[^>]*>/g, '<g>').replace(/<\/a>/g, '</g>'));
}

/** The cache file of a chart's SVG. */
export const chartCacheFile = (svg: string, dir = CHART_CACHE): string =>
  join(dir, `${createHash('sha256').update(RENDERER).update(svg).digest('hex').slice(0, 32)}.png`);

/** PNG bytes of a chart file's SVG (`chartFileSvg`), on white, drawn with the bundled Roboto only. */
export function renderChartPng(svg: string): Buffer {
  // The file names the reader's system fonts; the PNG has Roboto, whatever the machine.
  const roboted = svg.replace(/^(<svg\b[^>]*?)font-family="[^"]*"/, '$1font-family="Roboto"');
  const resvg = new Resvg(roboted, {
    font: { fontFiles: [roboto(400).file, roboto(700).file], loadSystemFonts: false, defaultFontFamily: 'Roboto' },
    fitTo: { mode: 'zoom', value: PNG_ZOOM },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}

/** The chart's PNG bytes: from the cache, or drawn and then cached. */
export function chartPng(svg: string, dir = CHART_CACHE): Buffer {
  const cached = chartCacheFile(svg, dir);
  if (existsSync(cached)) return readFileSync(cached);
  const png = renderChartPng(svg);
  mkdirSync(dir, { recursive: true });
  // Written aside then renamed: a build stopped midway leaves no truncated image in the cache.
  const aside = `${cached}.${process.pid}.tmp`;
  writeFileSync(aside, png);
  renameSync(aside, cached);
  return png;
}

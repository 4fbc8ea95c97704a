/**
 * `npm run bench:reading` (and a part of `npm run bench`): what a reader
 * meets on the built site (issue #21), in Debian's Chromium against dist/.
 * Measures, asserts nothing (the browser tests assert the limits):
 * - each page's height at 375 px (every region page, in both languages,
 *   and the other long pages), against the 15 000 px target of region pages;
 * - the tab stops of a page (elements in the keyboard's tab order) and how
 *   many of them are inside charts;
 * - the Letter pages each page prints on (home ≤ 4, /indicateurs/ ≤ 12);
 * - the smallest chart text at 320 px (target ≥ 12 px).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../../tools/browser/chromium.ts';
import { serve } from '../../tools/browser/server.ts';
import { ROOT } from '../paths.ts';

const fmt = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 1 });

const LONG_PAGES = ['/', '/indicateurs/', '/donnees/', '/methodologie/', '/partenaires/', '/pratiques/', '/priorites/securite-alimentaire/', '/editions/2025-2026/', '/editions/2025-2026/changements/'];
const PRINTED = [
  { path: '/', max: 4 },
  { path: '/en/', max: 4 },
  { path: '/indicateurs/', max: 12 },
  { path: '/en/indicateurs/', max: 12 },
  { path: '/regions/monteregie/', max: 10 },
  { path: '/priorites/securite-alimentaire/', max: null },
];
const TAB_PAGES = ['/', '/en/', '/regions/monteregie/', '/regions/laval/', '/priorites/securite-alimentaire/', '/indicateurs/'];

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** The page's height with every block laid out (content-visibility skips offscreen blocks until they are near). */
async function height(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '* { content-visibility: visible !important; }';
    document.head.append(style);
    return document.documentElement.scrollHeight;
  });
}

/**
 * Tab stops: the elements the Tab key reaches, pressed until focus comes
 * back to one already seen; and how many of them are inside a chart or map
 * drawing (an `svg`).
 */
async function tabStops(page: Page, url: string): Promise<{ all: number; inCharts: number }> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => {
    (window as unknown as { __stops: Element[] }).__stops = [];
    document.addEventListener('focusin', (e) => (window as unknown as { __stops: Element[] }).__stops.push(e.target as Element), true);
  });
  for (let i = 0; i < 1500; i++) {
    await page.keyboard.press('Tab');
    const cycled = await page.evaluate(() => {
      const stops = (window as unknown as { __stops: Element[] }).__stops;
      const last = stops.at(-1);
      return last !== undefined && stops.indexOf(last) < stops.length - 1;
    });
    if (cycled) break;
  }
  return page.evaluate(() => {
    const stops = [...new Set((window as unknown as { __stops: Element[] }).__stops)];
    return { all: stops.length, inCharts: stops.filter((el) => el.closest('svg')).length };
  });
}

/**
 * The smallest chart text as drawn on screen: inline SVG text at its
 * computed size times the drawing's scale; a chart published as an image
 * at the smallest `font-size` of its SVG file times the image's scale.
 */
async function smallestChartText(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(async () => {
    let min = Infinity;
    for (const text of document.querySelectorAll<SVGTextElement>('figure svg text')) {
      if (!text.textContent?.trim()) continue;
      const box = text.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const ctm = text.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * scale);
    }
    for (const img of document.querySelectorAll<HTMLImageElement>('figure img')) {
      const src = img.currentSrc || img.src;
      if (!src.endsWith('.svg') || img.getBoundingClientRect().width === 0) continue;
      const source = await (await fetch(src)).text();
      const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
      const width = Number(svg.getAttribute('viewBox')?.split(/\s+/)[2] ?? svg.getAttribute('width'));
      const sizes = [...source.matchAll(/font-size[:=]\s*"?([\d.]+)/g)].map((m) => Number(m[1]));
      if (sizes.length && width) min = Math.min(min, Math.min(...sizes) * (img.getBoundingClientRect().width / width));
    }
    return min;
  });
}

export async function benchReading(): Promise<void> {
  const server = await serve(join(ROOT, 'dist'));
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'fr-CA' });
    const page = await context.newPage();
    const regions = readdirSync(join(ROOT, 'dist/regions'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/regions/${d.name}/`);
    console.log('Hauteur des pages à 375 px (cible des pages de région : ≤ 15 000 px) : page | fr (px) | en (px)');
    let tallest = { path: '', px: 0 };
    for (const path of [...regions, ...LONG_PAGES]) {
      const fr = await height(page, `${server.url}${path}`);
      const en = await height(page, `${server.url}/en${path}`);
      if (path.startsWith('/regions/') && Math.max(fr, en) > tallest.px) tallest = { path, px: Math.max(fr, en) };
      console.log(`${path} | ${fmt.format(fr)} | ${fmt.format(en)}`);
    }
    console.log(`Page de région la plus haute : ${tallest.path}, ${fmt.format(tallest.px)} px (cible ≤ 15 000 px) — ${tallest.px <= 15_000 ? 'atteinte' : 'NON atteinte'}.`);

    console.log('');
    console.log('Arrêts de tabulation à 1280 px : page | arrêts | dans les graphiques');
    const wide = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA' });
    const widePage = await wide.newPage();
    for (const path of TAB_PAGES) {
      const { all, inCharts } = await tabStops(widePage, `${server.url}${path}`);
      console.log(`${path} | ${all} | ${inCharts}`);
    }

    console.log('');
    console.log('Pages imprimées (Letter) : page | pages | cible');
    for (const { path, max } of PRINTED) {
      await widePage.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const n = pdfPages(await widePage.pdf({ format: 'Letter' }));
      console.log(`${path} | ${n} | ${max === null ? '—' : `≤ ${max} ${n <= max ? '(atteinte)' : '(NON atteinte)'}`}`);
    }

    console.log('');
    console.log('Plus petit texte de graphique à 320 px (cible ≥ 12 px) : page | px');
    const narrow = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: 'fr-CA' });
    const narrowPage = await narrow.newPage();
    for (const path of ['/', '/regions/monteregie/', '/priorites/securite-alimentaire/', '/indicateurs/']) {
      const px = await smallestChartText(narrowPage, `${server.url}${path}`);
      console.log(`${path} | ${fmt.format(px)} ${px >= 12 ? '(atteinte)' : '(NON atteinte)'}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchReading();

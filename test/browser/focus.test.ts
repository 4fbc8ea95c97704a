/**
 * Issue #9, part 5: the keyboard focus indicator contrasts at least 3:1
 * with what is behind it, on every background it lands on (WCAG 2.4.11,
 * with 2.4.13's 2 px as the target). Tab through a page; at each stop read
 * the outline and box-shadow colours, and the backgrounds behind the ring:
 * the first opaque background among the element's ancestors, and what lies
 * under the middle of each side of the ring (a link drawn over the header,
 * as the skip link, sits on the header's blue, not on its parent's white).
 * With each of them, the ring of the best colour must reach 3:1 and be at
 * least 2 px thick.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';

const PAGES = ['/', '/regions/laval/', '/donnees/', '/en/regions/'];
const MAX_STOPS = 400;

interface Stop {
  /** A short description of the focused element, for the failure message. */
  readonly what: string;
  /** Over its backgrounds, the lowest contrast of the best ring on each. */
  readonly contrast: number;
  /** The thickness of that ring, in CSS px. */
  readonly width: number;
  readonly backgrounds: string[];
  readonly rings: string[];
}

/** In the page: the focused element's rings and the backgrounds behind them. */
function inspectFocus(): Stop | null {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  type Rgba = [number, number, number, number];
  const parse = (c: string): Rgba | null => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
  };
  const luminance = ([r, g, b]: Rgba): number =>
    [r, g, b]
      .map((v) => v / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const ratio = (a: Rgba, b: Rgba): number => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  };
  const opaqueBackground = (start: Element | null): Rgba => {
    for (let e = start; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0.5) return c;
    }
    return [255, 255, 255, 1];
  };
  const style = getComputedStyle(el);
  const rings: Array<{ color: Rgba; width: number }> = [];
  const outlineWidth = parseFloat(style.outlineWidth) || 0;
  if (style.outlineStyle !== 'none' && outlineWidth > 0) {
    // `auto` is the browser's own ring: counted as its declared colour.
    const color = parse(style.outlineColor);
    if (color) rings.push({ color, width: outlineWidth });
  }
  // Each shadow: `rgb(…) 0px 0px 0px 2px`, the spread being its visible thickness.
  for (const m of style.boxShadow.matchAll(/(rgba?\([^)]+\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px/g)) {
    const color = parse(m[1]!);
    if (color && !style.boxShadow.includes('inset')) rings.push({ color, width: Number(m[5]) });
  }
  const rect = el.getBoundingClientRect();
  const reach = (parseFloat(style.outlineOffset) || 0) + outlineWidth / 2;
  const points: Array<[number, number]> = [
    [rect.left - reach, rect.top + rect.height / 2],
    [rect.right + reach, rect.top + rect.height / 2],
    [rect.left + rect.width / 2, rect.top - reach],
    [rect.left + rect.width / 2, rect.bottom + reach],
  ];
  const backgrounds = [opaqueBackground(el.parentElement)];
  for (const [x, y] of points) {
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    const under = document.elementsFromPoint(x, y).find((e) => e !== el && !el.contains(e));
    if (under) backgrounds.push(opaqueBackground(under));
  }
  // Per background, the ring that stands out most from it (a two-colour
  // indicator, WCAG technique C40: on the dark nav the white ring shows, on
  // the pale banner under it the dark one); the worst background counts.
  let best = { contrast: Infinity, width: 0 };
  for (const b of backgrounds) {
    const ring = rings.map((r) => ({ contrast: ratio(r.color, b), width: r.width })).sort((x, y) => y.contrast - x.contrast)[0] ?? { contrast: 0, width: 0 };
    if (ring.contrast < best.contrast) best = ring;
  }
  const name = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40) || el.getAttribute('aria-label') || '';
  const hex = (c: Rgba): string => `#${c.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  return {
    what: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} «${name}»`,
    contrast: Math.round(best.contrast * 100) / 100,
    width: best.width,
    backgrounds: [...new Set(backgrounds.map(hex))],
    rings: rings.map((r) => `${hex(r.color)} ${r.width}px`),
  };
}

/** Every Tab stop of a page, from the top, once around. */
async function tabStops(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  const seen = new Set<unknown>();
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const el = document.activeElement as Element & { __stop?: number };
      if (!el || el === document.body) return null;
      el.__stop ??= Math.random();
      return el.__stop;
    });
    if (key === null || seen.has(key)) break;
    seen.add(key);
    const stop = await page.evaluate(inspectFocus);
    if (stop) stops.push(stop);
  }
  return stops;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('focus indicator', () => {
  for (const path of PAGES) {
    for (const width of [375, 1280]) {
      it(`${path} at ${width} px: every Tab stop has a ring of 3:1 or more, 2 px or more`, async () => {
        const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`, { width });
        const stops = await tabStops(page);
        expect(stops.length).toBeGreaterThan(10);
        const min = Math.min(...stops.map((s) => s.contrast));
        console.info(`${path} at ${width} px: ${stops.length} Tab stops, minimum focus contrast ${min.toFixed(2)}:1`);
        const weak = stops.filter((s) => s.contrast < 3 || s.width < 2);
        expect(weak.map((s) => `${s.what}: ${s.contrast}:1, ${s.width}px (rings ${s.rings.join(', ') || 'none'} on ${s.backgrounds.join(', ')})`)).toEqual([]);
        await context.close();
      });
    }
  }
});

/**
 * Issue #21, item 5: 83 of the home page's 115 Tab stops were links inside
 * charts (80 and 22 before this change), with no way past a chart. Now a
 * chart's drawing has none: its links are in its data table. Tab is pressed
 * from the top until focus comes back to an element already seen.
 */
async function pressedStops(page: Page): Promise<{ all: number; inDrawings: string[]; perFigure: number[] }> {
  await page.evaluate(() => {
    (window as unknown as { __stops: Element[] }).__stops = [];
    document.addEventListener('focusin', (e) => (window as unknown as { __stops: Element[] }).__stops.push(e.target as Element), true);
  });
  for (let i = 0; i < MAX_STOPS; i++) {
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
    return {
      all: stops.length,
      inDrawings: stops.filter((el) => el.closest('figure svg, figure picture')).map((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''),
      perFigure: [...document.querySelectorAll('figure.chart')].map((f) => stops.filter((el) => f.contains(el)).length),
    };
  });
}

describe('Tab stops: no chart drawing holds one (issue #21)', () => {
  const LIMITS: Record<string, number> = { '/': 60, '/en/': 60, '/regions/monteregie/': 105, '/priorites/securite-alimentaire/': 80 };
  for (const [path, max] of Object.entries(LIMITS)) {
    it(`${path} at 1280 px: no Tab stop inside a chart or map, ${max} at most on the page`, async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`);
      const { all, inDrawings, perFigure } = await pressedStops(page);
      console.info(`${path}: ${all} Tab stops, per figure ${perFigure.join(', ')}`);
      expect(inDrawings).toEqual([]);
      expect(all).toBeLessThanOrEqual(max);
      await context.close();
    });
  }
});

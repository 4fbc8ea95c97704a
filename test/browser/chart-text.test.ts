/**
 * Chart text as a reader sees it (issue #9): an SVG scales with its box, so
 * a 12 px label in a 640 px chart shown 600 px wide is 11.25 px on screen.
 * Every visible `<text>` of the inline charts and maps, and of the charts
 * published as `<img>` files, is measured at 320, 375 and 1280 px: font size ×
 * the scale from its user units to the screen (getScreenCTM). Also: one
 * Tab stop per destination on the home pages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';

/** The smallest legible chart text, in CSS pixels as rendered. */
const MIN_PX = 12;
const WIDTHS = [375, 1280] as const;
/** Issue #21, item 7: 320 px too, the narrowest phone (text fell to 10.6 px there). */
const TEXT_WIDTHS = [320, ...WIDTHS] as const;
const PAGES = ['/', '/en/', '/regions/laval/', '/regions/monteregie/', '/priorites/securite-alimentaire/', '/indicateurs/', '/en/regions/laval/'];

interface Measured {
  readonly px: number;
  readonly text: string;
  readonly where: string;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Every visible SVG text's rendered size. SVGs loaded through `<img>` are
 * parsed from their file and laid out off-screen at the image's rendered
 * width, then measured the same way.
 */
async function textSizes(page: Page): Promise<Measured[]> {
  // Lazy images: load them all, so each <picture> has chosen its file.
  await page.evaluate(async () => {
    const imgs = [...document.querySelectorAll<HTMLImageElement>('img[src$=".svg"]')];
    for (const img of imgs) img.loading = 'eager';
    await Promise.all(imgs.map((img) => img.decode().catch(() => undefined)));
  });
  return page.evaluate(() => {
    const out: { px: number; text: string; where: string }[] = [];
    const measure = (root: ParentNode, where: string): void => {
      for (const text of root.querySelectorAll<SVGTextElement>('svg text')) {
        const content = text.textContent?.trim() ?? '';
        if (!content || !text.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const ctm = text.getScreenCTM();
        if (!ctm) continue;
        const scale = Math.hypot(ctm.a, ctm.b);
        // A tspan may set its own size; the smallest counts.
        const sizes = [text, ...text.querySelectorAll('tspan')].map((t) => parseFloat(getComputedStyle(t).fontSize));
        out.push({ px: Math.min(...sizes) * scale, text: content.slice(0, 40), where });
      }
    };
    measure(document, 'inline');
    return Promise.all(
      [...document.querySelectorAll<HTMLImageElement>('img')]
        .filter((img) => /\.svg$/.test(img.currentSrc) && img.checkVisibility())
        .map(async (img) => {
          const markup = await (await fetch(img.currentSrc)).text();
          const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
          const box = document.createElement('div');
          box.style.cssText = 'position:absolute;left:-20000px;top:0;font-size:16px';
          const width = img.getBoundingClientRect().width;
          const viewBox = svg.viewBox.baseVal;
          svg.setAttribute('width', String(width));
          svg.setAttribute('height', String((width * viewBox.height) / viewBox.width));
          box.append(document.importNode(svg, true));
          document.body.append(box);
          measure(box, img.currentSrc.replace(location.origin, ''));
          box.remove();
        }),
    ).then(() => out);
  });
}

describe('chart text is at least 12 px as rendered', () => {
  const smallest: Record<string, string> = {};
  afterAll(() => {
    console.info(`smallest chart text:\n${Object.entries(smallest).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
  });

  for (const width of TEXT_WIDTHS) {
    for (const path of PAGES) {
      it(`${path} at ${width} px`, async () => {
        const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`, { width });
        const sizes = await textSizes(page);
        await context.close();
        expect(sizes.length).toBeGreaterThan(0);
        const min = sizes.reduce((a, b) => (b.px < a.px ? b : a));
        smallest[`${path} @${width}`] = `${min.px.toFixed(2)} px « ${min.text} » (${min.where})`;
        const small = sizes.filter((s) => s.px < MIN_PX - 0.01).map((s) => `${s.px.toFixed(2)} px « ${s.text} » (${s.where})`);
        expect([...new Set(small)]).toEqual([]);
      });
    }
  }
});

/**
 * Tab stops in DOM order: what Tab reaches (visible, not tabindex="-1"),
 * one per radio group.
 */
async function tabStops(page: Page): Promise<{ tag: string; href: string | null; inMain: boolean }[]> {
  return page.evaluate(() => {
    const seenGroups = new Set<string>();
    const stops: { tag: string; href: string | null; inMain: boolean }[] = [];
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>('a[href], summary, input, button, select, textarea, [tabindex]')) {
      if (el.getAttribute('tabindex') !== null && Number(el.getAttribute('tabindex')) < 0) continue;
      if ((el as HTMLInputElement).disabled || !el.checkVisibility({ visibilityProperty: true })) continue;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (seenGroups.has(el.name)) continue;
        seenGroups.add(el.name);
      }
      stops.push({ tag: el.localName, href: el.getAttribute('href'), inMain: el.closest('main') !== null });
    }
    return stops;
  });
}

const repeated = (stops: readonly { href: string | null }[]): string[] => {
  const hrefs = stops.flatMap((s) => (s.href === null ? [] : [s.href]));
  return [...new Set(hrefs.filter((h, i) => hrefs.indexOf(h) !== i))];
};

describe('one Tab stop per destination', () => {
  for (const path of ['/', '/en/']) {
    for (const width of WIDTHS) {
      it(`${path} at ${width} px: no two Tab stops share an href`, async () => {
        const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`, { width });
        const stops = await tabStops(page);
        await context.close();
        console.info(`${path} @${width}: ${stops.length} Tab stops, ${stops.filter((s) => s.inMain).length} in <main>`);
        // The page's content: charts and maps repeat no link the page already offers.
        expect(repeated(stops.filter((s) => s.inMain))).toEqual([]);
        // The whole page, header and footer included.
        expect(repeated(stops)).toEqual([]);
      });
    }
  }
});

/**
 * Issue #9: tables on a phone. At 320 and 375 px, open every collapsed
 * section, then check every table cell: either it fits on the screen, or
 * its table is in a scrolling box that is keyboard-focusable, labelled and
 * shows the "wider than the screen" cue. The page itself never scrolls
 * sideways, and no cell cuts its own text (amounts were shown as "2 606 3…").
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';

const PAGES = [
  '/',
  '/regions/laval/',
  '/regions/monteregie/',
  '/en/regions/nord-du-quebec/',
  '/priorites/securite-alimentaire/',
  '/indicateurs/',
  '/donnees/',
  '/en/donnees/',
  '/methodologie/',
  '/editions/',
  '/editions/2025-2026/changements/',
  '/editions/2024-2025/regions/laval/',
];

interface Finding {
  readonly page: number;
  readonly clipped: string[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('tables at phone widths', () => {
  for (const width of [320, 375]) {
    for (const path of PAGES) {
      it(`${path} at ${width} px`, async () => {
        const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}${path}`, { width });
        // Every block laid out as when the reader scrolls to it (content-visibility skips offscreen ones, issue #21).
        await page.evaluate(() => {
          document.querySelectorAll('details').forEach((d) => (d.open = true));
          const style = document.createElement('style');
          style.textContent = '* { content-visibility: visible !important; }';
          document.head.append(style);
        });
        // Let the boxes' ResizeObserver mark the tables that now overflow.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const found: Finding = await page.evaluate(() => {
          const clipped: string[] = [];
          const viewport = document.documentElement.clientWidth;
          const describe = (el: Element): string => `${el.closest('table')?.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? el.closest('[aria-label]')?.getAttribute('aria-label') ?? 'table'} › ${el.textContent?.trim().slice(0, 30)}`;
          for (const cell of document.querySelectorAll<HTMLElement>('main th, main td')) {
            const rect = cell.getBoundingClientRect();
            if (rect.width === 0 || rect.height === 0) continue;
            const style = getComputedStyle(cell);
            if (style.overflow !== 'visible' && cell.scrollWidth > cell.clientWidth + 1) clipped.push(`cuts its text: ${describe(cell)}`);
            if (rect.right <= viewport + 0.5 && rect.left >= -0.5) continue;
            const box = cell.closest<HTMLElement>('.table-wrap');
            if (!box) {
              clipped.push(`off-screen, no scrolling box: ${describe(cell)}`);
              continue;
            }
            const boxStyle = getComputedStyle(box);
            const problems = [
              ['auto', 'scroll'].includes(boxStyle.overflowX) ? null : 'box does not scroll',
              box.tabIndex === 0 ? null : 'box not focusable',
              box.getAttribute('role') === 'region' && (box.getAttribute('aria-label') ?? '').trim() !== '' ? null : 'box not a labelled region',
              box.hasAttribute('data-overflow') && getComputedStyle(box, '::before').content.length > 2 ? null : 'no visible scroll cue',
            ].filter((p) => p !== null);
            if (problems.length > 0) clipped.push(`${problems.join(', ')}: ${describe(cell)}`);
          }
          return { page: document.documentElement.scrollWidth - viewport, clipped: [...new Set(clipped)] };
        });
        await context.close();
        expect(found.clipped).toEqual([]);
        expect(found.page, 'the page scrolls sideways').toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
      });
    }
  }
});

/**
 * Issue #7's layout shift: the whole page moved by 0.31 on English pages
 * when web fonts swapped in. Here the fonts are held back 400 ms (a slow
 * network, simulated by delaying their responses; nothing is timed) and the
 * layout shifts of the load are summed by the browser's own
 * PerformanceObserver: they must stay under Lighthouse's "good" threshold.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../../tools/browser/chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('no layout shift when the web font arrives late', () => {
  for (const path of ['/en/methodologie/', '/en/regions/nord-du-quebec/', '/pratiques/', '/editions/2025-2026/']) {
    it(path, async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
      await context.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) {
            if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      let fonts = 0;
      await page.route('**/*.woff2', async (route) => {
        fonts++;
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
      await page.goto(`${inject('baseUrl')}${path}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(200);
      expect(fonts).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThanOrEqual(0.02);
      await context.close();
    });
  }
});

describe('no layout shift while the page’s own script runs on a slow phone', () => {
  // The catalogue's script used to swap its links for the filter form and fold the panel on a phone
  // after the first paint: the whole list moved (CLS 0.13 in Lighthouse, issue #19). The CPU is slowed
  // six times, as Lighthouse's mobile runs slow it four times on a faster machine; nothing is timed.
  for (const path of ['/pratiques/', '/en/pratiques/']) {
    it(path, async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
      await context.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) {
            if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      await page.goto(`${inject('baseUrl')}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      // The script did its work: the form is shown and the panel folded.
      expect(await page.locator('form[data-catalogue-form]').evaluate((f) => (f as HTMLFormElement).hidden)).toBe(false);
      expect(await page.locator('details.facets').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThanOrEqual(0.02);
      await context.close();
    });
  }
});

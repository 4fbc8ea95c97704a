/**
 * The bilingual 404 page, the language switch and the sortable table; each
 * page type is checked by pages-fr and pages-en (test/browser/pageTypes.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { axeViolations } from './axe.ts';

const WIDTHS = [375, 1280];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// The bilingual 404 page (one file, French then English): what a host serves for a missing URL.
describe('/404.html', () => {
  for (const width of WIDTHS) {
    it(`at ${width} px: no axe violation, no console error, no other host, nothing wider than the screen`, async () => {
      const { page, errors, foreign, context } = await openPage(browser, `${inject('baseUrl')}/404.html`, { width });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await context.close();
    });
  }
});

describe('language switch', () => {
  it('lands on the same page in the other language, and back', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/regions/laval/`);
    await page.click('a.piv__lang');
    expect(new URL(page.url()).pathname).toBe('/en/regions/laval/');
    await page.click('a.piv__lang');
    expect(new URL(page.url()).pathname).toBe('/regions/laval/');
    await context.close();
  });
});

describe('initiatives table', () => {
  it('sorts by a column with JavaScript, and says how with aria-sort', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/regions/montreal/`);
    // The year's initiatives open on demand (issue #21).
    await page.locator('#initiatives + details.fold > summary').click();
    const table = page.locator('table.sortable').first();
    const persons = async (): Promise<number[]> =>
      (await table.locator('tbody tr td:nth-child(7)').evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset['value']))));
    await table.locator('thead th').nth(6).locator('button').click();
    const ascending = await persons();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await table.locator('thead th').nth(6).getAttribute('aria-sort')).toBe('ascending');
    await table.locator('thead th').nth(6).locator('button').click();
    const descending = await persons();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await context.close();
  });

  it('keeps its rows, sorted by FQIS, without JavaScript', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/regions/montreal/`, { javaScript: false });
    const amounts = await page.locator('table.sortable').first().locator('tbody tr td:nth-child(6)').evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset['value'])));
    expect(amounts.length).toBeGreaterThan(10);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    await context.close();
  });
});

/**
 * Each page type, in both languages, at phone and desktop widths:
 * zero axe-core violations (WCAG 2.2 A/AA), no console error, no request
 * to another host; and readable with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { axeViolations } from './axe.ts';

const PAGE_TYPES = [
  '/', '/regions/mauricie/', '/regions/nord-du-quebec/', '/priorites/securite-alimentaire/', '/indicateurs/', '/pratiques/', '/donnees/', '/methodologie/',
  // Editions (contract §6): the list, a frozen edition's pages, its changes.
  '/editions/', '/editions/2025-2026/', '/editions/2025-2026/regions/mauricie/', '/editions/2024-2025/indicateurs/', '/editions/2024-2025/donnees/', '/editions/2025-2026/changements/',
  // Navigation (issue #9): the index pages of regions and priorities.
  '/regions/', '/priorites/', '/editions/2024-2025/regions/',
  // Winning practices (issue #10): one reported two years, one absent from the latest year, and an edition's.
  '/pratiques/bas-saint-laurent/bsl-24-007/', '/pratiques/bas-saint-laurent/bsl-24-016/', '/editions/2024-2025/pratiques/bas-saint-laurent/bsl-24-016/',
  // The partners' guide (issue #11).
  '/partenaires/',
  // The export checker (issue #11): its page before any file is chosen (test/browser/checker.test.ts checks it with results).
  '/verifier/',
];
const WIDTHS = [375, 1280];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

for (const lang of ['fr', 'en'] as const) {
  for (const path of PAGE_TYPES) {
    const url = lang === 'fr' ? path : `/en${path}`;
    describe(url, () => {
      for (const width of WIDTHS) {
        it(`at ${width} px: no axe violation, no console error, no other host`, async () => {
          const { page, errors, foreign, context } = await openPage(browser, `${inject('baseUrl')}${url}`, { width });
          expect(await axeViolations(page)).toEqual([]);
          expect(errors).toEqual([]);
          expect(foreign).toEqual([]);
          // Nothing wider than the screen but scrollable tables and charts.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await context.close();
        });
      }

      it('is readable with JavaScript disabled', async () => {
        const { page, context } = await openPage(browser, `${inject('baseUrl')}${url}`, { javaScript: false });
        expect((await page.locator('h1').textContent())?.trim().length).toBeGreaterThan(3);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'fr' ? 'fr-CA' : 'en-CA');
        expect(await page.textContent('.fictional')).toMatch(lang === 'fr' ? /fictives/ : /Fictional/);
        await context.close();
      });
    });
  }
}

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

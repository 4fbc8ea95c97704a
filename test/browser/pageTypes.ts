/**
 * Each page type in one language, at phone and desktop widths: zero
 * axe-core violations (WCAG 2.2 A/AA), no console error, no request to
 * another host, nothing wider than the screen; and readable with
 * JavaScript off. One test file per language (pages-fr, pages-en), so the
 * two run side by side.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { axeViolations } from './axe.ts';

export const PAGE_TYPES = [
  '/', '/regions/mauricie/', '/regions/nord-du-quebec/', '/priorites/securite-alimentaire/', '/indicateurs/', '/pratiques/', '/donnees/', '/methodologie/',
  // Editions (contract §6): the list, a frozen edition's pages, its changes.
  '/editions/', '/editions/2025-2026/', '/editions/2025-2026/regions/mauricie/', '/editions/2024-2025/indicateurs/', '/editions/2024-2025/donnees/', '/editions/2025-2026/changements/',
  // A corrected edition's page whose figures carry *révisé* marks (the current pages above carry the latest edition's).
  '/editions/2024-2025/regions/laval/',
  // Navigation (issue #9): the index pages of regions and priorities.
  '/regions/', '/priorites/', '/editions/2024-2025/regions/',
  // Winning practices (issue #10): one reported two years, one absent from the latest year, and an edition's.
  '/pratiques/bas-saint-laurent/bsl-24-007/', '/pratiques/bas-saint-laurent/bsl-24-016/', '/editions/2024-2025/pratiques/bas-saint-laurent/bsl-24-016/',
  // The partners' guide (issue #11).
  '/partenaires/',
  // The export checker (issue #11): its page before any file is chosen (test/browser/checker.test.ts checks it with results).
  '/verifier/',
];
export const WIDTHS = [375, 1280];


export function checkPages(lang: 'fr' | 'en'): void {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  for (const path of PAGE_TYPES) {
    const url = lang === 'fr' ? path : `/en${path}`;
    describe(url, () => {
      for (const width of WIDTHS) {
        it(`at ${width} px: no axe violation, no console error, no other host`, async () => {
          const { page, errors, foreign, context } = await openPage(browser, `${inject('baseUrl')}${url}`, { width });
          expect(await axeViolations(page)).toEqual([]);
          expect(errors).toEqual([]);
          expect(foreign).toEqual([]);
          // Then with every folded section open (issue #21): what a reader opens is checked too.
          const folded = await page.evaluate(() => {
            const folds = document.querySelectorAll<HTMLDetailsElement>('main details.fold, main details.mrc-list');
            for (const d of folds) d.open = true;
            return folds.length;
          });
          if (folded > 0) expect(await axeViolations(page)).toEqual([]);
          // Nothing wider than the screen but scrollable tables and charts, every block laid
          // out, even those the browser skips until they scroll into view (content-visibility).
          const overflow = await page.evaluate(() => {
            for (const d of document.querySelectorAll<HTMLDetailsElement>('main details')) d.open = true;
            const style = document.createElement('style');
            style.textContent = '* { content-visibility: visible !important; }';
            document.head.append(style);
            return document.documentElement.scrollWidth - window.innerWidth;
          });
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

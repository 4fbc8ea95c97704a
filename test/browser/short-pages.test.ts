/**
 * Issue #21, part 4: shorter pages on a phone. At 375 px Montérégie was
 * 47 723 px tall, Montréal 44 843: the year's initiatives (22 000 px of
 * stacked rows), every MRC's list, thirteen practice cards and the guide's
 * indicators all laid out one after the other. Long sections now open on
 * demand behind a clear summary, under their heading (which the table of
 * contents lists); an MRC map's link opens its MRC's list; paper gets all.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { DIST } from './dist.ts';

const REGIONS = readdirSync(join(DIST, 'regions'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const MAX_HEIGHT = 15_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The page's height with every block laid out (content-visibility skips offscreen blocks until they are near). */
function fullHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '* { content-visibility: visible !important; }';
    document.head.append(style);
    return document.documentElement.scrollHeight;
  });
}

describe('region pages at 375 px', () => {
  it('covers every region (the test means something)', () => {
    expect(REGIONS.length).toBe(17);
  });
  for (const lang of ['fr', 'en'] as const) {
    it(`every region page is at most ${MAX_HEIGHT} px tall (${lang})`, async () => {
      const heights: Record<string, number> = {};
      const { page, context } = await openPage(browser, `${inject('baseUrl')}/`, { width: 375 });
      for (const slug of REGIONS) {
        await page.goto(`${inject('baseUrl')}${lang === 'fr' ? '' : '/en'}/regions/${slug}/`);
        heights[slug] = await fullHeight(page);
      }
      await context.close();
      const over = Object.entries(heights).filter(([, h]) => h > MAX_HEIGHT);
      expect(over).toEqual([]);
      // Not an empty page either: the largest region has much to show.
      expect(heights['monteregie']).toBeGreaterThan(6_000);
    });
  }
});

describe('folded sections of a region page', () => {
  for (const [lang, prefix, show, count] of [
    ['fr', '', /^Afficher les \d+ initiatives de 2025–\u20602026$/, /^Voir les \d+ autres pratiques gagnantes$/],
    ['en', '/en', /^Show the \d+ initiatives of 2025–\u20602026$/, /^See the \d+ other winning practices$/],
  ] as const) {
    it(`${prefix}/regions/monteregie/: each long section opens on demand under its heading, listed in the contents (${lang})`, async () => {
      const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}${prefix}/regions/monteregie/`, { width: 375 });
      const summary = page.locator('#initiatives + details.fold > summary');
      expect((await summary.textContent())!.trim()).toMatch(show);
      const rows = Number(/\d+/.exec((await summary.textContent())!)![0]);
      const table = page.locator('#initiatives + details.fold table');
      expect(await table.isVisible()).toBe(false);
      await summary.click();
      expect(await table.isVisible()).toBe(true);
      // The summary's count is the table's.
      expect(await table.locator('tbody tr').count()).toBe(rows);
      // The practices beyond the first three fold too.
      const more = page.locator('#pratiques-gagnantes ~ details.fold > summary');
      expect((await more.textContent())!.trim()).toMatch(count);
      // Every section heading is in the table of contents.
      const headings = await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
      const contents = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
      expect(contents).toEqual(headings);
      await context.close();
      expect(errors).toEqual([]);
    });
  }

  it('an MRC map link opens that MRC’s folded list (and so does its address)', async () => {
    const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}/regions/monteregie/`, { width: 1280 });
    const link = page.locator('[id*="-carte-mrc-"] .chart__svg--wide a[href^="#mrc-"]').first();
    const href = (await link.getAttribute('href'))!;
    const list = page.locator(href);
    expect(await list.isVisible()).toBe(false);
    await page.goto(`${inject('baseUrl')}/regions/monteregie/${href}`);
    await page.waitForFunction((id) => document.getElementById(id)?.closest('details')?.open === true, href.slice(1));
    expect(await page.locator(href).isVisible()).toBe(true);
    expect(await page.locator(`${href} li`).count()).toBeGreaterThan(0);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('folded sections print open, without their summaries', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/regions/monteregie/`, { width: 720 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#initiatives + details.fold table.sortable').isVisible()).toBe(true);
    expect(await page.locator('#indicateurs + details.fold table').isVisible()).toBe(true);
    expect(await page.locator('details.fold > summary').evaluateAll((s) => s.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
    await context.close();
  });
});

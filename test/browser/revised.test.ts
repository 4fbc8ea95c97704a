/**
 * The *révisé* marks as a reader meets them (contract §6, version 3): on the
 * current pages, the value the latest edition published; on a corrected
 * edition's pages, the value of the revision before; in the key figures,
 * the yearly table and the charts' data tables; visible at 375 px, with a
 * legend only on pages that have a mark, and a link that lands on the
 * changes page's line.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Text as read, no-break spaces and word joiners made plain. */
const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();

describe('révisé marks', () => {
  it('show on the current home page the FQIS the 2025-2026 edition published, and lead to its line', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/`);
    expect(await page.locator('.revised-legend').count()).toBe(1);
    const mark = page.locator('ul.figures li').first().locator('.revised__was');
    expect(plain(await mark.textContent())).toBe('révisé · publié : 24 774 819 $ (édition 2025–2026, révision 1)');
    await mark.locator('a.revised').click();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/editions/2025-2026/changements/');
    expect(url.hash).toBe('#donnees-actuelles-2025-2026-QC-fqis');
    expect(await page.locator(url.hash).count()).toBe(1);
    await context.close();
  });

  it('show on the corrected edition’s Laval page revision 1’s FQIS, readable at 375 px without scrolling the table', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/editions/2024-2025/regions/laval/`, { width: 375 });
    expect(await page.locator('.revised-legend').count()).toBe(1);
    const yearly = page.locator('table:has(caption:text("Chiffres clés par année"))');
    const mark = yearly.locator('.revised__was').first();
    expect(plain(await mark.textContent())).toBe('révisé · publié : 365 507 $ (édition 2024–2025, révision 1)');
    // The yearly table fits the phone: no scrolling box, and the mark inside the screen.
    const box = yearly.locator('xpath=..');
    expect(await box.evaluate((b) => b.scrollWidth <= b.clientWidth + 1)).toBe(true);
    const rect = (await mark.boundingBox())!;
    expect(rect.x).toBeGreaterThanOrEqual(0);
    expect(rect.x + rect.width).toBeLessThanOrEqual(375);
    expect(await mark.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(12);
    expect(await mark.locator('a').getAttribute('href')).toBe('/editions/2024-2025/changements/#revision-2-2024-2025-13-fqis');
    await context.close();
  });

  it('mark the cell of a chart’s data table whose figure was corrected, in its region’s row', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/en/editions/2024-2025/`);
    const figure = page.locator('#fqis-par-region-2024-2025');
    const row = figure.locator('tbody tr:has(.revised)');
    expect(await row.count()).toBe(1);
    expect(plain(await row.locator('th').textContent())).toBe('Laval');
    expect(plain(await row.locator('.revised__was').textContent())).toMatch(/^revised · published: \$365,507 \(2024–2025 edition, revision 1\)$/);
    await context.close();
  });

  it('give no legend to a page without a mark', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/editions/2024-2025/regions/mauricie/`);
    expect(await page.locator('.revised').count()).toBe(0);
    expect(await page.locator('.revised-legend').count()).toBe(0);
    await context.close();
  });
});

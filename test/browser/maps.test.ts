/** Maps in Chromium: keyboard access, one link per region, the no-JS switch. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { REGIONS } from '../../src/lib/contract/regions.ts';
import { launch, openPage } from '../../tools/browser/chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('overview map', () => {
  it('has exactly one focusable link per region, each named with its value', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/`);
    const links = await page.locator('figure.map .map__variant').first().locator('.chart__svg--wide a:not([tabindex="-1"])').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href'), name: a.getAttribute('aria-label') })),
    );
    expect(links.map((l) => l.href).sort()).toEqual(REGIONS.map((r) => `/regions/${r.slug}/`).sort());
    for (const l of links) expect(l.name).toMatch(/\u00a0: .*\$|aucune donnée/);
    await context.close();
  });

  it('Tab reaches every region link of the shown map, and Enter opens the region page', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/`);
    const reached = new Set<string>();
    let lavalFocused = false;
    for (let i = 0; i < 120 && reached.size < REGIONS.length; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => {
        const a = document.activeElement;
        return a?.closest('figure.map') && a.tagName.toLowerCase() === 'a' ? a.getAttribute('href') : null;
      });
      if (href) reached.add(href);
      if (href === '/regions/laval/') {
        lavalFocused = true;
        break;
      }
    }
    expect(lavalFocused).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/regions/laval/');
    expect(await page.locator('h1').textContent()).toBe('Laval');
    expect(reached.size).toBe(REGIONS.length);
    await context.close();
  });

  it('switches variable without JavaScript', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/en/`, { javaScript: false });
    const shown = () => page.locator('figure.map .map__variant').evaluateAll((vs) => vs.filter((v) => getComputedStyle(v).display !== 'none').map((v) => (v as HTMLElement).dataset['variable']));
    expect(await shown()).toEqual(['fqis']);
    await page.locator('figure.map label', { hasText: 'Persons reached' }).click();
    expect(await shown()).toEqual(['persons']);
    await context.close();
  });
});

describe('region and priority maps', () => {
  it('a region page shows its locator and, when MRC are named, its MRC map with their attribution', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/regions/mauricie/`);
    expect(await page.locator('.locator svg').count()).toBe(1);
    expect(await page.locator('figure.map').count()).toBe(1);
    expect(await page.locator('figure.map').textContent()).toContain('CC BY 4.0');
    await context.close();
  });

  it('a priority page shows the regional map for that priority', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/priorites/prejuges/`);
    // The FQIS and per-inhabitant variants: only the chosen one is shown, so only its links are reachable.
    expect(await page.locator('figure.map .map__variant[data-variable="fqis"] .chart__svg--wide a:not([tabindex="-1"])').count()).toBe(REGIONS.length);
    expect(await page.locator('figure.map .chart__svg--wide a:not([tabindex="-1"]) >> visible=true').count()).toBe(REGIONS.length);
    await context.close();
  });
});

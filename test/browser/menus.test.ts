/**
 * Issue #9, part 5: the header menus ("Régions", "Priorités nationales",
 * <details> enhanced by Page.astro's script) open from the keyboard, close
 * on Escape with focus back on their summary, on a click outside and when
 * the other one opens; at 375 px the open menu pushes the page down
 * instead of covering the navigation. Without JavaScript they still open.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const REGIONS = '.nav__menu:has(a[href$="/regions/"])';
const PRIORITIES = '.nav__menu:has(a[href$="/priorites/"])';

const isOpen = (page: Page, menu: string): Promise<boolean> => page.locator(menu).evaluate((d) => (d as HTMLDetailsElement).open);
const focused = (page: Page): Promise<string> => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());

/** Tab from the top of the page until the focus is on the summary named `name`. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: (document.activeElement?.textContent ?? '').trim() }));
    if (here.tag === 'SUMMARY' && here.text === name) return;
  }
  throw new Error(`no Tab stop on the summary ${name}`);
}

describe('header menus', () => {
  it('keyboard: Tab to "Régions", Enter opens it, Escape closes it and leaves the focus on its summary', async () => {
    const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}/`);
    await tabTo(page, 'Régions');
    await page.keyboard.press('Enter');
    expect(await isOpen(page, REGIONS)).toBe(true);
    // Into the menu: its first link is the index of the regions.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Toutes les régions');
    await page.keyboard.press('Escape');
    expect(await isOpen(page, REGIONS)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expect(await focused(page)).toBe('Régions');
    // Escape on the summary itself closes too.
    await page.keyboard.press('Enter');
    expect(await isOpen(page, REGIONS)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen(page, REGIONS)).toBe(false);
    expect(await focused(page)).toBe('Régions');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keyboard: Tab past the last link of an open menu closes it', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/`);
    await tabTo(page, 'Priorités nationales');
    await page.keyboard.press('Enter');
    const links = await page.locator(`${PRIORITIES} a`).count();
    for (let i = 0; i < links; i++) await page.keyboard.press('Tab');
    expect(await isOpen(page, PRIORITIES)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Indicateurs');
    expect(await isOpen(page, PRIORITIES)).toBe(false);
    await context.close();
  });

  it('opening "Priorités nationales" closes "Régions"', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/`);
    await page.click(`${REGIONS} > summary`);
    expect(await isOpen(page, REGIONS)).toBe(true);
    await page.click(`${PRIORITIES} > summary`);
    expect(await isOpen(page, PRIORITIES)).toBe(true);
    expect(await isOpen(page, REGIONS)).toBe(false);
    await context.close();
  });

  it('a click outside closes the open menu', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/regions/laval/`);
    await page.click(`${REGIONS} > summary`);
    expect(await isOpen(page, REGIONS)).toBe(true);
    await page.mouse.click(1200, 850);
    expect(await isOpen(page, REGIONS)).toBe(false);
    await context.close();
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px the open menu covers no navigation item and leaves its summary visible`, async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}/`, { width });
      for (const menu of [REGIONS, PRIORITIES]) {
        await page.click(`${menu} > summary`);
        const boxes = await page.evaluate((selector) => {
          const open = document.querySelector(selector)!;
          const sub = open.querySelector('.nav__sub')!.getBoundingClientRect();
          const items = [...document.querySelectorAll('.nav__list > li > a, .nav__list > li > details > summary')].map((el) => ({
            text: (el.textContent ?? '').trim(),
            box: el.getBoundingClientRect(),
          }));
          const overlaps = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          return { covered: items.filter((i) => overlaps(i.box, sub)).map((i) => i.text), subHeight: sub.height };
        }, menu);
        expect(boxes.subHeight).toBeGreaterThan(100);
        expect(boxes.covered).toEqual([]);
        // The summary stays where it can be seen and pressed again to close.
        const summary = page.locator(`${menu} > summary`);
        await expect(summary.isVisible()).resolves.toBe(true);
        await summary.click();
        expect(await isOpen(page, menu)).toBe(false);
      }
      await context.close();
    });
  }

  it('at 375 px an open menu pushes the page down instead of covering its title', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/`, { width: 375 });
    const top = (): Promise<number> => page.locator('h1').evaluate((h) => h.getBoundingClientRect().top);
    const before = await top();
    await page.click(`${REGIONS} > summary`);
    const sub = await page.locator(`${REGIONS} .nav__sub`).evaluate((u) => u.getBoundingClientRect().bottom);
    expect(await top()).toBeGreaterThan(sub);
    expect(await top()).toBeGreaterThan(before);
    await context.close();
  });

  // Issue #21, item 5: at 1280 px the open « Régions » dropdown covered the page's title.
  for (const width of [375, 1280]) {
    for (const path of ['/', '/regions/laval/', '/en/indicateurs/']) {
      it(`${path} at ${width} px: an open menu never covers the page's title`, async () => {
        const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`, { width });
        for (const menu of [REGIONS, PRIORITIES]) {
          await page.click(`${menu} > summary`);
          expect(await isOpen(page, menu)).toBe(true);
          const seen = await page.evaluate((selector) => {
            const h1 = document.querySelector('h1')!;
            const title = h1.getBoundingClientRect();
            const sub = document.querySelector(`${selector} .nav__sub`)!.getBoundingClientRect();
            const overlaps = title.left < sub.right && sub.left < title.right && title.top < sub.bottom && sub.top < title.bottom;
            // What is drawn at the middle of the title's first line (scrolled into view).
            h1.scrollIntoView({ block: 'center' });
            const box = h1.getBoundingClientRect();
            const top = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + 10);
            return { overlaps, subHeight: sub.height, onTop: top !== null && h1.contains(top) };
          }, menu);
          expect(seen.subHeight).toBeGreaterThan(100);
          expect(seen.overlaps).toBe(false);
          expect(seen.onTop).toBe(true);
          await page.click(`${menu} > summary`);
          expect(await isOpen(page, menu)).toBe(false);
        }
        await context.close();
      });
    }
  }

  it('open and close without JavaScript, one at a time (<details name>)', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/en/`, { javaScript: false });
    await page.click(`${REGIONS} > summary`);
    expect(await isOpen(page, REGIONS)).toBe(true);
    expect(await page.locator(`${REGIONS} a`).first().textContent()).toBe('All regions');
    await page.click(`${PRIORITIES} > summary`);
    expect(await isOpen(page, REGIONS)).toBe(false);
    await page.click(`${PRIORITIES} > summary`);
    expect(await isOpen(page, PRIORITIES)).toBe(false);
    await context.close();
  });
});

describe('language switch', () => {
  it('keeps the section anchor: ids are the same on the French and English pages', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/regions/laval/#initiatives`);
    await page.click('a.piv__lang');
    await page.waitForURL(/\/en\/regions\/laval\/#initiatives$/);
    expect(await page.locator('#initiatives').count()).toBe(1);
    await context.close();
  });
});

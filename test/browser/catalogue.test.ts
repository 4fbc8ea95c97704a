/**
 * Issue #10, item 2: the practice catalogue. Filtering by one national
 * priority and one sector shows as many practices as dist/donnees/
 * initiatives.json has (a practice: the rows of a (region, id) of which one
 * is a winning practice; its priority and sectors are its latest row's),
 * the count is announced, the URL keeps the filter and restores it on
 * reload; the search ignores accents; without JavaScript the per-priority
 * page lists that priority's practices and the catalogue offers links, not
 * a dead form; axe finds nothing at 375 and 1280 px in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { axeViolations } from './axe.ts';
import { DIST } from './dist.ts';

interface Row {
  annee: string;
  region: string;
  id: string;
  titre: string;
  priorite: string;
  secteurs: string[] | null;
  pratique_gagnante: boolean | null;
}

const rows = JSON.parse(readFileSync(join(DIST, 'donnees', 'initiatives.json'), 'utf8')) as Row[];
const byKey = new Map<string, Row[]>();
for (const r of rows) byKey.set(`${r.region}\u0000${r.id}`, [...(byKey.get(`${r.region}\u0000${r.id}`) ?? []), r]);
const practices = [...byKey.values()]
  .filter((list) => list.some((r) => r.pratique_gagnante === true))
  .map((list) => [...list].sort((a, b) => (a.annee < b.annee ? -1 : a.annee > b.annee ? 1 : 0)).at(-1)!);

// The (priority, sector) pair with the most practices, so the filter narrows but is not empty.
const pairs = new Map<string, number>();
for (const p of practices) for (const s of new Set(p.secteurs ?? [])) pairs.set(`${p.priorite}|${s}`, (pairs.get(`${p.priorite}|${s}`) ?? 0) + 1);
const [pair, expected] = [...pairs].sort((a, b) => b[1] - a[1])[0]!;
const [priority, sector] = pair.split('|') as [string, string];
const ofPriority = practices.filter((p) => p.priorite === priority).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const visible = (page: Page): Promise<number> => page.locator('.catalogue__item:visible').count();

describe('practice catalogue', () => {
  it('the sample has practices to filter', () => {
    expect(practices.length).toBeGreaterThan(20);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(practices.length);
  });

  it('lists every practice, each linking to its page', async () => {
    const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}/pratiques/`);
    expect(await visible(page)).toBe(practices.length);
    const href = await page.locator('.catalogue__item h3 a').first().getAttribute('href');
    expect(href).toMatch(/^\/pratiques\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it(`filters by a priority and a sector (${priority}, ${sector}: ${expected}), announces it and keeps it in the URL`, async () => {
    const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}/pratiques/`);
    await page.check(`input[name="priorite"][value="${priority}"]`);
    await page.check(`input[name="secteur"][value="${sector}"]`);
    expect(await visible(page)).toBe(expected);
    const live = page.locator('[data-catalogue-count]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await live.textContent()).toContain(`${expected} pratique`);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('priorite')).toEqual([priority]);
    expect(url.searchParams.getAll('secteur')).toEqual([sector]);

    await page.reload({ waitUntil: 'load' });
    expect(await page.isChecked(`input[name="priorite"][value="${priority}"]`)).toBe(true);
    expect(await page.isChecked(`input[name="secteur"][value="${sector}"]`)).toBe(true);
    expect(await visible(page)).toBe(expected);

    await page.click('button[type="reset"]');
    await expect.poll(() => visible(page)).toBe(practices.length);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a shared URL with a search restores it, accents ignored', async () => {
    const title = practices.map((p) => p.titre).find((t) => /[éèàç]/.test(t)) ?? practices[0]!.titre;
    const word = title.split(/\s+/).find((w) => /[éèàç]/.test(w)) ?? title.split(/\s+/)[0]!;
    const folded = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/en/pratiques/?q=${encodeURIComponent(folded)}`);
    expect(await page.inputValue('#catalogue-q')).toBe(folded);
    const titles = await page.locator('.catalogue__item:visible h3').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThan(practices.length);
    expect(titles.map((t) => t.trim())).toContain(title.trim());
    expect(await page.locator('[data-catalogue-count]').textContent()).toMatch(/winning practices? out of|No practice/);
    await context.close();
  });

  it('counts each option within the other facets (issue #19, part 3): ticking Montréal gives the priority counts within Montréal, zero options disabled', async () => {
    const montreal = practices.filter((p) => p.region === '06');
    const within = new Map<string, number>();
    for (const p of montreal) within.set(p.priorite, (within.get(p.priorite) ?? 0) + 1);
    const everywhere = new Map<string, number>();
    for (const p of practices) everywhere.set(p.priorite, (everywhere.get(p.priorite) ?? 0) + 1);
    // The test means something only if some priority's count changes and one falls to zero.
    expect([...everywhere.keys()].some((c) => (within.get(c) ?? 0) === 0)).toBe(true);
    const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}/pratiques/`);
    const counts = (): Promise<Record<string, string>> =>
      page.locator('input[name="priorite"]').evaluateAll((boxes) =>
        Object.fromEntries(boxes.map((b) => [(b as HTMLInputElement).value, b.closest('label')!.querySelector('[data-option-count]')!.textContent!])),
      );
    expect(await counts()).toEqual(Object.fromEntries([...everywhere].map(([c, n]) => [c, String(n)])));
    // With JavaScript the panel filters, and says so.
    expect(await page.locator('details.facets > summary').textContent()).toBe('Filtrer et rechercher');
    await page.check('input[name="region"][value="montreal"]');
    expect(await visible(page)).toBe(montreal.length);
    expect(await counts()).toEqual(Object.fromEntries([...everywhere.keys()].map((c) => [c, String(within.get(c) ?? 0)])));
    for (const code of everywhere.keys()) {
      expect(await page.isDisabled(`input[name="priorite"][value="${code}"]`), code).toBe((within.get(code) ?? 0) === 0);
    }
    // A facet's own options are not narrowed by its own choice: other regions still count their practices.
    expect(await page.isDisabled('input[name="region"][value="laval"]')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says once that nothing matches, and the language switch keeps the filters', async () => {
    const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}/pratiques/?q=zzzzzz-aucun`);
    expect(await visible(page)).toBe(0);
    const empty = page.getByText(/Aucune pratique ne correspond/);
    expect(await empty.count()).toBe(1);
    expect(await empty.isVisible()).toBe(true);
    await page.fill('#catalogue-q', '');
    await page.check('input[name="region"][value="montreal"]');
    await page.check(`input[name="priorite"][value="${practices.find((p) => p.region === '06')!.priorite}"]`);
    const href = await page.locator('a.piv__lang').getAttribute('href');
    const target = new URL(href!, page.url());
    expect(target.pathname).toBe('/en/pratiques/');
    expect(target.searchParams.getAll('region')).toEqual(['montreal']);
    const shown = await visible(page);
    await page.click('a.piv__lang');
    await page.waitForURL(/\/en\/pratiques\//);
    expect(await page.isChecked('input[name="region"][value="montreal"]')).toBe(true);
    expect(await visible(page)).toBe(shown);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links the practices feed, saying what a feed is, on the catalogue and a region page, in both languages (issue #19, part 4)', async () => {
    for (const [path, text] of [['/pratiques/', 'S’abonner au fil des pratiques (Atom)'], ['/regions/montreal/', 'S’abonner au fil des pratiques (Atom)'], ['/en/pratiques/', 'Subscribe to the practices feed (Atom)'], ['/en/regions/montreal/', 'Subscribe to the practices feed (Atom)']] as const) {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`, { javaScript: false });
      const link = page.getByRole('link', { name: text });
      expect(await link.isVisible(), path).toBe(true);
      expect(await link.getAttribute('href'), path).toBe(path.startsWith('/en/') ? '/en/pratiques/flux.xml' : '/pratiques/flux.xml');
      expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"][href$="/pratiques/flux.xml"]').count(), path).toBe(1);
      await context.close();
    }
  });

  it(`without JavaScript, /pratiques/priorite/${priority}/ lists its ${ofPriority} practices, and /pratiques/ offers links instead of the form`, async () => {
    const one = await openPage(browser, `${inject('baseUrl')}/pratiques/priorite/${priority}/`, { javaScript: false });
    expect(await visible(one.page)).toBe(ofPriority);
    expect(await one.page.locator(`.facets__links a[aria-current="page"]`).getAttribute('href')).toBe(`/pratiques/priorite/${priority}/`);
    await one.context.close();
    const all = await openPage(browser, `${inject('baseUrl')}/pratiques/`, { javaScript: false });
    expect(await all.page.locator('form[data-catalogue-form]').isVisible()).toBe(false);
    // The panel promises no filtering: it names what its links offer, each priority's list and each region's practices.
    expect(await all.page.locator('details.facets > summary').textContent()).toBe('Parcourir les pratiques');
    expect(await all.page.getByText('Filtrer et rechercher').count()).toBe(0);
    expect(await all.page.locator(`.facets__links a[href="/pratiques/priorite/${priority}/"]`).isVisible()).toBe(true);
    const regions = new Set(practices.map((p) => p.region)).size;
    expect(await all.page.locator('.facets__links a[href$="/#pratiques-gagnantes"]').count()).toBe(regions);
    expect(await all.page.locator('.facets__links a[href="/regions/montreal/#pratiques-gagnantes"]').isVisible()).toBe(true);
    expect(await all.page.locator('.jump a[href^="#"]').count()).toBeGreaterThan(0);
    expect(await visible(all.page)).toBe(practices.length);
    await all.context.close();
  });

  it('on a phone the facets are folded in a <details> that opens from the keyboard', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/pratiques/`, { width: 375 });
    expect(await page.locator('details.facets').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.focus('details.facets > summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('details.facets').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('catalogue-q');
    await context.close();
  });

  for (const path of ['/pratiques/', '/en/pratiques/', `/pratiques/priorite/${priority}/`, `/en/pratiques/priorite/${priority}/`]) {
    for (const width of [375, 1280]) {
      it(`axe: ${path} at ${width} px`, async () => {
        const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`, { width });
        if (width === 375) await page.locator('details.facets').evaluate((d) => ((d as HTMLDetailsElement).open = true));
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
});

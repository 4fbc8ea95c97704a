/**
 * Issue #9, part 6: a region page prints as a compact regional report.
 * Chromium prints each page to PDF on Letter and A4 (page.pdf() lays it out
 * with the print media, as the print dialog does) and the pages of the PDF
 * are counted; then the page is laid out in print media at the width of an
 * A4 page's text (the narrower of the two) to check what the paper shows:
 * no screen-only hints, definitions and chart data expanded, table headers
 * repeated and rows kept whole, no clipped cell, the page's address and the
 * data date in the footer.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';

const dictionary = (lang: 'fr' | 'en'): Record<string, string> => JSON.parse(readFileSync(new URL(`../../src/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const REPORTS = [
  { path: '/regions/laval/', lang: 'fr', max: 6 },
  { path: '/en/regions/laval/', lang: 'en', max: 6 },
  { path: '/regions/monteregie/', lang: 'fr', max: 10 },
  { path: '/en/regions/monteregie/', lang: 'en', max: 10 },
  { path: '/editions/2025-2026/regions/laval/', lang: 'fr', max: 6 },
] as const;

// The text width of an A4 page with print.css's 10 mm side margins, in CSS px.
const A4_TEXT_WIDTH = Math.floor(((210 - 20) / 25.4) * 96);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('page count of the printed regional report', () => {
  for (const { path, max } of REPORTS) {
    it(`${path} prints on at most ${max} pages, Letter and A4`, async () => {
      const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}${path}`);
      const counts: Record<string, number> = {};
      for (const format of ['Letter', 'A4'] as const) counts[format] = pageCount(await page.pdf({ format }));
      await context.close();
      expect(errors).toEqual([]);
      // A report of several pages, not an empty or clipped one.
      expect(counts['Letter']).toBeGreaterThanOrEqual(3);
      expect(counts['Letter']).toBeLessThanOrEqual(max);
      expect(counts['A4']).toBeGreaterThanOrEqual(3);
      expect(counts['A4']).toBeLessThanOrEqual(max);
    });
  }
});

// Issue #21, item 6: the home page and the indicators print as compact reports.
const COMPACT = [
  { path: '/', max: 4 },
  { path: '/en/', max: 4 },
  { path: '/indicateurs/', max: 12 },
  { path: '/en/indicateurs/', max: 12 },
] as const;

describe('page count of the printed home page and indicators', () => {
  for (const { path, max } of COMPACT) {
    it(`${path} prints on at most ${max} Letter pages`, async () => {
      const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}${path}`);
      const letter = pageCount(await page.pdf({ format: 'Letter' }));
      await context.close();
      expect(errors).toEqual([]);
      expect(letter).toBeGreaterThanOrEqual(2);
      expect(letter).toBeLessThanOrEqual(max);
    });
  }

  it('the printed home page carries every figure of its charts: the map in one variable, the table of all, the rankings drawn', async () => {
    const { page, close } = await printed('/');
    const visible = (selector: string): Promise<boolean[]> => page.locator(selector).evaluateAll((els) => els.map((e) => e.checkVisibility() && e.getBoundingClientRect().height > 0));
    expect(await visible('figure.map .map__variant:first-of-type .chart__svg--narrow svg')).toEqual([true]);
    const summaries = await visible('figure.map .map__variant > .chart__summary');
    expect(summaries.length).toBeGreaterThanOrEqual(3);
    expect(summaries.every(Boolean)).toBe(true);
    expect(await visible('figure.map details.chart__data table')).toEqual([true]);
    // The rankings: the phone's drawing, three to a row, their values on the bars.
    const pictures = await page.locator('.grid-2 .chart__picture img').evaluateAll((imgs) => imgs.map((i) => ({ src: (i as HTMLImageElement).currentSrc, width: i.getBoundingClientRect().width })));
    expect(pictures.length).toBeGreaterThanOrEqual(2);
    for (const p of pictures) expect(p.src).toMatch(/-360\.svg$/);
    expect(await visible('#enveloppes + figure.chart details.chart__data table')).toEqual([true]);
    await close();
  });

  it('the printed indicators give each indicator its table of figures', async () => {
    const { page, close } = await printed('/indicateurs/');
    const tables = await page.locator('main > section figure.chart details.chart__data table').evaluateAll((els) => els.map((e) => e.checkVisibility() && e.getBoundingClientRect().height > 100));
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect(tables.every(Boolean)).toBe(true);
    await close();
  });
});

// Issue #21, item 6: nothing that does nothing on paper, on any page type.
const PAPER_PAGES = ['/', '/en/', '/regions/laval/', '/priorites/securite-alimentaire/', '/indicateurs/', '/pratiques/', '/pratiques/bas-saint-laurent/bsl-24-007/', '/donnees/', '/methodologie/', '/partenaires/', '/editions/2025-2026/', '/editions/2024-2025/regions/laval/', '/regions/'];
const SCREEN_ONLY = ['.skip', 'form[role="search"]', 'input[type="search"]', 'nav.nav', '.piv__lang', 'details.embed', 'details.chart__cite', '.copy-link', '.map__switch', 'figure a[download]', 'details.chart__data > summary', 'button:not(th button)', 'input:not([type="hidden"])', 'select', 'textarea'];

describe('nothing on paper that does nothing there', () => {
  for (const path of PAPER_PAGES) {
    it(`${path}: no search box, menu, embed box, button or chart download printed; no orphan separator`, async () => {
      const { page, close } = await printed(path);
      const shown = await page.evaluate((selectors) => selectors.flatMap((s) => [...document.querySelectorAll(s)].filter((e) => e.checkVisibility({ visibilityProperty: true }) && e.getBoundingClientRect().height > 0).map((e) => `${s}: ${(e.textContent ?? '').trim().slice(0, 40)}`)), SCREEN_ONLY);
      expect(shown).toEqual([]);
      // A line of links printed without them: a label or « · » left alone.
      const orphans = await page.locator('footer p, .chart__meta').evaluateAll((els) =>
        els.filter((e) => e.checkVisibility()).map((e) => (e as HTMLElement).innerText.trim()).filter((text) => /(^|[:·]\s*)·\s*$|:\s*$|·\s*·/.test(text)),
      );
      expect(orphans).toEqual([]);
      await close();
    });
  }
});

// Issue #10: a winning practice prints on one sheet, with its address in the footer.
const PRACTICES = ['/pratiques/bas-saint-laurent/bsl-24-007/', '/en/pratiques/bas-saint-laurent/bsl-24-016/', '/editions/2024-2025/pratiques/bas-saint-laurent/bsl-24-016/'];

describe('a printed winning practice', () => {
  for (const path of PRACTICES) {
    it(`${path} prints on one sheet, Letter and A4, with its address`, async () => {
      const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}${path}`);
      for (const format of ['Letter', 'A4'] as const) expect(pageCount(await page.pdf({ format })), format).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.footer').innerText()).toContain(path);
      await context.close();
      expect(errors).toEqual([]);
    });
  }
});

/** Opens a page laid out as on paper: print media, at an A4 page's text width. */
async function printed(path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`, { width: A4_TEXT_WIDTH });
  await page.emulateMedia({ media: 'print' });
  return { page, close: () => context.close() };
}

describe('what the paper shows', () => {
  for (const { path, lang } of REPORTS) {
    it(`${path}: no screen-only hint, every definition and chart table expanded`, async () => {
      const t = dictionary(lang);
      const { page, close } = await printed(path);
      const shown = (selector: string): Promise<boolean[]> =>
        page.locator(selector).evaluateAll((els) => els.map((e) => e.checkVisibility({ visibilityProperty: true }) && e.getBoundingClientRect().height > 0));

      // The sorting hint is on the page, and hidden on paper.
      const hint = page.getByText(t['region.initiatives.note']!, { exact: true });
      expect(await hint.count()).toBe(1);
      expect(await hint.evaluate((e) => e.checkVisibility())).toBe(false);
      for (const selector of ['.skip', 'nav.nav', '.piv__lang', 'details.chart__data > summary']) {
        const states = await shown(selector);
        expect(states.length, selector).toBeGreaterThan(0);
        expect(states.every((s) => !s), selector).toBe(true);
      }
      expect(await shown('.map__switch, .edition-links, .toc')).not.toContain(true);

      // Definitions: closed <details>, their text printed.
      const definitions = await shown('table.indicators details > p');
      expect(definitions.length).toBeGreaterThan(10);
      expect(definitions.every(Boolean)).toBe(true);
      expect(await page.locator('table.indicators details[open]').count()).toBe(0);
      // Charts' data tables (bar the map's, printed once by the chart after it).
      const chartTables = await shown('figure.chart:not(.map) details.chart__data table');
      expect(chartTables.length).toBeGreaterThanOrEqual(3);
      expect(chartTables.every(Boolean)).toBe(true);
      // Other years' initiatives stay closed, and the paper says so.
      const notPrinted = page.getByText(t['region.initiatives.notPrinted']!);
      expect(await notPrinted.count()).toBeGreaterThan(0);
      expect(await notPrinted.first().evaluate((e) => e.checkVisibility())).toBe(true);
      await close();
    });

    it(`${path}: headers repeated, rows whole, no cell clipped`, async () => {
      const { page, close } = await printed(path);
      const tables = await page.locator('main table').evaluateAll((elements) =>
        (elements as HTMLTableElement[])
          .filter((table) => table.checkVisibility())
          .map((table) => ({
            head: table.tHead ? getComputedStyle(table.tHead).display : null,
            rows: [...table.tBodies].flatMap((b) => [...b.rows]).map((r) => getComputedStyle(r).breakInside),
            clipped: [...table.querySelectorAll<HTMLElement>('th, td')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
            right: table.getBoundingClientRect().right,
          })),
      );
      expect(tables.length).toBeGreaterThanOrEqual(8);
      for (const table of tables) {
        expect(table.head).toBe('table-header-group');
        expect(new Set(table.rows)).toEqual(new Set(['avoid']));
        expect(table.clipped).toEqual([]);
        expect(table.right).toBeLessThanOrEqual(A4_TEXT_WIDTH);
      }
      await close();
    });

    it(`${path}: the page's address and the data date in the footer`, async () => {
      const t = dictionary(lang);
      const { page, close } = await printed(path);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(new RegExp(`^https?://[^/]+${path.replace(/\//g, '\\/')}$`));
      const url = page.locator('footer .print-only');
      expect(await url.textContent()).toBe(t['footer.printUrl']!.replace('{url}', canonical!));
      expect(await url.evaluate((e) => e.checkVisibility())).toBe(true);
      const date = t['footer.source']!.split('{date}')[0]!;
      expect(await page.locator('footer').getByText(date).evaluate((e) => e.checkVisibility())).toBe(true);
      // On screen, the address is not repeated in the footer.
      await page.emulateMedia({ media: 'screen' });
      expect(await url.evaluate((e) => e.checkVisibility())).toBe(false);
      await close();
    });
  }
});

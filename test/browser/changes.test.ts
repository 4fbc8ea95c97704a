/**
 * The changes pages in the browser (contract §6, issue #18): no axe
 * violation, no console error, no other host and nothing wider than the
 * screen at 375 and 1280 px in both languages; at 375 px each change is a
 * block that fits (no table to scroll); the correction comes first with
 * Laval's exact amounts; the headers sort the rows and the region filter
 * hides the other regions' rows; without JavaScript every row shows in the
 * default order and no control does nothing; the CSV is the golden file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { axeViolations } from './axe.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = ['/editions/2024-2025/changements/', '/editions/2025-2026/changements/'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Each table row's value in one column (`data-value`), in the order shown. */
const columnValues = (page: Page, table: string, column: number): Promise<number[]> =>
  page.locator(`${table} tbody tr`).evaluateAll((rows, i) => rows.map((r) => Number((r as HTMLTableRowElement).cells[i]!.dataset['value'])), column);

describe('changes pages', () => {
  for (const path of PAGES) {
    for (const lang of ['fr', 'en'] as const) {
      const url = lang === 'fr' ? path : `/en${path}`;
      for (const width of [375, 1280]) {
        it(`${url} at ${width} px: no axe violation, nothing wider than the screen`, async () => {
          const { page, errors, foreign } = await openPage(browser, `${inject('baseUrl')}${url}`, { width });
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          expect(await axeViolations(page)).toEqual([]);
          expect(errors).toEqual([]);
          expect(foreign).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
          if (width === 375) {
            // One block per change: every table of the page fits its box, no sideways scrolling.
            const wide = await page.locator('main table').evaluateAll((tables) => tables.filter((t) => t.getBoundingClientRect().width > (t.parentElement?.clientWidth ?? 0) + 1).map((t) => t.querySelector('caption')?.textContent));
            expect(wide).toEqual([]);
          }
        });
      }
    }
  }

  it('shows the correction first, with Laval’s exact amounts, and the first-edition sentence after it', async () => {
    const { page } = await openPage(browser, `${inject('baseUrl')}/editions/2024-2025/changements/`);
    expect(await page.locator('main section').evaluateAll((s) => s.map((x) => x.id))).toEqual(['revision-2', 'edition-precedente', 'donnees-actuelles']);
    expect(await page.locator('.lead').textContent()).toMatch(/^Le plus grand changement de la révision 2 du 16\u00a0février 2026\u00a0: Montants du FQIS versés, Laval, .*365\u00a0507\u00a0\$ à 325\u00a0407\u00a0\$ \(\u221211,0\u00a0%\)/);
    const laval = page.locator('#revision-2-2024-2025-13-fqis');
    expect(await laval.locator('td').allTextContents()).toEqual(['2024–\u20602025', 'Montants du FQIS versés', '365\u00a0507\u00a0$', '325\u00a0407\u00a0$', '\u221240\u00a0100\u00a0$', '\u221211,0\u00a0%']);
    expect(await page.locator('#revision-2 .note').textContent()).toContain('trois montants FQIS de Laval');
    expect(await page.locator('#edition-precedente').textContent()).toContain('C’est la première édition');
    const csv = Buffer.from(await (await fetch(`${inject('baseUrl')}/editions/2024-2025/changements.csv`)).arrayBuffer());
    expect(csv.equals(readFileSync(join(root, 'test/fixtures/editions/changements-2024-2025.csv')))).toBe(true);
  });

  it('sorts by a column header and filters by region', async () => {
    const { page } = await openPage(browser, `${inject('baseUrl')}/editions/2025-2026/changements/`);
    const table = '#edition-precedente table';
    const sizes = await columnValues(page, table, 6);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(await page.locator(`${table} th[aria-sort]`).getAttribute('data-column')).toBe('relative');
    // « Avant »: a first click sorts the largest first, a second the smallest first.
    const before = page.locator(`${table} th[data-column="before"]`);
    await before.locator('button').click();
    expect(await before.getAttribute('aria-sort')).toBe('descending');
    const down = await columnValues(page, table, 3);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await before.locator('button').click();
    expect(await before.getAttribute('aria-sort')).toBe('ascending');
    expect(await columnValues(page, table, 3)).toEqual([...down].reverse());
    expect(await page.locator(`${table} th[aria-sort]`).count()).toBe(1);

    // Capitale-Nationale: only its rows, its initiatives; the previous edition's table (Mauricie and Québec only) says it has none.
    await page.selectOption('#changes-region', '03');
    const shown = await page.locator('tr[data-region]:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['region']));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['03']));
    expect(await page.locator('#edition-precedente .table-wrap').isVisible()).toBe(false);
    expect(await page.locator('#edition-precedente [data-changes-empty]').first().textContent()).toBe('Aucune valeur modifiée pour cette région dans cette comparaison.');
    expect(await page.locator('#edition-precedente [data-changes-list] + [data-changes-empty]').last().textContent()).toBe('Aucune initiative modifiée pour cette région dans cette comparaison.');
    expect(await page.locator('#edition-precedente [data-changes-empty]:visible').count()).toBe(2);
    expect(await page.locator('details[data-region]:visible').evaluateAll((d) => d.map((x) => (x as HTMLElement).dataset['region']))).toEqual(['03']);
    expect(await page.locator('[data-changes-count]').textContent()).toMatch(new RegExp(`^${shown.length} valeurs? modifiées? affichées? sur \\d+\\.$`));
    await page.selectOption('#changes-region', '');
    expect(await page.locator('tr[data-region][hidden]').count()).toBe(0);
  });

  it('without JavaScript: every row in the default order, no filter, no sort button', async () => {
    const { page } = await openPage(browser, `${inject('baseUrl')}/en/editions/2025-2026/changements/`, { javaScript: false, width: 375 });
    expect(await page.locator('[data-changes-filter]').isVisible()).toBe(false);
    expect(await page.locator('main th button').count()).toBe(0);
    expect(await page.locator('tr[data-region][hidden]').count()).toBe(0);
    const sizes = await columnValues(page, '#donnees-actuelles table', 6);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

/**
 * The partners' templates on `/donnees/` (issue #11, item 5) and the
 * accepted headers in the data dictionary (item 1), on the built site in
 * both languages: every template is linked, downloads, and is the file the
 * build wrote; the section links to the checker and the guide; each kind's
 * accepted headers are listed from the schema; nothing scrolls sideways at
 * 320 px. A frozen edition's data page has no templates.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { axeViolations } from './axe.ts';
import { DIST } from './dist.ts';
import { KINDS, SCHEMAS } from '../../src/lib/contract/columns.ts';
import { TEMPLATE_WORKBOOK, acceptedHeaders, templateCsvName } from '../../src/lib/publish/templates.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TEMPLATE_PATHS = [...KINDS.map(templateCsvName), TEMPLATE_WORKBOOK].map((name) => `/donnees/modeles/${name}`);

for (const lang of ['fr', 'en'] as const) {
  const prefix = lang === 'fr' ? '' : '/en';
  const url = `${prefix}/donnees/`;
  describe(url, () => {
    it('links every template, the checker and the guide from the « modeles » section', async () => {
      const { page, context, errors, foreign } = await openPage(browser, `${inject('baseUrl')}${url}`, { width: 1280 });
      const section = await page.$$eval('main h2#modeles ~ *', (els) => {
        const out: string[] = [];
        for (const el of els) {
          if (el.tagName === 'H2') break;
          for (const a of el.querySelectorAll('a[href]')) out.push(new URL((a as HTMLAnchorElement).href).pathname);
        }
        return out;
      });
      expect(section).toEqual([...TEMPLATE_PATHS, `${prefix}/verifier/`, `${prefix}/partenaires/`]);
      expect(await page.locator('main a[href$=".csv"][href*="/modeles/"][download]').count()).toBe(KINDS.length);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });

    it('lists each kind’s accepted headers from the schema', async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${url}`, { width: 1280, javaScript: false });
      const tables = await page.$$eval('table.synonyms', (ts) =>
        ts.map((t) => ({
          kind: t.querySelector('caption code')?.textContent ?? '',
          rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({ column: tr.querySelector('th')?.textContent ?? '', other: [...tr.querySelectorAll('td:last-child code')].map((c) => c.textContent) })),
        })),
      );
      expect(tables).toEqual(KINDS.map((kind) => ({ kind, rows: SCHEMAS[kind].map((c) => ({ column: c.name, other: acceptedHeaders(kind, c) })) })));
      await context.close();
    });

    it('at 320 px with the dictionary open: no axe violation, nothing wider than the screen', async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${url}`, { width: 320 });
      await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await context.close();
    });
  });
}

describe('the template files', () => {
  it('are served as the build wrote them', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/donnees/`, { width: 1280 });
    for (const path of TEMPLATE_PATHS) {
      const response = await page.request.get(`${inject('baseUrl')}${path}`);
      expect(response.status(), path).toBe(200);
      expect(Buffer.from(await response.body()).equals(readFileSync(`${DIST}${path.slice(1)}`)), path).toBe(true);
    }
    await context.close();
  });

  it('are not on a frozen edition’s data page', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/editions/2024-2025/donnees/`, { width: 1280 });
    expect(await page.locator('#modeles').count()).toBe(0);
    expect(await page.locator('table.synonyms').count()).toBe(KINDS.length);
    await context.close();
  });
});

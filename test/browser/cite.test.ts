/**
 * Issue #19, part 2, on the built site: "Citer ce graphique" on every chart
 * of a region page (its BibTeX file beside the chart's CSV), and the access date (« consulté le ») of every
 * citation filled by the reader's browser with the day it is read, never
 * the build's; without JavaScript the citation reads whole without it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { longDate } from '../../src/i18n/dates.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Today in the browser, as the page should write it. */
const today = (lang: 'fr' | 'en') => {
  const now = new Date();
  return {
    iso: [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-'),
    // As innerText reads it, spaces made plain (the page writes a non-breaking one after the day).
    long: longDate(now.getFullYear(), now.getMonth() + 1, now.getDate(), lang).replace(/\s/g, ' '),
  };
};

describe('citations', () => {
  for (const [path, lang, accessed] of [['/regions/laval/', 'fr', 'consulté le'], ['/en/regions/laval/', 'en', 'accessed']] as const) {
    it(`${path}: every chart offers its citation, text and BibTeX, with today's access date`, async () => {
      const { page, context, errors, foreign } = await openPage(browser, `${inject('baseUrl')}${path}`);
      const charts = await page.locator('main figure.chart').count();
      expect(charts).toBeGreaterThanOrEqual(3);
      expect(await page.locator('main figure.chart details.chart__cite').count()).toBe(charts);
      const first = page.locator('details.chart__cite').first();
      await first.locator('summary').click();
      const { iso, long } = today(lang);
      const text = (await first.locator('p').innerText()).replace(/\s+/g, ' ');
      expect(text).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}#[a-z0-9-]+, ${accessed} ${long}\\. (Entrée BibTeX|BibTeX entry) \\(\\.bib\\)$`));
      const bib = await first.locator('a[download]').getAttribute('href');
      expect(bib).toMatch(new RegExp(`/donnees/graphiques/[a-z0-9-]+-${lang}\\.bib$`));
      const bibtex = await (await page.request.get(`${inject('baseUrl')}${bib}`)).text();
      expect(bibtex).toMatch(/^@misc\{alliances-courant-/);
      expect(bibtex).toContain(`url = {http://localhost:4321${path}#`);
      expect(bibtex.trimEnd().endsWith('}')).toBe(true);
      expect(await page.locator('time[datetime]').first().getAttribute('datetime')).toBe(iso);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });
  }

  it('the data page and an edition give the access date too', async () => {
    for (const path of ['/donnees/', '/editions/']) {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`);
      const cite = (await page.locator('p.cite').first().innerText()).replace(/\s+/g, ' ');
      expect(cite, path).toContain(`consulté le ${today('fr').long}.`);
      await context.close();
    }
  });

  it('reads whole without JavaScript: no empty « consulté le »', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/regions/laval/`, { javaScript: false });
    await page.locator('details.chart__cite').first().locator('summary').click();
    const text = await page.locator('.chart__cite p').first().innerText();
    expect(text).not.toContain('consulté');
    expect(text).toMatch(/#[a-z0-9-]+\. Entrée BibTeX \(\.bib\)$/);
    await context.close();
  });
});

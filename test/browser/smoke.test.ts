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

describe('home page in Chromium', () => {
  it('loads with no console error and no request to another host', async () => {
    const { page, errors, foreign, context } = await openPage(browser, `${inject('baseUrl')}/`);
    expect(await page.locator('h1').textContent()).toContain('Alliances pour la solidarité');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('says the sample data is fictional', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/`, { javaScript: false });
    expect(await page.textContent('body')).toMatch(/fictives/);
    await context.close();
  });

  it('serves the derived datasets under /donnees/', async () => {
    const res = await fetch(`${inject('baseUrl')}/donnees/indicateurs.csv`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // No BOM (contract §2.1, version 3): the Frictionless client would read it into the first header.
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).startsWith('annee,region,indicateur,valeur,numerateur,denominateur')).toBe(true);
  });
});

/**
 * The partners' guide « Préparer et vérifier vos fichiers » (issue #11,
 * item 6) on the built site, in both languages: it links to the checker and
 * the templates, every common error shows the message the ingest code
 * produced, in the page's language (issue #20), axe finds nothing,
 * and nothing scrolls sideways at 320 px. Every page's footer links to it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { axeViolations } from './axe.ts';
import { EXAMPLE_IDS, runExamples } from '../../src/lib/guide/examples.ts';
import { reasonText } from '../../src/lib/contract/reasons.ts';
import { typography } from '../../src/i18n/format.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const messages = { fr: new Map(runExamples().map((r) => [r.example.id, r.raison])), en: new Map(runExamples().map((r) => [r.example.id, reasonText(r.cause, 'en')])) };

for (const lang of ['fr', 'en'] as const) {
  const prefix = lang === 'fr' ? '' : '/en';
  const url = `${prefix}/partenaires/`;
  describe(url, () => {
    it('links to the checker and to the templates', async () => {
      const { page, context, errors, foreign } = await openPage(browser, `${inject('baseUrl')}${url}`, { width: 1280 });
      expect(await page.locator('h1').textContent()).toMatch(lang === 'fr' ? /Préparer et vérifier vos fichiers/ : /Preparing and checking your files/);
      const hrefs = await page.$$eval('main a[href]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
      expect(hrefs).toContain(`${prefix}/verifier/`);
      expect(hrefs).toContain(`${prefix}/donnees/#modeles`);
      expect(hrefs).toContain('/donnees/modeles/modele-initiatives.csv');
      expect(hrefs).toContain('/donnees/modeles/modeles-alliances-solidarite.xlsx');
      // Same section ids in both languages (the language switch keeps the hash).
      const ids = await page.$$eval('main h2', (hs) => hs.map((h) => h.id));
      expect(ids).toEqual(['qui-envoie', 'annee', 'formats', 'valeurs', 'colonnes', 'synonymes', 'donnees-a-corriger', 'erreurs-courantes', 'verifier']);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });

    it('shows every common error with the message the ingest code produces, in the page’s language', async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${url}`, { width: 1280, javaScript: false });
      const rows = await page.$$eval('table.guide-errors tbody tr', (trs) =>
        trs.map((tr) => {
          const message = tr.querySelector('.guide-message');
          return { id: tr.id, message: message?.textContent?.trim() ?? '', lang: message?.closest('[lang]')?.getAttribute('lang') ?? '' };
        }),
      );
      expect(rows.map((r) => r.id)).toEqual(EXAMPLE_IDS.map((id) => `erreur-${id}`));
      for (const row of rows) {
        const id = row.id.replace(/^erreur-/, '') as (typeof EXAMPLE_IDS)[number];
        expect(row.message.length, row.id).toBeGreaterThan(5);
        // As the page prints it: French spaces and apostrophes (README, « Style des nombres »).
        expect(row.message, row.id).toBe(typography(messages[lang].get(id)!, lang));
        expect(row.lang, row.id).toBe(lang === 'fr' ? 'fr-CA' : 'en-CA');
      }
      await context.close();
    });

    for (const width of [320, 375]) {
      it(`at ${width} px: no sideways scroll, no axe violation`, async () => {
        const { page, context } = await openPage(browser, `${inject('baseUrl')}${url}`, { width });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }

    it('is linked from the footer of other pages, with the checker', async () => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${prefix}/`, { javaScript: false });
      const footer = await page.$$eval('footer a[href]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(footer).toContain(`${prefix}/partenaires/`);
      expect(footer).toContain(`${prefix}/verifier/`);
      await context.close();
    });
  });
}

/**
 * Frozen editions in the browser (contract §6): an edition's page shows its
 * frozen figure although the current data changed since; the banner and the
 * current pages link to each other; the changes page and its CSV; the
 * revised marks lead to the right line; downloads and ZIPs are the frozen
 * bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { DIST } from './dist.ts';
import { readCsv } from '../../src/lib/formats/read.ts';
import { money, year } from '../../src/i18n/format.ts';
import { atomProblems } from '../atom.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const editions = join(root, 'data/editions');

function value(file: string, annee: string, region: string, code: string): number {
  const table = readCsv(readFileSync(file));
  const row = table.records.find((r) => r.fields[0] === annee && r.fields[1] === region && r.fields[2] === code);
  if (!row) throw new Error(`${file}: no ${annee} ${region} ${code}`);
  return Number(row.fields[3]);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a frozen edition', () => {
  it('shows its frozen figure after the current data changed', async () => {
    const frozen = value(join(editions, '2025-2026/revision-1/indicateurs.csv'), '2025-2026', '07', 'fqis');
    const current = value(join(DIST, 'donnees/indicateurs.csv'), '2025-2026', '07', 'fqis');
    expect(frozen).not.toBe(current);
    const cell = async (url: string): Promise<string> => {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${url}`, { javaScript: false });
      // The figure only: the current page marks it *révisé* (the value below it is the frozen one).
      const text = await page.locator(`table:has(caption:text("Chiffres clés par année")) tbody tr:has(th:text("${year('2025-2026', 'fr')}")) td`).first().evaluate((td) => td.firstChild?.textContent ?? '');
      await context.close();
      return text.trim();
    };
    expect(await cell('/editions/2025-2026/regions/outaouais/')).toBe(money(frozen, 'fr'));
    expect(await cell('/regions/outaouais/')).toBe(money(current, 'fr'));
  });

  it('links to the same page in the current data, and the current page to each edition', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/editions/2024-2025/regions/laval/`);
    expect(await page.locator('.edition-banner').textContent()).toContain(`Édition ${year('2024-2025', 'fr')}`);
    const banner = await page.locator('.edition-banner').textContent();
    expect(banner).toContain('corrigée le 16\u00a0février 2026');
    // Each revision with its own dates.
    expect(banner).toContain('Révision 1\u00a0: publiée le 15\u00a0décembre 2025, données au 28\u00a0novembre 2025.');
    expect(banner).toContain('Révision 2\u00a0: publiée le 16\u00a0février 2026, données au 10\u00a0février 2026.');
    await page.click('.edition-banner a:text("Voir cette page avec les données actuelles")');
    expect(new URL(page.url()).pathname).toBe('/regions/laval/');
    expect(await page.locator('.edition-banner').count()).toBe(0);
    await page.click(`.edition-links a:text("édition ${year('2025-2026', 'fr')}")`);
    expect(new URL(page.url()).pathname).toBe('/editions/2025-2026/regions/laval/');
    await page.click('a.piv__lang');
    expect(new URL(page.url()).pathname).toBe('/en/editions/2025-2026/regions/laval/');
    expect(await page.locator('.edition-banner').textContent()).toContain(`Edition ${year('2025-2026', 'en')}`);
    await context.close();
  });

  it('marks a figure of a past year it revised, linked to its line on the changes page', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/editions/2025-2026/regions/mauricie/`);
    const marks = page.locator('a.revised');
    expect(await marks.count()).toBeGreaterThan(0);
    await marks.first().click();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/editions/2025-2026/changements/');
    expect(url.hash).toMatch(/^#edition-precedente-2024-2025-04-/);
    expect(await page.locator(url.hash).count()).toBe(1);
    await context.close();
    // The first edition revised nothing: no mark.
    const first = await openPage(browser, `${inject('baseUrl')}/editions/2024-2025/regions/mauricie/`);
    expect(await first.page.locator('a.revised').count()).toBe(0);
    await first.context.close();
  });

  it('has a changes page that says what moved most, with its CSV', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/editions/2025-2026/changements/`);
    expect(await page.locator('.lead').textContent()).toMatch(/^Le plus grand changement depuis l’édition 2024–\u20602025\u00a0: /);
    expect(await page.locator('#edition-precedente table tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('#donnees-actuelles table tbody tr').count()).toBeGreaterThan(0);
    const csv = Buffer.from(await (await fetch(`${inject('baseUrl')}/editions/2025-2026/changements.csv`)).arrayBuffer());
    expect(csv.toString('utf8').startsWith('comparaison,objet,annee,region,cle,changement,avant,apres')).toBe(true);
    // The golden file of test/lib/editions/changes.test.ts, byte for byte.
    expect(csv.equals(readFileSync(join(root, 'test/fixtures/editions/changements-2025-2026.csv')))).toBe(true);
    await context.close();
  });
});

describe('/editions/', () => {
  it('lists each edition with its versions and citation, and every download is the frozen bytes', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/editions/`);
    expect(await page.locator('h2').allTextContents()).toEqual([`Édition ${year('2025-2026', 'fr')}`, `Édition ${year('2024-2025', 'fr')}`]);
    expect(await page.locator(`section:has(h2:text("Édition ${year('2024-2025', 'fr')}")) table tbody tr`).count()).toBe(2);
    expect(await page.locator(`section:has(h2:text("Édition ${year('2024-2025', 'fr')}")) q`).textContent()).toContain('http://localhost:4321/editions/2024-2025/');
    // French quotation marks around the citation, a non-breaking space inside each (issue #19).
    expect(await page.locator('main q').first().evaluate((q) => getComputedStyle(q).quotes)).toBe('"«\u00a0" "\u00a0»" "“" "”"');
    const hrefs = await page.locator('a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect((await fetch(href)).status, href).toBe(200);
    await context.close();

    const manifest = JSON.parse(readFileSync(join(editions, '2024-2025/edition.json'), 'utf8')) as { fichiers: Record<string, { sha256: string }> };
    const zip = unzipSync(new Uint8Array(await (await fetch(`${inject('baseUrl')}/editions/2024-2025/fichiers/alliances-2024-2025-revision-1.zip`)).arrayBuffer()));
    const names = Object.keys(zip).sort();
    expect(names).toContain('2024-2025/revision-1/indicateurs.csv');
    // Every frozen file but the site's own, with a README that is not frozen (it is made from the manifest).
    expect(names).toContain('2024-2025/revision-1/README.md');
    for (const name of names.filter((n) => !n.endsWith('/README.md'))) {
      const inEdition = name.replace(/^2024-2025\//, '');
      expect(createHash('sha256').update(zip[name]!).digest('hex'), name).toBe(manifest.fichiers[inEdition]!.sha256);
    }
    expect(names).toHaveLength(Object.keys(manifest.fichiers).filter((f) => f.startsWith('revision-1/') && !f.startsWith('revision-1/site/')).length + 1);
  });

  it('offers the Atom feed of editions, from the page’s head, its body and every page’s footer', async () => {
    for (const [lang, path] of [['fr', '/editions/'], ['en', '/en/editions/']] as const) {
      const { page, context } = await openPage(browser, `${inject('baseUrl')}${path}`);
      const feed = `${path}flux.xml`;
      expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(`http://localhost:4321${feed}`);
      expect(await page.locator(`main a[href="${feed}"]`).count()).toBe(1);
      expect(await page.locator(`footer a[href="${feed}"]`).count()).toBe(1);
      const response = await fetch(`${inject('baseUrl')}${feed}`);
      expect(response.status).toBe(200);
      const xml = await response.text();
      expect(atomProblems(xml), lang).toEqual([]);
      expect(xml.match(/<entry>/g)).toHaveLength(3);
      await context.close();
    }
  });
});

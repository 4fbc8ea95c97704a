/**
 * The export checker `/verifier/` (contract §8, issue #11 items 3-4) in
 * Chromium: the summary and problems equal the command line's ingest on the
 * same bytes (computed here in Node), grouped by file and sortable; the
 * downloads equal the public CSV writer's; nothing is requested once the
 * page is loaded (offline too); results are announced; unsupported files,
 * an empty selection and workbooks are handled; a 50 MB file leaves the
 * page responsive; the checker's scripts load on this page only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { axeViolations } from './axe.ts';
import { DIST } from './dist.ts';
import { acceptedCsv, checkFiles } from '../../src/lib/checker/check.ts';
import { rowsFileName } from '../../src/lib/checker/names.ts';
import { text } from '../../src/lib/formats/content.ts';
import type { CheckResult } from '../../src/lib/checker/check.ts';
import type { SourceFile } from '../../src/lib/ingest/index.ts';
import { notExportReason } from '../../src/lib/formats/fileNames.ts';
import { buildWorkbook } from '../lib/formats/ooxml.ts';

const MESSY = new URL('../fixtures/messy/input/', import.meta.url).pathname;
const SAMPLE = new URL('../../data/exports/', import.meta.url).pathname;

interface Payload { name: string; mimeType: string; buffer: Buffer }

/** Every .csv below a folder, by its base name (as a file input gives it). */
function csvFiles(dir: string): Payload[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.csv'))
    .sort()
    .map((p) => ({ name: p.split('/').at(-1)!, mimeType: 'text/csv', buffer: readFileSync(join(dir, p)) }));
}

/** As npm run validate reads a folder: every file, the ones that are not exports listed unread with their reason. */
const checked = (files: readonly Payload[]): ReturnType<typeof checkFiles> =>
  checkFiles(
    files.map((f): SourceFile => {
      const unread = notExportReason(f.name);
      return unread ? { fichier: f.name, bytes: new Uint8Array(0), unread } : { fichier: f.name, bytes: new Uint8Array(f.buffer) };
    }),
    'fichiers choisis',
  );
const expected = (files: readonly Payload[]): CheckResult => checked(files).result;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openChecker(lang: 'fr' | 'en' = 'fr', width = 1280, fresh = false): Promise<Awaited<ReturnType<typeof openPage>>> {
  const watched = await openPage(browser, `${inject('baseUrl')}${lang === 'fr' ? '' : '/en'}/verifier/`, { width, fresh });
  await watched.page.locator('#verifier[data-ready]').waitFor({ state: 'attached' });
  return watched;
}

async function choose(page: Page, files: Payload[]): Promise<void> {
  await page.setInputFiles('#verifier-choix', files);
  await page.locator('#verifier-resultats:not([hidden]) [data-summary], #verifier-resultats:not([hidden]) .checker__unsupported').first().waitFor();
}

const summaryText = (page: Page): Promise<string[]> => page.$$eval('[data-summary] li', (lis) => lis.map((li) => li.textContent ?? ''));

async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`a[download="${name}"], button[data-download="${name}"]`)]);
  const path = await file.path();
  return readFileSync(path);
}

describe('/verifier/ with the messy fixture', () => {
  const files = csvFiles(MESSY);
  const { result, dataset } = checked(files);

  it('shows the command line’s summary and verdict, and announces the result', async () => {
    const { page, context, errors } = await openChecker();
    await choose(page, files);
    expect(await summaryText(page)).toEqual([...result.summary, result.verdict]);
    const t = result.totals;
    const status = (await page.textContent('#verifier-statut'))!;
    expect(status).toContain('Vérification terminée');
    expect(status.replace(/\s/g, ' ')).toContain(`${new Intl.NumberFormat('fr-CA').format(t.publiees)} lignes publiées`.replace(/\s/g, ' '));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verifier-resultats-titre');
    expect(await page.getAttribute('#verifier-statut', 'aria-live')).toBe('polite');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('groups the problems by file, each with its line, column, value and reason', async () => {
    const { page, context } = await openChecker();
    await choose(page, files);
    const groups = await page.$$eval('[data-file]', (boxes) => boxes.map((b) => ({
      file: b.getAttribute('data-file'),
      rows: [...b.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    })));
    // Every file, in the command line's order (by name).
    expect(groups.map((g) => g.file)).toEqual(result.files.map((f) => f.fichier).sort((a, b) => a.localeCompare(b)));
    for (const group of groups) {
      const problems = result.problems.filter((p) => p.fichier === group.file);
      expect(group.rows).toEqual(problems.map((p) => [p.ligne > 0 ? String(p.ligne) : '—', p.colonne, p.valeur, p.raison, p.gravite]));
    }
    expect(groups.some((g) => g.rows.length > 1)).toBe(true);
    await context.close();
  });

  it('sorts a problem table by any column (aria-sort says how)', async () => {
    const { page, context } = await openChecker();
    await choose(page, files);
    // The table with the most distinct reasons.
    const index = await page.$$eval('table[data-problems]', (tables) => {
      const distinct = tables.map((t) => new Set([...t.querySelectorAll('tbody tr td:nth-child(4)')].map((td) => td.textContent)).size);
      return distinct.indexOf(Math.max(...distinct));
    });
    const table = page.locator('table[data-problems]').nth(index);
    const reasons = (): Promise<string[]> => table.locator('tbody tr td:nth-child(4)').allTextContents();
    const before = await reasons();
    expect(new Set(before).size).toBeGreaterThan(1);
    expect(await table.locator('th[data-column="ligne"]').getAttribute('aria-sort')).toBe('ascending');
    await table.locator('th[data-column="raison"] button').click();
    expect(await table.locator('th[data-column="raison"]').getAttribute('aria-sort')).toBe('ascending');
    expect(await table.locator('th[data-column="ligne"]').getAttribute('aria-sort')).toBeNull();
    const collator = new Intl.Collator('fr-CA', { numeric: true });
    const ascending = await reasons();
    expect(ascending).toEqual([...before].sort(collator.compare));
    await table.locator('th[data-column="raison"] button').press('Enter');
    expect(await table.locator('th[data-column="raison"]').getAttribute('aria-sort')).toBe('descending');
    expect(await reasons()).toEqual([...before].sort((a, b) => collator.compare(b, a)));
    await table.locator('th[data-column="ligne"] button').click();
    expect(await reasons()).toEqual(before);
    await context.close();
  });

  it('previews and downloads the accepted rows and the problems as Node writes them', async () => {
    const { page, context } = await openChecker();
    await choose(page, files);
    for (const preview of result.previews) {
      const head = await page.locator(`table[data-preview="${preview.kind}"] thead th`).allTextContents();
      expect(head).toEqual(preview.columns);
      const rows = await page.$$eval(`table[data-preview="${preview.kind}"] tbody tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      expect(rows).toEqual(preview.rows);
    }
    for (const kind of ['initiatives', 'indicateurs'] as const) {
      const csv = text(acceptedCsv(dataset, kind));
      expect(csv.split('\r\n').length).toBeGreaterThan(2);
      expect((await download(page, rowsFileName(kind))).equals(Buffer.from(csv, 'utf8'))).toBe(true);
    }
    const problems = await download(page, 'rejets.csv');
    expect([...problems.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(problems.equals(Buffer.from(result.problemsCsv, 'utf8'))).toBe(true);
    await context.close();
  });

  it('requests nothing once loaded, and checks offline', async () => {
    const { page, context, foreign } = await openChecker('fr', 1280, true);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('blob:') && !r.url().startsWith('data:')) requests.push(r.url());
    });
    await context.setOffline(true);
    await choose(page, files);
    expect(await summaryText(page)).toEqual([...result.summary, result.verdict]);
    expect((await download(page, 'rejets.csv')).equals(Buffer.from(result.problemsCsv, 'utf8'))).toBe(true);
    expect((await download(page, 'initiatives.csv')).equals(Buffer.from(text(acceptedCsv(dataset, 'initiatives')), 'utf8'))).toBe(true);
    expect(requests).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe('/verifier/ with bad input', () => {
  it('lists a file that is not .csv or .xlsx as unsupported, and does not read it', async () => {
    const { page, context } = await openChecker();
    const csv = csvFiles(MESSY).find((f) => f.name === 'priorites.csv')!;
    await choose(page, [csv, { name: 'rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('a,b\n') }]);
    expect(await page.locator('.checker__unsupported li').allTextContents()).toEqual(['rapport.pdf — format non pris en charge', 'notes.txt — format non pris en charge']);
    // Listed as npm run validate lists a folder's other files: the PDF with a warning, the notes as documentation.
    const all = [csv, { name: 'rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('a,b\n') }];
    expect(await summaryText(page)).toEqual([...expected(all).summary, expected(all).verdict]);
    expect(expected(all).summary.join('\n')).toMatch(/2 autres fichiers, pas des exportations, non lus/);
    await context.close();
  });

  it('says so when no file is .csv or .xlsx, in English too', async () => {
    const { page, context } = await openChecker('en');
    await choose(page, [{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('a,b\n') }]);
    expect(await page.locator('.checker__unsupported li').allTextContents()).toEqual(['notes.txt — unsupported format']);
    expect(await page.textContent('#verifier-statut')).toMatch(/^No \.csv or \.xlsx file/);
    expect(await page.locator('[data-summary]').count()).toBe(0);
    await context.close();
  });

  it('asks for files when the selection is empty', async () => {
    const { page, context } = await openChecker();
    await page.setInputFiles('#verifier-choix', []);
    await page.locator('#verifier-statut', { hasText: 'Aucun fichier choisi' }).waitFor();
    expect(await page.locator('#verifier-resultats').isHidden()).toBe(true);
    await context.close();
  });

  it('shows a workbook’s hidden sheet, merged cells, formula without a cached value, and an unrecognised workbook', async () => {
    const header = ['Année financière', 'Région', 'No', "Titre de l'initiative", 'Organisme porteur', 'Priorité nationale', 'Statut', 'Date de début', 'Montant FQIS ($)'];
    const row = ['2025-2026', { n: 4 }, 'LAV-1', 'Projet', 'Organisme A', 'securite-alimentaire', 'En cours', { n: 45747, date: true }, { f: 'SUM(A1:A3)' }] as const;
    const workbook = buildWorkbook([
      { name: 'Initiatives', rows: { 1: header, 2: [...row] }, merges: ['D2:E2'] },
      { name: 'Cachée', state: 'hidden', rows: { 1: header, 2: [...row.slice(0, 2), 'LAV-2', ...row.slice(3)] } },
    ]);
    const notes = buildWorkbook([{ name: 'Notes', rows: { 1: ['Bonjour'], 2: ['Rien à lire'] } }]);
    const files: Payload[] = [
      { name: 'classeur.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(workbook) },
      { name: 'notes.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(notes) },
    ];
    const { page, context } = await openChecker('en');
    await choose(page, files);
    const result = expected(files);
    expect(await page.$$eval('[data-file]', (b) => b.map((x) => x.getAttribute('data-file')))).toEqual(['classeur.xlsx#Cachée', 'classeur.xlsx#Initiatives', 'notes.xlsx#Notes']);
    const reasons = await page.locator('table[data-problems] td.checker__reason').allTextContents();
    expect(reasons).toEqual(result.problems.map((p) => p.raison));
    expect(reasons.join('\n')).toMatch(/feuille masquée[^]*cellules fusionnées \(D2:E2\)[^]*formule sans valeur calculée[^]*type de feuille non reconnu/);
    // The contract's French reasons on the English page are marked as French.
    expect(await page.$$eval('td.checker__reason', (tds) => tds.every((td) => td.getAttribute('lang') === 'fr-CA'))).toBe(true);
    await context.close();
  });

  it('stays responsive on a 50 MB file (parsed in the worker, with progress)', { timeout: 300_000 }, async () => {
    const { page, context } = await openChecker();
    const source = readFileSync(join(SAMPLE, 'laval/initiatives-2025-2026.csv'), 'utf8').replace(/^\uFEFF/, '');
    const [header, first] = source.split(/\r?\n/);
    await page.evaluate(({ header, first }) => {
      const line = `${first}\r\n`;
      const copies = Math.ceil((50 * 1024 * 1024) / line.length);
      const file = new File([`${header}\r\n`, line.repeat(copies)], 'gros.csv', { type: 'text/csv' });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const input = document.querySelector<HTMLInputElement>('#verifier-choix')!;
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, { header: header!, first: first! });
    expect(await page.locator('[data-progress]').isVisible()).toBe(true);
    // While the worker reads and checks, the page still draws frames and handles a click.
    const during = await page.evaluate(() => new Promise<string | null>((resolve) => requestAnimationFrame(() => resolve(document.querySelector('#verifier')!.getAttribute('aria-busy')))));
    expect(during).toBe('true');
    const clicked = await page.evaluate(() => {
      let handled = false;
      const button = document.createElement('button');
      button.addEventListener('click', () => { handled = true; });
      document.body.append(button);
      button.click();
      button.remove();
      return handled && document.querySelector('#verifier')!.getAttribute('aria-busy') === 'true';
    });
    expect(clicked).toBe(true);
    await page.locator('[data-summary]').waitFor({ timeout: 280_000 });
    const lines = await summaryText(page);
    expect(lines[1]).toBe('Fichiers lus : 1');
    expect(await page.locator('[data-progress]').isHidden()).toBe(true);
    await context.close();
  });
});

describe('/verifier/ pages', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const width of [375, 1280]) {
      it(`${lang} at ${width} px with results: no axe violation, nothing wider than the screen`, async () => {
        const { page, context, errors } = await openChecker(lang, width);
        await choose(page, [...csvFiles(MESSY), { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') }]);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  it('without JavaScript, explains the checker and links to the guide and the templates', async () => {
    const { page, context } = await openPage(browser, `${inject('baseUrl')}/verifier/`, { javaScript: false });
    expect(await page.locator('#verifier').isHidden()).toBe(true);
    const hrefs = await page.$$eval('main a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual(expect.arrayContaining(['/partenaires/', '/donnees/']));
    expect(await page.textContent('main')).toMatch(/ne quittent jamais votre ordinateur/);
    await context.close();
  });

  it('loads its scripts on this page only, and says how big they are', async () => {
    const scripts = (html: string): string[] => [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    const page = readFileSync(join(DIST, 'verifier/index.html'), 'utf8');
    const own = scripts(page).filter((src) => !scripts(readFileSync(join(DIST, 'index.html'), 'utf8')).includes(src));
    expect(own.length).toBe(1);
    const main = readFileSync(join(DIST, own[0]!.replace(/^\//, '')));
    const workerName = readdirSync(join(DIST, '_astro')).find((f) => /^worker.*\.js$/.test(f));
    expect(workerName).toBeDefined();
    expect(main.toString()).toContain(workerName!);
    // No other page names either script.
    for (const other of ['index.html', 'donnees/index.html', 'en/verifier/index.html', 'recherche/index.html']) {
      const html = readFileSync(join(DIST, other), 'utf8');
      expect(html.includes(own[0]!)).toBe(other === 'en/verifier/index.html');
      expect(html).not.toContain(workerName!);
    }
    const worker = readFileSync(join(DIST, '_astro', workerName!));
    console.log(`checker scripts: page ${main.length} B (${gzipSync(main).length} B gzip), worker ${worker.length} B (${gzipSync(worker).length} B gzip), ${statSync(join(DIST, '_astro', workerName!)).size} B on disk`);
    expect(gzipSync(worker).length).toBeLessThan(200_000);
  });
});

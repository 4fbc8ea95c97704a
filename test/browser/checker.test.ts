/**
 * The export checker `/verifier/` (contract §8, issues #11 and #20) in
 * Chromium: the plain-words summary and the problem groups equal the
 * checker's result on the same bytes (computed here in Node, in the page's
 * language), files with errors first, each group with the accepted values,
 * the closest one, how to fix it and a guide entry that exists; the
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
import { PROBLEMS_FILE, rowsFileName } from '../../src/lib/checker/names.ts';
import { text } from '../../src/lib/formats/content.ts';
import type { CheckResult } from '../../src/lib/checker/check.ts';
import type { SourceFile } from '../../src/lib/ingest/index.ts';
import { notExportReason } from '../../src/lib/formats/fileNames.ts';
import { typography } from '../../src/i18n/format.ts';
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
const checked = (files: readonly Payload[], lang: 'fr' | 'en' = 'fr'): ReturnType<typeof checkFiles> =>
  checkFiles(
    files.map((f): SourceFile => {
      const unread = notExportReason(f.name);
      return unread ? { fichier: f.name, bytes: new Uint8Array(0), unread } : { fichier: f.name, bytes: new Uint8Array(f.buffer) };
    }),
    lang,
  );
const expected = (files: readonly Payload[], lang: 'fr' | 'en' = 'fr'): CheckResult => checked(files, lang).result;

/** Initiatives with an unknown status (`finie`, near `completee`), priority (`logement`) and region (`18`). */
const WRONG: Payload = {
  name: 'initiatives-a-corriger.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([
    'annee;region;id;titre;organisme;priorite;statut;date_debut;montant_fqis',
    '2024-2025;04;A1;Titre;Org;securite-alimentaire;finie;2024-11-01;100',
    '2024-2025;04;A2;Titre;Org;logement;en-cours;2024-11-01;100',
    '2024-2025;18;A3;Titre;Org;securite-alimentaire;en-cours;2024-11-01;100',
    '',
  ].join('\r\n')),
};

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

/** The files' blocks in the page's order: name and state. */
const fileOrder = (page: Page): Promise<{ file: string | null; state: string | null }[]> =>
  page.$$eval('[data-file]', (boxes) => boxes.map((b) => ({ file: b.getAttribute('data-file'), state: b.getAttribute('data-state') })));

describe('/verifier/ with the messy fixture', () => {
  const files = csvFiles(MESSY);
  const { result, dataset } = checked(files);

  it('shows the summary in plain words, files with errors first, and announces the headline', async () => {
    const { page, context, errors } = await openChecker();
    await choose(page, files);
    expect(await summaryText(page)).toEqual(result.summary);
    expect(result.counts.toFix).toBeGreaterThan(0);
    expect(await page.getAttribute('[data-summary]', 'data-verdict')).toBe('corriger');
    // Plain text, not the command line's monospace.
    expect(await page.$eval('[data-summary] li', (li) => getComputedStyle(li).fontFamily)).not.toMatch(/mono/i);
    expect(await page.textContent('#verifier-statut')).toBe(result.summary[0]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verifier-resultats-titre');
    expect(await page.getAttribute('#verifier-statut', 'aria-live')).toBe('polite');
    expect(await fileOrder(page)).toEqual(result.files.map((f) => ({ file: f.fichier, state: f.state })));
    expect(await page.textContent('main')).not.toMatch(/npm run validate|validez de nouveau/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives each file to correct its problem groups, each with its reason, how to fix it and its guide entry', async () => {
    const { page, context } = await openChecker();
    await choose(page, files);
    const shown = await page.$$eval('[data-file][data-state="erreurs"], [data-file][data-state="avertissements"]', (boxes) => boxes.map((b) => ({
      file: b.getAttribute('data-file'),
      title: b.querySelector('h4')?.textContent ?? '',
      groups: [...b.querySelectorAll('[data-group]')].map((g) => ({
        code: g.getAttribute('data-code'),
        reason: g.querySelector('.checker__reason')?.textContent ?? '',
        text: g.textContent ?? '',
        guide: g.querySelector('a[data-guide]')?.getAttribute('href') ?? '',
      })),
    })));
    const worked = result.files.filter((f) => f.state === 'erreurs' || f.state === 'avertissements');
    expect(shown.map((s) => s.file)).toEqual(worked.map((f) => f.fichier));
    for (const [i, f] of worked.entries()) {
      const s = shown[i]!;
      expect(s.groups.map((g) => g.code)).toEqual(f.groups.map((g) => g.code));
      for (const [j, g] of f.groups.entries()) {
        // As the page prints them: French spaces and apostrophes (README, « Style des nombres »).
        expect(s.groups[j]!.reason).toBe(typography(g.reason, 'fr'));
        expect(s.groups[j]!.text).toContain(typography(g.fix, 'fr'));
        // Where: « 214 lignes », or the line itself when there is one.
        expect(s.groups[j]!.text).toContain(g.count === 1 && g.lignes.length === 1 && g.lignes[0]! > 0 && g.scope !== 'column' ? `ligne ${g.lignes[0]}` : g.where);
        expect(s.groups[j]!.guide).toBe(`/partenaires/#${g.guide}`);
      }
      if (f.sheet !== null) expect(s.title).toBe(`${f.file} — feuille « ${f.sheet} »`);
    }
    // No problem table any more: lines are listed on demand, closed.
    expect(await page.locator('table[data-problems]').count()).toBe(0);
    expect(await page.locator('details.checker__lines[open]').count()).toBe(0);
    expect(await page.locator('details.checker__lines').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('previews and downloads the accepted rows and the problems with how to fix them', async () => {
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
    expect(await page.textContent(`a[download="${PROBLEMS_FILE.fr}"]`)).toBe(`Télécharger les problèmes, avec comment les corriger (${PROBLEMS_FILE.fr})`);
    const problems = await download(page, PROBLEMS_FILE.fr);
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
    expect(await summaryText(page)).toEqual(result.summary);
    expect((await download(page, PROBLEMS_FILE.fr)).equals(Buffer.from(result.problemsCsv, 'utf8'))).toBe(true);
    expect((await download(page, 'initiatives.csv')).equals(Buffer.from(text(acceptedCsv(dataset, 'initiatives')), 'utf8'))).toBe(true);
    expect(requests).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('shows short identifiers of the preview on one line at 1280 px, and the scroll cue on a phone', async () => {
    const { page, context } = await openChecker('fr', 1280);
    await choose(page, files);
    // Every short cell (identifiers such as EXEMPLE-1, codes, dates, amounts) holds on one line: no word broken letter by letter.
    const cells = await page.$$eval('table[data-preview] tbody td', (tds) => tds.filter((td) => (td.textContent ?? '').length <= 24 && (td.textContent ?? '') !== '').map((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return { text: td.textContent ?? '', lines: tops.size, fits: td.scrollWidth <= td.clientWidth };
    }));
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c, c.text).toMatchObject({ lines: 1, fits: true });
    await page.setViewportSize({ width: 375, height: 800 });
    const wrap = page.locator('.table-wrap:has(table[data-preview="initiatives"])');
    await expect.poll(() => wrap.getAttribute('data-overflow')).toBe('');
    expect(await wrap.getAttribute('data-hint')).toBeTruthy();
    expect(await wrap.evaluate((w) => getComputedStyle(w, '::before').content)).not.toBe('none');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('/verifier/ says how to fix each problem, in the page’s language', () => {
  const ANCHORS = { 'statut-inconnu': 'erreur-statut', 'priorite-inconnue': 'erreur-priorite', 'region-inconnue': 'erreur-region' } as const;
  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: accepted values, the closest one when near, and a guide entry that exists`, async () => {
      const { page, context } = await openChecker(lang);
      await choose(page, [WRONG]);
      const result = expected([WRONG], lang);
      expect(await summaryText(page)).toEqual(result.summary);
      const group = (code: string) => page.locator(`[data-group][data-code="${code}"]`);
      expect(await group('statut-inconnu').locator('[data-accepted]').textContent()).toContain('completee');
      expect(await group('priorite-inconnue').locator('[data-accepted]').textContent()).toContain('securite-alimentaire');
      expect(await group('region-inconnue').locator('[data-accepted]').textContent()).toContain('17');
      expect(await group('statut-inconnu').locator('[data-suggestion]').textContent()).toBe(lang === 'fr' ? 'Vous vouliez dire «\u00a0completee\u00a0» (Complétée)\u00a0?' : 'Did you mean “completee” (Completed)?');
      expect(await group('priorite-inconnue').locator('[data-suggestion]').count()).toBe(0);
      expect(await group('region-inconnue').locator('[data-suggestion]').count()).toBe(0);
      expect(await group('statut-inconnu').locator('.checker__reason').textContent()).toBe(lang === 'fr' ? 'statut inconnu' : 'unknown status');
      expect(await group('statut-inconnu').locator('.checker__tag').textContent()).toBe(lang === 'fr' ? 'Ligne refusée' : 'Row rejected');
      if (lang === 'en') {
        // The file's own words are French (WCAG 3.1.2).
        expect(await group('statut-inconnu').locator('[data-value] .checker__value').getAttribute('lang')).toBe('fr-CA');
        expect(await group('statut-inconnu').locator('[data-accepted] code').first().getAttribute('lang')).toBe('fr-CA');
      }
      const hrefs: string[] = [];
      for (const [code, anchor] of Object.entries(ANCHORS)) {
        const href = (await group(code).locator('a[data-guide]').getAttribute('href'))!;
        expect(href).toBe(`${lang === 'fr' ? '' : '/en'}/partenaires/#${anchor}`);
        expect((await group(code).locator('a[data-guide]').textContent())!.length).toBeGreaterThan(lang === 'fr' ? 'Voir le guide'.length : 'See the guide'.length);
        hrefs.push(href);
      }
      for (const href of hrefs) {
        await page.goto(`${inject('baseUrl')}${href}`);
        expect(await page.locator(`[id="${href.split('#')[1]}"]`).count(), href).toBe(1);
      }
      await context.close();
    });
  }

  it('says 12 files were chosen when 12 are dropped, and puts the files with errors first', async () => {
    const regions = readdirSync(SAMPLE, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().slice(0, 3);
    const good = regions.flatMap((r) => readdirSync(join(SAMPLE, r)).filter((f) => f.endsWith('.csv')).sort().map((f): Payload => ({ name: `${r}-${f}`, mimeType: 'text/csv', buffer: readFileSync(join(SAMPLE, r, f)) }))).slice(0, 11);
    const files = [...good, { ...WRONG, name: 'zz-initiatives.csv' }];
    expect(files.length).toBe(12);
    const { page, context } = await openChecker();
    await page.evaluate((payload) => {
      const transfer = new DataTransfer();
      for (const f of payload) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: 'text/csv' }));
      document.querySelector('[data-drop]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files.map((f) => ({ name: f.name, base64: f.buffer.toString('base64') })));
    await page.locator('#verifier-resultats:not([hidden]) [data-summary]').waitFor();
    const result = expected(files);
    const lines = await summaryText(page);
    expect(lines).toEqual(result.summary);
    expect(lines.join('\n')).toContain('12 fichiers choisis');
    const order = await fileOrder(page);
    // Named last, checked first: errors come before warnings, ready files and the rest, whatever the names.
    expect(order[0]!.state).toBe('erreurs');
    expect(order.find((o) => o.file === 'zz-initiatives.csv')!.state).toBe('erreurs');
    const rank = ['erreurs', 'avertissements', 'pret', 'autre'];
    expect(order.map((o) => rank.indexOf(o.state!))).toEqual(order.map((o) => rank.indexOf(o.state!)).sort((a, b) => a - b));
    expect(order.map((o) => o.file)).not.toEqual(order.map((o) => o.file).sort());
    expect(order.map((o) => o.file)).toEqual(result.files.map((f) => f.fichier));
    // The files ready to send are folded in one closed box.
    expect(await page.locator('details.checker__ready').count()).toBe(1);
    expect(await page.locator('details.checker__ready').getAttribute('open')).toBeNull();
    await context.close();
  });
});

describe('/verifier/ with bad input', () => {
  it('lists a file that is not .csv or .xlsx as unsupported, and does not read it', async () => {
    const { page, context } = await openChecker();
    const csv = csvFiles(MESSY).find((f) => f.name === 'priorites.csv')!;
    await choose(page, [csv, { name: 'rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('a,b\n') }]);
    // Listed last as npm run validate lists a folder's other files, each with why it was not read.
    const all = [csv, { name: 'rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('a,b\n') }];
    const result = expected(all);
    expect(result.counts.others).toBe(2);
    expect(result.files.filter((f) => f.state === 'autre').map((f) => f.reason)).toEqual(['documentation : non lue (ni CSV ni classeur .xlsx)', 'fichier non lu : ni CSV ni classeur Excel .xlsx (format .pdf); enregistrez les données en CSV UTF-8 ou en .xlsx']);
    expect(await summaryText(page)).toEqual(result.summary);
    const others = result.files.filter((f) => f.state === 'autre');
    expect(await page.locator('.checker__others li').allTextContents()).toEqual(others.map((f) => `${f.fichier} — ${f.reason}`));
    expect((await fileOrder(page)).slice(-2)).toEqual(others.map((f) => ({ file: f.fichier, state: 'autre' })));
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
    const result = expected(files, 'en');
    expect(await fileOrder(page)).toEqual(result.files.map((f) => ({ file: f.fichier, state: f.state })));
    expect((await fileOrder(page)).map((f) => f.file).sort()).toEqual(['classeur.xlsx#Cachée', 'classeur.xlsx#Initiatives', 'notes.xlsx#Notes']);
    const reasons = await page.locator('[data-group] .checker__reason, .checker__others li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    const title = (f: CheckResult['files'][number]): string => (f.sheet === null ? f.fichier : `${f.file} — sheet “${f.sheet}”`);
    const expectedReasons = result.files.flatMap((f) => (f.state === 'autre' ? [`${title(f)} — ${f.groups[0]?.reason ?? 'documentation or another file, not read'}`] : f.groups.map((g) => typography(g.reason, 'en'))));
    expect(reasons).toEqual(expectedReasons);
    // The sheet is named in the file's heading, in English.
    expect(await page.locator('h4', { hasText: 'classeur.xlsx — sheet “Initiatives”' }).count()).toBe(1);
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
    expect(lines[1]).toBe('1 fichier choisi.');
    expect(await page.locator('[data-progress]').isHidden()).toBe(true);
    await context.close();
  });
});

describe('/verifier/ pages', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const width of [375, 1280]) {
      it(`${lang} at ${width} px before and after a check (a list of lines open): no axe violation, nothing wider than the screen`, async () => {
        const { page, context, errors } = await openChecker(lang, width);
        expect(await axeViolations(page)).toEqual([]);
        await choose(page, [...csvFiles(MESSY), WRONG, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') }]);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.locator('details.checker__lines summary').first().click();
        if (await page.locator('details.checker__ready').count() > 0) await page.locator('details.checker__ready summary').click();
        expect(await page.locator('details.checker__lines[open]').count()).toBe(1);
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
    // The page's script renders what the worker says: the reasons' catalogue and the ingest stay in the worker.
    expect(main.toString()).not.toMatch(/statut inconnu|unknown status|Sécurité alimentaire/);
    expect(main.length).toBeLessThan(30_000);
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

/**
 * Parity of the two front ends (issue #11): the same messy folders fed to
 * `npm run validate` (its printed lines) and to `/verifier/` in Chromium
 * (its folder input and its problems download) give the same problems —
 * file, line, column, value, reason and severity — in the same order, and
 * the same summary.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { csvRows } from '../../src/lib/publish/csvRows.ts';
import { fromString } from '../../src/lib/formats/content.ts';
import { restore } from '../../src/lib/formats/csvWrite.ts';
import { REJECT_COLUMNS } from '../../src/lib/publish/reports.ts';
import { problemLine } from '../../src/lib/publish/summary.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const FOLDERS = { 'the pipeline’s messy fixture': 'test/fixtures/messy/input', 'the sample’s exports, faults included': 'data/exports' };

/** What `npm run validate -- <folder>` prints: its summary (after the folder line), its problem lines and its verdict. */
function commandLine(folder: string): { summary: string[]; problems: string[]; verdict: string } {
  const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', folder], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).not.toBe(2);
  const lines = run.stdout.split('\n');
  const header = lines.indexOf('Problèmes (fichier:ligne — gravité, colonne, valeur : raison) :');
  const summary = lines.slice(1, header < 0 ? lines.indexOf('') : header - 1);
  const problems = header < 0 ? [] : lines.slice(header + 1).filter((l) => l.startsWith('  ')).map((l) => l.slice(2));
  return { summary, problems, verdict: lines.find((l) => l.startsWith('Résultat :'))! };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('npm run validate and /verifier/ agree', () => {
  for (const [name, folder] of Object.entries(FOLDERS)) {
    it(`on ${name} (${folder})`, { timeout: 120_000 }, async () => {
      const cli = commandLine(folder);
      expect(cli.problems.length).toBeGreaterThan(3);

      const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}/verifier/`);
      await page.locator('#verifier[data-ready]').waitFor({ state: 'attached' });
      await page.setInputFiles('#verifier-dossier', `${ROOT}${folder}`);
      await page.locator('[data-summary]').waitFor();
      const shown = await page.$$eval('[data-summary] li', (lis) => lis.map((li) => li.textContent ?? ''));
      expect(shown.slice(1)).toEqual([...cli.summary.slice(1), cli.verdict]);

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[download="rejets.csv"]')]);
      const [header, ...rows] = [...csvRows(fromString(readFileSync(await download.path(), 'utf8')))];
      expect(header).toEqual([...REJECT_COLUMNS]);
      const problems = rows.map(([fichier, ligne, colonne, valeur, raison, gravite]) => ({
        fichier: restore(fichier!), ligne: Number(ligne), colonne: restore(colonne!), valeur: restore(valeur!), raison: restore(raison!), gravite: gravite as 'erreur' | 'avertissement',
      }));
      expect(problems.map(problemLine)).toEqual(cli.problems);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

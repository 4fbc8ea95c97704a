/**
 * Parity of the two front ends (issues #11 and #20): the same messy folders
 * fed to `npm run validate` (its printed lines) and to `/verifier/` in
 * Chromium (its folder input and its problems download) give the same
 * summary and the same problems — file, line, column, value, reason and
 * severity — in the same order, in French on `/verifier/` and in English
 * on `/en/verifier/` (`npm run validate -- --lang en`). The French
 * problems are also the maintainers' report's (`reports/rejets.csv`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tools/browser/chromium.ts';
import { csvRows } from '../../src/lib/publish/csvRows.ts';
import { fromString } from '../../src/lib/formats/content.ts';
import { restore } from '../../src/lib/formats/csvWrite.ts';
import { PROBLEM_COLUMNS } from '../../src/lib/checker/check.ts';
import { PROBLEMS_FILE } from '../../src/lib/checker/names.ts';
import { REJECT_COLUMNS } from '../../src/lib/publish/reports.ts';
import { formatProblemLine } from '../../src/lib/publish/summary.ts';
import { ingestFolder } from '../../src/lib/ingest/sources.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const FOLDERS = { 'the pipeline’s messy fixture': 'test/fixtures/messy/input', 'the sample’s exports, faults included': 'data/exports' };
const LIST = { fr: 'Problèmes, un par ligne (fichier:ligne — gravité, colonne, valeur : raison) :', en: 'Problems, one per line (file:line — severity, column, value: reason):' };
const RESULT = { fr: 'Résultat : ', en: 'Result: ' };

/** What `npm run validate -- <folder> --lang <lang>` prints: its summary (after the folder line), its problem lines and its result. */
function commandLine(folder: string, lang: 'fr' | 'en'): { summary: string[]; problems: string[]; result: string } {
  const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', folder, '--lang', lang], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).not.toBe(2);
  const lines = run.stdout.split('\n');
  const summary = lines.slice(2, lines.indexOf('', 2));
  const header = lines.indexOf(LIST[lang]);
  const problems = header < 0 ? [] : lines.slice(header + 1).filter((l) => l.startsWith('  ')).map((l) => l.slice(2));
  return { summary, problems, result: lines.find((l) => l.startsWith(RESULT[lang]))!.slice(RESULT[lang].length) };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('npm run validate and /verifier/ agree, in both languages', () => {
  for (const [name, folder] of Object.entries(FOLDERS)) {
    for (const lang of ['fr', 'en'] as const) {
      it(`on ${name} (${folder}), ${lang}`, { timeout: 120_000 }, async () => {
        const cli = commandLine(folder, lang);
        expect(cli.problems.length).toBeGreaterThan(3);
        expect(cli.result).toBe(cli.summary[0]);

        const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}${lang === 'fr' ? '' : '/en'}/verifier/`);
        await page.locator('#verifier[data-ready]').waitFor({ state: 'attached' });
        await page.setInputFiles('#verifier-dossier', `${ROOT}${folder}`);
        await page.locator('[data-summary]').waitFor();
        const shown = await page.$$eval('[data-summary] li', (lis) => lis.map((li) => (li.textContent ?? '').trim()));
        expect(shown).toEqual(cli.summary);

        const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a[download="${PROBLEMS_FILE[lang]}"]`)]);
        const [header, ...rows] = [...csvRows(fromString(readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')))];
        expect(header).toEqual([...PROBLEM_COLUMNS[lang]]);
        const severity = (s: string): 'erreur' | 'avertissement' => (s === 'erreur' || s === 'error' ? 'erreur' : 'avertissement');
        const lines = rows.map(([fichier, ligne, colonne, valeur, raison, gravite]) =>
          formatProblemLine({ fichier: restore(fichier!), ligne: Number(ligne), colonne: restore(colonne!), valeur: restore(valeur!), gravite: severity(gravite!) }, restore(raison!), lang),
        );
        expect(lines).toEqual(cli.problems);
        // Every problem says how to fix it and where the guide explains it.
        for (const row of rows) {
          expect(row[6], row.join(',')).not.toBe('');
          expect(row[9], row.join(',')).toMatch(/^[a-z-]+$/);
        }
        if (lang === 'fr') {
          // The French file's first six columns are the maintainers' report's, in the report's order.
          expect(header!.slice(0, 6)).toEqual([...REJECT_COLUMNS]);
          const report = (await ingestFolder(`${ROOT}${folder}`)).problems.map((p) => [p.fichier, String(p.ligne), p.colonne, p.valeur, p.raison, p.gravite]);
          expect(rows.map((r) => [restore(r[0]!), r[1]!, restore(r[2]!), restore(r[3]!), restore(r[4]!), r[5]!])).toEqual(report);
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});

/**
 * `npm run data`: runs the pipeline on DATA_DIR (default data/exports),
 * writes dist/donnees/ (and its staging copy for the site build) and
 * reports/, prints a one-screen summary. Exits 0 even when rows are
 * rejected, unless STRICT=1.
 */
import { relative } from 'node:path';
import { readAndRun, writePipeline } from '../src/lib/pipeline/index.ts';
import { summaryLines, totals } from '../src/lib/publish/summary.ts';
import { DIST_DATA_DIR, REPORTS_DIR, ROOT, SITE_DIR, STAGING_DIR, inputDir } from './paths.ts';
import { editionsDir, verifyEditions } from '../src/lib/editions/store.ts';
import { practicesOf } from '../src/lib/derive/practices.ts';

// Before anything: the frozen editions must be byte for byte what was
// published (contract §6). Nothing is built, so nothing of a tampered
// edition is published.
const editions = verifyEditions(editionsDir(ROOT));
if (editions.problems.length > 0) {
  console.error('Construction arrêtée : des éditions publiées ont été altérées.');
  for (const p of editions.problems) console.error(`- ${p}`);
  console.error('Restaurez les fichiers (git checkout data/editions/), ou publiez une correction : npm run edition -- correct <annee> --note "<raison>".');
  process.exit(1);
}

const dir = inputDir();
const started = performance.now();
const output = await readAndRun(dir);
await writePipeline(output, { publicDirs: [STAGING_DIR, DIST_DATA_DIR], reportsDir: REPORTS_DIR, siteDir: SITE_DIR });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const label = relative(ROOT, dir) || '.';
console.log('Alliances pour la solidarité — traitement des données');
for (const line of summaryLines(output.ingest, label, output.source.fictif)) console.log(line);
console.log(`Valeurs d'indicateurs calculées : ${output.indicators.length}`);
// Winning practices whose ids give the same page address (contract §5): both
// are published, the later one with a suffix; the maintainers are told here
// (the rows no longer know their source file, so rejets.csv cannot name it).
for (const w of practicesOf(output.ingest.dataset.initiatives).warnings) console.log(`Avertissement (pratiques gagnantes, région ${w.region}) : ${w.raison}`);
console.log(`Données publiques : ${relative(ROOT, DIST_DATA_DIR)}/ — rapport : ${relative(ROOT, REPORTS_DIR)}/rejets.csv et validation.json (${seconds} s)`);

const t = totals(output.ingest);
if (t.rejetees > 0) {
  console.log(`${t.rejetees === 1 ? '1 ligne rejetée' : `${new Intl.NumberFormat('fr-CA').format(t.rejetees)} lignes rejetées`} : voir ${relative(ROOT, REPORTS_DIR)}/rejets.csv ou « npm run validate ».`);
  if (process.env['STRICT'] === '1') {
    console.error('STRICT=1 : échec, car des lignes ont été rejetées.');
    process.exitCode = 1;
  }
}

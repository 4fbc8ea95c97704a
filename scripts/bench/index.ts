/**
 * `npm run bench`: pipeline throughput on generated exports at 1×, 10× and
 * 100× the sample, against papaparse alone on the same files. Prints
 * figures; asserts nothing (a test never times). Targets from issue #2:
 * ≥ 100 000 rows/s at 100×, pipeline ≤ 3× the bare parse, peak memory
 * ≤ 1 GB, time linear in rows. Then the hostile inputs of issue #16
 * (scripts/bench/hostile.ts; `--no-hostile` skips them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSample } from '../../tools/sample/index.ts';
import { benchSite } from './site.ts';
import { printCatalogue } from './catalogue.ts';
import { benchCards } from './cards.ts';
import { benchChecker } from './checker.ts';
import { benchHostile } from './hostile.ts';
import { PAGE_TYPES, printLighthouse, runLighthouse } from './lighthouse.ts';
import { benchReading } from './reading.ts';

const args = process.argv.slice(2);
const scales = (args.find((a) => a.startsWith('--scales='))?.slice(9) ?? '1,10,100').split(',').map(Number);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const runner = fileURLToPath(new URL('./run.ts', import.meta.url));

interface Measure {
  phases: Record<string, number>;
  rows: number;
  bytes: number;
  seconds: number;
  peakMB: number;
}

function measure(mode: 'pipeline' | 'parse' | 'xlsx', dir: string): Measure {
  const results: Measure[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', runner, mode, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
    results.push(JSON.parse(out.trim().split('\n').at(-1)!) as Measure);
  }
  // The median run, so one slow start does not decide.
  return results.sort((a, b) => a.seconds - b.seconds)[Math.floor(results.length / 2)]!;
}

const fmt = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 0 });
const fmt2 = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

console.log(`Banc d'essai du pipeline (${runs} exécution(s) par mesure, médiane; Node ${process.version})`);
console.log('échelle | lignes | Mo | pipeline (s) | lignes/s | analyse seule (s) | rapport | mémoire max (Mo) | µs/ligne | lecture+validation / indicateurs / écriture (s)');
const perRow: number[] = [];
const workbooks: Array<{ scale: number; m: Measure }> = [];
for (const scale of scales) {
  const dir = join(tmpdir(), `alliances-bench-x${scale}`);
  if (!existsSync(join(dir, '.complete'))) {
    await mkdir(dir, { recursive: true });
    await generateSample({ seed: 2024, scale, outDir: dir, faults: true });
    await (await import('node:fs/promises')).writeFile(join(dir, '.complete'), '');
  }
  const pipeline = measure('pipeline', dir);
  const parse = measure('parse', dir);
  workbooks.push({ scale, m: measure('xlsx', dir) });
  const us = (pipeline.seconds * 1e6) / pipeline.rows;
  perRow.push(us);
  console.log(
    [
      `${scale}×`,
      fmt.format(pipeline.rows),
      fmt2.format(pipeline.bytes / 1e6),
      fmt2.format(pipeline.seconds),
      fmt.format(pipeline.rows / pipeline.seconds),
      fmt2.format(parse.seconds),
      `${fmt2.format(pipeline.seconds / parse.seconds)}×`,
      fmt.format(pipeline.peakMB),
      fmt2.format(us),
      ['ingest', 'derive', 'serialise'].map((k) => fmt2.format(pipeline.phases[k] ?? 0)).join(' / '),
    ].join(' | '),
  );
}
if (perRow.length > 1) {
  const spread = Math.max(...perRow) / Math.min(...perRow);
  console.log(`Linéarité : temps par ligne de ${fmt2.format(Math.min(...perRow))} à ${fmt2.format(Math.max(...perRow))} µs (écart ×${fmt2.format(spread)}; 1,00 = parfaitement linéaire).`);
}
console.log('Cibles (issue #2) : ≥ 100 000 lignes/s à 100×, rapport ≤ 3×, mémoire ≤ 1 000 Mo, temps linéaire.');

// The Excel workbooks (contract §2.1), made from the published CSV after the pipeline.
console.log('');
console.log('Classeurs Excel (contrat §2.1), écrits avec fflate : échelle | initiatives | initiatives.xlsx (s) | Mo | tous les classeurs (s) | mémoire max (Mo)');
for (const { scale, m } of workbooks) {
  const times = Object.entries(m.phases).filter(([k]) => !k.endsWith(':octets'));
  console.log(
    [
      `${scale}×`,
      fmt.format(m.rows),
      fmt2.format(m.phases['initiatives.xlsx'] ?? 0),
      fmt2.format((m.phases['initiatives.xlsx:octets'] ?? 0) / 1e6),
      fmt2.format(times.reduce((n, [, s]) => n + s, 0)),
      fmt.format(m.peakMB),
    ].join(' | '),
  );
}

// Hostile inputs (issue #16): each case through npm run data and npm run validate, then
// the full build of all of them together (skipped with the site by --pipeline-only).
if (!args.includes('--no-hostile')) await benchHostile({ combined: !args.includes('--pipeline-only') });

if (!args.includes('--pipeline-only')) {
  await benchSite();
  printCatalogue();
  await benchCards();
  // The checker (issue #11): script sizes and the 100× sample in Chromium against npm run validate, on the dist/ just built.
  await benchChecker();
  // What a reader meets (issue #21): page heights at 375 px, tab stops, printed pages, chart text at 320 px.
  console.log('');
  await benchReading();
  if (!args.includes('--no-lighthouse')) {
    console.log('');
    console.log('Lighthouse (issue #7), médiane de 3 mesures par page :');
    printLighthouse(await runLighthouse(PAGE_TYPES, ['fr', 'en'], 3));
  }
}

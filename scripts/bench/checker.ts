/**
 * The export checker's figures (issue #11, `/verifier/`), on a built dist/:
 * its scripts' size (gzip) — the page's own script, and the worker with and
 * without the Excel reader (src/lib/formats/xlsxRead.ts with fflate and saxen,
 * measured by bundling the worker with esbuild with that module stubbed) —
 * and the time to check the 100× sample in Chromium against
 * `npm run validate` on the same folder. Prints figures; asserts nothing.
 *
 * Alone: `ALLIANCES_OUTPUT_ROOT=<dir> npx tsx scripts/bench/checker.ts` after a build there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { generateSample } from '../../tools/sample/index.ts';
import { launch } from '../../tools/browser/chromium.ts';
import { serve } from '../../tools/browser/server.ts';
import { ROOT } from '../paths.ts';

const fmt = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 1 });
const fmt2 = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const kb = (bytes: number): string => `${fmt.format(bytes / 1024)} Ko`;
const gz = (bytes: Uint8Array | string): number => gzipSync(bytes).length;

export interface CheckerWeight {
  /** The page's own script (main thread), gzip. */
  readonly page: number;
  /** The worker as built, Excel reader included, gzip. */
  readonly worker: number;
  /** esbuild bundles of the worker, minified, gzip: as is, and with the Excel reader stubbed out. */
  readonly withExcel: number;
  readonly withoutExcel: number;
}

/** Replaces src/lib/formats/xlsxRead.ts by a stub: what the worker would weigh if the Excel reader were loaded on demand. */
const noExcel: Plugin = {
  name: 'no-excel',
  setup(b) {
    b.onResolve({ filter: /\/xlsx\.ts$/ }, (args) => (args.importer.includes('/ingest/') ? { path: 'xlsx-stub', namespace: 'stub' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export const looksLikeZip = () => false; export const looksLikeOle = () => false; export function readWorkbook() { throw new Error("xlsx"); }',
      loader: 'js',
    }));
  },
};

async function bundledSize(plugins: Plugin[]): Promise<number> {
  const out = await build({
    entryPoints: [join(ROOT, 'src/client/checker/worker.ts')],
    bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', plugins, logLevel: 'silent',
  });
  return gz(out.outputFiles[0]!.contents);
}

export async function checkerWeight(dist: string): Promise<CheckerWeight> {
  const html = readFileSync(join(dist, 'verifier/index.html'), 'utf8');
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const src = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!).find((s) => !home.includes(s))!;
  const page = readFileSync(join(dist, src.replace(/^\/+/, '')), 'utf8');
  const workerName = /worker-[\w-]+\.js/.exec(page)![0];
  return {
    page: gz(page),
    worker: gz(readFileSync(join(dist, '_astro', workerName))),
    withExcel: await bundledSize([]),
    withoutExcel: await bundledSize([noExcel]),
  };
}

/** The 100× sample with its faults, as `npm run bench` generates it. */
async function sample100(): Promise<string> {
  const dir = join(tmpdir(), 'alliances-bench-x100');
  if (!existsSync(join(dir, '.complete'))) {
    await mkdir(dir, { recursive: true });
    await generateSample({ seed: 2024, scale: 100, outDir: dir, faults: true });
    await writeFile(join(dir, '.complete'), '');
  }
  return dir;
}

/** Seconds from choosing the folder to the summary shown, in Chromium (median of `runs`). */
async function checkInChromium(dist: string, dir: string, runs: number): Promise<number> {
  const server = await serve(dist.replace(/\/$/, ''));
  const browser = await launch();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/verifier/`);
      await page.locator('#verifier[data-ready]').waitFor({ state: 'attached' });
      const start = performance.now();
      await page.setInputFiles('#verifier-dossier', dir);
      await page.locator('[data-summary]').waitFor({ timeout: 600_000 });
      times.push((performance.now() - start) / 1000);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/** Seconds of `npm run validate -- <dir>` (the tsx process, start-up included; median of `runs`). */
function validateSeconds(dir: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/validate.ts'), dir], { cwd: ROOT, stdio: 'ignore' });
    times.push((performance.now() - start) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export async function benchChecker(dist = join(process.env['ALLIANCES_OUTPUT_ROOT'] || ROOT, 'dist'), runs = 3): Promise<void> {
  const w = await checkerWeight(dist);
  console.log('');
  console.log('Vérificateur (/verifier/, issue #11) :');
  console.log(`  script de la page ${kb(w.page)} gzip; worker tel que construit ${kb(w.worker)} gzip (lecteur Excel compris)`);
  console.log(`  worker groupé par esbuild : ${kb(w.withExcel)} gzip avec le lecteur Excel, ${kb(w.withoutExcel)} sans (écart ${kb(w.withExcel - w.withoutExcel)})`);
  const dir = await sample100();
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(csv|xlsx)$/.test(e.name)).length;
  const browser = await checkInChromium(dist, dir, runs);
  const cli = validateSeconds(dir, runs);
  console.log(`  échantillon 100× (${files} fichiers, médiane de ${runs}) : ${fmt2.format(browser)} s dans Chromium, ${fmt2.format(cli)} s avec npm run validate (rapport ${fmt2.format(browser / cli)}×)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchChecker();

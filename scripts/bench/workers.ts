/**
 * `npm run bench:workers [-- <folder>]`: measures the two parallel designs
 * issue #7 asked to weigh for the pipeline, on this machine's two cores,
 * against the single-threaded pipeline (default folder: the 100× sample of
 * `npm run bench`). Measures, changes nothing in the pipeline:
 *
 * 1. ingestion split over 2 worker threads by file (each worker reads the
 *    reference files and half of the other files; rows come back by
 *    structured clone, the cost a real split would pay);
 * 2. the two big outputs serialised in parallel: initiatives.json in a
 *    worker (the rows cloned to it) while the main thread writes the CSVs.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ingestFiles } from '../../src/lib/ingest/index.ts';
import { readSources } from '../../src/lib/ingest/sources.ts';
import type { SourceFile } from '../../src/lib/ingest/index.ts';
import type { InitiativeRow } from '../../src/lib/ingest/types.ts';
import { INDICATORS } from '../../src/lib/derive/definitions.ts';
import { deriveIndicators } from '../../src/lib/derive/indicators.ts';
import { publicFiles } from '../../src/lib/publish/datasets.ts';
import type { Dataset } from '../../src/lib/ingest/types.ts';

type Job = { kind: 'ingest'; sources: SourceFile[] } | { kind: 'json'; initiatives: InitiativeRow[] } | { kind: 'noop' };

const length = (content: () => Iterable<string | Uint8Array>): number => {
  let n = 0;
  for (const chunk of content()) n += chunk.length;
  return n;
};

if (!isMainThread) {
  const job = workerData as Job;
  if (job.kind === 'noop') {
    parentPort!.postMessage({});
  } else if (job.kind === 'ingest') {
    const result = ingestFiles(job.sources);
    parentPort!.postMessage({ rows: result.dataset.initiatives.length, dataset: result.dataset });
  } else {
    const dataset: Dataset = { alliances: [], priorites: [], indicateurs: [], contexte: [], initiatives: job.initiatives };
    parentPort!.postMessage({ chars: length(publicFiles(dataset, [])['initiatives.json']!) });
  }
} else {
  const dir = process.argv[2] ?? join(tmpdir(), 'alliances-bench-x100');
  const self = fileURLToPath(import.meta.url);
  const run = <T>(job: Job): Promise<T> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(self, { workerData: job, execArgv: ['--import', 'tsx'] });
      worker.once('message', (m: T) => {
        resolve(m);
        void worker.terminate();
      });
      worker.once('error', reject);
    });
  const fmt = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const sources = await readSources(dir);
  const rows = (s: SourceFile[]): number => s.length;

  // What starting a worker costs alone (it loads the pipeline's modules through tsx).
  const t0 = performance.now();
  await Promise.all([run({ kind: 'noop' }), run({ kind: 'noop' })]);
  const startup = (performance.now() - t0) / 1000;

  // Single-threaded reference.
  let t = performance.now();
  const single = ingestFiles(sources);
  const ingestOne = (performance.now() - t) / 1000;
  const indicators = deriveIndicators(single.dataset, INDICATORS.map((d) => d.code));
  t = performance.now();
  const files = publicFiles(single.dataset, indicators);
  let written = 0;
  for (const content of Object.values(files)) written += length(content);
  const serialiseOne = (performance.now() - t) / 1000;

  // 1. Ingestion by file over two workers (worker start-up included).
  const reference = sources.filter((s) => /alliances|priorites/.test(s.fichier));
  const others = sources.filter((s) => !reference.includes(s));
  const halves = [others.filter((_, i) => i % 2 === 0), others.filter((_, i) => i % 2 === 1)];
  t = performance.now();
  const parts = await Promise.all(halves.map((h) => run<{ rows: number }>({ kind: 'ingest', sources: [...reference, ...h] })));
  const ingestTwo = (performance.now() - t) / 1000;

  // 2. initiatives.json in a worker while the main thread writes the rest.
  t = performance.now();
  const json = run<{ chars: number }>({ kind: 'json', initiatives: single.dataset.initiatives });
  let rest = 0;
  for (const [name, content] of Object.entries(files)) if (name !== 'initiatives.json') rest += length(content);
  const { chars } = await json;
  const serialiseTwo = (performance.now() - t) / 1000;

  console.log(`Threads de travail (2 cœurs), ${rows(sources)} fichiers, ${single.dataset.initiatives.length} initiatives publiées`);
  console.log(`Démarrage de deux threads (modules chargés par tsx) : ${fmt.format(startup)} s`);
  console.log(`1. Lecture et validation : ${fmt.format(ingestOne)} s sur un fil, ${fmt.format(ingestTwo)} s sur deux (${parts.map((p) => p.rows).join(' + ')} lignes renvoyées par clonage, démarrage compris) : gain ×${fmt.format(ingestOne / ingestTwo)}`);
  console.log(`2. Écriture des fichiers publics : ${fmt.format(serialiseOne)} s sur un fil (${written} caractères), ${fmt.format(serialiseTwo)} s avec initiatives.json dans un fil à part (${chars} + ${rest} caractères) : gain ×${fmt.format(serialiseOne / serialiseTwo)}`);
}

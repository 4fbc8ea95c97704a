/**
 * The full cycle's editions (issue #8): five yearly editions, 2024-2025 to
 * 2028-2029, built from the sample (later years reuse 2025-2026's rows under
 * their own year: the sample has two years), then the whole site with them,
 * in a folder of its own. Prints the build time, the page count and the
 * size of dist/. Measures, asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles } from '../../src/lib/ingest/index.ts';
import { readSources } from '../../src/lib/ingest/sources.ts';
import { readSourceInfo } from '../../src/lib/pipeline/index.ts';
import { issueEdition } from '../../src/lib/editions/issue.ts';
import { ROOT } from '../paths.ts';

const CYCLE = ['2024-2025', '2025-2026', '2026-2027', '2027-2028', '2028-2029'];
const fmt = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 1 });

async function fiveEditions(dir: string): Promise<void> {
  const exportsDir = join(ROOT, 'data/exports');
  const [sources, source] = await Promise.all([readSources(exportsDir), readSourceInfo(exportsDir)]);
  const ingest = ingestFiles(sources);
  const { initiatives, indicateurs } = ingest.dataset;
  const last = (rows: readonly { annee: string }[]) => rows.filter((r) => r.annee === '2025-2026');
  const cycle = {
    ...ingest,
    dataset: {
      ...ingest.dataset,
      initiatives: [...initiatives.filter((r) => r.annee <= '2025-2026'), ...CYCLE.slice(2).flatMap((annee) => last(initiatives).map((r) => ({ ...(r as (typeof initiatives)[number]), annee })))],
      indicateurs: [...indicateurs.filter((r) => r.annee <= '2025-2026'), ...CYCLE.slice(2).flatMap((annee) => last(indicateurs).map((r) => ({ ...(r as (typeof indicateurs)[number]), annee })))],
    },
  };
  for (const [i, annee] of CYCLE.entries()) {
    await issueEdition({ dir, annee, ingest: cycle, source, date: `${2025 + i}-12-15`, donneesAu: `${2025 + i}-11-30`, note: 'Banc d’essai : cycle complet.' });
  }
}

function size(dir: string): { files: number; bytes: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files++;
    if (e.name === 'index.html') pages++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { files, bytes, pages };
}

export async function benchEditions(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'alliances-bench-editions-'));
  try {
    const editions = join(work, 'editions');
    await fiveEditions(editions);
    const started = performance.now();
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, EDITIONS_DIR: editions, ALLIANCES_OUTPUT_ROOT: join(work, 'out') } });
    const seconds = (performance.now() - started) / 1000;
    const dist = size(join(work, 'out/dist'));
    const frozen = size(editions);
    console.log(
      `Construction avec 5 éditions (cycle 2024-2029) : ${fmt.format(seconds)} s; ${dist.pages} pages, dist/ ${fmt.format(dist.bytes / 1e6)} Mo en ${dist.files} fichiers ` +
        `(éditions figées : ${fmt.format(frozen.bytes / 1e6)} Mo).`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

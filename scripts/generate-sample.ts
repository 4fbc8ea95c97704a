/**
 * Writes the FICTIONAL sample exports (see data/exports/README.md).
 *
 *   npx tsx scripts/generate-sample.ts [--seed N] [--scale K] [--out DIR] [--clean] [--faults | --no-faults] [--editions DIR | --no-editions]
 *
 * Defaults: seed 2024, scale 1, out data/exports; deliberate faults at scale 1 only.
 * The sample's yearly editions (tools/sample/editions.ts) are rebuilt in
 * data/editions/ when the exports go to data/exports/, or in --editions DIR.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanSample, generateSample } from '../tools/sample/index.ts';
import { generateSampleEditions } from '../tools/sample/editions.ts';
import { ingestFiles } from '../src/lib/ingest/index.ts';
import { readSources } from '../src/lib/ingest/sources.ts';
import { readSourceInfo } from '../src/lib/pipeline/index.ts';

const USAGE = 'usage: npx tsx scripts/generate-sample.ts [--seed N] [--scale K] [--out DIR] [--clean] [--faults | --no-faults] [--editions DIR | --no-editions]';

function integer(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be an integer ≥ ${min}, got "${value}"\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      scale: { type: 'string' },
      out: { type: 'string' },
      clean: { type: 'boolean', default: false },
      faults: { type: 'boolean' },
      'no-faults': { type: 'boolean' },
      editions: { type: 'string' },
      'no-editions': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const seed = integer('seed', values.seed, 2024, 0);
  const scale = integer('scale', values.scale, 1, 1);
  const root = resolve(import.meta.dirname, '..');
  const outDir = resolve(root, values.out ?? 'data/exports');
  const faults = values['no-faults'] ? false : (values.faults ?? scale === 1);

  const started = performance.now();
  if (values.clean) await cleanSample(outDir);
  const { files, initiativeRows } = await generateSample({ seed, scale, outDir, faults });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const f of files) console.log(`  ${relative(process.cwd(), f)}`);
  console.log(
    `${files.length} files, ${initiativeRows} initiative rows (seed ${seed}, scale ${scale}, faults ${faults ? 'on' : 'off'}) in ${seconds} s → ${relative(process.cwd(), outDir) || '.'}`,
  );
  const editions = values['no-editions'] ? null : values.editions ? resolve(root, values.editions) : outDir === resolve(root, 'data/exports') ? resolve(root, 'data/editions') : null;
  if (editions) {
    const [sources, source] = await Promise.all([readSources(outDir), readSourceInfo(outDir)]);
    await generateSampleEditions(editions, ingestFiles(sources), source);
    console.log(`Sample editions (2024-2025 corrected once, 2025-2026) → ${relative(process.cwd(), editions)}`);
  }
}

await main();

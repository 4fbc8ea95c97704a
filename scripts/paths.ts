/** Where the commands read and write (contract §1 and §2). */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** `DATA_DIR`, absolute or relative to the project root; `data/exports/` by default. */
export function inputDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env['DATA_DIR'];
  if (!dir) return resolve(ROOT, 'data/exports');
  return isAbsolute(dir) ? dir : resolve(ROOT, dir);
}

/**
 * Where outputs go: the project root, unless `ALLIANCES_OUTPUT_ROOT` names
 * another folder (the command tests use it, so they never overwrite the
 * project's own dist/, .cache/ and reports/).
 */
const OUT = process.env['ALLIANCES_OUTPUT_ROOT'] ? resolve(process.env['ALLIANCES_OUTPUT_ROOT']) : ROOT;

/** Staging copy of the public datasets, read by the pages at build time. */
export const STAGING_DIR = resolve(OUT, '.cache/donnees');
/** What the site build reads besides the datasets (build.json, counts). */
export const SITE_DIR = resolve(OUT, '.cache/site');
export const DIST_DATA_DIR = resolve(OUT, 'dist/donnees');
export const REPORTS_DIR = resolve(OUT, 'reports');

/**
 * Where every command writes (`.cache/`, `dist/`, `reports/`): the project
 * root, unless `ALLIANCES_OUTPUT_ROOT` names another folder. Tests use it to
 * build a whole site elsewhere (a sub-path build, two builds compared byte
 * for byte) without touching the project's own build.
 */
import { resolve } from 'node:path';

export const OUTPUT_ROOT = resolve(process.env['ALLIANCES_OUTPUT_ROOT'] || process.cwd());

/** Staging folder of the pipeline's outputs, read by the site build. */
export const CACHE_DIR = resolve(OUTPUT_ROOT, '.cache');

/**
 * Caches keyed by their content (share cards' PNGs), under the project's
 * own .cache/ whatever ALLIANCES_OUTPUT_ROOT says: a build elsewhere (the
 * tests' sub-path, hostile and deterministic builds) reuses what the
 * project's build drew, and a stale entry can never be served, its name
 * being the hash of what it holds.
 */
export const SHARED_CACHE_DIR = resolve(process.cwd(), '.cache');

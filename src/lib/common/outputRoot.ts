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

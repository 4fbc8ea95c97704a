/**
 * The built site the browser tests read: `dist/` under `ALLIANCES_OUTPUT_ROOT`
 * when it is set (a build of one's own, see src/lib/common/outputRoot.ts), else the
 * project's `dist/`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.env['ALLIANCES_OUTPUT_ROOT'] || fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of the built site, with a trailing slash. */
export const DIST = `${resolve(root, 'dist')}/`;

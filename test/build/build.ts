/**
 * A whole build (`npm run build`: pipeline, then Astro) into a folder of its
 * own through ALLIANCES_OUTPUT_ROOT, never over the project's dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']);

/** Builds the sample into a new temporary folder; returns its dist/. */
export function buildInto(name: string, env: Record<string, string> = {}): string {
  const out = mkdtempSync(join(tmpdir(), `alliances-${name}-`));
  // Vitest puts Vite's import.meta.env into process.env (BASE_URL "/", MODE…):
  // a child build would take them for its own.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_ENV.has(k) && !k.startsWith('VITEST')));
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    env: { ...inherited, ...env, ALLIANCES_OUTPUT_ROOT: out },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run build (${name}) a échoué :\n${result.stdout}\n${result.stderr}`);
  return join(out, 'dist');
}

/**
 * A whole build (`npm run build`: pipeline, then Astro) into a folder of its
 * own through ALLIANCES_OUTPUT_ROOT, never over the project's dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']);

/**
 * One build at a time across the test files that run side by side: Astro
 * writes .astro/ in the project itself. A lock folder older than ten
 * minutes is left over from a killed run and taken over.
 */
const LOCK = join(tmpdir(), `alliances-build-${ROOT.replace(/\W/g, '_')}.lock`);
function withBuildLock<T>(run: () => T): T {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Released meanwhile.
      }
      Atomics.wait(sleeper, 0, 0, 250);
    }
  }
  try {
    return run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds the sample into a new temporary folder; returns its dist/. */
export function buildInto(name: string, env: Record<string, string> = {}): string {
  return withBuildLock(() => buildUnlocked(name, env));
}

function buildUnlocked(name: string, env: Record<string, string>): string {
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

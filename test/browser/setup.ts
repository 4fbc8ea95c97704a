/** Global setup of the browser tests: serves the built site (run `npm run build` first). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serve } from './server.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`)) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const server = await serve(dist.replace(/\/$/, ''));
  project.provide('baseUrl', server.url);
  return server.close;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

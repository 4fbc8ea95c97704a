/** Global setup of the browser tests: serves the built site (run `npm run build` first). */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../tools/browser/server.ts';
import { DIST } from './dist.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = DIST;
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
